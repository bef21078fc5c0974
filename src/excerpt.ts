const EXCERPT_LENGTH = 40;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Quotes a short, printable excerpt of untrusted input for an error message.
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
  const printable = value.slice(0, EXCERPT_LENGTH + 1).replace(CONTROL_CHARACTERS, " ");
  return JSON.stringify(printable.length > EXCERPT_LENGTH ? `${printable.slice(0, EXCERPT_LENGTH)}…` : printable);
}
