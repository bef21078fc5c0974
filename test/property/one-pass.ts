/**
 * The record schemas' one-pass reader against their general path: a delivery validated with `onePass: false` (the
 * general path alone: each field's valibot run, key renaming, every issue) must give what it gives by default (the
 * one-pass reader where it can, the general path where it cannot), and by default in place (`inPlace: true`, as
 * parseCallback runs it), for every shape schema of every provider.
 */
import { isDeepStrictEqual } from "node:util";
import type * as v from "valibot";
import { decodeBody } from "../../src/decode/decode-body.js";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import type { CallbackBody, QueryInput } from "../../src/options.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import type { RecordConfig } from "../../src/schema/record.js";

/** Every shape schema of every provider, once each, with a label. */
export const SHAPE_SCHEMAS: readonly { readonly label: string; readonly schema: v.GenericSchema }[] = [
  ...new Map(
    PROVIDERS.flatMap((provider) =>
      Object.values(provider.shapes).map(
        (shape) => [shape.schema, { label: shape.label, schema: shape.schema }] as const,
      ),
    ),
  ).values(),
];

const ONE_PASS: RecordConfig = { abortEarly: false, abortPipeEarly: false };
const GENERAL: RecordConfig = { ...ONE_PASS, onePass: false };
const IN_PLACE: RecordConfig = { ...ONE_PASS, inPlace: true };

/** Deep equality that also holds objects to the order of their keys (the order `raw` is written in). */
function sameValue(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return true;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    isDeepStrictEqual(keysA, keysB) &&
    keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** What a run gave, comparable: the value, whether it is typed, and each issue's path and message. */
function outcome(dataset: v.OutputDataset<unknown, v.BaseIssue<unknown>>) {
  return {
    value: dataset.value,
    typed: dataset.typed,
    issues: dataset.issues?.map((issue) => ({
      kind: issue.kind,
      type: issue.type,
      expected: issue.expected,
      received: issue.received,
      message: issue.message,
      input: issue.input,
      path: issue.path?.map((item) => ({ type: item.type, origin: item.origin, key: item.key, value: item.value })),
    })),
  };
}

/**
 * An outcome without the values along its issues' paths: read in place, a record inside one that has issues holds
 * what was read (the same values), where the general path's holds what was sent. parseCallback's issues carry the
 * path's keys and the message alone.
 */
function visible(run: ReturnType<typeof outcome>) {
  return { ...run, issues: run.issues?.map((issue) => ({ ...issue, path: issue.path?.map((item) => item.key) })) };
}

/**
 * Validates decoded fields with every shape schema both ways.
 *
 * @returns What differs (empty when every schema agrees).
 */
export function onePassDisagreements(fields: unknown): string[] {
  const problems: string[] = [];
  for (const { label, schema } of SHAPE_SCHEMAS) {
    const fast = outcome(schema["~run"]({ value: fields }, ONE_PASS));
    const general = outcome(schema["~run"]({ value: fields }, GENERAL));
    if (!sameValue(fast, general)) {
      problems.push(`${label}: the one-pass reader gave ${describe(fast)}, the general path ${describe(general)}`);
    }
    // As parseCallback runs it: in place, on fields of its own (a copy here).
    const own = structuredClone(fields);
    const inPlace = visible(outcome(schema["~run"]({ value: own }, IN_PLACE)));
    if (!sameValue(inPlace, visible(general))) {
      problems.push(
        `${label}: in place, the one-pass reader gave ${describe(inPlace)}, the general path ${describe(general)}`,
      );
    }
  }
  return problems;
}

const describe = (value: unknown): string => {
  try {
    return JSON.stringify(value).slice(0, 300);
  } catch {
    return String(value);
  }
};

/**
 * Decodes a delivery as parseCallback does, then validates it with every shape schema both ways.
 *
 * @returns What differs; nothing for a delivery that does not decode.
 */
export function onePassDisagreementsOf(delivery: {
  readonly body: unknown;
  readonly contentType: unknown;
  readonly options: unknown;
}): string[] {
  const query = (delivery.options as { query?: QueryInput } | undefined)?.query;
  const decoded = decodeBody(
    delivery.body as CallbackBody,
    delivery.contentType as string | null,
    query === null ? undefined : query,
    DEFAULT_LIMITS,
  );
  return decoded.ok ? onePassDisagreements(decoded.fields) : [];
}
