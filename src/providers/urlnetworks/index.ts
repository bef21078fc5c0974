import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { withPhoneDataCheck } from "../phone-data-check.js";
import { urlnetworks } from "./definition.js";

/**
 * Parses a URL Networks Hosted PBX callback. Same options and result as `parseCallback`; national numbers
 * are read as Australian unless `options.defaultCountry` says otherwise.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/urlnetworks";
 * const result = parse(rawBody, "application/x-www-form-urlencoded");
 * if (result.ok && result.event.type === "call.ended") console.log(result.event.outcome);
 * ```
 */
export const parse = /* @__PURE__ */ withPhoneDataCheck(createCallbackParser([urlnetworks]), "callhooks/urlnetworks");

/**
 * Tells whether a body is a URL Networks callback.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns `"urlnetworks"`, or `null`.
 * @example
 * ```ts
 * detect("call_event_uuid=…&method=incoming_ringing", "application/x-www-form-urlencoded");
 * //=> "urlnetworks"
 * ```
 */
export const detect = /* @__PURE__ */ createProviderDetector([urlnetworks]);

export {
  type UrlnetworksApiIncomingCall,
  type UrlnetworksExtensionEvent,
  type UrlnetworksIncomingEvent,
  type UrlnetworksPayload,
  urlnetworksPayloadSchema,
} from "./schema.js";
