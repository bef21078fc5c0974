/**
 * Tells whether a trimmed string is "no value": empty, or the word `null` as providers write it.
 *
 * @param trimmed The trimmed string.
 * @returns `true` for `""`, `"null"`, `"NULL"` and `"Null"`.
 * @example
 * ```ts
 * isNullWord("NULL");
 * //=> true
 * ```
 */
export function isNullWord(trimmed: string): boolean {
  return trimmed === "" || (trimmed.length === 4 && (trimmed === "null" || trimmed === "NULL" || trimmed === "Null"));
}

/**
 * Tells whether a value stands for "no value": `undefined`, `null`, an empty string, or the string `"null"`
 * (8x8's Voice Messaging examples send `"SourceRefId": "null"`, docs/providers/wavecell.md#key-case-and-null-string).
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
  return isNullWord(value.trim());
}
