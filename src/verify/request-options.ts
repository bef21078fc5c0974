import type { CallbackError } from "../errors.js";
import type { AdapterOptions, ParseOptions } from "../options.js";
import { withoutQueryParam } from "./query-param.js";
import type { VerifiableRequest } from "./request-like.js";
import { verifyCallback } from "./verify-callback.js";
import type { VerifyPolicy } from "./verify-policy.js";

/**
 * Options of `parseRequest` and `parseIncomingMessage`: the parse options, `bodyTimeoutMs`, and what a callback must show before
 * its body is read.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { provider: "carrierx", verify: { urlToken: { param: "token", values: [token] } } };
 * ```
 */
export interface RequestOptions extends AdapterOptions {
  /** The checks a request must pass before its body is read; refused with `unauthorized` otherwise. */
  readonly verify?: VerifyPolicy;
  /**
   * The client's address, for `verify.ipAllowList`, when the request does not carry it: a Web `Request` has no
   * socket (Hono on Node: `getConnInfo(c).remote.address`; Bun: `server.requestIP(request)?.address`).
   */
  readonly remoteAddress?: string | undefined;
}

/**
 * Runs an adapter's `verify` option before the body is read, and returns the options to parse with: without
 * `verify` and `remoteAddress`, and with the query cleaned of the `urlToken` parameter (the URL's, or
 * `options.query` when given).
 *
 * @param request The request the adapter was given.
 * @param options The adapter's options.
 * @returns The parse options, or the error to return as the parse result.
 * @example
 * ```ts
 * const checked = verifyBeforeRead(request, options);
 * if (!checked.ok) return checked;
 * ```
 */
export function verifyBeforeRead(
  request: VerifiableRequest,
  options: RequestOptions | undefined,
): { ok: true; options: ParseOptions | undefined } | { ok: false; error: CallbackError } {
  if (options === undefined || options === null) return { ok: true, options };
  // Without either key the options are the parse options as they are: no copy on the path most requests take.
  if (options.verify === undefined && options.remoteAddress === undefined) return { ok: true, options };
  const { verify, remoteAddress, ...parseOptions } = options;
  if (verify === undefined) return { ok: true, options: parseOptions };
  const verified = verifyCallback(request, verify, { remoteAddress });
  if (!verified.ok) return verified;
  const token = verify.urlToken?.param;
  if (token === undefined) return { ok: true, options: parseOptions };
  // "" rather than undefined: the adapter must not fall back to the URL's query, which holds the token.
  const query = parseOptions.query === undefined ? verified.query : withoutQueryParam(parseOptions.query, token);
  return { ok: true, options: { ...parseOptions, query } };
}
