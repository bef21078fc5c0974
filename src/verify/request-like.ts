/**
 * Headers as Node and most frameworks hold them: lower-case names, a string or (for a repeated header) a list.
 *
 * @example
 * ```ts
 * const headers: HeaderRecord = { authorization: "Basic a2FsZXlyYTpzM2NyZXQ=" };
 * ```
 */
export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The parts of a request that verification reads: headers, the URL (absolute, or path and query) and the
 * client's address. A Node `IncomingMessage` (Express's `req`) has this shape, with the address on its socket.
 *
 * @example
 * ```ts
 * const request: RequestParts = { headers: req.headers, url: req.url, remoteAddress: req.socket.remoteAddress };
 * ```
 */
export interface RequestParts {
  /** The headers: a `Headers` object or a record. */
  readonly headers: Headers | HeaderRecord;
  /** The URL, absolute or as the request line's path and query. */
  readonly url?: string | undefined;
  /** The address of the connection's other end. */
  readonly remoteAddress?: string | undefined;
  /** The socket, whose `remoteAddress` is read when `remoteAddress` is not given. */
  readonly socket?: { readonly remoteAddress?: string | undefined } | null | undefined;
}

/**
 * A request `verifyCallback` reads: a Web `Request`, a Node `IncomingMessage` (Express's `req`), a request that
 * wraps one as `raw` (Fastify's `request`, Hono's `c.req`), or plain `{ headers, url, remoteAddress }`.
 *
 * @example
 * ```ts
 * const request: VerifiableRequest = { headers: { authorization: "Bearer t0ken" }, url: "/webhooks?token=s3cret" };
 * ```
 */
export type VerifiableRequest = Request | RequestParts | { readonly raw: Request | RequestParts };

/**
 * What verification reads of a request, whatever its shape.
 *
 * @example
 * ```ts
 * const view: RequestView | null = viewRequest(req, "203.0.113.5");
 * view?.header("authorization");
 * ```
 */
export interface RequestView {
  /** A header's value (repeated ones joined with `, `, as `Headers` does), or undefined. */
  readonly header: (name: string) => string | undefined;
  /** The URL's query, without `?` (empty when there is none). */
  readonly query: string;
  /** The address of the connection's other end, when known. */
  readonly peer: string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function headerReader(headers: unknown): ((name: string) => string | undefined) | undefined {
  if (!isObject(headers)) return undefined;
  if (typeof headers.get === "function") {
    const get = headers.get as (name: string) => unknown;
    return (name) => {
      const value = get.call(headers, name);
      return typeof value === "string" ? value : undefined;
    };
  }
  return (name) => {
    let value = headers[name];
    if (value === undefined) {
      // A record built by hand may spell names in any case; Node's are lower case already.
      const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
      value = key === undefined ? undefined : headers[key];
    }
    if (typeof value === "string") return value;
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
    return undefined;
  };
}

function queryOfUrl(url: unknown): string {
  if (typeof url !== "string") return "";
  const mark = url.indexOf("?");
  if (mark === -1) return "";
  const hash = url.indexOf("#", mark);
  return url.slice(mark + 1, hash === -1 ? url.length : hash);
}

/**
 * Reads the headers, query and peer address of any request shape `verifyCallback` takes.
 *
 * @param request The request.
 * @param remoteAddress The client's address, when the caller knows it (it wins over the socket's).
 * @returns The view, or null when the value is not a request.
 * @example
 * ```ts
 * viewRequest({ headers: {}, url: "/webhooks?token=s3cret" })?.query;
 * //=> "token=s3cret"
 * ```
 */
export function viewRequest(request: unknown, remoteAddress?: string): RequestView | null {
  const parts = isObject(request) && isObject(request.raw) ? request.raw : request;
  if (!isObject(parts)) return null;
  const header = headerReader(parts.headers);
  if (header === undefined) return null;
  const socket = parts.socket;
  const peer =
    remoteAddress ??
    (typeof parts.remoteAddress === "string" ? parts.remoteAddress : undefined) ??
    (isObject(socket) && typeof socket.remoteAddress === "string" ? socket.remoteAddress : undefined);
  return { header: (name) => header(name.toLowerCase()), query: queryOfUrl(parts.url), peer };
}
