import type * as v from "valibot";
import type { Fields } from "../decode/fields.js";
import { type CallbackError, callbackError } from "../errors.js";
import { summarizeIssues, toCallbackIssues } from "./issues.js";
import type { RecordConfig } from "./record.js";

/**
 * The validated payload, or the `invalid_payload` error.
 *
 * @example
 * ```ts
 * const checked: Validated<{ cmiuuid: string }> = { ok: true, value: { cmiuuid: "…" } };
 * ```
 */
export type Validated<T> = { ok: true; value: T } | { ok: false; error: CallbackError };

// Every issue is collected (abortEarly off) and worded by the schemas' own `message`, whatever a user set with
// valibot's setGlobalConfig; run directly, validation needs no config or result object per call.
// The fields are parseCallback's own (decoded from text, or copied from a framework's object): read in place.
const CONFIG: RecordConfig = { abortEarly: false, abortPipeEarly: false, inPlace: true };

/**
 * Validates a delivery's fields with one event's schema.
 *
 * @param schema The event's schema.
 * @param fields The decoded fields.
 * @param provider The provider.
 * @param what The provider and event, for the message (`"TeleCMI cdr"`).
 * @returns The payload, or `invalid_payload` listing every failing field.
 * @example
 * ```ts
 * validate(telecmiCdrSchema, fields, "telecmi", "TeleCMI cdr");
 * ```
 */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  fields: Fields,
  provider: string,
  what: string,
): Validated<v.InferOutput<TSchema>> {
  const result = schema["~run"]({ value: fields }, CONFIG);
  if (result.issues === undefined) return { ok: true, value: result.value as v.InferOutput<TSchema> };
  const issues = toCallbackIssues(result.issues);
  return {
    ok: false,
    error: callbackError(
      "invalid_payload",
      `This ${what} callback is not valid: ${summarizeIssues(issues)}. See error.issues; check that the whole body reached callhooks, unaltered.`,
      provider,
      issues,
    ),
  };
}
