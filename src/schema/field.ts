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
 * The issue of a field whose value is of the wrong kind, or empty where one is required.
 *
 * @example
 * ```ts
 * const issue: FieldIssue = { kind: "schema", type: "lenient_field", expected: "a number", … };
 * ```
 */
export interface FieldIssue extends v.BaseIssue<unknown> {
  /** The issue kind. */
  readonly kind: "schema";
  /** The issue type. */
  readonly type: "lenient_field";
  /** What the field holds. */
  readonly expected: string;
}

/**
 * A lenient field schema: one reader, run in one step (a custom valibot schema, as valibot's "Extend Valibot"
 * guide builds them: `pipe(unknown(), rawTransform())` costs four nested runs and a context object per field).
 *
 * @example
 * ```ts
 * const schema: FieldSchema<number | null> = field(readNumber, "a number");
 * ```
 */
export interface FieldSchema<T> extends v.BaseSchema<unknown, T, FieldIssue> {
  /** The schema type. */
  readonly type: "lenient_field";
  /** The factory. */
  readonly reference: typeof field | typeof requiredField;
  /** What the field holds. */
  readonly expects: string;
  /** The reader. */
  readonly read: Reader<T>;
  /** Whether an absent value is an issue. */
  readonly required: boolean;
  /** The issue message. */
  readonly message: (issue: FieldIssue) => string;
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

// @__NO_SIDE_EFFECTS__
function fieldSchema<T>(
  reference: typeof field | typeof requiredField,
  read: Reader<T>,
  expected: string,
  required: boolean,
): FieldSchema<T> {
  return v._standardSchema<FieldSchema<T>>({
    kind: "schema",
    type: "lenient_field",
    reference,
    expects: expected,
    async: false,
    read,
    required,
    message: (issue: FieldIssue) =>
      required && read(issue.input) === null
        ? `is required (${expected}) but was empty`
        : `must be ${expected}, got ${describeValue(issue.input)}`,
    "~run"(dataset: v.UnknownDataset, config: v.Config<FieldIssue>) {
      const value = this.read(dataset.value);
      if (value === undefined || (value === null && this.required)) {
        v._addIssue(this, "type", dataset, config);
      } else {
        dataset.value = value;
        // @ts-expect-error: the dataset is typed now (valibot's own schemas mutate it the same way).
        dataset.typed = true;
      }
      return dataset as unknown as v.OutputDataset<T, FieldIssue>;
    },
  });
}

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
  return fieldSchema<T | null>(field, read, expected, false);
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
  return fieldSchema<T>(requiredField, read as Reader<T>, expected, true);
}

/**
 * Builds a field schema that passes each value through `before` first, in the same single step (Kaleyra reads
 * an unsubstituted `{{caller}}` as absent before the shared reader sees it).
 *
 * @param schema The field schema.
 * @param before What to do to a value before `schema` reads it.
 * @returns The schema, with the same kind, message and output.
 * @example
 * ```ts
 * v.parse(readingThrough(requiredText(), (value) => (value === "-" ? null : value)), "a1");
 * //=> "a1"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function readingThrough<T>(schema: FieldSchema<T>, before: (value: unknown) => unknown): FieldSchema<T> {
  const { read } = schema;
  return fieldSchema<T>(schema.reference, (value) => read(before(value)), schema.expects, schema.required);
}
