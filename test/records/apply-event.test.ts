import { describe, expect, it } from "vitest";
import {
  applyEvent,
  CALL_RECORD_LIMITS,
  type CallEvent,
  type CallRecord,
  callKey,
  mergeCallRecords,
} from "../../src/index.js";
import { FIXTURE_EVENTS } from "../helpers/fixture-events.js";
import { fold } from "../property/records-properties.js";

const eventOf = (name: string): CallEvent => {
  const found = FIXTURE_EVENTS.find((item) => item.name === name);
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found.event;
};

// A TeleCMI incoming call: the caller's leg waits, the agent's leg (b) rings, answers and hangs up.
const waiting = eventOf("telecmi/event-incoming-waiting.json");
const agentStarted = eventOf("telecmi/event-incoming-started-leg-b.json");
const agentAnswered = eventOf("telecmi/event-incoming-answered-leg-b.json");
const agentHangup = eventOf("telecmi/event-incoming-hangup-leg-b.json");
const callerAnswered = eventOf("telecmi/event-incoming-answered-leg-a.json");
// 8x8: live events of one leg, then (made from a real summary) its session summary.
const connected = eventOf("wavecell/call-status-call-connected.json");
const disconnected = eventOf("wavecell/call-status-call-disconnected.json");
const summaryShape = eventOf("wavecell/session-summary-no-answer.json");
const summaryOf = (change: Record<string, unknown>): CallEvent =>
  ({
    ...summaryShape,
    callId: disconnected.callId,
    sessionId: disconnected.sessionId,
    id: `wavecell:session-summary:NO_ANSWER:${disconnected.sessionId}`,
    ...change,
  }) as CallEvent;

const ok = (result: ReturnType<typeof applyEvent>): CallRecord => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.record;
};

describe("applyEvent", () => {
  it("starts a record from the first event of a call", () => {
    const record = ok(applyEvent(null, waiting));
    expect(record).toMatchObject({
      key: "telecmi:5202a928-07c3-4d32-a1a4-d304c9275971",
      provider: "telecmi",
      status: "ringing",
      outcome: null,
      startedAt: "2021-10-20T10:10:24.830Z",
      eventIds: ["telecmi:event:waiting:5202a928-07c3-4d32-a1a4-d304c9275971"],
      finalSummary: false,
    });
    expect(record.legs).toHaveLength(1);
  });

  it("keeps the earliest answer time, whichever leg's answer came first", () => {
    // The caller's leg is answered at 10:10:24.830, the agent's at 10:10:29.956: fold them in either order.
    const record = fold([agentAnswered, callerAnswered, waiting]);
    expect(record.answeredAt).toBe("2021-10-20T10:10:24.830Z");
    expect(fold([callerAnswered, agentAnswered]).answeredAt).toBe("2021-10-20T10:10:24.830Z");
    expect(record.answered).toBe(true);
    expect(record.status).toBe("answered");
  });

  it("does not end the call when a second leg (an agent, an extension) hangs up", () => {
    const record = fold([waiting, agentStarted, agentAnswered, agentHangup]);
    expect(record.status).toBe("answered");
    expect(record.outcome).toBeNull();
    expect(record.endedAt).toBeNull();
    expect(record.legs.map((leg) => [leg.leg, leg.status])).toEqual([
      [null, "ringing"],
      ["b", "ended"],
    ]);
  });

  it("never moves the status back: an answer that arrives after the end", () => {
    const record = fold([disconnected, connected]);
    expect(record.status).toBe("ended");
    expect(record.answeredAt).toBe("2026-01-06T10:17:25.618Z");
  });

  it("lets a final summary outrank the live events for outcome, duration and hangup cause", () => {
    const summary = summaryOf({ outcome: "failed", durationSec: 12, hangupCause: "486" });
    const record = fold([summary, connected, disconnected]);
    expect(record).toMatchObject({ outcome: "failed", durationSec: 12, hangupCause: "486", finalSummary: true });
    expect(record.legs[0]?.ended).toMatchObject({ outcome: "completed", durationSec: 37 }); // what the live event said
  });

  it("keeps a live figure where the final summary gives none", () => {
    const record = fold([disconnected, summaryOf({ durationSec: null })]);
    expect(record.durationSec).toBe(37);
    expect(record.outcome).toBe("missed");
  });

  it("keeps the evidence of an answer when the summary says the call was missed", () => {
    const record = fold([connected, summaryOf({})]);
    expect(record.outcome).toBe("missed");
    expect(record.answered).toBe(true);
    expect(record.answeredAt).toBe("2026-01-06T10:17:25.618Z");
  });

  it("breaks ties between two summaries by content, never by arrival", () => {
    const busy = summaryOf({ id: "wavecell:session-summary:BUSY:x", outcome: "busy" });
    const missed = summaryOf({ id: "wavecell:session-summary:NO_ANSWER:x", outcome: "missed" });
    expect(fold([busy, missed]).outcome).toBe("busy");
    expect(fold([missed, busy]).outcome).toBe("busy");
  });

  it("keeps key presses in time order, whatever order they came in", () => {
    const presses = FIXTURE_EVENTS.filter((item) => item.name.startsWith("wavecell/legacy-dtmf")).map(
      (item) => item.event,
    );
    const record = fold([...presses].reverse());
    expect(record.dtmf.map((press) => press.digits)).toEqual(["787", "#0123*"]);
  });

  it("keys two CarrierX calls through one binding apart (their session id is the binding)", () => {
    const first = eventOf("carrierx/mediator-binding.json");
    const second = eventOf("carrierx/mediator-binding-unanswered.json");
    expect(first.sessionId).toBe(second.sessionId);
    expect(callKey(first)).not.toBe(callKey(second));
    expect(applyEvent(ok(applyEvent(null, first)), second)).toMatchObject({
      ok: false,
      error: { code: "different_calls" },
    });
  });

  it("refuses an event of another call: different_calls, never a mix", () => {
    const other = eventOf("telecmi/event-outgoing-started-leg-a.json");
    const result = applyEvent(ok(applyEvent(null, waiting)), other);
    expect(result).toMatchObject({ ok: false, error: { code: "different_calls" } });
    if (!result.ok) expect(result.error.message).toContain("callKey(event)");
  });

  it("refuses an event that names no call: no_call_key", () => {
    const api = eventOf("urlnetworks/api-incoming-call.form");
    expect(callKey(api)).toBeNull();
    expect(applyEvent(null, api)).toMatchObject({ ok: false, error: { code: "no_call_key" } });
  });

  it("takes undefined for a record not found", () => {
    expect(applyEvent(undefined as unknown as null, waiting).ok).toBe(true);
  });

  it("does not change the record it is given", () => {
    const record = ok(applyEvent(null, waiting));
    const copy = structuredClone(record);
    ok(applyEvent(record, agentAnswered));
    expect(record).toEqual(copy);
  });
});

describe("applyEvent and mergeCallRecords on values that are not events or records", () => {
  const record = ok(applyEvent(null, waiting));

  it.each([
    ["null", null],
    ["a string", "call.ended"],
    ["an empty object", {}],
    ["an unknown type", { ...waiting, type: "call.transferred" }],
    ["an Invalid Date", { ...waiting, occurredAt: new Date(Number.NaN) }],
    ["a date as a string", { ...waiting, occurredAt: "2021-10-20T10:10:24.830Z" }],
    ["an unknown provider", { ...waiting, provider: "twilio" }],
    ["a negative duration", { ...disconnected, durationSec: -1 }],
    ["an infinite duration", { ...disconnected, durationSec: Number.POSITIVE_INFINITY }],
    ["a malformed E.164 number", { ...waiting, from: { raw: "1", e164: "1" } }],
  ])("refuses %s as an event: invalid_event, with issues", (_, value) => {
    const result = applyEvent(null, value as CallEvent);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_event" } });
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
  });

  it("refuses an event whose getters throw, or a Proxy that throws, without throwing", () => {
    const throwing = Object.defineProperty({ ...waiting }, "callId", {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    expect(
      callKey(
        new Proxy(waiting, {
          get: () => {
            throw new Error("boom");
          },
        }),
      ),
    ).toBeNull();
    const proxy = new Proxy(waiting, {
      get() {
        throw new Error("boom");
      },
    });
    for (const value of [throwing, proxy]) {
      expect(applyEvent(null, value as CallEvent)).toMatchObject({ ok: false, error: { code: "invalid_event" } });
      expect(() => callKey(value as CallEvent)).not.toThrow();
      expect(applyEvent(value as unknown as CallRecord, waiting)).toMatchObject({
        ok: false,
        error: { code: "invalid_record" },
      });
    }
  });

  it("reads a getter once: the record is made from the value it returned", () => {
    let reads = 0;
    const shifting = Object.defineProperty({ ...waiting }, "callId", {
      get() {
        reads++;
        return reads === 1 ? waiting.callId : "another-call";
      },
      enumerable: true,
    });
    expect(ok(applyEvent(null, shifting as CallEvent)).legs[0]?.callId).toBe(waiting.callId);
  });

  it("refuses ids longer than a record keeps", () => {
    const long = { ...waiting, id: "x".repeat(CALL_RECORD_LIMITS.idLength + 1) };
    const result = applyEvent(null, long as CallEvent);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_event" } });
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a record without legs", { ...record, legs: [] }],
    ["a record whose key is of another provider", { ...record, key: `wavecell:${record.key}` }],
    ["a record with a local time", { ...record, startedAt: "2021-10-20 10:10:24" }],
    ["a record with too many event ids", { ...record, eventIds: Array.from({ length: 300 }, (_, i) => `id${i}`) }],
  ])("refuses %s as a record: invalid_record", (_, value) => {
    if (value !== null) {
      // (applyEvent takes null as "no record yet")
      expect(applyEvent(value as unknown as CallRecord, waiting)).toMatchObject({
        ok: false,
        error: { code: "invalid_record" },
      });
    }
    expect(mergeCallRecords(record, value as unknown as CallRecord)).toMatchObject({
      ok: false,
      error: { code: "invalid_record" },
    });
  });

  it("quotes none of the input in its messages", () => {
    const secret = "sk_live_1234567890";
    const result = applyEvent(null, { ...waiting, provider: secret, callId: 42 } as unknown as CallEvent);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(JSON.stringify(result.error)).not.toContain(secret);
      expect(result.error.issues?.map((issue) => issue.path.join("."))).toEqual(["provider", "callId"]);
    }
  });

  it("works the call-level fields out again from the legs of a record it is given", () => {
    const tampered = { ...record, status: "ended", outcome: "completed", finalSummary: true } as CallRecord;
    expect(ok(applyEvent(tampered, waiting))).toEqual(record);
  });
});

describe("record limits", () => {
  const base = waiting;
  const at = (second: number) => new Date(Date.UTC(2021, 9, 20, 10, 10, second));

  it("keeps the first legs by side and callId, the same whatever the order, and says so", () => {
    const events = Array.from({ length: CALL_RECORD_LIMITS.legs + 4 }, (_, i) => ({
      ...base,
      id: `telecmi:event:waiting:leg-${String(i).padStart(2, "0")}`,
      callId: `leg-${String(i).padStart(2, "0")}`,
    })) as CallEvent[];
    const record = fold(events);
    expect(record.legs.map((leg) => leg.callId)).toEqual(events.slice(0, CALL_RECORD_LIMITS.legs).map((e) => e.callId));
    expect(record.truncated).toBe(true);
    expect(fold([...events].reverse())).toEqual(record);
  });

  it("keeps at most 256 event ids and 64 key presses of at most 64 digits", () => {
    const presses = Array.from({ length: 300 }, (_, i) => ({
      ...base,
      type: "call.dtmf",
      id: `telecmi:event:dtmf:${String(i).padStart(3, "0")}`,
      occurredAt: at(i % 60),
      digits: "1".repeat(i === 0 ? 100 : 1),
    })) as unknown as CallEvent[];
    const record = fold(presses);
    expect(record.eventIds).toHaveLength(CALL_RECORD_LIMITS.eventIds);
    expect(record.dtmf).toHaveLength(CALL_RECORD_LIMITS.keyPresses);
    expect(record.dtmf[0]?.digits).toHaveLength(CALL_RECORD_LIMITS.digitsPerPress);
    expect(record.truncated).toBe(true);
    expect(JSON.stringify(record).length).toBeLessThan(40_000);
    expect(fold([...presses].reverse())).toEqual(record);
  });
});
