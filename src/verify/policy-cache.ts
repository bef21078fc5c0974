import { compilePolicy } from "./verify-policy.js";

type Compiled = ReturnType<typeof compilePolicy>;

// A policy is small: a few keys, lists of a few secrets. A larger one is compiled on every call, not snapshotted.
const MAX_DEPTH = 4;
const MAX_PARTS = 256;

// Every object and leaf value of a policy, in walk order, to tell later whether anything in it changed.
function snapshot(value: unknown, parts: unknown[], depth: number): boolean {
  parts.push(value);
  if (typeof value !== "object" || value === null) return true;
  if (depth === MAX_DEPTH || parts.length > MAX_PARTS) return false;
  const keys = Object.keys(value);
  parts.push(keys.length);
  for (const key of keys) {
    parts.push(key);
    if (!snapshot((value as Record<string, unknown>)[key], parts, depth + 1)) return false;
  }
  return true;
}

const sameParts = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((part, index) => part === b[index]);

// Keyed by the caller's own policy objects (never by anything a request sends), and weakly: an entry goes with
// its policy. 2–5 µs of valibot and parsing saved per request (npm run bench:verify).
const cache = /* @__PURE__ */ new WeakMap<object, { parts: readonly unknown[]; compiled: Compiled }>();

/**
 * Compiles a verify policy, or returns the compilation of the same policy object when nothing in it changed
 * since: a value replaced, a secret added to a list, a key added or removed all compile it again, so a rotation
 * done by editing the policy in place takes effect on the next request.
 *
 * @param policy The policy, as the caller gave it.
 * @returns The compiled policy, or the refusal.
 * @example
 * ```ts
 * const verify = { urlToken: { param: "token", values: ["s3cret"] } };
 * compiledPolicyOf(verify) === compiledPolicyOf(verify);
 * //=> true
 * ```
 */
export function compiledPolicyOf(policy: unknown): Compiled {
  if (typeof policy !== "object" || policy === null) return compilePolicy(policy);
  const parts: unknown[] = [];
  const small = snapshot(policy, parts, 0);
  const cached = cache.get(policy);
  if (small && cached !== undefined && sameParts(cached.parts, parts)) return cached.compiled;
  const compiled = compilePolicy(policy);
  if (small) cache.set(policy, { parts, compiled });
  return compiled;
}
