import type { CallOutcome, EndedEvent, EventOf, PhoneNumber } from "../../events.js";
import { eventId } from "../../normalize/event-id.js";
import type { NumberStyle } from "../../normalize/phone.js";
import { dateOfChecked } from "../../normalize/time.js";
import type { ProviderContext } from "../define-provider.js";
import { outcomeOfSessionStatus } from "./outcome.js";
import type { WavecellPayload } from "./schema.js";

// What the legacy Wavecell and the 8x8 normalizers share: number style, times, directions, and the session
// summary event both end-of-session shapes become.

/**
 * A Wavecell or 8x8 event.
 *
 * @example
 * ```ts
 * const event: WavecellCallEvent = normalizeCallEvent(payload, "call-status", "call.answered", context);
 * ```
 */
export type WavecellEvent = EventOf<"wavecell", WavecellPayload>;

/**
 * The direction of a call, or `null` when not told.
 *
 * @example
 * ```ts
 * const direction: Direction = "inbound";
 * ```
 */
export type Direction = "inbound" | "outbound" | null;

/**
 * How Wavecell and 8x8 write numbers: international digits, with `+` (8x8) or without (legacy)
 * (docs/providers/wavecell.md#number-formats).
 *
 * @param context The parse context.
 * @returns The number style.
 * @example
 * ```ts
 * numbersOf({ event: undefined, region: undefined });
 * //=> { international: true, region: undefined }
 * ```
 */
export const numbersOf = (context: ProviderContext): NumberStyle => ({ international: true, region: context.region });

/**
 * A timestamp the schema checked, as a date.
 *
 * @param value The timestamp as kept.
 * @returns The date, or `null`.
 * @example
 * ```ts
 * timeOf(1592468400)?.toISOString();
 * //=> "2020-06-18T08:20:00.000Z"
 * ```
 */
export const timeOf = (value: number | string | null | undefined): Date | null => dateOfChecked(value);

/**
 * A timestamp as text, for an event id.
 *
 * @param value The timestamp as kept.
 * @returns The text, or `null`.
 * @example
 * ```ts
 * textOf(1592468400);
 * //=> "1592468400"
 * ```
 */
export const textOf = (value: number | string | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/**
 * The first leg of a session, as the summary event speaks for it.
 *
 * @example
 * ```ts
 * const leg: SummaryLeg = { callId: "a1", direction: "inbound", from: null, to: null, virtualNumber: null, startedAt: null, answeredAt: null, endedAt: null, durationSec: 31 };
 * ```
 */
export interface SummaryLeg {
  readonly callId: string | null;
  readonly direction: Direction;
  readonly from: PhoneNumber | null;
  readonly to: PhoneNumber | null;
  readonly virtualNumber: PhoneNumber | null;
  readonly startedAt: Date | null;
  readonly answeredAt: Date | null;
  readonly endedAt: Date | null;
  readonly durationSec: number | null;
}

/**
 * The session-level fields of an end-of-session summary.
 *
 * @example
 * ```ts
 * const session: SummarySession = { kind: "session-summary", sessionId: "s1", status: "COMPLETED", startTime: null, endTime: null, hangupCause: null };
 * ```
 */
export interface SummarySession {
  readonly kind: "session-summary" | "legacy-aggregated";
  readonly sessionId: string;
  readonly status: string | null;
  readonly startTime: number | string | null | undefined;
  readonly endTime: number | string | null | undefined;
  readonly hangupCause: string | null;
}

/**
 * Builds the `call.ended` of an end-of-session summary: the first leg (`callA`, the leg that opened the session)
 * speaks for the call; the session's times bound it; its status gives the outcome.
 *
 * @param session The session-level fields.
 * @param first The first leg, when sent.
 * @param raw The payload.
 * @returns The event.
 * @example
 * ```ts
 * summaryEvent(session, first, payload).outcome;
 * //=> "completed"
 * ```
 */
export function summaryEvent(
  session: SummarySession,
  first: SummaryLeg | null,
  raw: WavecellPayload,
): EndedEvent<"wavecell", WavecellPayload> {
  const answeredAt = first?.answeredAt ?? null;
  const durationSec = first?.durationSec ?? null;
  const endedAt = timeOf(session.endTime) ?? first?.endedAt ?? null;
  const connected = answeredAt !== null || (durationSec ?? 0) > 0;
  const outcome: CallOutcome = outcomeOfSessionStatus(session.status, connected);
  return {
    provider: "wavecell",
    type: "call.ended",
    id: eventId("wavecell", [session.kind, session.status?.toUpperCase(), session.sessionId]),
    // A session has several legs; the event speaks for the first (callA), the leg that opened the session.
    callId: first?.callId ?? session.sessionId,
    sessionId: session.sessionId,
    leg: first?.callId ? "a" : null,
    direction: first?.direction ?? null,
    from: first?.from ?? null,
    to: first?.to ?? null,
    virtualNumber: first?.virtualNumber ?? null,
    occurredAt: endedAt,
    outcome,
    durationSec,
    startedAt: timeOf(session.startTime) ?? first?.startedAt ?? null,
    answeredAt,
    endedAt,
    hangupCause: session.hangupCause,
    recording: null,
    raw,
  };
}
