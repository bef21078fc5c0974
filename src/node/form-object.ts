import { isPlainObject } from "../decode/fields.js";

/**
 * Turns the object `express.urlencoded({ extended: true })` (qs) builds back into the flat keys that were
 * sent: `a[b]=1` became `{ a: { b: "1" } }` and is read as `{ "a[b]": "1" }` again, and a repeated key (an
 * array) keeps its first value, as `URLSearchParams` does. A flat object is returned as it is.
 *
 * @param body The parsed form.
 * @returns The flat fields.
 * @example
 * ```ts
 * flattenFormObject({ a: { b: "1" }, c: ["2", "3"] });
 * //=> { "a[b]": "1", c: "2" }
 * ```
 */
export function flattenFormObject(body: Record<string, unknown>): Record<string, unknown> {
  let nested = false;
  for (const key of Object.keys(body)) {
    if (typeof body[key] === "object" && body[key] !== null) nested = true;
  }
  if (!nested) return body;
  const flat: Record<string, unknown> = Object.create(null);
  const add = (key: string, value: unknown): void => {
    if (key in flat) return;
    if (Array.isArray(value)) {
      if (value.length > 0) add(key, value[0]);
    } else if (isPlainObject(value)) {
      for (const sub of Object.keys(value)) add(`${key}[${sub}]`, value[sub]);
    } else flat[key] = value;
  };
  for (const key of Object.keys(body)) add(key, body[key]);
  return flat;
}
