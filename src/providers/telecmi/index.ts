import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { withPhoneDataCheck } from "../phone-data-check.js";
import { telecmi } from "./definition.js";

/**
 * Parses a TeleCMI callback: a CHUB or PIOPIY CDR or live event, or a PIOPIY answer-URL or action-URL (DTMF)
 * request. Same options and result as `parseCallback`.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/telecmi";
 * const result = parse(req.body, req.headers["content-type"]);
 * if (result.ok) console.log(result.event.raw.cmiuuid);
 * ```
 */
export const parse = /* @__PURE__ */ withPhoneDataCheck(createCallbackParser([telecmi]), "callhooks/telecmi");

/**
 * Tells whether a body is a TeleCMI callback.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns `"telecmi"`, or `null`.
 * @example
 * ```ts
 * detect('{"type":"cdr","cmiuuid":"…"}', "application/json");
 * //=> "telecmi"
 * ```
 */
export const detect = /* @__PURE__ */ createProviderDetector([telecmi]);

export {
  type TelecmiAnswerRequest,
  type TelecmiDtmfRequest,
  type TelecmiEvent,
  type TelecmiLegacyEvent,
  type TelecmiPayload,
  telecmiPayloadSchema,
} from "./schema.js";
