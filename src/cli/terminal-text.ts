import { UNSAFE_CHARACTERS } from "../excerpt.js";

const escapeCharacter = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Makes untrusted text safe to print on one terminal line: every control, bidi and invisible character
 * (`UNSAFE_CHARACTERS`: C0, DEL, C1, bidi overrides and isolates, zero-width characters, U+2028/9, U+FEFF,
 * lone surrogates) is written as a visible `\uXXXX`, so a field can neither move the cursor, recolour the
 * terminal, reorder what follows nor start a line of its own.
 *
 * @param text The untrusted text.
 * @returns The text, escaped.
 * @example
 * ```ts
 * terminalText("call\u001b[2J\u202e1");
 * //=> "call\\u001b[2J\\u202e1"
 * ```
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, escapeCharacter);
}

/**
 * `JSON.stringify` for a terminal or a log: JSON.stringify escapes C0 controls and lone surrogates in strings
 * but writes DEL, C1, bidi and invisible characters as they are; those are written as `\uXXXX` too. The
 * result is the same JSON value.
 *
 * @param value The value.
 * @param space The indentation, as for `JSON.stringify`.
 * @returns The JSON text.
 * @example
 * ```ts
 * terminalJson({ callId: "a\u202eb" });
 * //=> '{"callId":"a\\u202eb"}'
 * ```
 */
export function terminalJson(value: unknown, space?: number): string {
  // The only control character JSON.stringify leaves outside strings is the newline of `space`.
  return (JSON.stringify(value, null, space) ?? "null").replace(UNSAFE_CHARACTERS, (character) =>
    character === "\n" ? character : escapeCharacter(character),
  );
}
