import type { AnsweredEvent, CallOutcome, DtmfEvent, EndedEvent, EventBase, RingingEvent } from "../../events.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { type ProviderContext, type Unsupported, unsupportedEvent } from "../define-provider.js";
import type { CarrierxFlexmlGather, CarrierxFlexmlRequest, CarrierxFlexmlStatus } from "./schema.js";

type FlexmlPayload = CarrierxFlexmlRequest | CarrierxFlexmlGather | CarrierxFlexmlStatus;

/** The numbers and direction of a FlexML event. */
type Parties = Pick<EventBase<"carrierx", FlexmlPayload>, "direction" | "from" | "to" | "virtualNumber">;

/**
 * `CallStatus` of the status callback → outcome. The docs list `busy`, `cancel`, `completed`, `failed` and
 * `noanswer`; CarrierX's own application also expects `no-answer`, `invalid-number` and `app-error`
 * (docs/providers/carrierx.md#flexml-callstatus-values).
 */
const OUTCOMES: ReadonlyMap<string, CallOutcome> = new Map([
  ["completed", "completed"],
  ["noanswer", "missed"],
  ["no-answer", "missed"],
  ["busy", "busy"],
  ["cancel", "canceled"],
  ["canceled", "canceled"],
  ["cancelled", "canceled"],
  ["failed", "failed"],
  ["invalid-number", "failed"],
  ["app-error", "failed"],
]);

/**
 * FNV-1a (32 bits) of a text, as 8 hex digits: tells the FlexML documents of one call apart in an id without
 * copying their URL, whose query may hold the customer's URL token.
 */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

function directionOf(payload: FlexmlPayload): "inbound" | "outbound" | null {
  const direction = payload.Direction?.toLowerCase();
  return direction === "inbound" || direction === "outbound" ? direction : null;
}

function partiesOf(payload: FlexmlPayload, context: ProviderContext): Parties {
  // `From`/`To` are international digits without `+`; `OriginalFrom`/`OriginalTo` are the carrier's raw form,
  // read only when the formatted one is missing (docs/providers/carrierx.md#plus-sign-inconsistency).
  const style = { international: true, region: context.region };
  const from = readPhoneNumber(payload.From ?? payload.OriginalFrom, style);
  const to = readPhoneNumber(payload.To ?? payload.OriginalTo, style);
  const direction = directionOf(payload);
  // Inbound: the DID called; outbound (Calls API): `calling_did`, which must be a DID of the account.
  return { direction, from, to, virtualNumber: direction === "inbound" ? to : direction === "outbound" ? from : null };
}

// Each event is one object literal, as src/normalize/call-event.ts writes them (a spread of shared fields into a
// larger literal was two thirds of a FlexML parse). No FlexML request carries a time
// (docs/providers/carrierx.md#flexml-no-timestamp).

/**
 * Maps a FlexML instruction request: `call.ringing` for an inbound call (the offer: the call is not answered
 * until the FlexML reply answers it), `call.answered` for an outbound Calls API call (CarrierX requests its
 * FlexML once the called party answered). One id per call, so an action request that carries nothing
 * verb-specific dedupes with the offer (docs/providers/carrierx.md#flexml-request).
 *
 * @param payload The validated request.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeFlexmlRequest(request, context).type;
 * //=> "call.ringing"
 * ```
 */
export function normalizeFlexmlRequest(
  payload: CarrierxFlexmlRequest,
  context: ProviderContext,
): RingingEvent<"carrierx", CarrierxFlexmlRequest> | AnsweredEvent<"carrierx", CarrierxFlexmlRequest> {
  const { direction, from, to, virtualNumber } = partiesOf(payload, context);
  const id = eventId("carrierx", ["flexml-request", payload.CallSid]);
  const callId = payload.CallSid;
  return {
    provider: "carrierx",
    callId,
    sessionId: callId,
    leg: null,
    direction,
    from,
    to,
    virtualNumber,
    occurredAt: null,
    // An outbound Calls API call is answered when CarrierX asks for its FlexML; an inbound one is being offered.
    type: direction === "outbound" ? "call.answered" : "call.ringing",
    id,
    raw: payload,
  };
}

/**
 * Maps a FlexML `Gather` action request to `call.dtmf`. An empty `Digits` (the caller pressed nothing before
 * the timeout) is no key press: `unsupported_event` (docs/providers/carrierx.md#flexml-gather-empty-digits).
 *
 * @param payload The validated request.
 * @param context The parse context.
 * @returns The event, or why there is none.
 * @example
 * ```ts
 * normalizeFlexmlGather(request, context);
 * //=> { type: "call.dtmf", digits: "9", … }
 * ```
 */
export function normalizeFlexmlGather(
  payload: CarrierxFlexmlGather,
  context: ProviderContext,
): DtmfEvent<"carrierx", CarrierxFlexmlGather> | Unsupported {
  const digits = payload.Digits;
  if (digits === null || digits === undefined) {
    return unsupportedEvent(
      "This CarrierX FlexML Gather action request has no Digits: the caller pressed no key before the timeout, so there is no call.dtmf event. Answer it with 200 and the next FlexML instructions (flexml() from callhooks/carrierx builds them).",
    );
  }
  const { direction, from, to, virtualNumber } = partiesOf(payload, context);
  return {
    provider: "carrierx",
    callId: payload.CallSid,
    sessionId: payload.CallSid,
    leg: null,
    direction,
    from,
    to,
    virtualNumber,
    occurredAt: null,
    type: "call.dtmf",
    // `RequestUrl` is the document that held the Gather: two menus of one call answered with the same keys differ.
    id: eventId("carrierx", ["flexml-gather", payload.CallSid, shortHash(payload.RequestUrl ?? ""), digits]),
    digits,
    raw: payload,
  };
}

/**
 * Maps a FlexML status callback to `call.ended`: the outcome from `CallStatus`, `durationSec` from
 * `CallDuration`; no timestamps are sent (docs/providers/carrierx.md#flexml-status-callback).
 *
 * @param payload The validated callback.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeFlexmlStatus(callback, context).outcome;
 * //=> "completed"
 * ```
 */
export function normalizeFlexmlStatus(
  payload: CarrierxFlexmlStatus,
  context: ProviderContext,
): EndedEvent<"carrierx", CarrierxFlexmlStatus> {
  const { direction, from, to, virtualNumber } = partiesOf(payload, context);
  return {
    provider: "carrierx",
    callId: payload.CallSid,
    sessionId: payload.CallSid,
    leg: null,
    direction,
    from,
    to,
    virtualNumber,
    occurredAt: null,
    type: "call.ended",
    id: eventId("carrierx", ["flexml-status", payload.CallSid]),
    outcome: OUTCOMES.get(payload.CallStatus?.toLowerCase() ?? "") ?? "unknown",
    durationSec: payload.CallDuration ?? null,
    startedAt: null,
    answeredAt: null,
    endedAt: null,
    hangupCause: null,
    recording: null,
    raw: payload,
  };
}
