import { compilePolicy, type VerifyPolicy } from "../verify/verify-policy.js";

/**
 * The `callhooks listen` flags that build a verify policy, as `parseArgs` returns them.
 *
 * @example
 * ```ts
 * const flags: ListenVerifyFlags = { "basic-auth": ["kaleyra:s3cret"], "allow-ip": ["127.0.0.1"] };
 * ```
 */
export interface ListenVerifyFlags {
  /** `--basic-auth user:password`, repeatable (a rotation). */
  readonly "basic-auth"?: readonly string[] | undefined;
  /** `--header "Name: value"`, repeatable with one name (a rotation). */
  readonly header?: readonly string[] | undefined;
  /** `--token name=value`, repeatable with one name (a rotation). */
  readonly token?: readonly string[] | undefined;
  /** `--allow-ip CIDR`, repeatable. */
  readonly "allow-ip"?: readonly string[] | undefined;
  /** `--trust-proxy N`. */
  readonly "trust-proxy"?: string | undefined;
}

/**
 * The policy the flags give, with a line that says what it asks (never a secret), or a usage error.
 *
 * @example
 * ```ts
 * const built: ListenPolicy = listenPolicy({ token: ["token=s3cret"] });
 * ```
 */
export type ListenPolicy =
  | { readonly ok: true; readonly policy: VerifyPolicy | undefined; readonly summary: string }
  | { readonly ok: false; readonly message: string };

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

// Splits each "name=value" (or "user:password", "Name: value") at its first separator; null if one has none.
function pairsOf(given: readonly string[], separator: string): [string, string][] | null {
  const pairs: [string, string][] = [];
  for (const text of given) {
    const at = text.indexOf(separator);
    if (at <= 0) return null;
    pairs.push([text.slice(0, at), text.slice(at + separator.length)]);
  }
  return pairs;
}

// A flag repeated for a rotation: one name, several values.
function rotation(pairs: readonly [string, string][], same: (a: string, b: string) => boolean) {
  const name = pairs[0]?.[0] ?? "";
  return pairs.every(([other]) => same(other, name)) ? { name, values: pairs.map(([, value]) => value) } : null;
}

/**
 * Builds the verify policy of `callhooks listen` from its flags, checked as the adapters check it.
 *
 * @param flags The flags.
 * @returns The policy (undefined when no flag asks for one) and its summary, or the usage error.
 * @example
 * ```ts
 * listenPolicy({ "basic-auth": ["kaleyra:s3cret"] });
 * //=> { ok: true, policy: { basicAuth: [{ username: "kaleyra", password: "s3cret" }] }, summary: "HTTP Basic (1 credential)" }
 * ```
 */
export function listenPolicy(flags: ListenVerifyFlags): ListenPolicy {
  const policy: { -readonly [K in keyof VerifyPolicy]: VerifyPolicy[K] } = {};
  const summary: string[] = [];
  const fail = (message: string): ListenPolicy => ({ ok: false, message });

  const basic = flags["basic-auth"] ?? [];
  if (basic.length > 0) {
    const pairs = pairsOf(basic, ":");
    if (pairs === null) return fail("--basic-auth takes user:password.");
    policy.basicAuth = pairs.map(([username, password]) => ({ username, password }));
    summary.push(`HTTP Basic (${plural(pairs.length, "credential")})`);
  }
  const headers = flags.header ?? [];
  if (headers.length > 0) {
    const pairs = pairsOf(headers, ":");
    if (pairs === null) return fail('--header takes "Name: value".');
    const header = rotation(
      pairs.map(([name, value]) => [name.trim(), value.trim()]),
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    );
    if (header === null) return fail("--header names one header; repeat it only to accept several values.");
    policy.header = header;
    summary.push(`the ${header.name} header (${plural(header.values.length, "value")})`);
  }
  const tokens = flags.token ?? [];
  if (tokens.length > 0) {
    const pairs = pairsOf(tokens, "=");
    if (pairs === null) return fail("--token takes name=value.");
    const token = rotation(pairs, (a, b) => a === b);
    if (token === null) return fail("--token names one URL parameter; repeat it only to accept several values.");
    policy.urlToken = { param: token.name, values: token.values };
    summary.push(`the ${token.name} URL parameter (${plural(token.values.length, "value")})`);
  }
  const ranges = flags["allow-ip"] ?? [];
  const trustProxy = flags["trust-proxy"];
  if (trustProxy !== undefined && ranges.length === 0) return fail("--trust-proxy goes with --allow-ip.");
  if (ranges.length > 0) {
    const hops = trustProxy === undefined ? 0 : Number(trustProxy);
    policy.ipAllowList = { cidrs: ranges, trustProxy: hops };
    const behind = hops === 0 ? "" : `, from X-Forwarded-For behind ${plural(hops, "proxy", "proxies")}`;
    summary.push(`a client address in ${plural(ranges.length, "range")}${behind}`);
  }
  if (summary.length === 0) return { ok: true, policy: undefined, summary: "" };
  const compiled = compilePolicy(policy);
  if (!compiled.ok) return fail(`The protection flags are invalid: ${compiled.problem}.`);
  return { ok: true, policy, summary: summary.join(", ") };
}
