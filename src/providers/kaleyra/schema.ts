import * as v from "valibot";
import { type FieldSchema, field, readingThrough } from "../../schema/field.js";
import { phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";
import { KALEYRA_NAIVE_OFFSET, readKaleyraTime } from "./call-time.js";

// A callback URL placeholder that Kaleyra did not substitute may arrive as its literal text, in the doc's
// double-brace (`{{caller}}`) or the legacy single-brace (`{caller}`) form
// (docs/providers/kaleyra.md#mixed-placeholder-syntax).
const PLACEHOLDER = /^\{\{?\w+\}?\}$/;

/**
 * Tells whether a value is a callback-URL placeholder that was never substituted (`{caller}`, `{{caller}}`).
 *
 * @param value The value as sent.
 * @returns `true` for a literal placeholder, which callhooks reads as absent
 *   (docs/providers/kaleyra.md#mixed-placeholder-syntax).
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
 * The fields callhooks reads, named after Kaleyra's placeholders (docs/providers/kaleyra.md#placeholder-names):
 * a customer who writes `caller={caller}&keypress={keypress}` into a callback URL gets them read.
 */
// @__NO_SIDE_EFFECTS__
function placeholderFields() {
  return {
    // The event name the customer put in the URL (`?event=call_end`, docs/providers/kaleyra.md#event-not-in-payload).
    event: optionalField(text()),
    caller: optionalField(phone()),
    // Kaleyra.io's own example URL sends `callee={callee}`
    // (https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis).
    callee: optionalField(phone()),
    receiver: optionalField(phone()),
    // The IVR's "Kaleyra Virtual Number" the caller dialled (docs/providers/kaleyra.md#ivr-callbacks).
    callto: optionalField(phone()),
    status: optionalField(text()),
    // Per-leg statuses of a click-to-call: status1 = first (agent) leg, status2 = second (customer) leg
    // (docs/providers/kaleyra.md#legacy-click2call-callback).
    status1: optionalField(text()),
    status2: optionalField(text()),
    duration: optionalField(seconds()),
    billsec: optionalField(seconds()),
    starttime: optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
    endtime: optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
    // `dd/mm/yyyy hh:mm AM`, India time (docs/providers/kaleyra.md#naive-ist-times).
    calltime: optionalField(
      v.optional(field(readKaleyraTime, "a date-time (dd/mm/yyyy hh:mm AM, India time, or ISO-8601) or an epoch")),
    ),
    // The digits the caller keyed, kept as text: leading zeros, `*` and `#` are digits too.
    keypress: optionalField(text()),
    recordpath: optionalField(text()),
    callerid: optionalField(phone()),
    // Sent only where the customer put `{id}` in the template (docs/providers/kaleyra.md#no-call-id).
    id: optionalField(text()),
  };
}

/**
 * The placeholder names callhooks reads, in alphabetical order (the order of a no-call-id event's id,
 * docs/providers/kaleyra.md#no-call-id).
 *
 * @example
 * ```ts
 * KALEYRA_PLACEHOLDERS.includes("keypress");
 * //=> true
 * ```
 */
export const KALEYRA_PLACEHOLDERS = [
  "billsec",
  "callee",
  "caller",
  "callerid",
  "calltime",
  "callto",
  "duration",
  "endtime",
  "event",
  "id",
  "keypress",
  "receiver",
  "recordpath",
  "starttime",
  "status",
  "status1",
  "status2",
] as const satisfies readonly (keyof ReturnType<typeof placeholderFields>)[];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * Compiles only while KALEYRA_PLACEHOLDERS names every placeholder field, no more (the list is written out so that
 * the fields are built on first use, not at import); a test holds it in alphabetical order.
 *
 * @example
 * ```ts
 * const listed: PlaceholdersListed = true;
 * ```
 */
export type PlaceholdersListed = Assert<
  Same<(typeof KALEYRA_PLACEHOLDERS)[number], keyof ReturnType<typeof placeholderFields>>
>;

/**
 * A Kaleyra callback delivery: the variables its callback URLs and profiles fill in, matched without case,
 * every value possibly a string (GET, docs/providers/kaleyra.md#get-values-are-strings), unsubstituted
 * placeholders read as absent. Every field is optional, the call id too: Kaleyra sends only what the customer
 * asked for. `starttime`/`endtime`/`calltime` are kept as sent (epochs as numbers). Any other key the customer
 * put in the callback URL is kept as sent.
 *
 * @example
 * ```ts
 * v.parse(kaleyraCallbackSchema, { ID: "8841502317", billsec: "41", callerid: "{{callerid}}" });
 * //=> { id: "8841502317", billsec: 41, callerid: null }
 * ```
 */
export const kaleyraCallbackSchema = record(placeholderFields);

/**
 * The legacy IVR keypress callback (`ivr_keypress`): the same fields, with the digits required.
 *
 * @example
 * ```ts
 * v.parse(kaleyraKeypressSchema, { caller: "8800000000", keypress: "1234" }).keypress;
 * //=> "1234"
 * ```
 */
export const kaleyraKeypressSchema = record(() => ({
  ...placeholderFields(),
  keypress: withoutPlaceholder(requiredText()),
}));

/**
 * A validated Kaleyra delivery: the `raw` of a Kaleyra event.
 *
 * @example
 * ```ts
 * if (event.provider === "kaleyra") console.log(event.raw.id, event.raw.status1, event.raw.keypress);
 * ```
 */
export type KaleyraPayload = v.InferOutput<typeof kaleyraCallbackSchema> | v.InferOutput<typeof kaleyraKeypressSchema>;

/**
 * A Kaleyra callback delivery: the payload of every Kaleyra event. A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(kaleyraPayloadSchema, Object.fromEntries(new URL(url).searchParams));
 * ```
 */
export const kaleyraPayloadSchema = v.union([kaleyraCallbackSchema, kaleyraKeypressSchema]);
