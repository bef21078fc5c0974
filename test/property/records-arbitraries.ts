import fc from "fast-check";
import type { CallEvent, CallOutcome, PhoneNumber, ProviderId } from "../../src/index.js";

// Generated events of one call: few values per field, so that ties, duplicates, conflicting reports, the same
// id with other content, second legs and final summaries come up in most sequences.

const PROVIDERS: readonly ProviderId[] = ["carrierx", "wavecell", "kaleyra", "telecmi", "urlnetworks"];

/** Native events per provider, as the first part of an event id: summaries and live ones. */
const NATIVE: { readonly [P in ProviderId]: readonly string[] } = {
  carrierx: ["mediator"],
  kaleyra: ["call_start", "to_call_answer", "call_end"],
  telecmi: ["cdr", "event", "legacy"],
  urlnetworks: ["incoming_ringing", "incoming_hangup_success", "extension_hangup"],
  wavecell: ["call-status", "session-summary", "legacy-aggregated", "legacy-handle"],
};

const TIMES = [
  "2021-10-20T10:10:24.830Z",
  "2021-10-20T10:10:36.218Z",
  "2021-10-20T10:10:36.240Z",
  "2021-10-20T10:11:41.733Z",
  "+010000-01-01T00:00:00.000Z", // past year 9999: toISOString's extended form
];
const PHONES: readonly (PhoneNumber | null)[] = [
  null,
  { raw: "0390085900", e164: "+61390085900" },
  { raw: "61390085900", e164: "+61390085900" },
  { raw: "04471000000", e164: null },
];
const OUTCOMES: readonly CallOutcome[] = ["completed", "missed", "busy", "rejected", "failed", "canceled", "unknown"];

const time = fc.option(
  fc.constantFrom(...TIMES).map((iso) => new Date(iso)),
  { freq: 4 },
);
const phone = fc.constantFrom(...PHONES);
const recording = fc.constantFrom(
  null,
  { url: "https://example.com/r/1.mp3", filename: null },
  { url: null, filename: "1634720915260737218351_2222223.mp3" },
);

/**
 * The events of one call: `session` keys them (CarrierX: `callId`, its session id being a binding).
 *
 * @param provider The provider.
 * @param session The conversation's id.
 * @returns An arbitrary event of that call.
 */
export function callEvent(provider: ProviderId, session: string): fc.Arbitrary<CallEvent> {
  const carrierx = provider === "carrierx";
  return fc
    .record({
      type: fc.constantFrom("call.initiated", "call.ringing", "call.answered", "call.ended", "call.dtmf" as const),
      native: fc.constantFrom(...NATIVE[provider]),
      n: fc.integer({ min: 0, max: 4 }),
      callId: carrierx ? fc.constant(session) : fc.constantFrom(session, `${session}-leg1`, `${session}-leg2`),
      sessionId: carrierx ? fc.constantFrom(null, "binding-1", "binding-2") : fc.constantFrom(session, null),
      leg: fc.constantFrom(null, "a", "b" as const),
      direction: fc.constantFrom(null, "inbound", "outbound" as const),
      from: phone,
      to: phone,
      virtualNumber: phone,
      occurredAt: time,
      outcome: fc.constantFrom(...OUTCOMES),
      durationSec: fc.constantFrom(null, 0, 11, 37),
      startedAt: time,
      answeredAt: time,
      endedAt: time,
      hangupCause: fc.constantFrom(null, "recv_bye", "USER_BUSY"),
      recording,
      digits: fc.constantFrom("", "1", "#0123*", "9".repeat(70)),
    })
    .map((g) => {
      // A session-keyed event whose sessionId is null still belongs to the call when its callId is the session.
      const callId = !carrierx && g.sessionId === null ? session : g.callId;
      const base = {
        provider,
        id: `${provider}:${g.native}:${g.n}`,
        callId,
        sessionId: g.sessionId,
        leg: g.leg,
        direction: g.direction,
        from: g.from,
        to: g.to,
        virtualNumber: g.virtualNumber,
        occurredAt: g.occurredAt,
        raw: {},
      };
      if (g.type === "call.dtmf") return { ...base, type: g.type, digits: g.digits } as unknown as CallEvent;
      if (g.type !== "call.ended") return { ...base, type: g.type } as unknown as CallEvent;
      const ended = {
        outcome: g.outcome,
        durationSec: g.durationSec,
        startedAt: g.startedAt,
        answeredAt: g.answeredAt,
        endedAt: g.endedAt,
        hangupCause: g.hangupCause,
        recording: g.recording,
      };
      return { ...base, type: g.type, ...ended } as unknown as CallEvent;
    });
}

/** One call's provider and session id. */
export const aCall = fc.record({
  provider: fc.constantFrom(...PROVIDERS),
  session: fc.constantFrom("5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5", "8841502500"),
});

/** The events of one call, 1 to `max` of them. */
export const callEvents = (max = 8): fc.Arbitrary<CallEvent[]> =>
  aCall.chain(({ provider, session }) => fc.array(callEvent(provider, session), { minLength: 1, maxLength: max }));

/** The events of one call and a permutation of them. */
export const callEventsAndPermutation = callEvents().chain((events) =>
  fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })),
);

/** The events of one call and, for each, the shard (0 to 3) that folds it. */
export const callEventsInShards = callEvents(12).chain((events) =>
  fc.tuple(
    fc.constant(events),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: events.length, maxLength: events.length }),
  ),
);

/** The events of one call cut in three non-empty parts. */
export const callEventsInThree = callEvents(9)
  .filter((events) => events.length >= 3)
  .chain((events) =>
    fc
      .tuple(fc.integer({ min: 1, max: events.length - 2 }), fc.integer({ min: 1, max: events.length - 1 }))
      .filter(([first, second]) => first < second)
      .map(([first, second]) => [events.slice(0, first), events.slice(first, second), events.slice(second)] as const),
  );

/** Events of two different calls of one provider. */
export const twoCalls = fc
  .constantFrom(...PROVIDERS)
  .chain((provider) =>
    fc.tuple(
      fc.array(callEvent(provider, "call-x"), { minLength: 1, maxLength: 4 }),
      fc.array(callEvent(provider, "call-y"), { minLength: 1, maxLength: 4 }),
    ),
  );
