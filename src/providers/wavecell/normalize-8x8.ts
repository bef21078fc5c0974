import type { CallEventType, DtmfEvent, EndedEvent, EventBase, PhoneNumber } from "../../events.js";
import { dtmfEvent, eventOfType } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import type { ProviderContext } from "../define-provider.js";
import {
  type Direction,
  numbersOf,
  type SummaryLeg,
  summaryEvent,
  textOf,
  timeOf,
  type WavecellEvent,
} from "./normalize-summary.js";
import { outcomeOfDisconnect } from "./outcome.js";
import type {
  WavecellCallEvent,
  WavecellPayload,
  WavecellSessionSummary,
  WavecellVoiceMessagingCallback,
} from "./schema.js";

/**
 * 8x8 `callDirection` is `INBOUND`/`OUTBOUND`; the IVR handle's placeholder `"INBOUND | OUTBOUND"` is neither
 * (docs/providers/wavecell.md#doc-placeholders).
 */
function callDirection(direction: string | null | undefined): Direction {
  const value = direction?.toUpperCase();
  return value === "INBOUND" ? "inbound" : value === "OUTBOUND" ? "outbound" : null;
}

/**
 * An 8x8 leg names the virtual number by its reference: `destinationRefId` when the VN was called (an INBOUND
 * leg), `sourceRefId` when it is the caller id (an OUTBOUND leg). The VCA example sets both on one OUTBOUND leg,
 * so the direction decides first; a leg of no known direction takes the destination's, then the source's
 * (docs/providers/wavecell.md#ref-id-meaning).
 */
function refVirtualNumber(
  leg: { readonly sourceRefId?: string | null | undefined; readonly destinationRefId?: string | null | undefined },
  direction: Direction,
  from: PhoneNumber | null,
  to: PhoneNumber | null,
): PhoneNumber | null {
  if (direction === "outbound" && leg.sourceRefId) return from;
  if (leg.destinationRefId) return to;
  return leg.sourceRefId ? from : null;
}

// What a keypad sends: digits, `*` and `#` (docs/providers/wavecell.md#eventdata-string).
const KEYPAD = /^[0-9*#]+$/;

/**
 * The digits an 8x8 call event carries: `eventData.dtmf`; else `eventData` itself when it is a string of keypad
 * characters (`0-9`, `*`, `#`, spaces around them ignored), as webhook "V2" sends it; else a top-level `dtmf`
 * (the VCA table lists it there). Any other `eventData` string (blank, or the docs' placeholder "additional event
 * data") carries none.
 *
 * @param event The validated event.
 * @returns The digits, or `null`.
 * @example
 * ```ts
 * capturedDigits(v.parse(wavecellCallEventSchema, JSON.parse(body))); // an ACTION_COMPLETED, "eventData": "1"
 * //=> "1"
 * ```
 */
export function capturedDigits(event: WavecellCallEvent): string | null {
  const data = event.payload.eventData;
  if (typeof data === "string") {
    const keys = data.trim();
    if (KEYPAD.test(keys)) return keys;
  } else if (data?.dtmf) {
    return data.dtmf;
  }
  return event.payload.dtmf ?? null;
}

/**
 * Maps an 8x8 `CALL_STATUS` or `CALL_ACTION` event (docs/providers/wavecell.md#call-status). A
 * `CALL_DISCONNECTED` becomes `call.ended`: its outcome from `callDuration` and `sipCode` (see
 * `outcomeOfDisconnect`), its `hangupCause` the final SIP code when it is an error (300 or more). `DTMF_RECEIVED` and `ACTION_COMPLETED` become `call.dtmf`; `digits`
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
): WavecellEvent {
  const numbers = numbersOf(context);
  const { payload } = event;
  const from = readPhoneNumber(payload.source, numbers);
  const to = readPhoneNumber(payload.destination, numbers);
  const occurredAt = timeOf(payload.timestamp);
  const direction = callDirection(payload.callDirection);
  const base: EventBase<"wavecell", WavecellPayload> = {
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
    direction,
    from,
    to,
    virtualNumber: refVirtualNumber(payload, direction, from, to),
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

/**
 * Maps an 8x8 `SESSION_SUMMARY` to `call.ended` (docs/providers/wavecell.md#session-summary). The event speaks
 * for the first leg (`callA`): its `callId`, numbers and `callDuration`; the session's `startTime`/`endTime` bound it. The hangup cause is
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
): EndedEvent<"wavecell", WavecellPayload> {
  const numbers = numbersOf(context);
  const { payload } = event;
  const leg = payload.details?.callA ?? null;
  let first: SummaryLeg | null = null;
  if (leg !== null) {
    const from = readPhoneNumber(leg.source, numbers);
    const to = readPhoneNumber(leg.destination, numbers);
    const direction = callDirection(leg.callDirection);
    first = {
      callId: leg.callId ?? null,
      direction,
      from,
      to,
      virtualNumber: refVirtualNumber(leg, direction, from, to),
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
 * Maps an 8x8 Voice Messaging `DTMF` callback to `call.dtmf` (docs/providers/wavecell.md#voice-messaging-dtmf).
 * `uid`, the id the create-callflow response gave, is both its `callId` and its `sessionId`: the callback sends no
 * other. The platform placed the call to `destination`, so the event is `outbound`, with no caller and no virtual
 * number; `digits` is `actionDetails.dtmf`, empty when 8x8 sends none.
 *
 * @param payload The validated callback.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeVoiceMessagingDtmf(payload, context).digits;
 * //=> "12345"
 * ```
 */
export function normalizeVoiceMessagingDtmf(
  payload: WavecellVoiceMessagingCallback,
  context: ProviderContext,
): DtmfEvent<"wavecell", WavecellPayload> {
  const digits = payload.actionDetails?.dtmf ?? "";
  const { status } = payload;
  return dtmfEvent(
    {
      provider: "wavecell",
      // No event id is sent: the time and the digits tell two callbacks of a message apart.
      id: eventId("wavecell", [
        "voice-messaging",
        status.code.toUpperCase(),
        payload.uid,
        textOf(status.timestamp),
        digits,
      ]),
      callId: payload.uid,
      sessionId: payload.uid,
      leg: null,
      direction: "outbound",
      from: null,
      to: readPhoneNumber(payload.destination, numbersOf(context)),
      virtualNumber: null,
      occurredAt: timeOf(status.timestamp),
      raw: payload,
    },
    digits,
  );
}
