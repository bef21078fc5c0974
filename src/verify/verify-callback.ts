import { type CallbackError, callbackError } from "../errors.js";
import { readBasicCredentials } from "./basic-auth.js";
import { cidrContains } from "./cidr.js";
import { clientAddress } from "./client-address.js";
import { type FixedSecret, fixBinary, fixSecret, matchesAny } from "./constant-time-equal.js";
import { compiledPolicyOf } from "./policy-cache.js";
import { readQueryParam, removeQueryParam } from "./query-param.js";
import { type RequestView, type VerifiableRequest, viewRequest } from "./request-like.js";
import type { CompiledPolicy, VerifyPolicy } from "./verify-policy.js";

/**
 * The result of `verifyCallback`: passed, with the URL's query cleaned of the `urlToken` parameter, or refused.
 *
 * @example
 * ```ts
 * const verified: VerifyResult = verifyCallback(request, verify);
 * if (!verified.ok) return new Response(null, { status: 401 });
 * ```
 */
export type VerifyResult =
  | {
      readonly ok: true;
      /**
       * The URL's query without the `urlToken` parameter, without `?` (empty when none is left). Pass it as
       * `options.query` to `parseCallback`, instead of the framework's parsed query, which still holds the token.
       */
      readonly query: string;
    }
  | { readonly ok: false; readonly error: CallbackError };

/**
 * Options of `verifyCallback`.
 *
 * @example
 * ```ts
 * const options: VerifyCallbackOptions = { remoteAddress: getConnInfo(c).remote.address };
 * ```
 */
export interface VerifyCallbackOptions {
  /**
   * The client's address, for `ipAllowList`, when the request does not carry it (a Web `Request` has no socket).
   * It wins over the request's own.
   */
  readonly remoteAddress?: string | undefined;
}

// The first failure stops the checks, so a refused request costs no more than the checks before it; the
// message names the check, never a value it compared.
function firstFailure(policy: CompiledPolicy, request: RequestView): string | undefined {
  if (policy.ipAllowList !== undefined) {
    const { cidrs, trustProxy } = policy.ipAllowList;
    const found = clientAddress(request.peer, request.header("x-forwarded-for"), trustProxy);
    if (!found.ok) return `${found.problem} (verify.ipAllowList)`;
    if (!cidrs.some((range) => cidrContains(range, found.address))) {
      return `the client address ${found.text} is not in verify.ipAllowList.cidrs`;
    }
  }
  if (policy.basicAuth !== undefined) {
    const credentials = readBasicCredentials(request.header("authorization"));
    if (!credentials.ok) {
      return credentials.problem === "missing"
        ? "the request has no Authorization header, and verify.basicAuth asks for HTTP Basic credentials"
        : "the Authorization header does not hold HTTP Basic credentials (verify.basicAuth)";
    }
    if (!matchesAny(fixBinary(credentials.binary, sizeOf(policy.basicAuth)), policy.basicAuth)) {
      return "the HTTP Basic credentials match none of verify.basicAuth";
    }
  }
  if (policy.header !== undefined) {
    const { name, values } = policy.header;
    const value = request.header(name);
    if (value === undefined) return `the request has no ${name} header (verify.header)`;
    if (!matches(value, values)) return `the ${name} header matches none of verify.header.values`;
  }
  if (policy.urlToken !== undefined) {
    const { param, values } = policy.urlToken;
    const sent = readQueryParam(request.query, param);
    if (sent.length === 0) return `the URL has no ${param} parameter (verify.urlToken)`;
    // Two tokens would leave it to chance which one a reader takes: refused whatever they hold.
    if (sent.length > 1) return `the URL carries the ${param} parameter ${sent.length} times (verify.urlToken)`;
    if (!matches(sent[0] ?? "", values)) return `the URL's ${param} parameter matches none of verify.urlToken.values`;
  }
  return undefined;
}

// The accepted values of one check share a buffer size; the received value is written into the same size.
const sizeOf = (accepted: readonly FixedSecret[]): number => (accepted[0]?.units.length ?? 0) * 2;
const matches = (received: string, accepted: readonly FixedSecret[]): boolean =>
  matchesAny(fixSecret(received, sizeOf(accepted)), accepted);

/**
 * Checks that a callback shows what the policy asks (HTTP Basic credentials, a header, a URL token, a client
 * address) before its body is read. Secrets are compared in constant time against every accepted value. It never
 * throws: a refusal is `unauthorized`, a policy that is wrong in any way is `invalid_verify_policy` (every request
 * refused, never let through).
 *
 * @param request A Web `Request`, a Node request (Express, Fastify's `request`), or `{ headers, url, remoteAddress }`.
 * @param policy The policy.
 * @param options The client's address, when the request does not carry it.
 * @returns `{ ok: true, query }` (the query without the URL token), or the error.
 * @example
 * ```ts
 * import { parseCallback, verifyCallback } from "callhooks";
 * const verified = verifyCallback(req, { urlToken: { param: "token", values: [process.env.CB_TOKEN] } });
 * if (!verified.ok) return res.sendStatus(401);
 * const result = parseCallback(req.body, req.headers["content-type"], { query: verified.query });
 * ```
 */
export function verifyCallback(
  request: VerifiableRequest,
  policy: VerifyPolicy,
  options?: VerifyCallbackOptions,
): VerifyResult {
  try {
    const compiled = compiledPolicyOf(policy);
    if (!compiled.ok) return { ok: false, error: compiled.error };
    const remoteAddress = typeof options?.remoteAddress === "string" ? options.remoteAddress : undefined;
    const view = viewRequest(request, remoteAddress);
    if (view === null) {
      return refused(
        "verifyCallback takes a Web Request, a Node request (Express, Fastify) or { headers, url, remoteAddress }",
      );
    }
    const failure = firstFailure(compiled.policy, view);
    if (failure !== undefined) return refused(failure);
    const { urlToken } = compiled.policy;
    return { ok: true, query: urlToken === undefined ? view.query : removeQueryParam(view.query, urlToken.param) };
  } catch (error) {
    // A getter that throws on a hostile request-like object: refused, never let through.
    return refused(`the request could not be read (${error instanceof Error ? error.name : "unknown error"})`);
  }
}

const refused = (reason: string): { ok: false; error: CallbackError } => ({
  ok: false,
  error: callbackError("unauthorized", `Refused before reading the body: ${reason}.`),
});
