import type { EndedEvent } from "../../events.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import type { CarrierxPayload } from "./schema.js";

function directionOf(payload: CarrierxPayload): "inbound" | "outbound" | null {
  const direction = payload.direction?.toLowerCase();
  if (direction === "inbound" || direction === "outbound") return direction;
  // S000: a binding redirects an inbound call; a dialout calls both numbers.
  const usage = payload.event_type?.toLowerCase();
  return usage === "binding" ? "inbound" : usage === "dialout" ? "outbound" : null;
}

/**
 * Maps a validated Mediator record to `call.ended`: `completed` when the destination answered
 * (`date_talk`), else `missed` (CONTRACT.md mapping; S000).
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
  payload: CarrierxPayload,
  context: ProviderContext,
): EndedEvent<"carrierx", CarrierxPayload> {
  // CarrierX numbers are international digits, with or without `+` (notes §1.6.4).
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
