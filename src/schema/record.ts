import * as v from "valibot";
import { createFields, type Fields, isPlainObject, isSafeKey } from "../decode/fields.js";

/**
 * A lenient object schema: keys matched without case, unknown keys kept.
 *
 * @example
 * ```ts
 * const schema: RecordSchema<{ id: ReturnType<typeof requiredText> }> = record({ id: requiredText() });
 * ```
 */
export type RecordSchema<TEntries extends v.ObjectEntries> = v.SchemaWithPipe<
  readonly [
    v.CustomSchema<Record<string, unknown>, v.ErrorMessage<v.CustomIssue> | undefined>,
    v.TransformAction<Record<string, unknown>, Fields>,
    v.LooseObjectSchema<TEntries, undefined>,
  ]
>;

/**
 * Builds an object schema whose keys match without case (8x8 sends `CallA` and `callA`, notes §2.4.5):
 * each key sent is renamed to the schema's spelling, then validated; unknown keys are kept as sent, except
 * `__proto__`, `constructor` and `prototype`. The key table is built once, here, not per call.
 *
 * @param entries The schema's fields, in the spelling of the provider's docs.
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(record({ callId: requiredText() }), { CALLID: "a1" });
 * //=> { callId: "a1" }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function record<const TEntries extends v.ObjectEntries>(entries: TEntries): RecordSchema<TEntries> {
  // Prototype-less, so that a key sent as `toString` or `hasOwnProperty` is an unknown key like any other.
  const known = Object.assign(Object.create(null) as object, entries) as TEntries;
  const spelling = new Map<string, string>();
  for (const key of Object.keys(entries)) spelling.set(key.toLowerCase(), key);
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, "must be an object"),
    v.transform((input: Record<string, unknown>) => {
      const output = createFields();
      const keys = Object.keys(input);
      // The docs' exact spelling is read first, so it wins over another case of the same key.
      for (const key of keys) if (key in known) output[key] = input[key];
      for (const key of keys) {
        if (key in known || !isSafeKey(key)) continue;
        const name = spelling.get(key.toLowerCase());
        // A second spelling of a key already read stays under its own name, so nothing sent is lost.
        output[name !== undefined && !(name in output) ? name : key] = input[key];
      }
      return output;
    }),
    v.looseObject(known),
  );
}
