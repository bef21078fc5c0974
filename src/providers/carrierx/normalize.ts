import type { EndedEvent } from "../../events.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import type { CarrierxMediatorRecord } from "./schema.js";

function directionOf(payload: CarrierxMediatorRecord): "inbound" | "outbound" | null {
  const direction = payload.direction?.toLowerCase();
  if (direction === "inbound" || direction === "outbound") return direction;
  // A binding redirects an inbound call; a dialout calls both numbers (docs/providers/carrierx.md#mediator-record).
  const usage = payload.event_type?.toLowerCase();
  return usage === "binding" ? "inbound" : usage === "dialout" ? "outbound" : null;
}

/**
 * Maps a validated Mediator record to `call.ended`: `completed` when the destination answered
 * (`date_talk`), else `missed` (docs/providers/carrierx.md#mediator-outcome-from-date-talk).
 *
 * @param payload The validated record.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeCarrierx(record, context).outcome;
 * //=> "completed"
 * ```
 */
export function normalizeCarrierx(
  payload: CarrierxMediatorRecord,
  context: ProviderContext,
): EndedEvent<"carrierx", CarrierxMediatorRecord> {
  // CarrierX numbers are international digits, with or without `+` (docs/providers/carrierx.md#plus-sign-inconsistency).
  const style = { international: true, region: context.region };
  const answeredAt = dateOfChecked(payload.date_talk);
  const endedAt = dateOfChecked(payload.date_stop);
  return {
    provider: "carrierx",
    type: "call.ended",
    id: eventId("carrierx", ["mediator", payload.dr_sid]),
    callId: payload.dr_sid,
    sessionId: payload.reference_sid ?? null,
    leg: null,
    direction: directionOf(payload),
    from: readPhoneNumber(payload.number_src, style),
    to: readPhoneNumber(payload.number_dst, style),
    virtualNumber: readPhoneNumber(payload.number_redirect, style),
    occurredAt: endedAt,
    outcome: answeredAt === null ? "missed" : "completed",
    durationSec: payload.duration ?? null,
    startedAt: dateOfChecked(payload.date_start),
    answeredAt,
    endedAt,
    hangupCause: null,
    recording: null,
    raw: payload,
  };
}
