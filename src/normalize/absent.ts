/**
 * Tells whether a value stands for "no value": `undefined`, `null`, an empty string, or the string `"null"`
 * (8x8's Voice Messaging examples send `"SourceRefId": "null"`: docs/providers/wavecell.md#key-case-and-null-string).
 *
 * @param value The value as sent.
 * @returns `true` when the value is absent.
 * @example
 * ```ts
 * isAbsent("null");
 * //=> true
 * ```
 */
export function isAbsent(value: unknown): value is null | undefined | "" {
  if (value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  // Most values are neither short nor padded: skip the trim for them.
  if (value.length > 8 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return false;
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "null" || trimmed === "NULL" || trimmed === "Null";
}
