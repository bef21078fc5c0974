const EXCERPT_LENGTH = 40;

/**
 * The characters untrusted text must not carry onto a terminal or into a log line: C0 controls, DEL, C1 controls
 * (U+0080–U+009F), the soft hyphen, bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E/F,
 * U+202A–U+202E, U+2066–U+2069), zero-width and other invisible format characters (U+180E, U+200B–U+200D,
 * U+2060–U+2064, U+FEFF, U+FFF9–U+FFFB), the line and paragraph separators (U+2028/9), and lone surrogates.
 * Global: use it with `replace`, not `test`.
 *
 * @example
 * ```ts
 * "a\u202eb".replace(UNSAFE_CHARACTERS, " ");
 * //=> "a b"
 * ```
 */
export const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is matched.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Quotes a short, printable excerpt of untrusted input for an error message: control, bidi and invisible
 * characters (`UNSAFE_CHARACTERS`) become spaces, so a message is safe to print or log.
 *
 * @param value The input.
 * @returns The excerpt, at most 40 characters plus an ellipsis, in double quotes.
 * @example
 * ```ts
 * excerpt("<xml>…a very long body…</xml>");
 * //=> "\"<xml>…a very long body…</xml>\""
 * ```
 */
export function excerpt(value: string): string {
  const printable = value.slice(0, EXCERPT_LENGTH + 1).replace(UNSAFE_CHARACTERS, " ");
  return JSON.stringify(printable.length > EXCERPT_LENGTH ? `${printable.slice(0, EXCERPT_LENGTH)}…` : printable);
}

/**
 * Names what was thrown, for an error message, without throwing itself: a thrown Proxy or an error whose `name` is a
 * getter that throws must not turn an error value into an exception.
 *
 * @param error What was thrown.
 * @param fallback The words for anything that is not an `Error` with a string name.
 * @returns The error's name (printable, at most 40 characters), or the fallback.
 * @example
 * ```ts
 * thrownName(new TypeError("x"), "a value");
 * //=> "TypeError"
 * ```
 */
export function thrownName(error: unknown, fallback: string): string {
  try {
    const name: unknown = error instanceof Error ? error.name : undefined;
    return typeof name === "string" ? name.slice(0, EXCERPT_LENGTH).replace(UNSAFE_CHARACTERS, " ") : fallback;
  } catch {
    return fallback;
  }
}
