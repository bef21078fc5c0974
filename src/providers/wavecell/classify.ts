import { isPlainObject } from "../../decode/fields.js";
import type { CallEventType } from "../../events.js";
import { readText } from "../../normalize/text.js";
import type { FieldView } from "../provider.js";

/**
 * Which Wavecell or 8x8 shape a delivery is.
 *
 * @example
 * ```ts
 * const shape: WavecellShape = { kind: "session-summary" };
 * ```
 */
export type WavecellShape =
  | { readonly kind: WavecellKind }
  | { readonly kind: "unsupported"; readonly message: string };

/**
 * The Wavecell and 8x8 payloads callhooks maps: the two legacy shapes (notes §2.1, §2.2) and the three
 * 8x8 envelope event types (§2.3).
 *
 * @example
 * ```ts
 * const kind: WavecellKind = "call-action";
 * ```
 */
export type WavecellKind = "legacy-handle" | "legacy-aggregated" | "call-status" | "call-action" | "session-summary";

const KIND_BY_EVENT_TYPE: ReadonlyMap<string, WavecellKind> = new Map<string, WavecellKind>([
  ["CALL_STATUS", "call-status"],
  ["CALL_ACTION", "call-action"],
  ["SESSION_SUMMARY", "session-summary"],
]);

const upper = (value: unknown): string | null => readText(value)?.toUpperCase() ?? null;

/**
 * Tells the legacy Wavecell shapes and the 8x8 envelopes apart (notes §6): an 8x8 event has a `namespace` or
 * a `payload` object, and its `eventType` names the event; a legacy summary has `details` and no
 * `namespace`; anything else is read as a legacy Call Handle event.
 *
 * @param fields The delivery's fields.
 * @returns The shape, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyWavecell(view);
 * //=> { kind: "call-status" }
 * ```
 */
export function classifyWavecell(fields: FieldView): WavecellShape {
  if (fields.get("namespace") !== undefined || isPlainObject(fields.get("payload"))) {
    const eventType = upper(fields.get("eventType"));
    // Without an eventType the call-event schema reports it as missing.
    if (eventType === null) return { kind: "call-status" };
    const kind = KIND_BY_EVENT_TYPE.get(eventType);
    if (kind !== undefined) return { kind };
    return {
      kind: "unsupported",
      message: `8x8 eventType ${JSON.stringify(eventType.slice(0, 40))} is not one callhooks maps (CALL_STATUS, CALL_ACTION, SESSION_SUMMARY). Number-pool events such as VIRTUAL_NUMBER_UPDATE are not call events.`,
    };
  }
  if (fields.get("details") !== undefined && fields.get("sourceMsisdn") === undefined) {
    return { kind: "legacy-aggregated" };
  }
  return { kind: "legacy-handle" };
}

/**
 * The normalized type of a single-leg event, or why callhooks does not map it.
 *
 * @example
 * ```ts
 * const resolved: WavecellCallType = { type: "call.dtmf" };
 * ```
 */
export type WavecellCallType =
  | { readonly type: CallEventType }
  | { readonly type: "unsupported"; readonly message: string };

// One table for CALL_STATUS and CALL_ACTION: their payloads share one structure (8X8-REPO VCA guide), and the
// IVR handle sends CALL_STATUS to the VCA endpoint (8X8-IVRHANDLE).
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

/**
 * Maps the status of a single-leg event to its normalized type: a legacy `eventType` (S001) or an 8x8
 * `callStatus` (notes §2.3a–b).
 *
 * Hint: `CALL_UPDATED` is listed by 8x8 with no word on what changed, so it maps to no type and is answered
 * `unsupported_event`. `ACTION_COMPLETED` is a `call.dtmf` when it carries digits; without them (a `say` or
 * `playFile` finished, or a `sayAndCapture` got nothing) it is `unsupported_event` too.
 *
 * @param kind The shape, `legacy-handle`, `call-status` or `call-action`.
 * @param status The `eventType` (legacy) or `callStatus` (8x8), any case.
 * @param digits The digits the event carries, or `null`.
 * @returns The type, or the message of the `unsupported_event` error.
 * @example
 * ```ts
 * classifyCallStatus("call-action", "ACTION_COMPLETED", "1");
 * //=> { type: "call.dtmf" }
 * ```
 */
export function classifyCallStatus(
  kind: "legacy-handle" | "call-status" | "call-action",
  status: string,
  digits: string | null,
): WavecellCallType {
  const name = status.toUpperCase();
  const quoted = JSON.stringify(name.slice(0, 40));
  if (kind === "legacy-handle") {
    const type = TYPE_BY_LEGACY_EVENT.get(name);
    if (type !== undefined) return { type };
    return {
      type: "unsupported",
      message: `Wavecell Call Handle eventType ${quoted} is not one callhooks maps (CALL_RECEIVED, DTMF_RECEIVED).`,
    };
  }
  const type = TYPE_BY_CALL_STATUS.get(name);
  if (type !== undefined) return { type };
  if (name === "ACTION_COMPLETED") {
    if (digits !== null) return { type: "call.dtmf" };
    return {
      type: "unsupported",
      message:
        "This 8x8 ACTION_COMPLETED event carries no digits (eventData.dtmf is null): an action finished without capturing any. callhooks maps ACTION_COMPLETED only as the digits of a sayAndCapture; reply with the next callflow from the JSON body itself.",
    };
  }
  if (name === "CALL_UPDATED") {
    return {
      type: "unsupported",
      message:
        "8x8 documents CALL_UPDATED without saying what changed, so callhooks maps it to no event. The leg's progress comes as CALL_CONNECTED and CALL_DISCONNECTED; acknowledge this one with 200.",
    };
  }
  return {
    type: "unsupported",
    message: `8x8 callStatus ${quoted} is not one callhooks maps (CALL_INITIATED, CALL_RECEIVED, CALL_CONNECTED, CALL_DISCONNECTED, DTMF_RECEIVED, ACTION_COMPLETED).`,
  };
}
