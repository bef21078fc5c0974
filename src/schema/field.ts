import * as v from "valibot";

/**
 * Reads a raw value: the result, `null` when absent, or `undefined` when the value is of the wrong kind.
 *
 * @example
 * ```ts
 * const read: Reader<number> = readNumber;
 * ```
 */
export type Reader<T> = (value: unknown) => T | null | undefined;

/**
 * A lenient field schema: runs a reader and reports a wrong kind of value as an issue.
 *
 * @example
 * ```ts
 * const schema: FieldSchema<number> = field(readNumber, "a number");
 * ```
 */
export type FieldSchema<T> = v.SchemaWithPipe<readonly [v.UnknownSchema, v.RawTransformAction<unknown, T>]>;

/**
 * Builds a field schema from a reader. Absent values (missing, `null`, `""`, `"null"`) read as `null`.
 *
 * @param read The reader.
 * @param expected What the field holds, for the issue message (`"epoch milliseconds"`).
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(field(readNumber, "a number"), "31");
 * //=> 31
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function field<T>(read: Reader<T>, expected: string): FieldSchema<T | null> {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T | null>(({ dataset, addIssue, NEVER }) => {
      const value = read(dataset.value);
      if (value !== undefined) return value;
      addIssue({ message: `must be ${expected}, got ${describeValue(dataset.value)}` });
      return NEVER;
    }),
  );
}

/**
 * Builds a field schema for a value the normalized event cannot do without.
 *
 * @param read The reader.
 * @param expected What the field holds, for the issue message.
 * @returns The schema; an absent value is an issue.
 * @example
 * ```ts
 * v.safeParse(requiredField(readText, "an id"), "null").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function requiredField<T>(read: Reader<T>, expected: string): FieldSchema<T> {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const value = read(dataset.value);
      if (value !== undefined && value !== null) return value;
      addIssue({
        message:
          value === null
            ? `is required (${expected}) but was empty`
            : `must be ${expected}, got ${describeValue(dataset.value)}`,
      });
      return NEVER;
    }),
  );
}

/**
 * Describes a value's kind for an issue message, without echoing it.
 *
 * @param value The value.
 * @returns A short description such as `a string` or `an object`.
 * @example
 * ```ts
 * describeValue([]);
 * //=> "an array"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : "a string";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
