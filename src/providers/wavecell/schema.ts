import * as v from "valibot";
import { numeric, phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

// Every nested object goes through record() too: 8x8 sends `CallA` where its other docs say `callA`, and
// `SourceRefId` for `sourceRefId` (docs/providers/wavecell.md#key-case-and-null-string). A real `null` stands for
// an absent object (docs/providers/wavecell.md#null-objects).

// The fields of a legacy call event, which the Call Handle and the status URL share.
// @__NO_SIDE_EFFECTS__
function legacyCallFields() {
  return {
    callId: requiredText(),
    sessionId: text(),
    eventType: requiredText(),
    direction: numeric(),
    referenceId: text(),
    timestamp: sentTimestamp(),
    sourceMsisdn: phone(),
    targetMsisdn: phone(),
    status: text(),
    duration: seconds(),
    // Documented as a Number (docs/providers/wavecell.md#legacy-dtmf-number): read as the string of digits, so that
    // `#`, `*` and leading zeros,
    // which only a string can carry, come through as sent.
    dtmf: text(),
    sipStatus: numeric(),
  };
}

/**
 * A legacy Wavecell Call Handle event, `CALL_RECEIVED` or `DTMF_RECEIVED` (docs/providers/wavecell.md#legacy-handle):
 * flat, with `sourceMsisdn`/`targetMsisdn` and a numeric `direction` (`0` inbound, `1` outbound).
 *
 * @example
 * ```ts
 * v.parse(wavecellLegacyHandleSchema, { callId: "a1", eventType: "DTMF_RECEIVED", dtmf: 787 }).dtmf;
 * //=> "787"
 * ```
 */
export const wavecellLegacyHandleSchema = record(legacyCallFields);

/**
 * A legacy Number Masking status-URL event such as `CALL_INITIATED`: the Call Handle's fields, plus the
 * `country` its example sends (docs/providers/wavecell.md#legacy-status).
 *
 * @example
 * ```ts
 * v.parse(wavecellLegacyStatusSchema, { callId: "a5", eventType: "CALL_INITIATED", country: "SG" }).country;
 * //=> "SG"
 * ```
 */
export const wavecellLegacyStatusSchema = record(() => ({ ...legacyCallFields(), country: text() }));

/**
 * One leg of a legacy Wavecell aggregated call status (`details.callA`, `details.callB`;
 * docs/providers/wavecell.md#legacy-aggregated).
 *
 * @example
 * ```ts
 * v.parse(wavecellLegacyLegSchema, { id: "37f3…", direction: "0" }).direction;
 * //=> 0
 * ```
 */
export const wavecellLegacyLegSchema = record(() => ({
  id: text(),
  direction: numeric(),
  type: text(),
  numberReferenceId: text(),
  initiatedTimestamp: sentTimestamp(),
  connectedTimestamp: sentTimestamp(),
  disconnectedTimestamp: sentTimestamp(),
  source: phone(),
  target: phone(),
  sourceCountryCode: text(),
  targetCountryCode: text(),
  status: text(),
  duration: seconds(),
}));

/**
 * A legacy Wavecell aggregated call status: the end-of-session summary (docs/providers/wavecell.md#legacy-aggregated).
 * `details` is an object keyed by leg (`callA`, `callB`), not an array
 * (docs/providers/wavecell.md#details-object-not-array).
 *
 * @example
 * ```ts
 * v.parse(wavecellLegacyAggregatedSchema, JSON.parse(body)).details?.callA?.id;
 * //=> "37f31064-b050-11ea-aed2-0b9e7c41d25f"
 * ```
 */
export const wavecellLegacyAggregatedSchema = record(() => ({
  sessionId: requiredText(),
  subAccountId: text(),
  status: text(),
  startTime: sentTimestamp(),
  endTime: sentTimestamp(),
  // Kept as sent: `MakeCall`, `MAKE_CALL`, `PLAY_TTS`, … (docs/providers/wavecell.md#action-and-status-spelling).
  lastAction: text(),
  callCount: numeric(),
  details: v.optional(
    v.nullable(
      record(() => ({
        callA: v.optional(v.nullable(wavecellLegacyLegSchema)),
        callB: v.optional(v.nullable(wavecellLegacyLegSchema)),
      })),
    ),
  ),
}));

/**
 * The `eventData` object of an 8x8 call event: the digits a `sayAndCapture` collected (`dtmf`, a string that
 * may be `null`), and `asrCaptured` where speech capture is on (docs/providers/wavecell.md#asr-captured).
 *
 * @example
 * ```ts
 * v.parse(wavecellEventDataSchema, { dtmf: 1 }).dtmf;
 * //=> "1"
 * ```
 */
export const wavecellEventDataSchema = record(() => ({ dtmf: text(), asrCaptured: text() }));

/**
 * The `payload` of an 8x8 `CALL_STATUS` or `CALL_ACTION` event: one call leg (docs/providers/wavecell.md#call-status).
 * The two event types share this structure; "additional parameters could be included", and are kept.
 *
 * @example
 * ```ts
 * v.parse(wavecellCallPayloadSchema, { callId: "a1", callStatus: "CALL_RECEIVED", callDuration: "0" }).callDuration;
 * //=> 0
 * ```
 */
export const wavecellCallPayloadSchema = record(() => ({
  eventId: text(),
  callId: requiredText(),
  sessionId: text(),
  subAccountId: text(),
  callStatus: requiredText(),
  // Kept as sent, the placeholder `"INBOUND | OUTBOUND"` included (docs/providers/wavecell.md#doc-placeholders).
  callDirection: text(),
  callType: text(),
  source: phone(),
  destination: phone(),
  sourceFormat: text(),
  destinationFormat: text(),
  sourceCountryCode: text(),
  destinationCountryCode: text(),
  sourceRefId: text(),
  destinationRefId: text(),
  // An Integer in the call-status table, a String in the VCA guide (docs/providers/wavecell.md#type-drift).
  callDuration: seconds(),
  sipCode: numeric(),
  // An object, or a string: the digits in webhook "V2", "additional event data" in the IVR Call Handle example
  // (docs/providers/wavecell.md#eventdata-string). A string is kept as it is, not an error.
  eventData: v.optional(
    v.union([v.null(), v.string(), wavecellEventDataSchema], "must be an object with dtmf, a string, or null"),
  ),
  // The VCA guide's field table lists `dtmf` beside the payload's fields (docs/providers/wavecell.md#call-action).
  dtmf: text(),
  timestamp: sentTimestamp(),
  clientActionId: text(),
}));

/**
 * An 8x8 `CALL_STATUS` (VCS endpoint) or `CALL_ACTION` (VCA endpoint) event: the envelope
 * `{namespace, eventType, description, payload}`, its keys in any order
 * (docs/providers/wavecell.md#envelope-key-order).
 *
 * @example
 * ```ts
 * v.parse(wavecellCallEventSchema, JSON.parse(body)).payload.callStatus;
 * //=> "CALL_CONNECTED"
 * ```
 */
export const wavecellCallEventSchema = record(() => ({
  namespace: text(),
  eventType: requiredText(),
  description: text(),
  payload: wavecellCallPayloadSchema,
}));

/**
 * The `callQuality` figures of an 8x8 session-summary leg (docs/providers/wavecell.md#session-summary).
 *
 * @example
 * ```ts
 * v.parse(wavecellCallQualitySchema, { mos: "4.5" }).mos;
 * //=> 4.5
 * ```
 */
export const wavecellCallQualitySchema = record(() => ({
  mos: numeric(),
  packetLossRate: numeric(),
  jitter: numeric(),
}));

/**
 * One leg of an 8x8 session summary (`details.callA`, `details.callB`; docs/providers/wavecell.md#session-summary).
 *
 * @example
 * ```ts
 * v.parse(wavecellSessionLegSchema, { callId: "1f04…", SourceRefId: "null" }).sourceRefId;
 * //=> null
 * ```
 */
export const wavecellSessionLegSchema = record(() => ({
  callId: text(),
  callDirection: text(),
  callType: text(),
  initiatedTimestamp: sentTimestamp(),
  connectedTimestamp: sentTimestamp(),
  disconnectedTimestamp: sentTimestamp(),
  source: phone(),
  destination: phone(),
  sourceFormat: text(),
  destinationFormat: text(),
  sourceCountryCode: text(),
  destinationCountryCode: text(),
  sourceRefId: text(),
  destinationRefId: text(),
  callStatus: text(),
  callDuration: seconds(),
  callQuality: v.optional(v.nullable(wavecellCallQualitySchema)),
}));

/**
 * The `errorDetails` of an 8x8 session summary. `errorCode` is a String in one table and an Integer in
 * another, and `-2004` in the examples (docs/providers/wavecell.md#type-drift): it is read as text, like any code.
 *
 * @example
 * ```ts
 * v.parse(wavecellErrorDetailsSchema, { errorCode: -2004 }).errorCode;
 * //=> "-2004"
 * ```
 */
export const wavecellErrorDetailsSchema = record(() => ({ errorMsg: text(), errorCode: text() }));

/**
 * The `payload` of an 8x8 `SESSION_SUMMARY` event (VSS endpoint; docs/providers/wavecell.md#session-summary).
 *
 * @example
 * ```ts
 * v.parse(wavecellSessionPayloadSchema, { sessionId: "1f04…", sessionStatus: "NO ANSWER" }).sessionStatus;
 * //=> "NO ANSWER"
 * ```
 */
export const wavecellSessionPayloadSchema = record(() => ({
  sessionId: requiredText(),
  subAccountId: text(),
  sessionStatus: text(),
  startTime: sentTimestamp(),
  endTime: sentTimestamp(),
  // Kept as sent: documented as `makeCall`/`say`, sent as `MAKE_CALL`, `PLAY_TTS`, `SAY`, …
  // (docs/providers/wavecell.md#action-and-status-spelling).
  lastAction: text(),
  callCount: numeric(),
  details: v.optional(
    v.nullable(
      record(() => ({
        callA: v.optional(v.nullable(wavecellSessionLegSchema)),
        callB: v.optional(v.nullable(wavecellSessionLegSchema)),
      })),
    ),
  ),
  errorDetails: v.optional(v.nullable(wavecellErrorDetailsSchema)),
}));

/**
 * An 8x8 `SESSION_SUMMARY` event: the envelope around the session payload, its keys in any order.
 *
 * @example
 * ```ts
 * v.parse(wavecellSessionSummarySchema, JSON.parse(body)).payload.sessionStatus;
 * //=> "COMPLETED"
 * ```
 */
export const wavecellSessionSummarySchema = record(() => ({
  namespace: text(),
  eventType: requiredText(),
  description: text(),
  payload: wavecellSessionPayloadSchema,
}));

/**
 * The `status` of an 8x8 Voice Messaging callback: the event's `code` (`DTMF` for a `say&capture`) and its time
 * (docs/providers/wavecell.md#voice-messaging-dtmf).
 *
 * @example
 * ```ts
 * v.parse(wavecellVoiceMessagingStatusSchema, { code: "DTMF", timestamp: "2022-01-01T10:05:15.076Z" }).code;
 * //=> "DTMF"
 * ```
 */
export const wavecellVoiceMessagingStatusSchema = record(() => ({ code: requiredText(), timestamp: sentTimestamp() }));

/**
 * An 8x8 Voice Messaging callback, sent to the `dtmfCallbackUrl` of a `say&capture` action: the voice message's
 * `uid`, a `status` object, the called `destination`, the request's optional `clientRequestId`, and the digits in
 * `actionDetails.dtmf` (docs/providers/wavecell.md#voice-messaging-dtmf).
 *
 * @example
 * ```ts
 * v.parse(wavecellVoiceMessagingCallbackSchema, JSON.parse(body)).actionDetails?.dtmf;
 * //=> "12345"
 * ```
 */
export const wavecellVoiceMessagingCallbackSchema = record(() => ({
  uid: requiredText(),
  status: wavecellVoiceMessagingStatusSchema,
  destination: phone(),
  clientRequestId: text(),
  actionDetails: v.optional(v.nullable(record(() => ({ dtmf: text() })))),
}));

/**
 * A validated legacy Call Handle event.
 *
 * @example
 * ```ts
 * const handle: WavecellLegacyHandleEvent = v.parse(wavecellLegacyHandleSchema, payload);
 * ```
 */
export type WavecellLegacyHandleEvent = v.InferOutput<typeof wavecellLegacyHandleSchema>;

/**
 * A validated legacy status-URL event.
 *
 * @example
 * ```ts
 * const status: WavecellLegacyStatusEvent = v.parse(wavecellLegacyStatusSchema, payload);
 * ```
 */
export type WavecellLegacyStatusEvent = v.InferOutput<typeof wavecellLegacyStatusSchema>;

/**
 * A validated legacy aggregated call status.
 *
 * @example
 * ```ts
 * const summary: WavecellLegacyAggregatedStatus = v.parse(wavecellLegacyAggregatedSchema, payload);
 * ```
 */
export type WavecellLegacyAggregatedStatus = v.InferOutput<typeof wavecellLegacyAggregatedSchema>;

/**
 * A validated 8x8 `CALL_STATUS` or `CALL_ACTION` event.
 *
 * @example
 * ```ts
 * const status: WavecellCallEvent = v.parse(wavecellCallEventSchema, payload);
 * ```
 */
export type WavecellCallEvent = v.InferOutput<typeof wavecellCallEventSchema>;

/**
 * A validated 8x8 `SESSION_SUMMARY` event.
 *
 * @example
 * ```ts
 * const summary: WavecellSessionSummary = v.parse(wavecellSessionSummarySchema, payload);
 * ```
 */
export type WavecellSessionSummary = v.InferOutput<typeof wavecellSessionSummarySchema>;

/**
 * A validated 8x8 Voice Messaging callback (`say&capture` digits).
 *
 * @example
 * ```ts
 * const callback: WavecellVoiceMessagingCallback = v.parse(wavecellVoiceMessagingCallbackSchema, payload);
 * ```
 */
export type WavecellVoiceMessagingCallback = v.InferOutput<typeof wavecellVoiceMessagingCallbackSchema>;

/**
 * Any validated Wavecell or 8x8 payload: the `raw` of a Wavecell event.
 *
 * @example
 * ```ts
 * if (event.provider === "wavecell" && "payload" in event.raw) console.log(event.raw.eventType);
 * ```
 */
export type WavecellPayload =
  | WavecellLegacyHandleEvent
  | WavecellLegacyStatusEvent
  | WavecellLegacyAggregatedStatus
  | WavecellCallEvent
  | WavecellSessionSummary
  | WavecellVoiceMessagingCallback;

/**
 * Any Wavecell or 8x8 payload callhooks maps: a legacy Call Handle event, status-URL event or aggregated status, an 8x8
 * `CALL_STATUS`/`CALL_ACTION`, a `SESSION_SUMMARY` or a Voice Messaging callback. A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(wavecellPayloadSchema, JSON.parse(body));
 * ```
 */
export const wavecellPayloadSchema = v.union([
  wavecellCallEventSchema,
  wavecellSessionSummarySchema,
  wavecellLegacyAggregatedSchema,
  wavecellVoiceMessagingCallbackSchema,
  wavecellLegacyHandleSchema,
  wavecellLegacyStatusSchema,
]);
