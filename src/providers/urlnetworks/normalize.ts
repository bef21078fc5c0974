import type { CallEventBase, CallEventOf } from "../../events.js";
import { endedEvent, plainEvent } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { numberStyle } from "../../normalize/phone-style.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../provider.js";
import type { UrlnetworksShape } from "./classify.js";
import { outcomeOfHangupCause } from "./hangup-cause.js";
import type { UrlnetworksApiIncomingCall, UrlnetworksExtensionEvent, UrlnetworksIncomingEvent } from "./schema.js";

/** URL Networks is an Australian carrier: national numbers (`0390085900`) are read as AU (CONTRACT.md). */
const REGION = "AU";

function directionOf(payload: UrlnetworksIncomingEvent | UrlnetworksExtensionEvent): "inbound" | "outbound" | null {
  const value = (payload.direction ?? payload.description)?.toLowerCase() ?? "";
  if (value.startsWith("inbound")) return "inbound";
  if (value.startsWith("outbound")) return "outbound";
  return null;
}

function secondsBetween(start: Date | null, end: Date | null): number | null {
  if (start === null || end === null || end < start) return null;
  return (end.getTime() - start.getTime()) / 1000;
}

type Classified = Exclude<UrlnetworksShape, { kind: "unsupported" }>;

/**
 * Maps a validated URL Networks payload to its normalized event (CONTRACT.md mapping; notes §5).
 *
 * @param payload The validated payload.
 * @param shape The event, from `classifyUrlnetworks`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeUrlnetworks(payload, { kind: "incoming", event: "incoming_hangup_missed" }, context).outcome;
 * //=> "missed"
 * ```
 */
export function normalizeUrlnetworks(
  payload: UrlnetworksIncomingEvent | UrlnetworksExtensionEvent | UrlnetworksApiIncomingCall,
  shape: Classified,
  context: ProviderContext,
): CallEventOf<"urlnetworks"> {
  const national = numberStyle(false, REGION, context.defaultCountry);
  // `external_did` and `caller_id_number` are documented as E.164 without `+` (S004, URLN-API).
  const international = numberStyle(true, REGION, context.defaultCountry);
  if (shape.kind === "api") {
    const api = payload as UrlnetworksApiIncomingCall;
    const dialed = readPhoneNumber(api.dialed_number, international);
    return {
      provider: "urlnetworks",
      type: "call.ringing",
      // The API event carries no call id and no time (URLN-API): the id is made of what it does carry.
      id: eventId("urlnetworks", [
        "incoming_call",
        api.dialed_number,
        api.caller_id_number,
        api.dialplan_id,
        api.condition_id,
      ]),
      callId: "",
      sessionId: null,
      leg: null,
      direction: "inbound",
      from: readPhoneNumber(api.caller_id_number, international),
      to: dialed,
      virtualNumber: dialed,
      occurredAt: null,
      raw: api,
    };
  }
  const event = payload as UrlnetworksIncomingEvent | UrlnetworksExtensionEvent;
  const did = readPhoneNumber(event.external_did, international);
  const startedAt = dateOfChecked(event.start_time);
  const extension = shape.kind === "extension" ? (event as UrlnetworksExtensionEvent) : null;
  const incoming = extension === null ? (event as UrlnetworksIncomingEvent) : null;
  const endedAt = incoming === null ? null : dateOfChecked(incoming.end_time);
  const ringing = shape.event === "incoming_ringing" || shape.event === "extension_ringing";
  const base: CallEventBase<"urlnetworks"> = {
    provider: "urlnetworks",
    // Several extensions ring for one call (a ring group): the extension tells their events apart.
    id: eventId(
      "urlnetworks",
      extension === null
        ? [shape.event, event.call_event_uuid]
        : [shape.event, event.call_event_uuid, extension.extension_user_id ?? extension.agent_uuid],
    ),
    // `call_event_uuid` is the only id, shared by every event of the call (notes §5.6.6).
    callId: event.call_event_uuid,
    sessionId: event.call_event_uuid,
    leg: extension === null ? "a" : "b",
    direction: directionOf(event),
    from: readPhoneNumber(event.from, national),
    to: did,
    virtualNumber: did,
    // URL Networks sends the call's start_time, and end_time with HTTP Hangup; no other event time.
    occurredAt: ringing ? startedAt : endedAt,
    raw: event,
  };
  if (ringing) return plainEvent(base, "call.ringing");
  if (shape.event === "extension_answered") return plainEvent(base, "call.answered");
  if (extension !== null) {
    return endedEvent(base, {
      outcome: outcomeOfHangupCause(extension.hangup_cause),
      durationSec: null,
      startedAt,
      answeredAt: null,
      endedAt: null,
      hangupCause: extension.hangup_cause ?? null,
      recording: null,
    });
  }
  return endedEvent(base, {
    outcome: shape.event === "incoming_hangup_success" ? "completed" : "missed",
    durationSec: secondsBetween(startedAt, endedAt),
    startedAt,
    answeredAt: null,
    endedAt,
    hangupCause: null,
    recording: incoming?.recording_url ? { url: incoming.recording_url, filename: null } : null,
  });
}
