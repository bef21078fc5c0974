import type { CallOutcome, CallRecording, PhoneNumber } from "../events.js";
import type { CallEnding, CallKeyPress, CallLeg, CallStatus } from "./call-record.js";

// The orders the fold breaks ties by. Each compares content only (never arrival), and two values it calls equal
// are equal, so every join below is commutative, associative and idempotent.

const STATUS_RANK: { readonly [S in CallStatus]: number } = { initiated: 0, ringing: 1, answered: 2, ended: 3 };

// Which outcome speaks for a leg or call whose events disagree: an answer first (any evidence of one is kept),
// then what the other party did (busy, rejected), what the caller did (canceled), no answer, a failure, and
// `unknown` last.
const OUTCOME_RANK: { readonly [O in CallOutcome]: number } = {
  completed: 0,
  busy: 1,
  rejected: 2,
  canceled: 3,
  missed: 4,
  failed: 5,
  unknown: 6,
};

/** Compares strings by UTF-16 code units, as `Array#sort` does: the same on every machine and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first of two values in `compare`'s order; a present value before `null`. */
export function firstOf<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return compare(a, b) <= 0 ? a : b;
}

/** The later status. */
export const laterStatus = (a: CallStatus, b: CallStatus): CallStatus => (STATUS_RANK[a] >= STATUS_RANK[b] ? a : b);

/** Whether a status is at least another. */
export const reached = (status: CallStatus, least: CallStatus): boolean => STATUS_RANK[status] >= STATUS_RANK[least];

/** Orders outcomes: the one that speaks for the call first. */
export const compareOutcome = (a: CallOutcome, b: CallOutcome): number => OUTCOME_RANK[a] - OUTCOME_RANK[b];

/** Orders ISO times: the earlier first (equal instants by text, so that the order is total). */
export const compareEarlier = (a: string, b: string): number => Date.parse(a) - Date.parse(b) || compareText(a, b);

/** Orders ISO times: the later first. */
export const compareLater = (a: string, b: string): number => compareEarlier(b, a);

/** Orders durations: the longer first. */
export const compareLonger = (a: number, b: number): number => b - a;

/** Orders phone numbers: one with an E.164 form first, then by that form, then by the text sent. */
export const comparePhone = (a: PhoneNumber, b: PhoneNumber): number =>
  Number(a.e164 === null) - Number(b.e164 === null) ||
  compareText(a.e164 ?? "", b.e164 ?? "") ||
  compareText(a.raw, b.raw);

/** Orders recordings: one with a URL first, then by URL, then one with a file name, then by file name. */
export const compareRecording = (a: CallRecording, b: CallRecording): number =>
  Number(a.url === null) - Number(b.url === null) ||
  compareText(a.url ?? "", b.url ?? "") ||
  Number(a.filename === null) - Number(b.filename === null) ||
  compareText(a.filename ?? "", b.filename ?? "");

/** Orders legs: first legs (`a` or unmarked) before second legs (`b`), then by call id. */
export const compareLegs = (a: CallLeg, b: CallLeg): number =>
  Number(a.leg === "b") - Number(b.leg === "b") || compareText(a.callId, b.callId);

/** Orders key presses by time (unknown times last), then by event id, then by digits. */
export const compareKeyPresses = (a: CallKeyPress, b: CallKeyPress): number =>
  Number(a.at === null) - Number(b.at === null) ||
  (a.at !== null && b.at !== null ? compareEarlier(a.at, b.at) : 0) ||
  compareText(a.eventId, b.eventId) ||
  compareText(a.digits, b.digits);

/**
 * Joins what two sets of `call.ended` events of one kind reported: each field the best of both.
 *
 * @param a One ending.
 * @param b The other.
 * @returns The joined ending.
 * @example
 * ```ts
 * joinEndings({ outcome: "unknown", durationSec: null, … }, { outcome: "completed", durationSec: 11, … }).outcome;
 * //=> "completed"
 * ```
 */
export function joinEndings(a: CallEnding | null, b: CallEnding | null): CallEnding | null {
  if (a === null) return b;
  if (b === null) return a;
  return {
    outcome: compareOutcome(a.outcome, b.outcome) <= 0 ? a.outcome : b.outcome,
    durationSec: firstOf(a.durationSec, b.durationSec, compareLonger),
    hangupCause: firstOf(a.hangupCause, b.hangupCause, compareText),
    recording: firstOf(a.recording, b.recording, compareRecording),
  };
}
