import * as v from "valibot";
import type { CallOutcome } from "../events.js";
import { PROVIDER_IDS } from "../providers/ids.js";
import { once } from "../schema/deferred.js";

// The valibot schemas of the values events and records share, in their JSON form. Messages never quote the
// input: an issue says what the field must be. Each is built by a pure factory, once, on first use (`once`): not at
// import, and valibot's calls, imported from another chunk of the build, stay out of bundles that never use them.
// With the records' and events' schemas: import("callhooks") 1.34× → 1.30× valibot's (bench:cold).

/** Every outcome, in the order of `CallOutcome`. */
export const CALL_OUTCOMES = [
  "completed",
  "missed",
  "busy",
  "rejected",
  "failed",
  "canceled",
  "unknown",
] as const satisfies readonly CallOutcome[];

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Tells whether a string is a time as `Date#toISOString` writes it (the only form records and event JSON hold).
 *
 * @param value The string.
 * @returns `true` for e.g. `2021-10-20T09:08:40.615Z`.
 * @example
 * ```ts
 * isIsoTime("2021-10-20T09:08:40Z");
 * //=> false
 * ```
 */
export function isIsoTime(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/**
 * Validation rules that JSON Schema cannot state (a `check`, a finite number) and are left out of the
 * published JSON Schemas.
 *
 * @example
 * ```ts
 * toJsonSchema(callRecordSchema, { ignoreActions: [...JSON_SCHEMA_IGNORED_ACTIONS] });
 * ```
 */
export const JSON_SCHEMA_IGNORED_ACTIONS = ["check", "finite"] as const;

// @__NO_SIDE_EFFECTS__
function isoTime() {
  return v.pipe(
    v.string(),
    v.check(isIsoTime, "must be a time as Date#toISOString writes it (2021-10-20T09:08:40.615Z)"),
    v.metadata({ format: "date-time", description: "A UTC time as Date#toISOString writes it." }),
  );
}

/** A time, as `Date#toISOString` writes it. */
export const isoTimeSchema = /* @__PURE__ */ once(isoTime);

// @__NO_SIDE_EFFECTS__
function phoneNumber() {
  return v.object({
    raw: v.string(),
    e164: v.nullable(v.pipe(v.string(), v.regex(E164, "must be + and 7 to 15 digits"))),
  });
}

/** A phone number as sent, and in E.164 when its country is known. */
export const phoneNumberSchema = /* @__PURE__ */ once(phoneNumber);

// @__NO_SIDE_EFFECTS__
function recording() {
  return v.object({ url: v.nullable(v.string()), filename: v.nullable(v.string()) });
}

/** A recording or voicemail. */
export const recordingSchema = /* @__PURE__ */ once(recording);

// @__NO_SIDE_EFFECTS__
function duration() {
  return v.pipe(v.number(), v.finite("must be a finite number"), v.minValue(0, "must not be negative"));
}

/** A duration in seconds. */
export const durationSchema = /* @__PURE__ */ once(duration);

/**
 * Builds a picklist schema (a pure factory, for module-level schemas).
 *
 * @param options The values.
 * @returns The schema.
 * @example
 * ```ts
 * const statusSchema = picklistOf(["initiated", "ringing"]);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function picklistOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options);
}

/** How a call ended. */
export const outcomeSchema = /* @__PURE__ */ once(() => picklistOf(CALL_OUTCOMES));

/** The direction of a conversation. */
export const directionSchema = /* @__PURE__ */ once(() => picklistOf(["inbound", "outbound"]));

/** A provider id. */
export const providerSchema = /* @__PURE__ */ once(() => picklistOf(PROVIDER_IDS));

// Every issue collected, worded without the input (valibot's default message quotes what it received).
const describeIssue = (issue: v.BaseIssue<unknown>): string =>
  issue.expected === null ? "is not valid" : `must be ${issue.expected}`;

/**
 * The configuration every records schema runs with: all issues, each worded without quoting the input.
 *
 * @example
 * ```ts
 * callRecordSchema["~run"]({ value }, RECORDS_CONFIG);
 * ```
 */
export const RECORDS_CONFIG: v.Config<v.BaseIssue<unknown>> = {
  abortEarly: false,
  abortPipeEarly: false,
  message: describeIssue,
};

export { PROVIDER_IDS };
