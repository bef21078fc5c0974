import * as v from "valibot";
import { readPhoneText } from "../../normalize/phone.js";
import { field } from "../../schema/field.js";
import { flag, phone, requiredPhone, requiredText, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

const DECODED_PLUS = /^ +\d/;

/**
 * Reads a caller id from a form body, restoring a `+` that form decoding turned into a space: the docs send
 * `display_from=+0312341234` unencoded, which decodes to `" 0312341234"`
 * (docs/providers/urlnetworks.md#plus-decoded-as-space).
 *
 * @param value The value as decoded.
 * @returns The caller id, `null` when absent, or `undefined` when it is not text.
 * @example
 * ```ts
 * readFormCallerId(" 61390085900");
 * //=> "+61390085900"
 * ```
 */
export function readFormCallerId(value: unknown): string | null | undefined {
  if (typeof value === "string" && value.charCodeAt(0) === 32 && DECODED_PLUS.test(value)) {
    return `+${value.trimStart()}`.trimEnd();
  }
  return readPhoneText(value);
}

// @__NO_SIDE_EFFECTS__
function callerId() {
  return v.optional(field(readFormCallerId, "a caller id"));
}

// @__NO_SIDE_EFFECTS__
function commonFields() {
  return {
    service_id: text(),
    direction: text(),
    // The extension tables name `direction` `description` (docs/providers/urlnetworks.md#description-vs-direction).
    description: text(),
    dialplan_id: text(),
    condition_id: text(),
    dialplan_name: text(),
    condition_name: text(),
    caller_name: text(),
    display_from: callerId(),
    start_time: sentTimestamp(),
    from: callerId(),
    external_did: phone(),
  } as const;
}

/**
 * A URL Networks HTTP Ringing / HTTP Hangup event (`incoming_*`; docs/providers/urlnetworks.md#http-ringing,
 * #http-hangup).
 *
 * @example
 * ```ts
 * v.parse(urlnetworksIncomingSchema, Object.fromEntries(new URLSearchParams(body))).method;
 * //=> "incoming_ringing"
 * ```
 */
export const urlnetworksIncomingSchema = record(() => ({
  ...commonFields(),
  call_event_uuid: requiredText(),
  method: requiredText(),
  http_ringing_url: text(),
  http_hangup_url: text(),
  http_post_recording_url: flag(),
  recording_url: text(),
  end_time: sentTimestamp(),
  // Sent as a bare key with no `=` (docs/providers/urlnetworks.md#bare-call-completed-key): present-but-empty
  // reads as true.
  call_completed: flag(),
}));

/**
 * A URL Networks extension event (`extension_*`; docs/providers/urlnetworks.md#extension-ringing).
 *
 * @example
 * ```ts
 * v.parse(urlnetworksExtensionSchema, fields).extension_user_id;
 * //=> "201"
 * ```
 */
export const urlnetworksExtensionSchema = record(() => ({
  ...commonFields(),
  call_event_uuid: requiredText(),
  method: requiredText(),
  extension_name: text(),
  extension_user_id: text(),
  agent_uuid: text(),
  hangup_cause: text(),
}));

/**
 * A URL Networks API Event "Incoming Call" (a Dialplan action with no `method`;
 * docs/providers/urlnetworks.md#api-incoming-call).
 *
 * @example
 * ```ts
 * v.parse(urlnetworksApiIncomingCallSchema, fields).dialed_number;
 * //=> "61312341234"
 * ```
 */
export const urlnetworksApiIncomingCallSchema = record(() => ({
  dialed_number: requiredPhone(),
  caller_id_number: phone(),
  dialplan_id: text(),
  condition_id: text(),
  dialplan_name: text(),
  condition_name: text(),
}));

/**
 * A validated HTTP Ringing / HTTP Hangup event.
 *
 * @example
 * ```ts
 * const hangup: UrlnetworksIncomingEvent = v.parse(urlnetworksIncomingSchema, fields);
 * ```
 */
export type UrlnetworksIncomingEvent = v.InferOutput<typeof urlnetworksIncomingSchema>;

/**
 * A validated extension event.
 *
 * @example
 * ```ts
 * const answered: UrlnetworksExtensionEvent = v.parse(urlnetworksExtensionSchema, fields);
 * ```
 */
export type UrlnetworksExtensionEvent = v.InferOutput<typeof urlnetworksExtensionSchema>;

/**
 * A validated API Event "Incoming Call".
 *
 * @example
 * ```ts
 * const incoming: UrlnetworksApiIncomingCall = v.parse(urlnetworksApiIncomingCallSchema, fields);
 * ```
 */
export type UrlnetworksApiIncomingCall = v.InferOutput<typeof urlnetworksApiIncomingCallSchema>;

/**
 * Any validated URL Networks payload: the `raw` of a URL Networks event.
 *
 * @example
 * ```ts
 * if (event.provider === "urlnetworks" && "call_event_uuid" in event.raw) console.log(event.raw.call_event_uuid);
 * ```
 */
export type UrlnetworksPayload = UrlnetworksIncomingEvent | UrlnetworksExtensionEvent | UrlnetworksApiIncomingCall;

/**
 * Any URL Networks payload callhooks maps: an HTTP event, an extension event or the API Incoming Call. A valibot
 * (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(urlnetworksPayloadSchema, Object.fromEntries(new URLSearchParams(body)));
 * ```
 */
export const urlnetworksPayloadSchema = v.union([
  urlnetworksIncomingSchema,
  urlnetworksExtensionSchema,
  urlnetworksApiIncomingCallSchema,
]);
