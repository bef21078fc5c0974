import type { CallOutcome, CallRecording, EventBase, EventOf } from "../../events.js";
import { endedEvent, plainEvent } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import { isOutgoingCall, type TelecmiShape } from "./classify.js";
import type { TelecmiPayload } from "./schema.js";

// `hangup_reason` values (notes §4.5): a bye means the call was connected.
const OUTCOME_BY_HANGUP_REASON: ReadonlyMap<string, CallOutcome> = new Map<string, CallOutcome>([
  ["sent_bye", "completed"],
  ["recv_bye", "completed"],
  ["recv_cancel", "canceled"],
  ["sent_reject", "rejected"],
]);

function liveHangupOutcome(payload: TelecmiPayload): CallOutcome {
  const byReason = payload.hangup_reason
    ? OUTCOME_BY_HANGUP_REASON.get(payload.hangup_reason.toLowerCase())
    : undefined;
  if (byReason !== undefined) return byReason;
  return payload.answeredsec ? "completed" : "unknown";
}

function recordingOf(payload: TelecmiPayload): CallRecording | null {
  // TeleCMI sends bare file names, not URLs; a missed call's voicemail is its recording.
  const filename = payload.filename ?? payload.voicename ?? null;
  return filename === null ? null : { url: null, filename };
}

/**
 * A TeleCMI event.
 *
 * @example
 * ```ts
 * const event: TelecmiCallEvent = normalizeTelecmi(payload, "cdr", context);
 * ```
 */
export type TelecmiCallEvent = EventOf<"telecmi", TelecmiPayload>;

/**
 * Maps a validated TeleCMI payload to its normalized event (CONTRACT.md mapping; notes §4).
 *
 * @param payload The validated payload.
 * @param kind `cdr`, `event` or `legacy` (the oldest shape).
 * @param callId The leg's id: `cmiuuid`, or `cmiuid` in the oldest shape.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeTelecmi(payload, "cdr", payload.cmiuuid, context).type;
 * //=> "call.ended"
 * ```
 */
export function normalizeTelecmi(
  payload: TelecmiPayload,
  kind: TelecmiShape,
  callId: string,
  context: ProviderContext,
): TelecmiCallEvent {
  const status = payload.status.toLowerCase();
  const outgoing = isOutgoingCall(payload);
  // TeleCMI numbers are international digits without `+`; a leading 0 is national and needs a region.
  const style = { international: true, region: context.region };
  const occurredAt = dateOfChecked(payload.time);
  const sentLeg = payload.leg?.toLowerCase();
  const leg: "a" | "b" | null = sentLeg === "a" || sentLeg === "b" ? sentLeg : null;
  const base: EventBase<"telecmi", TelecmiPayload> = {
    provider: "telecmi",
    id: eventId("telecmi", [kind, status, callId]),
    callId,
    sessionId: payload.conversation_uuid ?? payload.call_id ?? payload.parent_uid ?? null,
    leg,
    direction: outgoing ? "outbound" : "inbound",
    from: readPhoneNumber(payload.from ?? payload.callerid, style),
    to: readPhoneNumber(payload.to, style),
    virtualNumber: readPhoneNumber(payload.virtual_number, style),
    occurredAt,
    raw: payload,
  };
  if (kind === "cdr" || status === "missed" || status === "hangup") {
    const cdr = kind === "cdr" || status === "missed";
    return endedEvent(base, {
      outcome: cdr ? (status === "answered" ? "completed" : "missed") : liveHangupOutcome(payload),
      durationSec: payload.answeredsec ?? payload.waitedsec ?? null,
      startedAt: null,
      answeredAt: null,
      endedAt: cdr ? null : occurredAt,
      hangupCause: payload.hangup_reason ?? null,
      recording: recordingOf(payload),
    });
  }
  if (status === "answered") return plainEvent(base, "call.answered");
  // `started` is the outgoing call being placed, or (incoming leg B) a user's phone ringing.
  return plainEvent(base, status === "started" && outgoing ? "call.initiated" : "call.ringing");
}
