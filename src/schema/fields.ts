import * as v from "valibot";
import { parseJson } from "../decode/json.js";
import type { PhoneNumber } from "../events.js";
import { readBoolean } from "../normalize/boolean.js";
import { readDuration, readNumber } from "../normalize/number.js";
import { readPhoneText } from "../normalize/phone.js";
import { readText } from "../normalize/text.js";
import { readTimestamp } from "../normalize/time.js";
import { type FieldSchema, field, requiredField } from "./field.js";

/**
 * An optional text field: a string or JSON number, trimmed; absent is `null`.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(text(), 9100000000);
 * //=> "9100000000"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function text(): v.OptionalSchema<FieldSchema<string | null>, undefined> {
  return v.optional(field(readText, "a string"));
}

/**
 * A required text field, such as the call id.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(requiredText(), "").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function requiredText(): FieldSchema<string> {
  return requiredField(readText, "a non-empty string");
}

/**
 * An optional number, sent as a JSON number or a numeric string.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(numeric(), "4.25015");
 * //=> 4.25015
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function numeric(): v.OptionalSchema<FieldSchema<number | null>, undefined> {
  return v.optional(field(readNumber, "a number"));
}

/**
 * An optional duration in seconds: a number or numeric string, not negative.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(seconds(), "117");
 * //=> 117
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function seconds(): v.OptionalSchema<FieldSchema<number | null>, undefined> {
  return v.optional(field(readDuration, "a number of seconds, not negative"));
}

/**
 * An optional boolean: `true`/`false`, `"true"`/`"false"`, `1`/`0`, or present-but-empty (true).
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(flag(), "true");
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function flag(): v.OptionalSchema<FieldSchema<boolean | null>, undefined> {
  return v.optional(field(readBoolean, "a boolean (true, false, 1 or 0)"));
}

const PHONE = "a phone number (string or digits)";

/**
 * An optional phone-number field, kept as its string (JSON numbers become digits: never arithmetic; a negative
 * or fractional number is an issue).
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(phone(), 440000000000);
 * //=> "440000000000"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phone(): v.OptionalSchema<FieldSchema<PhoneNumber["raw"] | null>, undefined> {
  return v.optional(field(readPhoneText, PHONE));
}

/**
 * A required phone-number field, such as the number a call was made to.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(requiredPhone(), -61390085900).success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function requiredPhone(): FieldSchema<PhoneNumber["raw"]> {
  return requiredField(readPhoneText, PHONE);
}

/**
 * An optional timestamp kept as sent (an epoch as a number, an ISO date-time as its string), checked to be
 * readable by `readTime`; the normalizer turns it into a `Date`.
 *
 * @param naiveOffset The offset for date-times sent without one (default UTC).
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(sentTimestamp(), "1573865518");
 * //=> 1573865518
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function sentTimestamp(naiveOffset = "Z"): v.OptionalSchema<FieldSchema<number | string | null>, undefined> {
  return v.optional(
    field((value) => readTimestamp(value, naiveOffset), "an ISO-8601 date-time or an epoch in seconds or milliseconds"),
  );
}

function readEmbeddedJson(value: unknown): unknown {
  if (typeof value !== "string") return value === undefined ? null : value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const first = trimmed.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return trimmed;
  const parsed = parseJson(trimmed);
  return parsed.ok ? parsed.value : trimmed;
}

/**
 * An optional JSON object sent inside a string (TeleCMI `custom` and `extra_params`, docs/providers/telecmi.md#custom-params-on-inbound): decoded
 * when it parses, kept as the string it is when it does not; its inner values are left as sent.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.parse(embeddedJson(), '{"crm":"true"}');
 * //=> { crm: "true" }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function embeddedJson(): v.OptionalSchema<FieldSchema<unknown>, undefined> {
  return v.optional(field(readEmbeddedJson, "JSON text"));
}
