import type { CallOutcome, CallRecording, EventBase, EventOf } from "../../events.js";
import { endedEvent, plainEvent } from "../../normalize/call-event.js";
import { eventId } from "../../normalize/event-id.js";
import { readPhoneNumber } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import type { KaleyraEventName } from "./classify.js";
import { KALEYRA_NAIVE_OFFSET, type KaleyraPayload } from "./schema.js";

const OUTCOME_BY_STATUS: ReadonlyMap<string, CallOutcome> = new Map(
  Object.entries({
    // CONTRACT.md: the legacy template's statuses (notes §3.3).
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
    // Kaleyra's operator statuses (https://support.kaleyra.com/support/solutions/articles/3000091788).
    CHANUNAVAIL: "failed",
    NOANSWER_LEG1: "missed",
    NOANSWER_LEG2: "missed",
    FAILED_LEG1: "failed",
    FAILED_LEG2: "failed",
    // Not listed: the call-log statuses ANSWERED-A, ANSWERED-B, ACCEPTED and FORWARDED (notes §3.3) come from
    // a third party's code with no meaning documented anywhere (which party answered? was a forwarded call
    // talked?), so they read as "unknown" and stay readable in `hangupCause` and `raw.status`.
  } satisfies Record<string, CallOutcome>),
);

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

const TYPE_OF_EVENT = {
  call_start: "call.initiated",
  from_call_start: "call.initiated",
  to_call_start: "call.initiated",
  call_answer: "call.answered",
  from_call_answer: "call.answered",
  to_call_answer: "call.answered",
  call_end: "call.ended",
} as const satisfies Record<KaleyraEventName, "call.initiated" | "call.answered" | "call.ended">;

// Click to Call dials `from` first (channel 1, leg a), then `to` (channel 2, leg b) (S002, notes §3.1). The
// Outbound Calling API has one leg, and `call_end` covers the whole call ("either channel"), so: no leg.
const LEG_OF_EVENT = {
  call_start: null,
  call_answer: null,
  call_end: null,
  from_call_start: "a",
  from_call_answer: "a",
  to_call_start: "b",
  to_call_answer: "b",
} as const satisfies Record<KaleyraEventName, "a" | "b" | null>;

const HTTP_URL = /^https?:\/\/\S+$/i;

function recordingOf(recordpath: string | null | undefined): CallRecording | null {
  if (!recordpath) return null;
  // CONTRACT.md reads `recordpath` as the recording's URL; a value that is not one is kept as a file name.
  return HTTP_URL.test(recordpath) ? { url: recordpath, filename: null } : { url: null, filename: recordpath };
}

/**
 * The answer time, where it follows from the record: `billsec` is the talk time (the legacy template's
 * Asterisk-style CDR variables, notes §3.3), so an answered call was answered `billsec` seconds before it
 * ended. A result outside start…end (an inconsistent record) is not trusted.
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

/**
 * Maps a validated Kaleyra delivery to its normalized event (CONTRACT.md mapping; notes §3).
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
  event: KaleyraEventName,
  context: ProviderContext,
): EventOf<"kaleyra", KaleyraPayload> {
  // Kaleyra sends international digits without `+` (919845012345); a national number is read only with
  // options.defaultCountry (CONTRACT.md "PhoneNumber"), never guessed.
  const style = { international: true, region: context.region };
  const startedAt = dateOfChecked(payload.starttime, KALEYRA_NAIVE_OFFSET);
  const type = TYPE_OF_EVENT[event];
  const endedAt = type === "call.ended" ? dateOfChecked(payload.endtime, KALEYRA_NAIVE_OFFSET) : null;
  const base: EventBase<"kaleyra", KaleyraPayload> = {
    provider: "kaleyra",
    // The event name tells the legs apart (`from_`/`to_`), `id` the calls.
    id: eventId("kaleyra", [event, payload.id]),
    callId: payload.id,
    // Kaleyra sends one id for the whole call: both click-to-call channels and every event carry it.
    sessionId: payload.id,
    leg: LEG_OF_EVENT[event],
    // Both APIs of the doc (Outbound Calling, Click to Call) and the legacy dial.click2call place calls from
    // the customer's account (S002, notes §3.1, §3.3): no Kaleyra callback reports an inbound call.
    direction: "outbound",
    from: readPhoneNumber(payload.caller, style),
    to: readPhoneNumber(payload.receiver, style),
    // `callerid` is the caller id Kaleyra presents to the parties it dials: the customer's Kaleyra number (the
    // click-to-call `bridge` DID, notes §3.1), i.e. the provider-rented number `virtualNumber` stands for.
    virtualNumber: readPhoneNumber(payload.callerid, style),
    // Kaleyra sends no answer time with the variables of the template (notes §3.3).
    occurredAt: type === "call.initiated" ? startedAt : type === "call.ended" ? endedAt : null,
    raw: payload,
  };
  if (type !== "call.ended") return plainEvent(base, type);
  const outcome = outcomeOfKaleyraStatus(payload.status);
  return endedEvent(base, {
    outcome,
    // `billsec` (talk time) is the duration figure; `duration` (dial to hang-up, ringing included) stays in raw.
    durationSec: payload.billsec ?? null,
    startedAt,
    answeredAt: answeredAtOf(outcome, payload.billsec, startedAt, endedAt),
    endedAt,
    // The only end reason Kaleyra sends; the per-leg `status1`/`status2` stay in raw.
    hangupCause: payload.status ?? null,
    recording: recordingOf(payload.recordpath),
  });
}
