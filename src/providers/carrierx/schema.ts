import * as v from "valibot";
import { flag, numeric, phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

/**
 * The Mediator `attributes` object: documented attributes read leniently (the callback sends
 * `"hide_origination_did": "true"` where the reference shows `true`, docs/providers/carrierx.md#string-booleans-in-attributes);
 * `sip_header_*` and any other attribute kept as sent.
 *
 * @example
 * ```ts
 * v.parse(carrierxAttributesSchema, { hide_origination_did: "true" });
 * //=> { hide_origination_did: true }
 * ```
 */
export const carrierxAttributesSchema = record(() => ({
  announce: text(),
  cnam: text(),
  fix_anonymous_cid: flag(),
  hide_origination_did: flag(),
  ringback: text(),
  use_call_confirmation: text(),
}));

/**
 * A CarrierX Mediator record (`app_mediator` callback, binding or dialout; docs/providers/carrierx.md#mediator-record).
 *
 * @example
 * ```ts
 * v.parse(carrierxMediatorSchema, JSON.parse(body)).dr_sid;
 * ```
 */
export const carrierxMediatorSchema = record(() => ({
  attributes: v.optional(v.nullable(carrierxAttributesSchema)),
  date_insert: sentTimestamp(),
  date_start: sentTimestamp(),
  date_stop: sentTimestamp(),
  date_talk: sentTimestamp(),
  direction: text(),
  dr_sid: requiredText(),
  dtmf: text(),
  duration: seconds(),
  endpoint_sid: text(),
  endpoint_type: text(),
  event_type: text(),
  number_dst: phone(),
  number_redirect: phone(),
  number_src: phone(),
  partner_sid: text(),
  reference_sid: text(),
  type: text(),
  version: numeric(),
}));

/**
 * A validated CarrierX Mediator record.
 *
 * @example
 * ```ts
 * if (event.provider === "carrierx" && "dr_sid" in event.raw) console.log(event.raw.endpoint_sid);
 * ```
 */
export type CarrierxMediatorRecord = v.InferOutput<typeof carrierxMediatorSchema>;

// The fields of every FlexML request: documented ones and those real requests carry (PartnerSid, EndpointSid),
// docs/providers/carrierx.md#flexml-request. SipHeader_* and any other key are kept as sent. `AccountSid` is
// always blank ("reserved for future use") and read as absent.
// @__NO_SIDE_EFFECTS__
function flexmlRequestFields() {
  return {
    AccountSid: text(),
    ApiVersion: text(),
    CallerName: text(),
    CallSid: requiredText(),
    CallStatus: text(),
    Direction: text(),
    EndpointSid: text(),
    ForwardedFrom: phone(),
    From: phone(),
    OriginalFrom: phone(),
    OriginalTo: phone(),
    PartnerSid: text(),
    RequestUrl: text(),
    To: phone(),
  } as const;
}

/**
 * A CarrierX FlexML instruction request: the request for the first FlexML of a call (inbound offer, or an
 * outbound Calls API call once answered), or a verb's action request that carries no verb-specific field.
 * JSON body (POST), form body or query (GET); keys matched without case.
 *
 * @example
 * ```ts
 * v.parse(carrierxFlexmlRequestSchema, JSON.parse(body)).CallSid;
 * ```
 */
export const carrierxFlexmlRequestSchema = record(flexmlRequestFields);

/**
 * A CarrierX FlexML `Gather` action request: the request fields plus `Digits` (the keys pressed, without the
 * finish key) and `FinishKey` (`null` when `numDigits` ended the input).
 *
 * @example
 * ```ts
 * v.parse(carrierxFlexmlGatherSchema, JSON.parse(body)).Digits;
 * //=> "9"
 * ```
 */
export const carrierxFlexmlGatherSchema = record(() => ({
  ...flexmlRequestFields(),
  Digits: text(),
  FinishKey: text(),
}));

/**
 * A CarrierX FlexML status callback, sent once after the call ended: the request fields plus `CallStatus` and
 * `CallDuration` (seconds, a JSON number or a numeric string).
 *
 * @example
 * ```ts
 * v.parse(carrierxFlexmlStatusSchema, JSON.parse(body)).CallDuration;
 * //=> 31
 * ```
 */
export const carrierxFlexmlStatusSchema = record(() => ({ ...flexmlRequestFields(), CallDuration: seconds() }));

/**
 * A validated CarrierX FlexML instruction request.
 *
 * @example
 * ```ts
 * if (event.type === "call.ringing" && event.provider === "carrierx") console.log(event.raw.OriginalFrom);
 * ```
 */
export type CarrierxFlexmlRequest = v.InferOutput<typeof carrierxFlexmlRequestSchema>;

/**
 * A validated CarrierX FlexML `Gather` action request.
 *
 * @example
 * ```ts
 * if (event.type === "call.dtmf" && event.provider === "carrierx") console.log(event.raw.FinishKey);
 * ```
 */
export type CarrierxFlexmlGather = v.InferOutput<typeof carrierxFlexmlGatherSchema>;

/**
 * A validated CarrierX FlexML status callback.
 *
 * @example
 * ```ts
 * if (event.type === "call.ended" && event.provider === "carrierx") console.log(event.raw.CallStatus);
 * ```
 */
export type CarrierxFlexmlStatus = v.InferOutput<typeof carrierxFlexmlStatusSchema>;

/**
 * Any validated CarrierX payload callhooks maps: the `raw` of a CarrierX event.
 *
 * @example
 * ```ts
 * if (event.provider === "carrierx") console.log(event.raw);
 * ```
 */
export type CarrierxPayload =
  | CarrierxMediatorRecord
  | CarrierxFlexmlRequest
  | CarrierxFlexmlGather
  | CarrierxFlexmlStatus;

/**
 * Any CarrierX payload callhooks maps: a Mediator record or a FlexML request, Gather action or status callback.
 * A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(carrierxPayloadSchema, JSON.parse(body));
 * ```
 */
export const carrierxPayloadSchema = v.union([
  carrierxMediatorSchema,
  carrierxFlexmlStatusSchema,
  carrierxFlexmlGatherSchema,
  carrierxFlexmlRequestSchema,
]);
