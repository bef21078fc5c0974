import { eventId } from "../../normalize/event-id.js";
import { numberToText } from "../../normalize/text.js";
import type { KaleyraEventName } from "./classify.js";
import { KALEYRA_PLACEHOLDERS, type KaleyraPayload } from "./schema.js";

/** A field's value as one part of an id: text as read, numbers (the schema's, all finite) as digits. */
const partOf = (value: string | number): string => (typeof value === "string" ? value : numberToText(value));

/**
 * The parts of the id of a delivery that carries no call id: each placeholder callhooks reads that was sent with
 * a value (but `event`, which the id names already), in alphabetical order, followed by its value as read. Two
 * deliveries get the same parts only when they carry the same values in those fields. Keys of the customer's own
 * (a reference, a URL token) are left out: they may hold secrets, and a key added on the way (a proxy's, a
 * cache-buster) must not change the id (docs/providers/kaleyra.md#no-call-id).
 */
function sentParts(payload: KaleyraPayload): string[] {
  const parts: string[] = [];
  for (const key of KALEYRA_PLACEHOLDERS) {
    const value = payload[key];
    if (key === "event" || value === null || value === undefined) continue;
    parts.push(key, partOf(value));
  }
  return parts;
}

/**
 * Who a Kaleyra event is: its dedupe id, its call id and its session id.
 *
 * @example
 * ```ts
 * const identity: KaleyraIdentity = { id: "kaleyra:call_end:8841502317", callId: "8841502317", sessionId: "8841502317" };
 * ```
 */
export interface KaleyraIdentity {
  /** The dedupe id. */
  readonly id: string;
  /** Kaleyra's call id, or `""` when the delivery carries none. */
  readonly callId: string;
  /** The call id again (every event of a call carries it), or `null`. */
  readonly sessionId: string | null;
}

/**
 * The identity of a Kaleyra event. With a call id (`{id}` in the template): `kaleyra:<event>:<id>`, plus the
 * values that tell two events of that kind in one call apart (`extra`, e.g. the digits of a keypress). Without
 * one: `kaleyra:<event>::` (the call id's place left empty) followed by every placeholder sent and its value, so
 * that only deliveries carrying the same values share an id (docs/providers/kaleyra.md#no-call-id); `callId` is
 * then `""` and `sessionId` `null`.
 *
 * @param payload The validated payload.
 * @param event The event.
 * @param extra The values that tell events of this kind in one call apart.
 * @returns The identity.
 * @example
 * ```ts
 * kaleyraIdentity({ caller: "13236000007" }, "call_end", []).id;
 * //=> "kaleyra:call_end::caller:13236000007"
 * ```
 */
export function kaleyraIdentity(
  payload: KaleyraPayload,
  event: KaleyraEventName,
  extra: readonly (string | null | undefined)[],
): KaleyraIdentity {
  const callId = payload.id;
  if (callId) return { id: eventId("kaleyra", [event, callId, ...extra]), callId, sessionId: callId };
  // The call id's place is left empty: an id built from a call id has text there, so the two never meet (a part
  // holds no unescaped `:`, eventId escapes it).
  return { id: eventId("kaleyra", [event, "", ...sentParts(payload)]), callId: "", sessionId: null };
}
