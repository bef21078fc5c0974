import type { CallOutcome, CallRecording } from "../events.js";
import type { ProviderId } from "../providers/ids.js";
import {
  CALL_RECORD_LIMITS,
  type CallKeyPress,
  type CallLeg,
  type CallRecord,
  type CallStatus,
} from "./call-record.js";
import {
  compareEarlier,
  compareKeyPresses,
  compareLater,
  compareLegs,
  compareLonger,
  compareOutcome,
  comparePhone,
  compareRecording,
  compareText,
  firstOf,
  joinEndings,
  laterStatus,
} from "./order.js";

/**
 * What a record is made of: every other field of a `CallRecord` is worked out from these by `deriveRecord`.
 *
 * @example
 * ```ts
 * const state: RecordState = { key, provider, sessionId: null, legs: [leg], dtmf: [], eventIds: [id], truncated: false };
 * ```
 */
export interface RecordState {
  /** The call key. */
  readonly key: string;
  /** The provider. */
  readonly provider: ProviderId;
  /** The session id, when an event gave one. */
  readonly sessionId: string | null;
  /** The legs. */
  readonly legs: readonly CallLeg[];
  /** The key presses. */
  readonly dtmf: readonly CallKeyPress[];
  /** The event ids. */
  readonly eventIds: readonly string[];
  /** Whether a limit dropped something. */
  readonly truncated: boolean;
}

/** Joins two entries of one leg: each field the best of both. */
function joinLeg(a: CallLeg, b: CallLeg): CallLeg {
  return {
    callId: a.callId,
    // One side (compareLegs pairs "b" with "b", "a" with unmarked): "a" when either event says so.
    leg: a.leg ?? b.leg,
    direction: firstOf(a.direction, b.direction, compareText),
    from: firstOf(a.from, b.from, comparePhone),
    to: firstOf(a.to, b.to, comparePhone),
    virtualNumber: firstOf(a.virtualNumber, b.virtualNumber, comparePhone),
    status: laterStatus(a.status, b.status),
    answered: a.answered || b.answered,
    startedAt: firstOf(a.startedAt, b.startedAt, compareEarlier),
    answeredAt: firstOf(a.answeredAt, b.answeredAt, compareEarlier),
    endedAt: firstOf(a.endedAt, b.endedAt, compareLater),
    ended: joinEndings(a.ended, b.ended),
    summary: joinEndings(a.summary, b.summary),
  };
}

const same = <T>(a: T): T => a;

/**
 * The union of two lists in `compare`'s order, entries that compare equal joined, cut to `limit`. Keeping
 * the first `limit` entries of the union of everything seen is itself a join: the result never depends on
 * how the entries were split or in which order they came.
 */
function unionOf<T>(
  a: readonly T[],
  b: readonly T[],
  compare: (x: T, y: T) => number,
  join: (x: T, y: T) => T,
  limit: number,
): { readonly items: T[]; readonly cut: boolean } {
  const sorted = [...a, ...b].sort(compare);
  const items: T[] = [];
  for (const item of sorted) {
    const last = items.at(-1);
    if (last !== undefined && compare(last, item) === 0) items[items.length - 1] = join(last, item);
    else items.push(item);
  }
  return items.length > limit ? { items: items.slice(0, limit), cut: true } : { items, cut: false };
}

/**
 * Joins the states of two records of one call (same key).
 *
 * @param a One state.
 * @param b The other.
 * @returns The joined state.
 * @example
 * ```ts
 * joinStates(stateOf(first), stateOf(second)).eventIds;
 * //=> ["telecmi:cdr:answered:…", "telecmi:event:answered:…"]
 * ```
 */
export function joinStates(a: RecordState, b: RecordState): RecordState {
  const legs = unionOf(a.legs, b.legs, compareLegs, joinLeg, CALL_RECORD_LIMITS.legs);
  const dtmf = unionOf(a.dtmf, b.dtmf, compareKeyPresses, same, CALL_RECORD_LIMITS.keyPresses);
  const eventIds = unionOf(a.eventIds, b.eventIds, compareText, same, CALL_RECORD_LIMITS.eventIds);
  return {
    key: a.key,
    provider: a.provider,
    sessionId: firstOf(a.sessionId, b.sessionId, compareText),
    legs: legs.items,
    dtmf: dtmf.items,
    eventIds: eventIds.items,
    truncated: a.truncated || b.truncated || legs.cut || dtmf.cut || eventIds.cut,
  };
}

/** The first value `pick` finds in the legs, in the legs' order. */
function firstFound<T>(legs: readonly CallLeg[], pick: (leg: CallLeg) => T | null): T | null {
  for (const leg of legs) {
    const value = pick(leg);
    if (value !== null) return value;
  }
  return null;
}

/** The best value `pick` finds in the legs, in `compare`'s order. */
function bestOf<T>(legs: readonly CallLeg[], pick: (leg: CallLeg) => T | null, compare: (x: T, y: T) => number) {
  let best: T | null = null;
  for (const leg of legs) best = firstOf(best, pick(leg), compare);
  return best;
}

const summaryOutcome = (leg: CallLeg): CallOutcome | null => leg.summary?.outcome ?? null;
const endedOutcome = (leg: CallLeg): CallOutcome | null => leg.ended?.outcome ?? null;
const summaryDuration = (leg: CallLeg): number | null => leg.summary?.durationSec ?? null;
const endedDuration = (leg: CallLeg): number | null => leg.ended?.durationSec ?? null;
const summaryCause = (leg: CallLeg): string | null => leg.summary?.hangupCause ?? null;
const endedCause = (leg: CallLeg): string | null => leg.ended?.hangupCause ?? null;
const summaryRecording = (leg: CallLeg): CallRecording | null => leg.summary?.recording ?? null;
const endedRecording = (leg: CallLeg): CallRecording | null => leg.ended?.recording ?? null;

/**
 * Works out a record's call-level fields from its state. The precedence rules, in one place:
 *
 * - direction, from, to, virtual number: the first leg's that has one (first legs before second legs);
 * - status: the furthest a first leg got; a second leg (`b`) counts only by its answer, since one extension
 *   hanging up does not end the call; `answered`: any leg's evidence of an answer;
 * - outcome, duration, hangup cause: the final summary's where it gives one, else the live `call.ended`
 *   events', each the best over the first legs (`order.ts`);
 * - recording: the first legs' (summary, then live), else the second legs';
 * - times: the earliest start and answer of any leg, the latest end of the first legs.
 *
 * @param state The state.
 * @returns The record.
 * @example
 * ```ts
 * deriveRecord(state).status;
 * //=> "ended"
 * ```
 */
export function deriveRecord(state: RecordState): CallRecord {
  const { legs } = state;
  const first = legs.filter((leg) => leg.leg !== "b");
  const second = legs.filter((leg) => leg.leg === "b");
  let status: CallStatus = "initiated";
  for (const leg of first) status = laterStatus(status, leg.status);
  if (second.some((leg) => leg.answered)) status = laterStatus(status, "answered");
  const ordered = [...first, ...second];
  return {
    key: state.key,
    provider: state.provider,
    sessionId: state.sessionId,
    direction: firstFound(ordered, (leg) => leg.direction),
    from: firstFound(ordered, (leg) => leg.from),
    to: firstFound(ordered, (leg) => leg.to),
    virtualNumber: firstFound(ordered, (leg) => leg.virtualNumber),
    status,
    answered: legs.some((leg) => leg.answered),
    outcome: bestOf(first, summaryOutcome, compareOutcome) ?? bestOf(first, endedOutcome, compareOutcome),
    startedAt: bestOf(legs, (leg) => leg.startedAt, compareEarlier),
    answeredAt: bestOf(legs, (leg) => leg.answeredAt, compareEarlier),
    endedAt: bestOf(first, (leg) => leg.endedAt, compareLater),
    durationSec: bestOf(first, summaryDuration, compareLonger) ?? bestOf(first, endedDuration, compareLonger),
    hangupCause: bestOf(first, summaryCause, compareText) ?? bestOf(first, endedCause, compareText),
    recording:
      bestOf(first, summaryRecording, compareRecording) ??
      bestOf(first, endedRecording, compareRecording) ??
      bestOf(second, summaryRecording, compareRecording) ??
      bestOf(second, endedRecording, compareRecording),
    finalSummary: first.some((leg) => leg.summary !== null),
    dtmf: state.dtmf,
    legs,
    eventIds: state.eventIds,
    truncated: state.truncated,
  };
}
