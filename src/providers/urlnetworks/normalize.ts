import type { EventBase, EventOf } from "../../events.js";
import { endedEvent, plainEvent } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { PHONE_PLANS } from "../../normalize/phone-plans-all.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import type { UrlnetworksExtensionName, UrlnetworksIncomingName } from "./classify.js";
import { outcomeOfHangupCause } from "./hangup-cause.js";
import type {
  UrlnetworksApiIncomingCall,
  UrlnetworksExtensionEvent,
  UrlnetworksIncomingEvent,
  UrlnetworksPayload,
} from "./schema.js";

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

type UrlnetworksCallEvent = EventOf<"urlnetworks", UrlnetworksPayload>;

/**
 * Maps the API Event "Incoming Call" (docs/providers/urlnetworks.md#api-incoming-call) to `call.ringing`. It
 * carries no call id and no time: the id is made of all it carries that identifies anything (the numbers, the
 * dialplan and the condition), so two calls from one caller to one DID through one condition share it
 * (docs/providers/urlnetworks.md#api-event-no-id).
 *
 * @param payload The validated event.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeApiIncomingCall(payload, context).type;
 * //=> "call.ringing"
 * ```
 */
export function normalizeApiIncomingCall(
  payload: UrlnetworksApiIncomingCall,
  context: ProviderContext,
): UrlnetworksCallEvent {
  // `dialed_number` and `caller_id_number` are documented as E.164 without `+`
  // (docs/providers/urlnetworks.md#number-formats).
  const international = { international: true, region: context.region, plans: PHONE_PLANS };
  const dialed = readPhoneNumber(payload.dialed_number, international);
  return {
    provider: "urlnetworks",
    type: "call.ringing",
    id: eventId("urlnetworks", [
      "incoming_call",
      payload.dialed_number,
      payload.caller_id_number,
      payload.dialplan_id,
      payload.condition_id,
    ]),
    callId: "",
    sessionId: null,
    leg: null,
    direction: "inbound",
    from: readPhoneNumber(payload.caller_id_number, international),
    to: dialed,
    virtualNumber: dialed,
    occurredAt: null,
    raw: payload,
  };
}

/** The fields an HTTP event and an extension event share: the call's id, numbers, direction and start. */
function baseOf(
  payload: UrlnetworksIncomingEvent | UrlnetworksExtensionEvent,
  id: string,
  leg: "a" | "b",
  occurredAt: Date | null,
  context: ProviderContext,
): EventBase<"urlnetworks", UrlnetworksPayload> {
  // `external_did` is documented as E.164 without `+`; `from` is national unless sent with `+`
  // (docs/providers/urlnetworks.md#number-formats). National numbers of any region: every numbering plan.
  const did = readPhoneNumber(payload.external_did, {
    international: true,
    region: context.region,
    plans: PHONE_PLANS,
  });
  return {
    provider: "urlnetworks",
    id,
    // `call_event_uuid` is the only id, shared by every event of the call
    // (docs/providers/urlnetworks.md#call-event-uuid-only-id).
    callId: payload.call_event_uuid,
    sessionId: payload.call_event_uuid,
    leg,
    direction: directionOf(payload),
    from: readPhoneNumber(payload.from, { international: false, region: context.region, plans: PHONE_PLANS }),
    to: did,
    virtualNumber: did,
    occurredAt,
    raw: payload,
  };
}

/**
 * Maps an HTTP Ringing / HTTP Hangup event (`incoming_*`; docs/providers/urlnetworks.md#http-hangup): ringing,
 * or the end of the call with its duration from `start_time` and `end_time`.
 *
 * @param payload The validated event.
 * @param event The event, from `classifyUrlnetworks`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeIncoming(payload, "incoming_hangup_missed", context).outcome;
 * //=> "missed"
 * ```
 */
export function normalizeIncoming(
  payload: UrlnetworksIncomingEvent,
  event: UrlnetworksIncomingName,
  context: ProviderContext,
): UrlnetworksCallEvent {
  const startedAt = dateOfChecked(payload.start_time);
  const id = eventId("urlnetworks", [event, payload.call_event_uuid]);
  // URL Networks sends the call's start_time, and end_time with HTTP Hangup; no other event time.
  if (event === "incoming_ringing") return plainEvent(baseOf(payload, id, "a", startedAt, context), "call.ringing");
  const endedAt = dateOfChecked(payload.end_time);
  return endedEvent(baseOf(payload, id, "a", endedAt, context), {
    outcome: event === "incoming_hangup_success" ? "completed" : "missed",
    durationSec: secondsBetween(startedAt, endedAt),
    startedAt,
    answeredAt: null,
    endedAt,
    hangupCause: null,
    recording: payload.recording_url ? { url: payload.recording_url, filename: null } : null,
  });
}

/**
 * Maps an extension event (leg `b`; docs/providers/urlnetworks.md#extension-hangup): ringing, answered, or hung
 * up with the outcome of its `hangup_cause`.
 *
 * @param payload The validated event.
 * @param event The event, from `classifyUrlnetworks`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeExtension(payload, "extension_answered", context).type;
 * //=> "call.answered"
 * ```
 */
export function normalizeExtension(
  payload: UrlnetworksExtensionEvent,
  event: UrlnetworksExtensionName,
  context: ProviderContext,
): UrlnetworksCallEvent {
  const startedAt = dateOfChecked(payload.start_time);
  // Several extensions ring for one call (a ring group): the extension tells their events apart.
  const id = eventId("urlnetworks", [event, payload.call_event_uuid, payload.extension_user_id ?? payload.agent_uuid]);
  if (event === "extension_ringing") return plainEvent(baseOf(payload, id, "b", startedAt, context), "call.ringing");
  const base = baseOf(payload, id, "b", null, context);
  if (event === "extension_answered") return plainEvent(base, "call.answered");
  return endedEvent(base, {
    outcome: outcomeOfHangupCause(payload.hangup_cause),
    durationSec: null,
    startedAt,
    answeredAt: null,
    endedAt: null,
    hangupCause: payload.hangup_cause ?? null,
    recording: null,
  });
}
