import type { CallOutcome, CallRecording, PhoneNumber } from "../events.js";
import type { ProviderId } from "../providers/ids.js";

/**
 * How far a call (or a leg) got: `initiated` < `ringing` < `answered` < `ended`. It never moves back.
 *
 * @example
 * ```ts
 * const status: CallStatus = "answered";
 * ```
 */
export type CallStatus = "initiated" | "ringing" | "answered" | "ended";

/**
 * What the `call.ended` events of one kind (live, or the provider's final summary) reported for a leg. Each
 * field is the best value any of those events gave: the outcome by `CALL_OUTCOME_ORDER`, the longest duration,
 * the first hangup cause and recording in text order.
 *
 * @example
 * ```ts
 * const ending: CallEnding = { outcome: "completed", durationSec: 11, hangupCause: "recv_bye", recording: null };
 * ```
 */
export interface CallEnding {
  /** How the leg ended. */
  readonly outcome: CallOutcome;
  /** The longest duration reported, in seconds. */
  readonly durationSec: number | null;
  /** The hangup cause, as sent. */
  readonly hangupCause: string | null;
  /** The recording or voicemail. */
  readonly recording: CallRecording | null;
}

/**
 * One leg of a call: every event of one `callId` (and, where a provider gives both legs one `callId`, as
 * Kaleyra and URL Networks do, of one side: `leg: "b"` or not).
 *
 * @example
 * ```ts
 * const answered = record.legs.filter((leg) => leg.answered).map((leg) => leg.callId);
 * ```
 */
export interface CallLeg {
  /** The provider's id of this leg. */
  readonly callId: string;
  /** `"a"` or `"b"` where the provider tells the legs apart, else `null`. */
  readonly leg: "a" | "b" | null;
  /** The direction of the conversation, as this leg's events report it. */
  readonly direction: "inbound" | "outbound" | null;
  /** The calling party of this leg. */
  readonly from: PhoneNumber | null;
  /** The called party of this leg. */
  readonly to: PhoneNumber | null;
  /** The provider-rented number involved. */
  readonly virtualNumber: PhoneNumber | null;
  /** How far the leg got. */
  readonly status: CallStatus;
  /** Whether any event shows the leg was answered (a `call.answered`, an answer time, a `completed` outcome). */
  readonly answered: boolean;
  /** The earliest start time reported. */
  readonly startedAt: string | null;
  /** The earliest answer time reported. */
  readonly answeredAt: string | null;
  /** The latest end time reported. */
  readonly endedAt: string | null;
  /** What the live `call.ended` events of this leg reported. */
  readonly ended: CallEnding | null;
  /** What the provider's final summary of this leg reported (a TeleCMI CDR, an 8x8 session summary, …). */
  readonly summary: CallEnding | null;
}

/**
 * A key press (`call.dtmf`) kept in a record.
 *
 * @example
 * ```ts
 * const digits = record.dtmf.map((press) => press.digits).join("");
 * ```
 */
export interface CallKeyPress {
  /** The digits pressed (at most `CALL_RECORD_LIMITS.digitsPerPress` of them). */
  readonly digits: string;
  /** When the provider says they were pressed. */
  readonly at: string | null;
  /** The id of the event that reported them. */
  readonly eventId: string;
}

/**
 * What callhooks knows about one call, folded from its events in any order (`applyEvent`,
 * `mergeCallRecords`). Plain JSON: times are ISO 8601 strings, so a record can be stored as it is (a JSONB
 * column, Redis, a Durable Object) and `JSON.parse(JSON.stringify(record))` deep-equals it.
 *
 * Hint: the call-level fields are worked out from the legs by fixed rules (see the README's "Call records"):
 * a final summary outranks live events for the outcome, duration and hangup cause; any evidence of an answer
 * is kept; times are the earliest start and answer and the latest end; ties never depend on arrival order.
 *
 * @example
 * ```ts
 * const result = applyEvent(previous, event);
 * if (result.ok && result.record.status === "ended") bill(result.record.key, result.record.durationSec);
 * ```
 */
export interface CallRecord<P extends ProviderId = ProviderId> {
  /** The call's key, `callKey(event)`: the provider, then the session id (else the call id). */
  readonly key: string;
  /** The provider. */
  readonly provider: P;
  /** The id every leg and event of the conversation shares, when an event gave one. */
  readonly sessionId: string | null;
  /** The direction of the conversation: the first leg's that has one. */
  readonly direction: "inbound" | "outbound" | null;
  /** The calling party: the first leg's that has one. */
  readonly from: PhoneNumber | null;
  /** The called party: the first leg's that has one. */
  readonly to: PhoneNumber | null;
  /** The provider-rented number: the first leg's that has one. */
  readonly virtualNumber: PhoneNumber | null;
  /** How far the call got. A second leg (`leg: "b"`) ending does not end the call; its answer counts. */
  readonly status: CallStatus;
  /** Whether any event shows the call was answered, whatever the outcome says. */
  readonly answered: boolean;
  /** How the call ended: the final summary's, else the live events'; `null` until it ended. */
  readonly outcome: CallOutcome | null;
  /** The earliest start time any leg reported. */
  readonly startedAt: string | null;
  /** The earliest answer time any leg reported. */
  readonly answeredAt: string | null;
  /** The latest end time the first legs reported. */
  readonly endedAt: string | null;
  /** The duration: the final summary's, else the live events', in seconds. */
  readonly durationSec: number | null;
  /** The hangup cause: the final summary's, else the live events'. */
  readonly hangupCause: string | null;
  /** The recording or voicemail: the first legs' (final summary first), else the second legs'. */
  readonly recording: CallRecording | null;
  /** Whether the provider's final summary of the call has been applied. */
  readonly finalSummary: boolean;
  /** The key presses, in time order (then by event id). */
  readonly dtmf: readonly CallKeyPress[];
  /** One entry per leg: first legs, then second legs (`leg: "b"`), each by `callId`. */
  readonly legs: readonly CallLeg[];
  /** The ids of the events applied, sorted. */
  readonly eventIds: readonly string[];
  /** Whether a limit (`CALL_RECORD_LIMITS`) dropped legs, key presses, digits or event ids. */
  readonly truncated: boolean;
}

/**
 * The most a record keeps, so that its size is bounded whatever the traffic. Past a limit the record keeps the
 * first entries in its own order (legs by side then `callId`, key presses by time, event ids as text) and sets
 * `truncated`: which entries are kept never depends on arrival order.
 *
 * @example
 * ```ts
 * CALL_RECORD_LIMITS.eventIds;
 * //=> 256
 * ```
 */
export const CALL_RECORD_LIMITS = {
  /** Legs per record. */
  legs: 16,
  /** Key presses per record. */
  keyPresses: 64,
  /** Digits kept per key press. */
  digitsPerPress: 64,
  /** Event ids per record. */
  eventIds: 256,
  /** The longest event id, call id or session id an event may have to be folded (longer: `invalid_event`). */
  idLength: 512,
} as const;
