import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { withPhoneDataCheck } from "../phone-data-check.js";
import { carrierx } from "./definition.js";

/**
 * Parses a CarrierX callback: a Mediator record becomes `call.ended`; a FlexML request `call.ringing` (inbound
 * offer) or `call.answered` (outbound call), a Gather action `call.dtmf`, a status callback `call.ended`. Same
 * options and result as `parseCallback`.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options (for a GET FlexML request, `query`).
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/carrierx";
 * const result = parse(req.body, req.headers["content-type"]);
 * if (result.ok && result.event.type === "call.dtmf") console.log(result.event.digits);
 * //=> "9"
 * ```
 */
export const parse = /* @__PURE__ */ withPhoneDataCheck(createCallbackParser([carrierx]), "callhooks/carrierx");

/**
 * Tells whether a body is a CarrierX callback (Mediator, SMS, conference or FlexML object).
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns `"carrierx"`, or `null`.
 * @example
 * ```ts
 * detect('{"endpoint_type":"mediator","dr_sid":"…"}', "application/json");
 * //=> "carrierx"
 * ```
 */
export const detect = /* @__PURE__ */ createProviderDetector([carrierx]);

export { type CarrierxFlexmlReply, type CarrierxFlexmlVerb, flexml } from "./replies/flexml.js";
export {
  type CarrierxFlexmlGather,
  type CarrierxFlexmlRequest,
  type CarrierxFlexmlStatus,
  type CarrierxMediatorRecord,
  type CarrierxPayload,
  carrierxPayloadSchema,
} from "./schema.js";
