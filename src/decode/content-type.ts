/**
 * What a content type says about the body's encoding.
 *
 * @example
 * ```ts
 * const kind: BodyKind = mediaKind("application/json; charset=utf-8");
 * //=> "json"
 * ```
 */
export type BodyKind = "json" | "form" | "sniff" | "unsupported";

/**
 * Reads a content type without case or parameters.
 *
 * @param contentType The `Content-Type` header, if any.
 * @returns `json`, `form`, `sniff` (missing or `text/plain`: look at the body) or `unsupported`.
 * @example
 * ```ts
 * mediaKind("Application/X-WWW-Form-URLEncoded; charset=UTF-8");
 * //=> "form"
 * ```
 */
export function mediaKind(contentType: string | null | undefined): BodyKind {
  if (typeof contentType !== "string") return "sniff";
  const semicolon = contentType.indexOf(";");
  const media = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  if (media === "application/json" || media.endsWith("+json") || media === "text/json") return "json";
  if (media === "application/x-www-form-urlencoded") return "form";
  if (media === "" || media === "text/plain" || media === "application/octet-stream") return "sniff";
  return "unsupported";
}
