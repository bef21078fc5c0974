import { DEFAULT_LIMITS } from "../decode/limits.js";
import { flattenParsedForm } from "../decode/parsed-object.js";

/**
 * Turns the object `express.urlencoded({ extended: true })` (qs) builds back into the flat keys that were
 * sent: `a[b]=1` became `{ a: { b: "1" } }` and is read as `{ "a[b]": "1" }` again, and a repeated key (an
 * array) keeps its last value, as everywhere in callhooks. Forbidden keys are dropped at any depth.
 *
 * Hint: `parseCallback` and `parseIncomingMessage` do this themselves for a form body (and a parsed query),
 * under the limits; an object past the default limits, circular or unreadable, is returned as it is, for
 * `parseCallback` to report.
 *
 * @param body The parsed form.
 * @returns The flat fields.
 * @example
 * ```ts
 * flattenFormObject({ a: { b: "1" }, c: ["2", "3"] });
 * //=> { "a[b]": "1", c: "3" }
 * ```
 */
export function flattenFormObject(body: Record<string, unknown>): Record<string, unknown> {
  const flat = flattenParsedForm(body, "body", DEFAULT_LIMITS);
  return flat.ok ? flat.fields : body;
}
