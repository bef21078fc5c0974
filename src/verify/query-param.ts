import { isSafeKey } from "../decode/fields.js";
import type { QueryInput, QueryValue } from "../options.js";

/**
 * What a query holds under one parameter name: every value sent under it, in order.
 *
 * @param query The query, with or without a leading `?`.
 * @param name The parameter name, matched exactly as URLSearchParams decodes it.
 * @returns The values.
 * @example
 * ```ts
 * readQueryParam("token=s3cret&event=call_end", "token");
 * //=> ["s3cret"]
 * ```
 */
export function readQueryParam(query: string, name: string): string[] {
  return new URLSearchParams(query).getAll(name);
}

const sameName = (key: string, name: string): boolean => key.length === name.length && key.toLowerCase() === name;

/**
 * Removes a parameter from a query, under any spelling of its name: escaped (`tok%65n`), `+` for a space, or
 * in another case, since callhooks reads field names without case. The other pairs are kept byte for byte.
 *
 * @param query The query, with or without a leading `?`.
 * @param name The parameter name.
 * @returns The query without it, without a leading `?` (empty when nothing is left).
 * @example
 * ```ts
 * removeQueryParam("?caller=%2B9190&token=s3cret&status=ANSWER", "token");
 * //=> "caller=%2B9190&status=ANSWER"
 * ```
 */
export function removeQueryParam(query: string, name: string): string {
  const text = query.startsWith("?") ? query.slice(1) : query;
  const lower = name.toLowerCase();
  // URLSearchParams yields one entry per non-empty `&`-separated pair, in order: its decoding of each key is
  // the one every parser downstream applies.
  const keys = Array.from(new URLSearchParams(text).keys());
  const kept: string[] = [];
  let index = 0;
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    if (!sameName(keys[index] ?? "", lower)) kept.push(pair);
    index++;
  }
  return kept.join("&");
}

/**
 * Removes a parameter from a query in any form `options.query` takes.
 *
 * @param query The query: a string, URLSearchParams or a framework's parsed object.
 * @param name The parameter name.
 * @returns A new query without it (the input is left as it was).
 * @example
 * ```ts
 * withoutQueryParam({ token: "s3cret", event: "call_end" }, "token");
 * //=> { event: "call_end" }
 * ```
 */
export function withoutQueryParam(query: QueryInput, name: string): QueryInput {
  const lower = name.toLowerCase();
  if (typeof query === "string") return removeQueryParam(query, name);
  if (query instanceof URLSearchParams) {
    return new URLSearchParams(Array.from(query).filter(([key]) => !sameName(key, lower)));
  }
  if (typeof query !== "object" || query === null) return query;
  const kept: Record<string, QueryValue | undefined> = {};
  for (const key of Object.keys(query)) {
    // A forbidden key would set the copy's prototype; the decoder leaves them out anyway.
    if (isSafeKey(key) && !sameName(key, lower)) kept[key] = query[key];
  }
  return kept;
}
