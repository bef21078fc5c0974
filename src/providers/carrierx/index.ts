import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { carrierx } from "./definition.js";

/**
 * Parses a CarrierX callback: a Mediator record becomes `call.ended`. Same options and result as
 * `parseCallback`.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/carrierx";
 * const result = parse(req.body, req.headers["content-type"]);
 * if (result.ok) console.log(result.event.outcome, result.event.raw.dr_sid);
 * ```
 */
export const parse = /* @__PURE__ */ createCallbackParser([carrierx]);

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

export { type CarrierxPayload, carrierxPayloadSchema } from "./schema.js";
