import type { CallOutcome, CallRecording, EventBase, EventOf } from "../../events.js";
import { dtmfEvent, type EndedFields, endedEvent, plainEvent } from "../../normalize/call-event.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { PHONE_PLAN_IN } from "../../normalize/phone-data/plan-in.js";
import { phonePlans } from "../../normalize/phone-plans.js";
import type { ProviderContext } from "../define-provider.js";
import { dateOfKaleyraTime } from "./call-time.js";
import type { KaleyraApiEventName, KaleyraIvrEventName } from "./classify.js";
import { kaleyraIdentity } from "./event-id.js";
import type { KaleyraPayload } from "./schema.js";

const OUTCOME_BY_STATUS: ReadonlyMap<string, CallOutcome> = new Map(
  Object.entries({
    // The legacy template's statuses (docs/providers/kaleyra.md#status-to-outcome).
    ANSWER: "completed",
    NOANSWER: "missed",
    BUSY: "busy",
    CANCEL: "canceled",
    FAILED: "failed",
    CONGESTION: "failed",
    // Kaleyra's own final call statuses (https://developers.kaleyra.io/docs/call-statuses): the per-channel
    // variants of a click-to-call, a rejection, and calls that were never placed.
    REJECTED: "rejected",
    BUSY_CHANNEL1: "busy",
    BUSY_CHANNEL2: "busy",
    NOANSWER_CHANNEL1: "missed",
    NOANSWER_CHANNEL2: "missed",
    FAILED_CHANNEL1: "failed",
    FAILED_CHANNEL2: "failed",
    NOROUTE: "failed",
    MAXUSE: "failed",
    BRIDGE_UNAVAILABLE: "failed",
    // An inbound call that reached the Flow; one the missed-call service leaves unanswered on purpose.
    FLOW_ANSWER: "completed",
    MISS_CALL: "missed",
    // The outbound call's flow could not run, or the queued call was never placed.
    FLOW_UNASSIGNED: "failed",
    FLOW_PAUSED: "failed",
    FLOW_NOT_PUBLISHED: "failed",
    FLOW_UNREACHABLE: "failed",
    QUEUE_TIMEOUT: "failed",
    // "The outbound call timeout was due to set values in OBD API": the callee did not answer within the
    // timeout the request set (an inference: docs/providers/kaleyra.md#status-to-outcome).
    OBD_TIMEOUT: "missed",
    // Kaleyra's operator and IVR statuses
    // (https://support.kaleyra.com/support/solutions/articles/3000091788-api-operator-status-for-voice).
    CHANUNAVAIL: "failed",
    NOANSWER_LEG1: "missed",
    NOANSWER_LEG2: "missed",
    FAILED_LEG1: "failed",
    FAILED_LEG2: "failed",
    // An inbound call dropped before the IVR answered; one the IVR answered; a missed-call widget's call.
    IVR: "missed",
    "IVR-ANSWER": "completed",
    MISWIG: "missed",
    // Inbound calls refused: a blacklisted caller; all lines in use.
    BLOCKED: "rejected",
    "MAX-USE": "failed",
    // Outbound calls not placed: the callee is on the DND registry; the destination is not allowed.
    DND: "failed",
    NOTALLOWED: "failed",
    // An inbound call outside working hours: nobody took it.
    "OFF-HOUR": "missed",
    // Not listed: NO_INCOMING_CLI (the operator sent no caller id) says nothing of how the call went, and the
    // call-log statuses ANSWERED-A, ANSWERED-B, ACCEPTED and FORWARDED come from a third party's code with no
    // meaning documented anywhere: they read as "unknown", readable in `hangupCause` and `raw.status`.
  } satisfies Record<string, CallOutcome>),
);

// The statuses Kaleyra documents for incoming calls only (the two status pages above): a record that carries one
// is of an inbound call, whichever callback URL it came to.
const INBOUND_STATUSES: ReadonlySet<string> = new Set([
  "FLOW_ANSWER",
  "MISS_CALL",
  "NO_INCOMING_CLI",
  "IVR",
  "IVR-ANSWER",
  "MISWIG",
  "BLOCKED",
  "MAX-USE",
  "OFF-HOUR",
]);

/**
 * Maps a Kaleyra call status to an outcome, without case.
 *
 * @param status The `status` as sent.
 * @returns The outcome; `unknown` for an absent or unlisted status.
 * @example
 * ```ts
 * outcomeOfKaleyraStatus("NoAnswer");
 * //=> "missed"
 * ```
 */
export function outcomeOfKaleyraStatus(status: string | null | undefined): CallOutcome {
  if (!status) return "unknown";
  return OUTCOME_BY_STATUS.get(status.toUpperCase()) ?? "unknown";
}

const isInboundStatus = (status: string | null | undefined): boolean =>
  typeof status === "string" && INBOUND_STATUSES.has(status.toUpperCase());

const TYPE_OF_EVENT = {
  call_start: "call.initiated",
  from_call_start: "call.initiated",
  to_call_start: "call.initiated",
  call_answer: "call.answered",
  from_call_answer: "call.answered",
  to_call_answer: "call.answered",
  call_end: "call.ended",
} as const satisfies Record<KaleyraApiEventName, "call.initiated" | "call.answered" | "call.ended">;

// Click to Call dials `from` first (channel 1, leg a), then `to` (channel 2, leg b)
// (https://developers.kaleyra.io/docs/click-to-call-api). The Outbound Calling API has one leg, and `call_end`
// covers the whole call ("either channel"), so: no leg.
const LEG_OF_EVENT = {
  call_start: null,
  call_answer: null,
  call_end: null,
  from_call_start: "a",
  from_call_answer: "a",
  to_call_start: "b",
  to_call_answer: "b",
} as const satisfies Record<KaleyraApiEventName, "a" | "b" | null>;

const HTTP_URL = /^https?:\/\/\S+$/i;

function recordingOf(recordpath: string | null | undefined): CallRecording | null {
  if (!recordpath) return null;
  // `recordpath` is the recording's URL; a value that is not one is kept as a file name.
  return HTTP_URL.test(recordpath) ? { url: recordpath, filename: null } : { url: null, filename: recordpath };
}

/**
 * The answer time, where it follows from the record: `billsec` is the talk time (the legacy template's
 * Asterisk-style CDR variables, docs/providers/kaleyra.md#legacy-click2call-callback), so an answered call was
 * answered `billsec` seconds before it ended. A result outside start…end (an inconsistent record) is not trusted.
 */
function answeredAtOf(
  outcome: CallOutcome,
  billsec: number | null | undefined,
  startedAt: Date | null,
  endedAt: Date | null,
): Date | null {
  if (outcome !== "completed" || endedAt === null || billsec === null || billsec === undefined) return null;
  const answeredAt = new Date(endedAt.getTime() - billsec * 1000);
  // A billsec beyond the range of dates (a broken template, or a hostile sender) gives an Invalid Date.
  if (Number.isNaN(answeredAt.getTime())) return null;
  return startedAt !== null && answeredAt < startedAt ? null : answeredAt;
}

/** The figures of a `call.ended`: the outcome of `status`, the times, and the recording. */
function endedFields(
  payload: KaleyraPayload,
  status: string | null | undefined,
  durationSec: number | null | undefined,
  startedAt: Date | null,
  endedAt: Date | null,
): EndedFields {
  const outcome = outcomeOfKaleyraStatus(status);
  return {
    outcome,
    durationSec: durationSec ?? null,
    startedAt,
    answeredAt: answeredAtOf(outcome, payload.billsec, startedAt, endedAt),
    endedAt,
    hangupCause: status ?? null,
    recording: recordingOf(payload.recordpath),
  };
}

type KaleyraEvent = EventOf<"kaleyra", KaleyraPayload>;

/**
 * Maps a validated Kaleyra Outbound Calling or Click to Call callback, or a legacy click2call record, to its
 * normalized event (docs/providers/kaleyra.md#events).
 *
 * @param payload The validated payload.
 * @param event The event, from `resolveKaleyraEvent`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeKaleyra(payload, "to_call_answer", context);
 * //=> { type: "call.answered", leg: "b", … }
 * ```
 */
export function normalizeKaleyra(
  payload: KaleyraPayload,
  event: KaleyraApiEventName,
  context: ProviderContext,
): KaleyraEvent {
  // Kaleyra sends international digits without `+` (919845012345); a national number is read only with
  // options.defaultCountry, never guessed (docs/providers/kaleyra.md#ten-digit-numbers).
  const style = { international: true, region: context.region };
  const startedAt = dateOfKaleyraTime(payload.starttime);
  const type = TYPE_OF_EVENT[event];
  const endedAt = type === "call.ended" ? dateOfKaleyraTime(payload.endtime) : null;
  // The event name tells the legs apart (`from_`/`to_`), `id` the calls.
  const identity = kaleyraIdentity(payload, event, []);
  const base: EventBase<"kaleyra", KaleyraPayload> = {
    provider: "kaleyra",
    id: identity.id,
    callId: identity.callId,
    sessionId: identity.sessionId,
    leg: LEG_OF_EVENT[event],
    // Both APIs (Outbound Calling, Click to Call) and the legacy dial.click2call place calls from the customer's
    // account; only a final status Kaleyra documents for incoming calls (FLOW_ANSWER, IVR-ANSWER, MISS_CALL, …)
    // tells of an inbound one (docs/providers/kaleyra.md#status-to-outcome).
    direction: type === "call.ended" && isInboundStatus(payload.status) ? "inbound" : "outbound",
    from: readPhoneNumber(payload.caller, style),
    // `receiver` in the legacy template, `callee` in Kaleyra.io's example URL.
    to: readPhoneNumber(payload.receiver ?? payload.callee, style),
    // `callerid` is the caller id Kaleyra presents to the parties it dials: the customer's Kaleyra number (the
    // click-to-call `bridge` DID), i.e. the provider-rented number `virtualNumber` stands for.
    virtualNumber: readPhoneNumber(payload.callerid, style),
    // Kaleyra sends no answer time with the variables of the template.
    occurredAt: type === "call.initiated" ? startedAt : type === "call.ended" ? endedAt : null,
    raw: payload,
  };
  if (type !== "call.ended") return plainEvent(base, type);
  // `billsec` (talk time) is the duration figure; `duration` (dial to hang-up, ringing included) stays in raw.
  // The only end reason is `status`; the per-leg `status1`/`status2` stay in raw.
  return endedEvent(base, endedFields(payload, payload.status, payload.billsec, startedAt, endedAt));
}

/**
 * The region of the legacy IVR's numbers: "10-digit caller number", "Kaleyra Virtual Number (10 digit)", Indian
 * national numbers (docs/providers/kaleyra.md#ten-digit-numbers). `options.defaultCountry` overrides it.
 */
const IVR_REGION = "IN";
/** India's numbering plan alone: what the IVR's numbers need, one line instead of the table of every region (8 kB). */
const IVR_PLANS = /* @__PURE__ */ phonePlans(PHONE_PLAN_IN);

/**
 * Maps a legacy IVR callback (callhooks' `ivr_lookup`, `ivr_keypress`, `ivr_call_end`) to an inbound event: a
 * call landed on the virtual number (`call.ringing`), the caller keyed digits (`call.dtmf`), the call ended
 * (`call.ended`) (docs/providers/kaleyra.md#ivr-callbacks).
 *
 * @param payload The validated payload.
 * @param event The event, from `resolveKaleyraEvent`.
 * @param context The parse context.
 * @returns The event.
 * @example
 * ```ts
 * normalizeKaleyraIvr(payload, "ivr_keypress", context);
 * //=> { type: "call.dtmf", direction: "inbound", digits: "1234", … }
 * ```
 */
export function normalizeKaleyraIvr(
  payload: KaleyraPayload,
  event: KaleyraIvrEventName,
  context: ProviderContext,
): KaleyraEvent {
  const style = { international: false, region: context.region ?? IVR_REGION, plans: IVR_PLANS };
  const callto = readPhoneNumber(payload.callto, style);
  // `{calltime}` is "Date time" to the minute: the call's, read as the time of the lookup and of the keypress.
  const calltime = dateOfKaleyraTime(payload.calltime);
  const digits = payload.keypress ?? "";
  const base = (occurredAt: Date | null, extra: readonly (string | null | undefined)[]) => {
    const identity = kaleyraIdentity(payload, event, extra);
    return {
      provider: "kaleyra",
      id: identity.id,
      callId: identity.callId,
      sessionId: identity.sessionId,
      leg: null,
      direction: "inbound",
      from: readPhoneNumber(payload.caller, style),
      // `{callto}`: the virtual number the caller dialled.
      to: callto,
      virtualNumber: callto,
      occurredAt,
      raw: payload,
    } as const satisfies EventBase<"kaleyra", KaleyraPayload>;
  };
  if (event === "ivr_lookup") return plainEvent(base(calltime, []), "call.ringing");
  // A caller may key a PIN again after a wrong one (the doc's `300` reply): the digits and time tell them apart.
  if (event === "ivr_keypress") return dtmfEvent(base(calltime, [digits, payload.calltime?.toString()]), digits);
  const startedAt = dateOfKaleyraTime(payload.starttime) ?? calltime;
  const endedAt = dateOfKaleyraTime(payload.endtime);
  // The IVR doc's callback sends `{status1}` and `{duration}` only: the call's status and length.
  const status = payload.status ?? payload.status1;
  const ended = endedFields(payload, status, payload.billsec ?? payload.duration, startedAt, endedAt);
  return endedEvent(base(endedAt, []), ended);
}
