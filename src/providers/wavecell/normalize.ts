import type {
  CallEndedEvent,
  CallEventBase,
  CallEventOf,
  CallEventType,
  CallOutcome,
  PhoneNumber,
} from "../../events.js";
import { eventOfType } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { type NumberStyle, readPhoneNumber } from "../../normalize/phone.js";
import { numberStyle } from "../../normalize/phone-style.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../provider.js";
import { outcomeOfDisconnect, outcomeOfSessionStatus } from "./outcome.js";
import type {
  WavecellCallEvent,
  WavecellLegacyAggregatedStatus,
  WavecellLegacyHandleEvent,
  WavecellSessionSummary,
} from "./schema.js";

type Direction = "inbound" | "outbound" | null;

// Wavecell and 8x8 send international digits, with `+` (8x8) or without (legacy), notes §2.4.3.
const numbersOf = (context: ProviderContext): NumberStyle => numberStyle(true, undefined, context.defaultCountry);

const timeOf = (value: number | string | null | undefined): Date | null => dateOfChecked(value);

const textOf = (value: number | string | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** Legacy `direction` is a number: `0` inbound, `1` outbound (S001, WC-AGG). */
function legacyDirection(direction: number | null | undefined): Direction {
  return direction === 0 ? "inbound" : direction === 1 ? "outbound" : null;
}

/** 8x8 `callDirection` is `INBOUND`/`OUTBOUND`; the IVR handle's placeholder `"INBOUND | OUTBOUND"` is neither (§2.4.10). */
function callDirection(direction: string | null | undefined): Direction {
  const value = direction?.toUpperCase();
  return value === "INBOUND" ? "inbound" : value === "OUTBOUND" ? "outbound" : null;
}

/**
 * An 8x8 leg names the virtual number by its reference: `destinationRefId` when the VN was called (inbound),
 * `sourceRefId` when it is the caller id (outbound) (8X8-REPO VCA and session-summary tables, notes §2.4.9).
 */
function refVirtualNumber(
  leg: { readonly sourceRefId?: string | null | undefined; readonly destinationRefId?: string | null | undefined },
  from: PhoneNumber | null,
  to: PhoneNumber | null,
): PhoneNumber | null {
  if (leg.destinationRefId) return to;
  return leg.sourceRefId ? from : null;
}

/**
 * The digits an 8x8 call event carries: `eventData.dtmf`, or a top-level `dtmf` (the VCA table lists it there).
 * An `eventData` string (§2.4.10) carries none.
 *
 * @param event The validated event.
 * @returns The digits, or `null`.
 * @example
 * ```ts
 * capturedDigits(v.parse(wavecellCallEventSchema, JSON.parse(body))); // an ACTION_COMPLETED
 * //=> "1"
 * ```
 */
export function capturedDigits(event: WavecellCallEvent): string | null {
  const data = event.payload.eventData;
  const fromData = typeof data === "object" && data !== null ? data.dtmf : undefined;
  return fromData ?? event.payload.dtmf ?? null;
}

/**
 * Maps a legacy Call Handle event (S001, notes §2.1): `CALL_RECEIVED` → `call.ringing`, `DTMF_RECEIVED` →
 * `call.dtmf` with the digits as sent (a JSON number becomes its decimal string, §2.4.2).
 *
 * Hint: the handle is sent for calls to the virtual number, and S001 calls `targetMsisdn` "usually the Virtual
 * Number"; on an outbound leg (a `MakeCall` from the VN) the VN is `sourceMsisdn` (WC-CMDS).
 *
 * @param payload The validated event.
 * @param type The normalized type, from `classifyCallStatus`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeLegacyHandle(payload, "call.dtmf", context).digits;
 * //=> "787"
 * ```
 */
export function normalizeLegacyHandle(
  payload: WavecellLegacyHandleEvent,
  type: CallEventType,
  context: ProviderContext,
): CallEventOf<"wavecell"> {
  const numbers = numbersOf(context);
  const direction = legacyDirection(payload.direction);
  const from = readPhoneNumber(payload.sourceMsisdn, numbers);
  const to = readPhoneNumber(payload.targetMsisdn, numbers);
  const digits = payload.dtmf ?? "";
  // No event id in the legacy shape: the time and, for key presses, the digits tell two events of a call apart.
  const parts = ["legacy-handle", payload.eventType.toUpperCase(), payload.callId, textOf(payload.timestamp)];
  const occurredAt = timeOf(payload.timestamp);
  const base: CallEventBase<"wavecell"> = {
    provider: "wavecell",
    id: eventId("wavecell", type === "call.dtmf" ? [...parts, digits] : parts),
    callId: payload.callId,
    sessionId: payload.sessionId ?? null,
    leg: null,
    direction,
    from,
    to,
    virtualNumber: direction === "inbound" ? to : direction === "outbound" ? from : null,
    occurredAt,
    raw: payload,
  };
  return eventOfType(base, type, digits, () => ({
    outcome: outcomeOfDisconnect(payload.duration, payload.sipStatus),
    durationSec: payload.duration ?? null,
    startedAt: null,
    answeredAt: null,
    endedAt: occurredAt,
    hangupCause: null,
    recording: null,
  }));
}

/**
 * Maps an 8x8 `CALL_STATUS` or `CALL_ACTION` event (notes §2.3a–b). A `CALL_DISCONNECTED` becomes `call.ended`:
 * its outcome from `callDuration` and `sipCode` (see `outcomeOfDisconnect`), its `hangupCause` the final SIP
 * code when it is an error (300 or more). `DTMF_RECEIVED` and `ACTION_COMPLETED` become `call.dtmf`; `digits`
 * is empty when 8x8 reports the key press without them.
 *
 * @param event The validated event.
 * @param kind `call-status` or `call-action`.
 * @param type The normalized type, from `classifyCallStatus`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeCallEvent(event, "call-status", "call.ended", context).outcome;
 * //=> "completed"
 * ```
 */
export function normalizeCallEvent(
  event: WavecellCallEvent,
  kind: "call-status" | "call-action",
  type: CallEventType,
  context: ProviderContext,
): CallEventOf<"wavecell"> {
  const numbers = numbersOf(context);
  const { payload } = event;
  const from = readPhoneNumber(payload.source, numbers);
  const to = readPhoneNumber(payload.destination, numbers);
  const occurredAt = timeOf(payload.timestamp);
  const base: CallEventBase<"wavecell"> = {
    provider: "wavecell",
    id: eventId("wavecell", [
      kind,
      payload.callStatus.toUpperCase(),
      payload.callId,
      payload.eventId ?? textOf(payload.timestamp),
    ]),
    callId: payload.callId,
    sessionId: payload.sessionId ?? null,
    // A single-leg event does not say whether its leg is the first or the second of the session.
    leg: null,
    direction: callDirection(payload.callDirection),
    from,
    to,
    virtualNumber: refVirtualNumber(payload, from, to),
    occurredAt,
    raw: event,
  };
  const sipCode = payload.sipCode ?? null;
  return eventOfType(base, type, capturedDigits(event) ?? "", () => ({
    outcome: outcomeOfDisconnect(payload.callDuration, sipCode),
    durationSec: payload.callDuration ?? null,
    startedAt: null,
    answeredAt: null,
    endedAt: occurredAt,
    hangupCause: sipCode !== null && sipCode >= 300 ? String(sipCode) : null,
    recording: null,
  }));
}

interface SummaryLeg {
  readonly callId: string | null;
  readonly direction: Direction;
  readonly from: PhoneNumber | null;
  readonly to: PhoneNumber | null;
  readonly virtualNumber: PhoneNumber | null;
  readonly startedAt: Date | null;
  readonly answeredAt: Date | null;
  readonly endedAt: Date | null;
  readonly durationSec: number | null;
}

interface SummarySession {
  readonly kind: "session-summary" | "legacy-aggregated";
  readonly sessionId: string;
  readonly status: string | null;
  readonly startTime: number | string | null | undefined;
  readonly endTime: number | string | null | undefined;
  readonly hangupCause: string | null;
}

function summaryEvent(
  session: SummarySession,
  first: SummaryLeg | null,
  raw: WavecellSessionSummary | WavecellLegacyAggregatedStatus,
): CallEndedEvent<"wavecell"> {
  const answeredAt = first?.answeredAt ?? null;
  const durationSec = first?.durationSec ?? null;
  const endedAt = timeOf(session.endTime) ?? first?.endedAt ?? null;
  const connected = answeredAt !== null || (durationSec ?? 0) > 0;
  const outcome: CallOutcome = outcomeOfSessionStatus(session.status, connected);
  return {
    provider: "wavecell",
    type: "call.ended",
    id: eventId("wavecell", [session.kind, session.status?.toUpperCase(), session.sessionId]),
    // A session has several legs; the event speaks for the first (callA), the leg that opened the session.
    callId: first?.callId ?? session.sessionId,
    sessionId: session.sessionId,
    leg: first?.callId ? "a" : null,
    direction: first?.direction ?? null,
    from: first?.from ?? null,
    to: first?.to ?? null,
    virtualNumber: first?.virtualNumber ?? null,
    occurredAt: endedAt,
    outcome,
    durationSec,
    startedAt: timeOf(session.startTime) ?? first?.startedAt ?? null,
    answeredAt,
    endedAt,
    hangupCause: session.hangupCause,
    recording: null,
    raw,
  };
}

/**
 * Maps an 8x8 `SESSION_SUMMARY` to `call.ended` (notes §2.3c). The event speaks for the first leg (`callA`):
 * its `callId`, numbers and `callDuration`; the session's `startTime`/`endTime` bound it. The hangup cause is
 * `errorDetails.errorMsg` (else `errorCode`).
 *
 * @param event The validated event.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeSessionSummary(event, context).outcome;
 * //=> "busy"
 * ```
 */
export function normalizeSessionSummary(
  event: WavecellSessionSummary,
  context: ProviderContext,
): CallEndedEvent<"wavecell"> {
  const numbers = numbersOf(context);
  const { payload } = event;
  const leg = payload.details?.callA ?? null;
  let first: SummaryLeg | null = null;
  if (leg !== null) {
    const from = readPhoneNumber(leg.source, numbers);
    const to = readPhoneNumber(leg.destination, numbers);
    first = {
      callId: leg.callId ?? null,
      direction: callDirection(leg.callDirection),
      from,
      to,
      virtualNumber: refVirtualNumber(leg, from, to),
      startedAt: timeOf(leg.initiatedTimestamp),
      answeredAt: timeOf(leg.connectedTimestamp),
      endedAt: timeOf(leg.disconnectedTimestamp),
      durationSec: leg.callDuration ?? null,
    };
  }
  const errors = payload.errorDetails;
  return summaryEvent(
    {
      kind: "session-summary",
      sessionId: payload.sessionId,
      status: payload.sessionStatus ?? null,
      startTime: payload.startTime,
      endTime: payload.endTime,
      hangupCause: errors?.errorMsg ?? errors?.errorCode ?? null,
    },
    first,
    event,
  );
}

/**
 * Maps a legacy aggregated call status to `call.ended` (WC-AGG, notes §2.2), as `normalizeSessionSummary` does:
 * the first leg (`callA`, whose id is `id`) speaks for the session; `status` (`Completed`) gives the outcome.
 *
 * Hint: a leg with a `numberReferenceId` went through a virtual number: its `target` when the leg is inbound,
 * its `source` when it is outbound.
 *
 * @param payload The validated summary.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeLegacyAggregated(payload, context).durationSec;
 * //=> 59
 * ```
 */
export function normalizeLegacyAggregated(
  payload: WavecellLegacyAggregatedStatus,
  context: ProviderContext,
): CallEndedEvent<"wavecell"> {
  const numbers = numbersOf(context);
  const leg = payload.details?.callA ?? null;
  let first: SummaryLeg | null = null;
  if (leg !== null) {
    const direction = legacyDirection(leg.direction);
    const from = readPhoneNumber(leg.source, numbers);
    const to = readPhoneNumber(leg.target, numbers);
    first = {
      callId: leg.id ?? null,
      direction,
      from,
      to,
      virtualNumber: leg.numberReferenceId ? (direction === "outbound" ? from : to) : null,
      startedAt: timeOf(leg.initiatedTimestamp),
      answeredAt: timeOf(leg.connectedTimestamp),
      endedAt: timeOf(leg.disconnectedTimestamp),
      durationSec: leg.duration ?? null,
    };
  }
  return summaryEvent(
    {
      kind: "legacy-aggregated",
      sessionId: payload.sessionId,
      status: payload.status ?? null,
      startTime: payload.startTime,
      endTime: payload.endTime,
      hangupCause: null,
    },
    first,
    payload,
  );
}
