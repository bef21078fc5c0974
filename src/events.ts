// The event shapes, generic in the provider id and its payload type. This file imports nothing: the provider
// modules build their events from it, and the public `CallEvent` (call-event.ts) fills the parameters in from
// the provider registry.

/**
 * A phone number as sent, and in E.164 when its country is known.
 *
 * @example
 * ```ts
 * const from: PhoneNumber = { raw: "0390085900", e164: "+61390085900" };
 * ```
 */
export interface PhoneNumber {
  /** The number as sent, trimmed (a form `+` decoded to a space restored). */
  readonly raw: string;
  /** The number as `+<digits>`, or `null` when its country is not known. A format, not a validity verdict. */
  readonly e164: string | null;
}

/**
 * The normalized event types.
 *
 * @example
 * ```ts
 * const type: CallEventType = "call.ended";
 * ```
 */
export type CallEventType = "call.initiated" | "call.ringing" | "call.answered" | "call.ended" | "call.dtmf";

/**
 * How a call ended.
 *
 * @example
 * ```ts
 * if (event.type === "call.ended" && event.outcome === "missed") callBack(event.from);
 * ```
 */
export type CallOutcome = "completed" | "missed" | "busy" | "rejected" | "failed" | "canceled" | "unknown";

/**
 * A call recording (or voicemail) the provider points to.
 *
 * @example
 * ```ts
 * const recording: CallRecording = { url: null, filename: "1634720915260737218351_2222223.mp3" };
 * ```
 */
export interface CallRecording {
  /** The download URL, when the provider sends one. */
  readonly url: string | null;
  /** The file name, when the provider sends one. */
  readonly filename: string | null;
}

/**
 * The fields every event carries, for provider `P` whose payload type is `R`. Use `CallEventBase` to name it.
 *
 * @example
 * ```ts
 * function log(event: EventBase<"telecmi", TelecmiPayload>) { console.log(event.provider, event.callId); }
 * ```
 */
export interface EventBase<P extends string, R> {
  /** The provider that sent the callback. */
  readonly provider: P;
  /** The deterministic dedupe key: the same delivery gives the same id, different events different ids. */
  readonly id: string;
  /** The provider's id of this call leg. */
  readonly callId: string;
  /** The id every leg and event of one conversation shares. */
  readonly sessionId: string | null;
  /** The first or second leg, where the provider distinguishes them. */
  readonly leg: "a" | "b" | null;
  /** The direction of the conversation: inbound when an outside caller rang the customer's number. */
  readonly direction: "inbound" | "outbound" | null;
  /** The calling party of this leg. */
  readonly from: PhoneNumber | null;
  /** The called party of this leg. */
  readonly to: PhoneNumber | null;
  /** The provider-rented number involved. */
  readonly virtualNumber: PhoneNumber | null;
  /** When the provider says the event happened. */
  readonly occurredAt: Date | null;
  /** The validated payload: every key the provider sent, nested JSON strings decoded. */
  readonly raw: R;
}

/**
 * A call was placed (outbound) or started. Use `CallInitiatedEvent` to name it.
 *
 * @example
 * ```ts
 * if (event.type === "call.initiated") console.log("dialling", event.to?.e164);
 * ```
 */
export interface InitiatedEvent<P extends string, R> extends EventBase<P, R> {
  /** The event type. */
  readonly type: "call.initiated";
}

/**
 * A call is ringing (or waiting to be answered). Use `CallRingingEvent` to name it.
 *
 * @example
 * ```ts
 * if (event.type === "call.ringing") showPopup(event.from?.raw);
 * ```
 */
export interface RingingEvent<P extends string, R> extends EventBase<P, R> {
  /** The event type. */
  readonly type: "call.ringing";
}

/**
 * A call was answered. Use `CallAnsweredEvent` to name it.
 *
 * @example
 * ```ts
 * if (event.type === "call.answered") startTimer(event.callId);
 * ```
 */
export interface AnsweredEvent<P extends string, R> extends EventBase<P, R> {
  /** The event type. */
  readonly type: "call.answered";
}

/**
 * A call ended, with its outcome and figures. Use `CallEndedEvent` to name it.
 *
 * @example
 * ```ts
 * if (event.type === "call.ended") save(event.callId, event.outcome, event.durationSec);
 * ```
 */
export interface EndedEvent<P extends string, R> extends EventBase<P, R> {
  /** The event type. */
  readonly type: "call.ended";
  /** How the call ended. */
  readonly outcome: CallOutcome;
  /** The provider's duration figure, in seconds. */
  readonly durationSec: number | null;
  /** When the call started. */
  readonly startedAt: Date | null;
  /** When the call was answered. */
  readonly answeredAt: Date | null;
  /** When the call ended. */
  readonly endedAt: Date | null;
  /** The provider's hangup cause, as sent. */
  readonly hangupCause: string | null;
  /** The recording or voicemail, when the provider points to one. */
  readonly recording: CallRecording | null;
}

/**
 * The caller pressed keys. Use `CallDtmfEvent` to name it.
 *
 * @example
 * ```ts
 * if (event.type === "call.dtmf" && event.digits === "1") transferToSales();
 * ```
 */
export interface DtmfEvent<P extends string, R> extends EventBase<P, R> {
  /** The event type. */
  readonly type: "call.dtmf";
  /** The digits pressed, `#`, `*` and leading zeros included. */
  readonly digits: string;
}

/**
 * Every event provider `P` (payload type `R`) can produce: what a provider's normalizers return.
 *
 * @example
 * ```ts
 * function normalize(payload: TelecmiPayload): EventOf<"telecmi", TelecmiPayload> { … }
 * ```
 */
export type EventOf<P extends string, R> =
  | InitiatedEvent<P, R>
  | RingingEvent<P, R>
  | AnsweredEvent<P, R>
  | EndedEvent<P, R>
  | DtmfEvent<P, R>;
