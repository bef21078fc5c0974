import type { CallOutcome, CallRecording, EventBase, EventOf } from "../../events.js";
import { dtmfEvent, endedEvent, plainEvent } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import { isOutgoingCall, legOf, splitStatus, type TelecmiShape } from "./classify.js";
import type {
  TelecmiAnswerRequest,
  TelecmiDtmfRequest,
  TelecmiEvent,
  TelecmiLegacyEvent,
  TelecmiPayload,
} from "./schema.js";

// `hangup_reason` values (docs/providers/telecmi.md#chub-cdr): a bye means the call was connected.
const OUTCOME_BY_HANGUP_REASON: ReadonlyMap<string, CallOutcome> = new Map<string, CallOutcome>([
  ["sent_bye", "completed"],
  ["recv_bye", "completed"],
  ["recv_cancel", "canceled"],
  ["sent_reject", "rejected"],
]);

function liveHangupOutcome(payload: TelecmiEvent | TelecmiLegacyEvent): CallOutcome {
  const byReason = payload.hangup_reason
    ? OUTCOME_BY_HANGUP_REASON.get(payload.hangup_reason.toLowerCase())
    : undefined;
  if (byReason !== undefined) return byReason;
  return payload.answeredsec ? "completed" : "unknown";
}

function recordingOf(payload: TelecmiEvent | TelecmiLegacyEvent): CallRecording | null {
  // TeleCMI sends bare file names, not URLs; a missed call's voicemail is its recording.
  const filename = payload.filename ?? payload.voicename ?? null;
  return filename === null ? null : { url: null, filename };
}

/**
 * A TeleCMI event.
 *
 * @example
 * ```ts
 * const event: TelecmiCallEvent = normalizeTelecmi(payload, "cdr", payload.cmiuuid, context);
 * ```
 */
export type TelecmiCallEvent = EventOf<"telecmi", TelecmiPayload>;

/** The number style: TeleCMI numbers are international digits without `+`; a leading 0 is national. */
const styleOf = (context: ProviderContext) => ({ international: true, region: context.region });

/**
 * Maps a validated TeleCMI CDR or live event (CHUB, PIOPIY, or the oldest `cmiuid` shape) to its normalized event
 * (docs/providers/telecmi.md#events).
 *
 * @param payload The validated payload.
 * @param shape The shape it was classified as.
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
  payload: TelecmiEvent | TelecmiLegacyEvent,
  shape: Exclude<TelecmiShape, "piopiy-answer" | "piopiy-dtmf">,
  callId: string,
  context: ProviderContext,
): TelecmiCallEvent {
  const status = payload.status.toLowerCase();
  // A PIOPIY status names the conversation's direction (`in_answered`, `out_bridged`).
  const { prefix, rest } = splitStatus(status);
  const outgoing = prefix === null ? isOutgoingCall(payload) : prefix === "out";
  const style = styleOf(context);
  const occurredAt = dateOfChecked(payload.time);
  const base: EventBase<"telecmi", TelecmiPayload> = {
    provider: "telecmi",
    id: eventId("telecmi", [shape, status, callId]),
    callId,
    sessionId: payload.conversation_uuid ?? payload.call_id ?? payload.parent_uid ?? null,
    leg: legOf(payload),
    direction: outgoing ? "outbound" : "inbound",
    from: readPhoneNumber(payload.from ?? payload.callerid, style),
    to: readPhoneNumber(payload.to, style),
    virtualNumber: readPhoneNumber(payload.virtual_number ?? payload.vn, style),
    occurredAt,
    raw: payload,
  };
  const record = shape === "cdr" || shape === "legacy-cdr";
  if (record || rest === "missed" || rest === "hangup") {
    // A record, or the oldest shape's live `missed`: the outcome is in the status.
    const final = record || rest === "missed";
    return endedEvent(base, {
      outcome: final ? (rest === "answered" ? "completed" : "missed") : liveHangupOutcome(payload),
      // CHUB's talk seconds, PIOPIY's `duration` (talk seconds too: docs/providers/telecmi.md#duration-is-talk-time),
      // else the seconds a missed caller waited.
      durationSec: payload.answeredsec ?? payload.duration ?? payload.waitedsec ?? null,
      // PIOPIY CDR times are epoch seconds; the missed sample's `answer_time` is bogus
      // (docs/providers/telecmi.md#answer-time-in-missed).
      startedAt: dateOfChecked(payload.start_time),
      answeredAt: rest === "answered" ? dateOfChecked(payload.answer_time) : null,
      endedAt: final ? dateOfChecked(payload.end_time) : occurredAt,
      hangupCause: payload.hangup_reason ?? null,
      recording: recordingOf(payload),
    });
  }
  if (rest === "answered" || rest === "bridged") return plainEvent(base, "call.answered");
  // `started` is the outgoing call being placed, or (incoming leg B) a user's phone ringing.
  return plainEvent(base, rest === "started" && outgoing ? "call.initiated" : "call.ringing");
}

/**
 * Maps a PIOPIY answer-URL request (a new call waiting for its PCMO actions) to `call.ringing`; its `action` is the
 * call's direction (docs/providers/telecmi.md#answer-url-action-key).
 *
 * @param payload The validated request.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeAnswerRequest(payload, context).type;
 * //=> "call.ringing"
 * ```
 */
export function normalizeAnswerRequest(payload: TelecmiAnswerRequest, context: ProviderContext): TelecmiCallEvent {
  const action = payload.action?.toLowerCase();
  const direction = action === "inbound" || action === "outbound" ? action : null;
  const style = styleOf(context);
  return plainEvent(
    {
      provider: "telecmi",
      id: eventId("telecmi", ["piopiy-answer", payload.cmiuuid]),
      callId: payload.cmiuuid,
      sessionId: payload.conversation_uuid ?? null,
      // The caller's leg reaches the answer URL of an inbound call.
      leg: direction === "inbound" ? "a" : null,
      direction,
      from: readPhoneNumber(payload.from, style),
      to: readPhoneNumber(payload.to, style),
      virtualNumber: null,
      occurredAt: dateOfChecked(payload.time),
      raw: payload,
    },
    "call.ringing",
  );
}

/**
 * Maps a PIOPIY action-URL request with the digits an `input` or `play_get_input` action collected to `call.dtmf`
 * (docs/providers/telecmi.md#piopiy-action-url-dtmf). It carries no time, direction or leg.
 *
 * @param payload The validated request.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeDtmfRequest(payload, context).type;
 * //=> "call.dtmf"
 * ```
 */
export function normalizeDtmfRequest(payload: TelecmiDtmfRequest, context: ProviderContext): TelecmiCallEvent {
  // telecmiDtmfSchema requires one of the two spellings, so the empty string is never reached.
  // Stryker disable next-line StringLiteral: unreachable, see above.
  const callId = payload.cmuuid ?? payload.cmiuuid ?? "";
  const style = styleOf(context);
  return dtmfEvent(
    {
      provider: "telecmi",
      id: eventId("telecmi", ["piopiy-dtmf", payload.dtmf, callId]),
      callId,
      sessionId: null,
      leg: null,
      direction: null,
      from: readPhoneNumber(payload.from, style),
      to: readPhoneNumber(payload.to, style),
      virtualNumber: null,
      occurredAt: null,
      raw: payload,
    },
    payload.dtmf,
  );
}
