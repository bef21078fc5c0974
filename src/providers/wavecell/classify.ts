import { isPlainObject } from "../../decode/fields.js";
import type { CallEventType } from "../../events.js";
import { readText } from "../../normalize/text.js";
import { type FieldView, type Unsupported, unsupportedEvent } from "../define-provider.js";

/**
 * The Wavecell and 8x8 payloads callhooks maps: the three legacy shapes, the Voice Messaging callback and the
 * three 8x8 envelope event types (docs/providers/wavecell.md#product-lines-and-shapes).
 *
 * @example
 * ```ts
 * const kind: WavecellKind = "call-action";
 * ```
 */
export type WavecellKind =
  | "legacy-handle"
  | "legacy-status"
  | "legacy-aggregated"
  | "call-status"
  | "call-action"
  | "session-summary"
  | "voice-messaging-dtmf";

const KIND_BY_EVENT_TYPE: ReadonlyMap<string, WavecellKind> = new Map<string, WavecellKind>([
  ["CALL_STATUS", "call-status"],
  ["CALL_ACTION", "call-action"],
  ["SESSION_SUMMARY", "session-summary"],
]);

// The 8x8 voice envelopes that are not call events (docs/providers/wavecell.md#non-call-voice-events).
const NOT_CALL_EVENTS: ReadonlyMap<string, string> = new Map([
  [
    "CALL_RECORDING_STATUS",
    "8x8 CALL_RECORDING_STATUS says a call recording was uploaded to your storage (payload.filePath); it is not a call event, so callhooks maps it to none: acknowledge it with 200.",
  ],
  [
    "VIRTUAL_NUMBER_UPDATE",
    "8x8 VIRTUAL_NUMBER_UPDATE reports changes to the sub-account's virtual numbers, not a call, so callhooks maps it to no event: acknowledge it with 200.",
  ],
]);

const upper = (value: unknown): string | null => readText(value)?.toUpperCase() ?? null;

// The lifecycle names a legacy status URL sends beyond the Call Handle's two: CALL_INITIATED in its example, the
// others in 8x8's list for the same feed (docs/providers/wavecell.md#legacy-status-url-events).
const LEGACY_STATUS_EVENTS: ReadonlySet<string> = new Set([
  "CALL_INITIATED",
  "CALL_CONNECTED",
  "CALL_DISCONNECTED",
  "CALL_UPDATED",
]);

/**
 * Whether a delivery has the shape of an 8x8 Voice Messaging callback: a `status` object, with a `uid` or an
 * `actionDetails` beside it (docs/providers/wavecell.md#dtmf-callback-not-a-call-handle).
 *
 * @param fields The delivery's fields.
 * @returns `true` for that shape.
 * @example
 * ```ts
 * isVoiceMessagingCallback(view); // {"uid": "9414…", "status": {"code": "DTMF", …}, …}
 * //=> true
 * ```
 */
export function isVoiceMessagingCallback(fields: FieldView): boolean {
  return (
    isPlainObject(fields.get("status")) &&
    (fields.get("uid") !== undefined || fields.get("actionDetails") !== undefined)
  );
}

/**
 * Tells the legacy Wavecell shapes and the 8x8 envelopes apart (docs/providers/wavecell.md#detection): an 8x8
 * event has a `namespace` or a `payload` object, and its `eventType` names the event; a Voice Messaging callback
 * has a `status` object; a legacy summary has `details` and no `namespace`; a legacy status-URL event names a
 * lifecycle status; anything else is read as a legacy Call Handle event.
 *
 * @param fields The delivery's fields.
 * @returns The shape, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyWavecell(view);
 * //=> "call-status"
 * ```
 */
export function classifyWavecell(fields: FieldView): WavecellKind | Unsupported {
  if (fields.get("namespace") !== undefined || isPlainObject(fields.get("payload"))) {
    const eventType = upper(fields.get("eventType"));
    // Without an eventType the call-event schema reports it as missing.
    if (eventType === null) return "call-status";
    const kind = KIND_BY_EVENT_TYPE.get(eventType);
    if (kind !== undefined) return kind;
    const notCall = NOT_CALL_EVENTS.get(eventType);
    if (notCall !== undefined) return unsupportedEvent(notCall);
    return unsupportedEvent(
      `8x8 eventType ${JSON.stringify(eventType.slice(0, 40))} is not one callhooks maps (CALL_STATUS, CALL_ACTION, SESSION_SUMMARY). Number-pool events such as VIRTUAL_NUMBER_UPDATE are not call events.`,
    );
  }
  // A Voice Messaging callback: a `uid` or `actionDetails`, and a `status` object (`{code, timestamp}`) where a
  // Call Handle sends the string CONNECTED/NOT_CONNECTED. Checked before the Call Handle, the fallback.
  if (isVoiceMessagingCallback(fields)) return "voice-messaging-dtmf";
  if (fields.get("details") !== undefined && fields.get("sourceMsisdn") === undefined) return "legacy-aggregated";
  const eventType = upper(fields.get("eventType"));
  return eventType !== null && LEGACY_STATUS_EVENTS.has(eventType) ? "legacy-status" : "legacy-handle";
}

// One table for CALL_STATUS and CALL_ACTION: their payloads share one structure (the VCA guide), and the IVR
// Call Handle page sends CALL_STATUS to the VCA endpoint (docs/providers/wavecell.md#call-action).
const TYPE_BY_CALL_STATUS: ReadonlyMap<string, CallEventType> = new Map<string, CallEventType>([
  ["CALL_INITIATED", "call.initiated"],
  ["CALL_RECEIVED", "call.ringing"],
  ["CALL_CONNECTED", "call.answered"],
  ["CALL_DISCONNECTED", "call.ended"],
  ["DTMF_RECEIVED", "call.dtmf"],
]);

const TYPE_BY_LEGACY_EVENT: ReadonlyMap<string, CallEventType> = new Map<string, CallEventType>([
  ["CALL_RECEIVED", "call.ringing"],
  ["DTMF_RECEIVED", "call.dtmf"],
]);

// The legacy status URL documents CALL_INITIATED only, by its example (its CALL_RECEIVED and DTMF_RECEIVED are
// read as the Call Handle's): the other lifecycle names are not mapped on a guess.
const TYPE_BY_LEGACY_STATUS: ReadonlyMap<string, CallEventType> = new Map<string, CallEventType>([
  ["CALL_INITIATED", "call.initiated"],
]);

/**
 * Maps the status of a single-leg event to its normalized type: a legacy `eventType`
 * (docs/providers/wavecell.md#legacy-handle, #legacy-status) or an 8x8 `callStatus`
 * (docs/providers/wavecell.md#call-status).
 *
 * Hint: `CALL_UPDATED` is listed by 8x8 with no word on what changed, so it maps to no type and is answered
 * `unsupported_event`. `ACTION_COMPLETED` is a `call.dtmf` when it carries digits; without them (a `say` or
 * `playFile` finished, or a `sayAndCapture` got nothing) it is `unsupported_event` too.
 *
 * @param kind The shape, `legacy-handle`, `legacy-status`, `call-status` or `call-action`.
 * @param status The `eventType` (legacy) or `callStatus` (8x8), any case.
 * @param digits The digits the event carries, or `null`.
 * @returns The type, or why callhooks does not map it.
 * @example
 * ```ts
 * classifyCallStatus("call-action", "ACTION_COMPLETED", "1");
 * //=> "call.dtmf"
 * ```
 */
export function classifyCallStatus(
  kind: "legacy-handle" | "legacy-status" | "call-status" | "call-action",
  status: string,
  digits: string | null,
): CallEventType | Unsupported {
  const name = status.toUpperCase();
  const quoted = JSON.stringify(name.slice(0, 40));
  if (kind === "legacy-status") {
    return (
      TYPE_BY_LEGACY_STATUS.get(name) ??
      unsupportedEvent(
        `Wavecell status-URL eventType ${quoted} is not one callhooks maps: the legacy status URL documents CALL_INITIATED only. Acknowledge it with 200; the aggregated call status reports how the session ended.`,
      )
    );
  }
  if (kind === "legacy-handle") {
    return (
      TYPE_BY_LEGACY_EVENT.get(name) ??
      unsupportedEvent(
        `Wavecell Call Handle eventType ${quoted} is not one callhooks maps (CALL_RECEIVED, DTMF_RECEIVED).`,
      )
    );
  }
  const type = TYPE_BY_CALL_STATUS.get(name);
  if (type !== undefined) return type;
  if (name === "ACTION_COMPLETED") {
    if (digits !== null) return "call.dtmf";
    return unsupportedEvent(
      "This 8x8 ACTION_COMPLETED event carries no digits (eventData.dtmf is null, and eventData is not a string of keypad keys): an action finished without capturing any. callhooks maps ACTION_COMPLETED only as the digits of a sayAndCapture; reply with the next callflow from the JSON body itself.",
    );
  }
  if (name === "CALL_UPDATED") {
    return unsupportedEvent(
      "8x8 documents CALL_UPDATED without saying what changed, so callhooks maps it to no event. The leg's progress comes as CALL_CONNECTED and CALL_DISCONNECTED; acknowledge this one with 200.",
    );
  }
  return unsupportedEvent(
    `8x8 callStatus ${quoted} is not one callhooks maps (CALL_INITIATED, CALL_RECEIVED, CALL_CONNECTED, CALL_DISCONNECTED, DTMF_RECEIVED, ACTION_COMPLETED).`,
  );
}

/**
 * Maps the `status.code` of an 8x8 Voice Messaging callback to its normalized type: `DTMF` (the only code 8x8
 * documents for it, "always DTMF" for a `say&capture`) is `call.dtmf`; any other is answered `unsupported_event`.
 *
 * @param code The `status.code`, any case.
 * @returns The type, or why callhooks does not map it.
 * @example
 * ```ts
 * classifyVoiceMessagingCode("dtmf");
 * //=> "call.dtmf"
 * ```
 */
export function classifyVoiceMessagingCode(code: string): "call.dtmf" | Unsupported {
  const name = code.toUpperCase();
  if (name === "DTMF") return "call.dtmf";
  return unsupportedEvent(
    `8x8 Voice Messaging callback status.code ${JSON.stringify(name.slice(0, 40))} is not one callhooks maps (8x8 documents only DTMF, the digits of a say&capture): acknowledge it with 200.`,
  );
}
