import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { withPhoneDataCheck } from "../phone-data-check.js";
import { wavecell } from "./definition.js";

/**
 * Parses a Wavecell or 8x8 voice callback: a legacy Call Handle event, status-URL event or aggregated call status,
 * an 8x8 `CALL_STATUS`, `CALL_ACTION` or `SESSION_SUMMARY`, or a Voice Messaging DTMF callback. Same options and
 * result as `parseCallback`.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/wavecell";
 * const result = parse(req.body, req.headers["content-type"]);
 * if (result.ok && result.event.type === "call.dtmf") console.log(result.event.digits);
 * //=> "787"
 * ```
 */
export const parse = /* @__PURE__ */ withPhoneDataCheck(createCallbackParser([wavecell]), "callhooks/wavecell");

/**
 * Tells whether a body is a Wavecell or 8x8 voice callback.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns `"wavecell"`, or `null`.
 * @example
 * ```ts
 * detect('{"namespace":"VOICE","eventType":"CALL_STATUS","payload":{"callId":"…"}}', "application/json");
 * //=> "wavecell"
 * ```
 */
export const detect = /* @__PURE__ */ createProviderDetector([wavecell]);

export {
  callflow,
  type WavecellCallflowAction,
  type WavecellCallflowOptions,
  type WavecellCallflowReply,
} from "./replies/callflow.js";
export { commands, type WavecellCommand, type WavecellCommandsReply } from "./replies/commands.js";
export {
  type WavecellCallEvent,
  type WavecellLegacyAggregatedStatus,
  type WavecellLegacyHandleEvent,
  type WavecellLegacyStatusEvent,
  type WavecellPayload,
  type WavecellSessionSummary,
  type WavecellVoiceMessagingCallback,
  wavecellPayloadSchema,
} from "./schema.js";
