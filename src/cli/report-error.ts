import type { CallbackError } from "../errors.js";

/**
 * Formats a parse error for a terminal: `code: message`, then one line per issue.
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
  let text = `${error.code}: ${error.message}\n`;
  for (const issue of error.issues ?? []) text += `  ${issue.path.join(".") || "(root)"}: ${issue.message}\n`;
  return text;
}
