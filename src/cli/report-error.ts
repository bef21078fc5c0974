import type { CallbackError } from "../errors.js";
import { terminalText } from "./terminal-text.js";

/**
 * Formats a parse error for a terminal: `code: message`, then one line per issue, every part escaped.
 *
 * @param error The error.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * formatError({ code: "malformed_body", message: "The body is empty." });
 * //=> "malformed_body: The body is empty.\n"
 * ```
 */
export function formatError(error: CallbackError): string {
  let text = `${error.code}: ${terminalText(error.message)}\n`;
  for (const issue of error.issues ?? []) {
    text += `  ${terminalText(issue.path.join(".")) || "(root)"}: ${terminalText(issue.message)}\n`;
  }
  return text;
}
