import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { wavecellProvider } from "./provider.js";

/**
 * Parses a Wavecell or 8x8 voice callback: a legacy Call Handle event or aggregated call status, or an 8x8
 * `CALL_STATUS`, `CALL_ACTION` or `SESSION_SUMMARY`. Same options and result as `parseCallback`.
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
export const parse = /* @__PURE__ */ createCallbackParser([wavecellProvider]);

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
export const detect = /* @__PURE__ */ createProviderDetector([wavecellProvider]);

export {
  callflow,
  type WavecellCallflowAction,
  type WavecellCallflowOptions,
  type WavecellCallflowReply,
  type WavecellHangupAction,
  type WavecellMakeCallAction,
  type WavecellMakeCallParams,
  type WavecellPlayFileAction,
  type WavecellPlayFileParams,
  type WavecellSayAction,
  type WavecellSayAndCaptureAction,
  type WavecellSayAndCaptureParams,
  type WavecellSayParams,
} from "./callflow.js";
export {
  classifyCallStatus,
  classifyWavecell,
  type WavecellCallType,
  type WavecellKind,
  type WavecellShape,
} from "./classify.js";
export {
  commands,
  type WavecellCommand,
  type WavecellCommandsReply,
  type WavecellHangupCommand,
  type WavecellMakeCallCommand,
  type WavecellPlayTtsBase,
  type WavecellPlayTtsCommand,
  type WavecellRingtone,
} from "./commands.js";
export { outcomeOfDisconnect, outcomeOfSessionStatus } from "./outcome.js";
export { wavecellProvider } from "./provider.js";
export type { ReplyError, ReplyResult } from "./reply-result.js";
export {
  type WavecellCallEvent,
  type WavecellLegacyAggregatedStatus,
  type WavecellLegacyHandleEvent,
  type WavecellPayload,
  type WavecellSessionSummary,
  wavecellCallEventSchema,
  wavecellCallPayloadSchema,
  wavecellCallQualitySchema,
  wavecellErrorDetailsSchema,
  wavecellEventDataSchema,
  wavecellLegacyAggregatedSchema,
  wavecellLegacyHandleSchema,
  wavecellLegacyLegSchema,
  wavecellSessionLegSchema,
  wavecellSessionPayloadSchema,
  wavecellSessionSummarySchema,
} from "./schema.js";
