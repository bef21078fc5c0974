import * as v from "valibot";
import { flag, numeric, phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

/**
 * The Mediator `attributes` object (S000): documented attributes read leniently (the callback sends
 * `"hide_origination_did": "true"` where the reference shows `true`, notes §1.6.1); `sip_header_*` and any
 * other attribute kept as sent.
 *
 * @example
 * ```ts
 * v.parse(carrierxAttributesSchema, { hide_origination_did: "true" });
 * //=> { hide_origination_did: true }
 * ```
 */
export const carrierxAttributesSchema = record({
  announce: text(),
  cnam: text(),
  fix_anonymous_cid: flag(),
  hide_origination_did: flag(),
  ringback: text(),
  use_call_confirmation: text(),
});

/**
 * A CarrierX Mediator record (`app_mediator` callback, binding or dialout; S000, notes §1.2).
 *
 * @example
 * ```ts
 * v.parse(carrierxMediatorSchema, JSON.parse(body)).dr_sid;
 * ```
 */
export const carrierxMediatorSchema = record({
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
});

/**
 * A validated CarrierX Mediator record: the `raw` of a CarrierX event.
 *
 * @example
 * ```ts
 * if (event.provider === "carrierx") console.log(event.raw.endpoint_sid);
 * ```
 */
export type CarrierxPayload = v.InferOutput<typeof carrierxMediatorSchema>;

/**
 * Any CarrierX payload callhooks maps: a Mediator record. A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(carrierxPayloadSchema, JSON.parse(body));
 * ```
 */
export const carrierxPayloadSchema = carrierxMediatorSchema;
