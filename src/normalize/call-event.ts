import type { CallEventType, DtmfEvent, EndedEvent, EventBase, EventOf } from "../events.js";

/**
 * The fields `call.ended` adds to the base.
 *
 * @example
 * ```ts
 * const ended: EndedFields = { outcome: "missed", durationSec: null, startedAt: null, answeredAt: null, endedAt: null, hangupCause: null, recording: null };
 * ```
 */
export type EndedFields = Omit<EndedEvent<string, unknown>, keyof EventBase<string, unknown> | "type">;

// Events are written as one object literal, not `{ ...base, type }`: 31 % of a parse: npm run bench:stages -- --tricks.

/**
 * Builds a `call.initiated`, `call.ringing` or `call.answered` event from its base fields.
 *
 * @param base The fields every event has.
 * @param type The event type.
 * @returns The event.
 * @example
 * ```ts
 * plainEvent(base, "call.ringing").type;
 * //=> "call.ringing"
 * ```
 */
export function plainEvent<P extends string, R>(
  base: EventBase<P, R>,
  type: "call.initiated" | "call.ringing" | "call.answered",
): EventOf<P, R> {
  return {
    provider: base.provider,
    type,
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    raw: base.raw,
  };
}

/**
 * Builds a `call.ended` event from its base fields and its figures.
 *
 * @param base The fields every event has.
 * @param ended The outcome and figures.
 * @returns The event.
 * @example
 * ```ts
 * endedEvent(base, { outcome: "completed", durationSec: 31, … }).outcome;
 * //=> "completed"
 * ```
 */
export function endedEvent<P extends string, R>(base: EventBase<P, R>, ended: EndedFields): EndedEvent<P, R> {
  return {
    provider: base.provider,
    type: "call.ended",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    outcome: ended.outcome,
    durationSec: ended.durationSec,
    startedAt: ended.startedAt,
    answeredAt: ended.answeredAt,
    endedAt: ended.endedAt,
    hangupCause: ended.hangupCause,
    recording: ended.recording,
    raw: base.raw,
  };
}

/**
 * Builds a `call.dtmf` event from its base fields and the digits.
 *
 * @param base The fields every event has.
 * @param digits The digits pressed.
 * @returns The event.
 * @example
 * ```ts
 * dtmfEvent(base, "787").digits;
 * //=> "787"
 * ```
 */
export function dtmfEvent<P extends string, R>(base: EventBase<P, R>, digits: string): DtmfEvent<P, R> {
  return {
    provider: base.provider,
    type: "call.dtmf",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    digits,
    raw: base.raw,
  };
}

/**
 * Builds an event of any type from its base fields.
 *
 * @param base The fields every event has.
 * @param type The event type.
 * @param digits The digits, for `call.dtmf`.
 * @param ended The figures, for `call.ended` (called only then).
 * @returns The event.
 * @example
 * ```ts
 * eventOfType(base, "call.dtmf", "1", () => ended).type;
 * //=> "call.dtmf"
 * ```
 */
export function eventOfType<P extends string, R>(
  base: EventBase<P, R>,
  type: CallEventType,
  digits: string,
  ended: () => EndedFields,
): EventOf<P, R> {
  if (type === "call.dtmf") return dtmfEvent(base, digits);
  if (type === "call.ended") return endedEvent(base, ended());
  return plainEvent(base, type);
}
