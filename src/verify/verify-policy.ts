import * as v from "valibot";
import { type CallbackError, callbackError } from "../errors.js";
import { excerpt } from "../excerpt.js";
import { type Cidr, parseCidr } from "./cidr.js";
import { type FixedSecret, fixedSize, fixSecret, MAX_SECRET_BYTES, utf8Length } from "./constant-time-equal.js";

/**
 * One HTTP Basic credential a callback may carry.
 *
 * @example
 * ```ts
 * const credential: BasicCredential = { username: "kaleyra", password: process.env.CB_PASS };
 * ```
 */
export interface BasicCredential {
  /** The username (no `:`, RFC 7617). */
  readonly username: string;
  /** The password. Hint: `undefined` (an unset environment variable) is a configuration error, not an open door. */
  readonly password: string | undefined;
}

/**
 * A header every callback must carry with one of the accepted values, compared exactly.
 *
 * @example
 * ```ts
 * const header: HeaderCheck = { name: "authorization", values: [`Bearer ${process.env.CB_TOKEN}`] };
 * ```
 */
export interface HeaderCheck {
  /** The header name (any case). */
  readonly name: string;
  /** The accepted values; several during a rotation. */
  readonly values: readonly (string | undefined)[];
}

/**
 * A query parameter of the callback URL every callback must carry with one of the accepted values. It is
 * removed from the query before parsing, so it never reaches `event.raw`.
 *
 * @example
 * ```ts
 * const urlToken: UrlTokenCheck = { param: "token", values: [process.env.CB_TOKEN] };
 * ```
 */
export interface UrlTokenCheck {
  /** The parameter name. */
  readonly param: string;
  /** The accepted values; several during a rotation. */
  readonly values: readonly (string | undefined)[];
}

/**
 * The addresses callbacks may come from.
 *
 * @example
 * ```ts
 * const ipAllowList: IpAllowList = { cidrs: ["203.0.113.0/24", "2001:db8::/32"], trustProxy: 0 };
 * ```
 */
export interface IpAllowList {
  /** The ranges (`203.0.113.0/24`, `2001:db8::/32`) or single addresses. IPv4 ranges also match IPv4-mapped IPv6. */
  readonly cidrs: readonly string[];
  /**
   * The number of proxies in front of the server whose `X-Forwarded-For` is trusted (default 0: the connection's
   * own address). Hint: on a platform that gives no socket (Workers, Vercel), its front proxy counts as one.
   */
  readonly trustProxy?: number;
}

/**
 * What a callback must show before its body is read. Every key is optional; all that are given must pass, and a
 * policy that gives none, or any invalid value, refuses every request with `invalid_verify_policy`.
 *
 * @example
 * ```ts
 * const verify: VerifyPolicy = {
 *   basicAuth: [{ username: "kaleyra", password: process.env.CB_PASS }],
 *   ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: 1 },
 * };
 * ```
 */
export interface VerifyPolicy {
  /** HTTP Basic credentials; several during a rotation. */
  readonly basicAuth?: readonly BasicCredential[];
  /** A header and its accepted values (Kaleyra custom headers and Advanced Authentication, 8x8 `httpAuthHeader`). */
  readonly header?: HeaderCheck;
  /** A secret query parameter of the callback URL (CarrierX, TeleCMI). */
  readonly urlToken?: UrlTokenCheck;
  /** The addresses callbacks may come from. */
  readonly ipAllowList?: IpAllowList;
}

/** Why a policy was refused: the error every request gets, and the problem alone (for the CLI's flags). */
type PolicyRefusal = { ok: false; error: CallbackError; problem: string };

/**
 * A policy checked and made ready: secrets fixed for constant-time comparison, ranges parsed.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy({ urlToken: { param: "token", values: ["s3cret"] } });
 * if (compiled.ok) compiled.policy.urlToken?.param;
 * //=> "token"
 * ```
 */
export interface CompiledPolicy {
  /** The accepted `username:password` values. */
  readonly basicAuth?: readonly FixedSecret[];
  /** The header, its name in lower case, and its accepted values. */
  readonly header?: { readonly name: string; readonly values: readonly FixedSecret[] };
  /** The query parameter and its accepted values. */
  readonly urlToken?: { readonly param: string; readonly values: readonly FixedSecret[] };
  /** The ranges, and the number of trusted proxies (0 when not given). */
  readonly ipAllowList?: { readonly cidrs: readonly Cidr[]; readonly trustProxy: number };
}

const MAX_TRUST_PROXY = 32;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
const CONTROL = /[\u0000-\u001f\u007f]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VISIBLE_ASCII = /^[\u0020-\u007e]+$/;

const noControl = (text: string): boolean => !CONTROL.test(text);
// A header value as HTTP carries it: visible ASCII, inner spaces, no leading or trailing whitespace (parsers strip it).
const isHeaderValue = (text: string): boolean =>
  VISIBLE_ASCII.test(text) && !text.startsWith(" ") && !text.endsWith(" ");

// Built on the first policy, not at import (about 1 ms of a cold import of callhooks: npm run bench:cold), and by a
// pure function, so that a bundle of parseCallback alone holds none of it (1.5 kB min+gzip: npm run size:why).
// @__NO_SIDE_EFFECTS__
function policySchemaOf() {
  const secret = v.pipe(
    v.string("must be a string (is an environment variable unset?)"),
    v.nonEmpty("is empty"),
    v.check((text) => utf8Length(text) <= MAX_SECRET_BYTES, `is longer than ${MAX_SECRET_BYTES} bytes`),
    v.check(noControl, "holds a control character"),
  );

  const secrets = v.pipe(v.array(secret, "must be a list of strings"), v.nonEmpty("is an empty list"));

  return v.pipe(
    v.strictObject(
      {
        basicAuth: v.optional(
          v.pipe(
            v.array(
              v.strictObject(
                {
                  username: v.pipe(
                    v.string("must be a string"),
                    v.nonEmpty("is empty"),
                    v.check((text) => !text.includes(":"), "holds a colon, which Basic credentials cannot carry"),
                    v.check(noControl, "holds a control character"),
                  ),
                  password: secret,
                },
                "must be { username, password }",
              ),
              "must be a list of { username, password }",
            ),
            v.nonEmpty("is an empty list"),
          ),
        ),
        header: v.optional(
          v.strictObject(
            {
              name: v.pipe(v.string("must be a string"), v.regex(TOKEN, "must be a header name")),
              values: v.pipe(
                v.array(
                  v.pipe(
                    secret,
                    v.check(
                      isHeaderValue,
                      "must be visible ASCII without leading or trailing spaces, as HTTP sends it",
                    ),
                  ),
                  "must be a list of strings",
                ),
                v.nonEmpty("is an empty list"),
              ),
            },
            "must be { name, values }",
          ),
        ),
        urlToken: v.optional(
          v.strictObject(
            {
              param: v.pipe(
                v.string("must be a string"),
                v.nonEmpty("is empty"),
                v.check(noControl, "holds a control character"),
              ),
              values: secrets,
            },
            "must be { param, values }",
          ),
        ),
        ipAllowList: v.optional(
          v.strictObject(
            {
              cidrs: v.pipe(
                v.array(v.pipe(v.string("must be a string"), v.nonEmpty("is empty")), "must be a list of strings"),
                v.nonEmpty("is an empty list"),
              ),
              trustProxy: v.optional(
                v.pipe(
                  v.number("must be a number"),
                  v.integer("must be a whole number"),
                  v.minValue(0, "must be 0 or more"),
                  v.maxValue(MAX_TRUST_PROXY, `must be ${MAX_TRUST_PROXY} or less`),
                ),
              ),
            },
            "must be { cidrs, trustProxy }",
          ),
        ),
      },
      "must be an object with basicAuth, header, urlToken or ipAllowList",
    ),
    v.check(
      (policy) => Object.values(policy).some((check) => check !== undefined),
      "names no check: give basicAuth, header, urlToken or ipAllowList",
    ),
  );
}

let policySchema: ReturnType<typeof policySchemaOf> | undefined;

type PolicyIssue = v.InferIssue<ReturnType<typeof policySchemaOf>>;

function pathOf(issue: PolicyIssue): string {
  let path = "verify";
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === "number" ? `[${key}]` : `.${typeof key === "string" ? key : "?"}`;
  }
  return path;
}

// Messages name the place and the rule, never the value: it may be a secret.
function describeIssue(issue: PolicyIssue): string {
  if (issue.kind === "schema" && issue.type === "strict_object" && issue.expected === "never") {
    const key = issue.path?.at(-1)?.key;
    const where = pathOf({ ...issue, path: issue.path?.slice(0, -1) } as PolicyIssue);
    return `${where} has an unknown key ${excerpt(String(key))}`;
  }
  if (issue.kind === "schema" && issue.type === "strict_object" && issue.expected?.startsWith('"') === true) {
    return `${pathOf(issue)} is missing`;
  }
  return `${pathOf(issue)} ${issue.message}`;
}

const invalid = (problem: string): PolicyRefusal => ({
  ok: false,
  problem,
  error: callbackError(
    "invalid_verify_policy",
    `The verify policy is invalid, so every request is refused: ${problem}. Fix the policy (see "Protecting the callback URL" in the README).`,
  ),
});

const CIDR_PROBLEMS = {
  not_an_address: "is not an IPv4 or IPv6 address or range",
  bad_prefix: "has a prefix length out of range (0–32 for IPv4, 0–128 for IPv6)",
  host_bits: "has bits set after its prefix length: write the range's first address",
} as const;

function fixAll(values: readonly string[]): readonly FixedSecret[] {
  const size = fixedSize(values);
  return values.map((value) => fixSecret(value, size));
}

/**
 * Checks a verify policy and makes it ready for requests: secrets fixed for constant-time comparison, ranges
 * parsed. Anything wrong is an `invalid_verify_policy` error whose message names the place, never the value.
 *
 * @param policy The policy, as the caller gave it.
 * @returns The compiled policy, or the error.
 * @example
 * ```ts
 * compilePolicy({ urlToken: { param: "token", values: [] } });
 * //=> { ok: false, error: { code: "invalid_verify_policy", message: "… verify.urlToken.values is an empty list …" } }
 * ```
 */
export function compilePolicy(policy: unknown): { ok: true; policy: CompiledPolicy } | PolicyRefusal {
  policySchema ??= policySchemaOf();
  const checked = v.safeParse(policySchema, policy, { abortEarly: true });
  if (!checked.success) return invalid(describeIssue(checked.issues[0]));
  const { basicAuth, header, urlToken, ipAllowList } = checked.output;
  if (basicAuth !== undefined && header?.name.toLowerCase() === "authorization") {
    return invalid(
      "verify.basicAuth and verify.header both read the Authorization header, so no request could pass both",
    );
  }
  const cidrs: Cidr[] = [];
  for (const [index, text] of (ipAllowList?.cidrs ?? []).entries()) {
    const range = parseCidr(text);
    // A range is configuration, not a secret: quoting it helps find the typo.
    if (typeof range === "string")
      return invalid(`verify.ipAllowList.cidrs[${index}] ${excerpt(text)} ${CIDR_PROBLEMS[range]}`);
    cidrs.push(range);
  }
  const compiled: {
    -readonly [K in keyof CompiledPolicy]: CompiledPolicy[K];
  } = {};
  if (basicAuth !== undefined) {
    compiled.basicAuth = fixAll(basicAuth.map(({ username, password }) => `${username}:${password}`));
  }
  if (header !== undefined) compiled.header = { name: header.name.toLowerCase(), values: fixAll(header.values) };
  if (urlToken !== undefined) compiled.urlToken = { param: urlToken.param, values: fixAll(urlToken.values) };
  if (ipAllowList !== undefined) compiled.ipAllowList = { cidrs, trustProxy: ipAllowList.trustProxy ?? 0 };
  return { ok: true, policy: compiled };
}
