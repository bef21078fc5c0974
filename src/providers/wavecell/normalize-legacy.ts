import type { CallEventType, EndedEvent, EventBase } from "../../events.js";
import { eventOfType } from "../../normalize/call-event.js";
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
import type { WavecellLegacyAggregatedStatus, WavecellLegacyHandleEvent, WavecellPayload } from "./schema.js";

/** Legacy `direction` is a number: `0` inbound, `1` outbound (docs/providers/wavecell.md#legacy-direction-number). */
function legacyDirection(direction: number | null | undefined): Direction {
  return direction === 0 ? "inbound" : direction === 1 ? "outbound" : null;
}

/**
 * Maps a legacy Call Handle event (docs/providers/wavecell.md#legacy-handle): `CALL_RECEIVED` → `call.ringing`,
 * `DTMF_RECEIVED` → `call.dtmf` with the digits as sent (a JSON number becomes its decimal string,
 * docs/providers/wavecell.md#legacy-dtmf-number).
 *
 * A legacy status-URL event (`CALL_INITIATED`) is read the same way, its id starting with `legacy-status`.
 *
 * Hint: the handle is sent for calls to the virtual number, and its page calls `targetMsisdn` "usually the Virtual
 * Number"; on an outbound leg (a `MakeCall` from the VN) the VN is `sourceMsisdn`
 * (https://developer.wavecell.com/voice/number-masking-information/commands).
 *
 * @param payload The validated event.
 * @param type The normalized type, from `classifyCallStatus`.
 * @param context The parse context.
 * @param kind The shape: the Call Handle, or the status URL.
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
  kind: "legacy-handle" | "legacy-status" = "legacy-handle",
): WavecellEvent {
  const numbers = numbersOf(context);
  const direction = legacyDirection(payload.direction);
  const from = readPhoneNumber(payload.sourceMsisdn, numbers);
  const to = readPhoneNumber(payload.targetMsisdn, numbers);
  const digits = payload.dtmf ?? "";
  // No event id in the legacy shape: the time and, for key presses, the digits tell two events of a call apart.
  const parts = [kind, payload.eventType.toUpperCase(), payload.callId, textOf(payload.timestamp)];
  const occurredAt = timeOf(payload.timestamp);
  const base: EventBase<"wavecell", WavecellPayload> = {
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
 * Maps a legacy aggregated call status to `call.ended` (docs/providers/wavecell.md#legacy-aggregated), as
 * `normalizeSessionSummary` does:
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
): EndedEvent<"wavecell", WavecellPayload> {
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
