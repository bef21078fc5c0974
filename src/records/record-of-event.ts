import type * as v from "valibot";
import type { CallEventType } from "../events.js";
import {
  CALL_RECORD_LIMITS,
  type CallEnding,
  type CallKeyPress,
  type CallLeg,
  type CallStatus,
} from "./call-record.js";
import type { callEventSchema } from "./event-schema.js";
import type { RecordState } from "./join-records.js";
import { isFinalSummary } from "./provider-facts.js";

/**
 * An event as `callEventSchema` checked it: a copy, with valid `Date`s.
 *
 * @example
 * ```ts
 * const checked = callEventSchema()["~run"]({ value: event }, RECORDS_CONFIG).value as CheckedEvent;
 * ```
 */
export type CheckedEvent = v.InferOutput<ReturnType<typeof callEventSchema>>;

const STATUS_OF_TYPE: { readonly [T in CallEventType]: CallStatus } = {
  "call.initiated": "initiated",
  "call.ringing": "ringing",
  "call.answered": "answered",
  "call.ended": "ended",
  // A key press says the leg exists, not that a person answered it (an IVR takes key presses).
  "call.dtmf": "initiated",
};

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/**
 * The state of a record that holds one event.
 *
 * @param event The checked event.
 * @param key Its call key.
 * @returns The state.
 * @example
 * ```ts
 * stateOfEvent(event, "telecmi:5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5").legs.length;
 * //=> 1
 * ```
 */
export function stateOfEvent(event: CheckedEvent, key: string): RecordState {
  const at = iso(event.occurredAt);
  const ended = event.type === "call.ended" ? event : null;
  const ending: CallEnding | null =
    ended === null
      ? null
      : {
          outcome: ended.outcome,
          durationSec: ended.durationSec,
          hangupCause: ended.hangupCause,
          recording: ended.recording,
        };
  const summary = ended !== null && isFinalSummary(event.provider, event.id);
  const leg: CallLeg = {
    callId: event.callId,
    leg: event.leg,
    direction: event.direction,
    from: event.from,
    to: event.to,
    virtualNumber: event.virtualNumber,
    status: STATUS_OF_TYPE[event.type],
    answered:
      event.type === "call.answered" ||
      (ended !== null && (ended.outcome === "completed" || ended.answeredAt !== null)),
    // The time a call is placed or rings is when it started; an answer or a key press comes later.
    startedAt:
      ended !== null
        ? iso(ended.startedAt)
        : event.type === "call.initiated" || event.type === "call.ringing"
          ? at
          : null,
    answeredAt: ended !== null ? iso(ended.answeredAt) : event.type === "call.answered" ? at : null,
    endedAt: ended === null ? null : iso(ended.endedAt),
    ended: summary ? null : ending,
    summary: summary ? ending : null,
  };
  let truncated = false;
  const dtmf: CallKeyPress[] = [];
  if (event.type === "call.dtmf") {
    truncated = event.digits.length > CALL_RECORD_LIMITS.digitsPerPress;
    dtmf.push({ digits: event.digits.slice(0, CALL_RECORD_LIMITS.digitsPerPress), at, eventId: event.id });
  }
  return {
    key,
    provider: event.provider,
    sessionId: event.sessionId === "" ? null : event.sessionId,
    legs: [leg],
    dtmf,
    eventIds: [event.id],
    truncated,
  };
}
