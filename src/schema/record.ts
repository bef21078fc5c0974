import * as v from "valibot";
import { createFields, type Fields, isPlainObject, isSafeKey } from "../decode/fields.js";
import type { FieldSchema, Reader } from "./field.js";

/**
 * A lenient object schema: keys matched without case, unknown keys kept. Its output type is `looseObject`'s.
 *
 * @example
 * ```ts
 * const schema: RecordSchema<{ id: FieldSchema<string> }> = record({ id: requiredText() });
 * ```
 */
export interface RecordSchema<TEntries extends v.ObjectEntries>
  extends v.BaseSchema<unknown, v.InferOutput<v.LooseObjectSchema<TEntries, undefined>>, v.BaseIssue<unknown>> {
  /** The schema type. */
  readonly type: "lenient_record";
  /** The factory. */
  readonly reference: typeof record;
  /** What it expects. */
  readonly expects: "Object";
  /** The fields, in the docs' spelling. */
  readonly entries: TEntries;
  /** The issue message. */
  readonly message: (issue: v.BaseIssue<unknown>) => string;
}

const OPTIONAL_TYPES: ReadonlySet<string> = new Set(["optional", "nullish", "exact_optional"]);

/**
 * valibot's config, and whether a record may read the keys sent in one pass (`onePass: false` runs the general
 * path alone: the property tests hold the two equal).
 *
 * @example
 * ```ts
 * schema["~run"]({ value: fields }, { abortEarly: false, abortPipeEarly: false, onePass: false });
 * ```
 */
export interface RecordConfig extends v.Config<v.BaseIssue<unknown>> {
  /** `false`: the general path alone. */
  readonly onePass?: boolean;
  /**
   * `true`: the value is the caller's own (parseCallback's decoded fields), and the one-pass reader writes what it
   * read into it (and into the records inside it) instead of into a copy; a record with issues writes nothing into its
   * own object.
   */
  readonly inPlace?: boolean;
}

/** How one entry is read: on the fast path, its lenient field's reader, called directly. */
interface Plan {
  /** The entry's schema. */
  readonly schema: v.GenericSchema;
  /** The lenient field's reader, or `undefined` for any other schema (run as valibot runs it). */
  readonly read: Reader<unknown> | undefined;
  /** Whether an absent value (`null` from the reader) is an issue. */
  readonly required: boolean;
  /** Whether `undefined` stays `undefined` (`v.optional` without a default). */
  readonly optional: boolean;
  /** Whether a missing key is an issue. */
  readonly keyRequired: boolean;
}

/** The plan of an entry: fast for a lenient field, bare or in `v.optional` without a default. */
function planOf(schema: v.GenericSchema): Plan {
  const keyRequired = !OPTIONAL_TYPES.has(schema.type);
  const optional = schema as v.GenericSchema & { wrapped?: v.GenericSchema; default?: unknown };
  if (optional.type === "optional" && optional.default === undefined && optional.wrapped?.type === "lenient_field") {
    const read = (optional.wrapped as FieldSchema<unknown>).read;
    return { schema, read, required: false, optional: true, keyRequired };
  }
  if (schema.type !== "lenient_field")
    return { schema, read: undefined, required: false, optional: false, keyRequired };
  const field = schema as FieldSchema<unknown>;
  return { schema, read: field.read, required: field.required, optional: false, keyRequired };
}

/** A record's key tables (the lower-case spellings, the required keys, the schema's order, each key's plan) and its reader. */
interface Tables {
  /** The schema's fields. */
  readonly entries: v.ObjectEntries;
  /** The schema's spelling of each key, by its lower case. */
  readonly spelling: ReadonlyMap<string, string>;
  /** The keys whose absence is an issue. */
  readonly required: readonly string[];
  /** Orders issues as the schema lists their keys, whatever the order of the keys sent (only on the error path). */
  readonly bySchemaOrder: (a: v.BaseIssue<unknown>, b: v.BaseIssue<unknown>) => number;
  /** Each key's plan. */
  readonly plans: ReadonlyMap<string, Plan>;
  /**
   * The one-pass reader: the output, or `undefined` when a key needs renaming, a value is not what its entry reads
   * or a required key is missing (the general path then renames and words the issues). 12 % of a parse over the
   * general path alone: npm run bench:stages -- --tricks.
   */
  readonly readAll: (sent: Record<string, unknown>, config: RecordConfig) => Record<string, unknown> | undefined;
}

/** Builds a record's key tables and one-pass reader, once per schema (on its first run). */
// @__NO_SIDE_EFFECTS__
function tablesOf(entries: v.ObjectEntries): Tables {
  const keys = Object.keys(entries);
  const spelling = new Map<string, string>();
  for (const key of keys) spelling.set(key.toLowerCase(), key);
  const required = keys.filter((key) => !OPTIONAL_TYPES.has((entries[key] as v.GenericSchema).type));
  const position = new Map(keys.map((key, index) => [key, index]));
  const plans = new Map<string, Plan>();
  for (const key of keys) plans.set(key, planOf(entries[key] as v.GenericSchema));
  const bySchemaOrder = (a: v.BaseIssue<unknown>, b: v.BaseIssue<unknown>): number =>
    // Stryker disable next-line OptionalChaining: only this record's issues are sorted, and when there are two or more each has a path with a first item (a field's or a missing key's); the one issue without a path (not an object) is always alone.
    (position.get(String(a.path?.[0]?.key)) ?? 0) - (position.get(String(b.path?.[0]?.key)) ?? 0);
  const readAll = (sent: Record<string, unknown>, config: RecordConfig): Record<string, unknown> | undefined => {
    // The values read that differ from those sent, as key, value, key, value…: written once every key has read.
    let changes: unknown[] | undefined;
    let present = 0;
    for (const key of Object.keys(sent)) {
      const plan = plans.get(key);
      if (plan === undefined) {
        // A key the schema does not name is kept as sent, unless it is one in another case or forbidden.
        if (!isSafeKey(key) || spelling.has(key.toLowerCase())) return undefined;
        continue;
      }
      if (plan.keyRequired) present++;
      const value = sent[key];
      let read: unknown;
      if (plan.read !== undefined) {
        read = value === undefined && plan.optional ? undefined : plan.read(value);
        if (read !== undefined ? read === null && plan.required : !(value === undefined && plan.optional)) {
          return undefined;
        }
      } else {
        const result = plan.schema["~run"]({ value }, config);
        if (result.issues) return undefined;
        read = result.value;
      }
      if (read !== value) {
        changes ??= [];
        changes.push(key, read);
      }
    }
    if (present !== required.length) return undefined;
    // parseCallback's own fields are written in place; anything else into a copy, as valibot's schemas leave their
    // input as it is (a spread: V8 clones the layout). In place: 10 % of a parse (bench:stages -- --tricks).
    const output: Record<string, unknown> = config.inPlace === true ? sent : { ...sent };
    if (changes !== undefined)
      for (let index = 0; index < changes.length; index += 2) {
        output[changes[index] as string] = changes[index + 1];
      }
    return output;
  };
  return { entries, spelling, required, plans, bySchemaOrder, readAll };
}

/** Renames keys to the docs' spelling; the exact spelling wins, a second spelling keeps its own name. */
function renamed(input: Record<string, unknown>, entries: object, spelling: ReadonlyMap<string, string>): Fields {
  const output = createFields();
  const keys = Object.keys(input);
  for (const key of keys) if (Object.hasOwn(entries, key)) output[key] = input[key];
  for (const key of keys) {
    if (Object.hasOwn(entries, key) || !isSafeKey(key)) continue;
    const name = spelling.get(key.toLowerCase());
    output[name !== undefined && !Object.hasOwn(output, name) ? name : key] = input[key];
  }
  return output;
}

/**
 * Builds an object schema whose keys match without case (8x8 sends `CallA` and `callA`,
 * docs/providers/wavecell.md#key-case-and-null-string): each key sent is renamed to the schema's spelling, then
 * validated; unknown keys are kept as sent, except `__proto__`, `constructor` and `prototype`. The key tables are
 * built once per schema, on its first run (not at import, not per call).
 *
 * Hint: a custom valibot schema (valibot's "Extend Valibot" guide) rather than `pipe(custom(), transform(),
 * looseObject())`: it reads the keys that were sent in one pass, where `looseObject` visits every entry of
 * the schema and then every key again. A delivery that needs no renaming and has no issue (nearly all) is read
 * by the one-pass reader; any other goes the general path, which renames the keys and words every issue.
 *
 * @param entries The schema's fields, in the spelling of the provider's docs, or a function that builds them: then
 *   they are built when the schema first runs or `entries` is first read, not when the module loads.
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(record({ callId: requiredText() }), { CALLID: "a1" });
 * //=> { callId: "a1" }
 * v.parse(record(() => ({ callId: requiredText() })), { callid: "a1" });
 * //=> { callId: "a1" }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function record<const TEntries extends v.ObjectEntries>(
  entries: TEntries | (() => TEntries),
): RecordSchema<TEntries> {
  // Built on first use, not at import: a deployment that receives one provider builds that provider's schemas
  // alone. import("callhooks") over valibot's: 1.63× → 1.45× (the tables) → 1.34× (the fields too), bench:cold.
  let built: TEntries | undefined = typeof entries === "function" ? undefined : entries;
  const entriesOf = (): TEntries => (built ??= (entries as () => TEntries)());
  let tables: Tables | undefined;
  return v._standardSchema<RecordSchema<TEntries>>({
    kind: "schema",
    type: "lenient_record",
    reference: record,
    expects: "Object",
    async: false,
    get entries() {
      return entriesOf();
    },
    // Stryker disable next-line MethodExpression,OptionalChaining: `message` only sees this schema's own issues, whose `expected` is `"key"` (quoted at both ends) or "Object" (at neither), never undefined.
    message: (issue) => (issue.expected?.startsWith('"') ? "is required" : "must be an object"),
    "~run"(dataset, config: RecordConfig) {
      const sent = dataset.value;
      if (!isPlainObject(sent)) {
        // Stryker disable next-line StringLiteral: the label only goes into valibot's default message, which `message` always replaces.
        v._addIssue(this, "type", dataset, config);
        return dataset as unknown as v.OutputDataset<never, v.BaseIssue<unknown>>;
      }
      tables ??= tablesOf(entriesOf());
      // valibot's own schemas mutate the dataset the same way: the value, the issues, whether it is typed.
      const result = dataset as unknown as { value: unknown; typed: boolean; issues?: v.BaseIssue<unknown>[] };
      const read = config.onePass === false || result.issues !== undefined ? undefined : tables.readAll(sent, config);
      if (read !== undefined) {
        result.value = read;
        result.typed = true;
        return dataset as unknown as v.OutputDataset<
          v.InferOutput<v.LooseObjectSchema<TEntries, undefined>>,
          v.BaseIssue<unknown>
        >;
      }
      // The general path. Keys in another case, or forbidden ones, are renamed first.
      const { entries, spelling, required, plans, bySchemaOrder } = tables;
      const input = Object.keys(sent).some(
        (key) => !Object.hasOwn(entries, key) && (!isSafeKey(key) || spelling.has(key.toLowerCase())),
      )
        ? renamed(sent, entries, spelling)
        : sent;
      const output: Record<string, unknown> = { ...input };
      let issues: v.BaseIssue<unknown>[] | undefined;
      for (const key of Object.keys(input)) {
        const plan = plans.get(key);
        // A key the schema does not name is kept as sent.
        if (plan === undefined) continue;
        const value = input[key];
        const checked = plan.schema["~run"]({ value }, config);
        if (checked.issues) {
          const item: v.ObjectPathItem = { type: "object", origin: "value", input, key, value };
          issues ??= [];
          for (const issue of checked.issues) {
            if (issue.path) issue.path.unshift(item);
            else (issue as { path?: v.IssuePathItem[] }).path = [item];
            issues.push(issue);
          }
          if (config.abortEarly) break;
        }
        output[key] = checked.value;
      }
      for (const key of required) {
        if (Object.hasOwn(input, key)) continue;
        // Stryker disable next-line StringLiteral: the label only goes into valibot's default message, which `message` always replaces.
        v._addIssue(this, "key", dataset, config, {
          input: undefined,
          expected: `"${key}"`,
          path: [{ type: "object", origin: "key", input, key, value: undefined }],
        });
      }
      if (issues !== undefined) result.issues = result.issues ? [...result.issues, ...issues] : issues;
      result.issues?.sort(bySchemaOrder);
      result.value = output;
      result.typed = result.issues === undefined;
      return dataset as unknown as v.OutputDataset<
        v.InferOutput<v.LooseObjectSchema<TEntries, undefined>>,
        v.BaseIssue<unknown>
      >;
    },
  });
}
