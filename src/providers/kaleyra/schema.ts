import * as v from "valibot";
import { type FieldSchema, readingThrough } from "../../schema/field.js";
import { phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

// Notes §3.4.3: a callback URL placeholder that Kaleyra did not substitute may arrive as its literal text, in
// the doc's double-brace (`{{caller}}`) or the legacy single-brace (`{caller}`) form (§3.4.1).
const PLACEHOLDER = /^\{\{?\w+\}?\}$/;

/**
 * Tells whether a value is a callback-URL placeholder that was never substituted (`{caller}`, `{{caller}}`).
 *
 * @param value The value as sent.
 * @returns `true` for a literal placeholder, which callhooks reads as absent (notes §3.4.3).
 * @example
 * ```ts
 * isUnfilledPlaceholder("{{callerid}}");
 * //=> true
 * ```
 */
export function isUnfilledPlaceholder(value: unknown): boolean {
  // Most values hold no brace: the regular expression runs only on those that do.
  return typeof value === "string" && value.includes("{") && PLACEHOLDER.test(value.trim());
}

const placeholderAsAbsent = (value: unknown): unknown => (isUnfilledPlaceholder(value) ? null : value);

/**
 * Wraps a shared field schema so that an unsubstituted placeholder reads as absent (`null`) before the shared
 * reader sees it: `requiredText()` then reports it as empty, `text()` and the others read it as `null`.
 */
// @__NO_SIDE_EFFECTS__
function withoutPlaceholder<T>(schema: FieldSchema<T>): FieldSchema<T> {
  return readingThrough(schema, placeholderAsAbsent);
}

// @__NO_SIDE_EFFECTS__
function optionalField<T>(schema: v.OptionalSchema<FieldSchema<T>, undefined>) {
  return v.optional(withoutPlaceholder(schema.wrapped));
}

/**
 * The offset of Kaleyra's log date-times, which carry none (`2026-02-24 14:45:15` is India time; notes §3.3,
 * §3.4.5).
 *
 * @example
 * ```ts
 * readTime("2026-02-24 14:45:15", KALEYRA_NAIVE_OFFSET)?.toISOString();
 * //=> "2026-02-24T09:15:15.000Z"
 * ```
 */
export const KALEYRA_NAIVE_OFFSET = "+05:30";

/**
 * A Kaleyra callback delivery: the legacy template's variables (notes §3.3; CONTRACT.md "Kaleyra"), matched
 * without case, every value possibly a string (GET, notes §3.4.3), unsubstituted placeholders read as absent.
 * `starttime`/`endtime` are epoch seconds (kept as numbers) or IST date-times (kept as sent). Any other key
 * the customer put in the callback URL is kept as sent.
 *
 * @example
 * ```ts
 * v.parse(kaleyraCallbackSchema, { ID: "8841502317", billsec: "41", callerid: "{{callerid}}" });
 * //=> { id: "8841502317", billsec: 41, callerid: null }
 * ```
 */
export const kaleyraCallbackSchema = record({
  // The event name the customer put in the URL (`?event=call_end`, notes §3.4.4).
  event: optionalField(text()),
  caller: optionalField(phone()),
  receiver: optionalField(phone()),
  status: optionalField(text()),
  // Per-leg statuses of a click-to-call: status1 = first (agent) leg, status2 = second (customer) leg (§3.3).
  status1: optionalField(text()),
  status2: optionalField(text()),
  duration: optionalField(seconds()),
  billsec: optionalField(seconds()),
  starttime: optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
  endtime: optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
  recordpath: optionalField(text()),
  callerid: optionalField(phone()),
  id: withoutPlaceholder(requiredText()),
});

/**
 * A validated Kaleyra delivery: the `raw` of a Kaleyra event.
 *
 * @example
 * ```ts
 * if (event.provider === "kaleyra") console.log(event.raw.id, event.raw.status1, event.raw.status2);
 * ```
 */
export type KaleyraPayload = v.InferOutput<typeof kaleyraCallbackSchema>;

/**
 * A Kaleyra callback delivery: the payload of every Kaleyra event. A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(kaleyraPayloadSchema, Object.fromEntries(new URL(url).searchParams));
 * ```
 */
export const kaleyraPayloadSchema = kaleyraCallbackSchema;
