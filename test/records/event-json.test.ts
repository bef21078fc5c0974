import { describe, expect, it } from "vitest";
import { applyEvent, type CallEvent, eventToJSON, parseEventJSON } from "../../src/index.js";
import { FIXTURE_EVENTS } from "../helpers/fixture-events.js";

const jsonOf = (event: CallEvent) => {
  const result = eventToJSON(event);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.json;
};

const waiting = FIXTURE_EVENTS.find((item) => item.name === "telecmi/event-incoming-waiting.json")?.event as CallEvent;

describe("eventToJSON and parseEventJSON", () => {
  for (const { name, event } of FIXTURE_EVENTS) {
    it(`carry ${name} across JSON text unchanged`, () => {
      const json = jsonOf(event);
      const text = JSON.stringify(json);
      expect(JSON.parse(text)).toEqual(json);
      expect(parseEventJSON(text)).toEqual({ ok: true, event });
      expect(parseEventJSON(JSON.parse(text))).toEqual({ ok: true, event });
    });
  }

  it("write times as ISO strings and keep everything else as it is", () => {
    const ended = FIXTURE_EVENTS.find((item) => item.name === "carrierx/mediator-dialout.json")?.event as CallEvent;
    expect(jsonOf(ended)).toMatchObject({
      type: "call.ended",
      occurredAt: "2021-11-01T08:54:30.000Z",
      startedAt: "2021-11-01T08:53:59.000Z",
      answeredAt: "2021-11-01T08:54:11.000Z",
      endedAt: "2021-11-01T08:54:30.000Z",
      raw: ended.raw,
    });
  });

  it("read an event in memory too (its Dates written as JSON first)", () => {
    expect(parseEventJSON(waiting)).toEqual({ ok: true, event: waiting });
  });

  it("give an event the fold takes, with the same record", () => {
    const parsed = parseEventJSON(JSON.stringify(jsonOf(waiting)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(applyEvent(null, parsed.event)).toEqual(applyEvent(null, waiting));
  });

  it("drop keys they do not know", () => {
    const parsed = parseEventJSON({ ...jsonOf(waiting), extra: 1 });
    expect(parsed.ok && "extra" in parsed.event).toBe(false);
  });

  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const cyclic: Record<string, unknown> = { ...jsonOf(waiting) };
  cyclic.raw = cyclic;
  const throwing = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error("boom");
      },
    },
  );
  it.each([
    ["text that is not JSON", "{"],
    ["JSON that is not an event", "[]"],
    ["100,000 levels of nesting", deep],
    [
      "a raw nested 100,000 levels",
      { ...jsonOf(waiting), raw: JSON.parse(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`) },
    ],
    ["a cycle", cyclic],
    ["a BigInt", { ...jsonOf(waiting), durationSec: 1n }],
    ["a Proxy that throws", throwing],
    ["undefined", undefined],
    ["a time that is not ISO", { ...jsonOf(waiting), occurredAt: "20 Oct 2021" }],
    ["a raw of another provider", { ...jsonOf(waiting), raw: { dr_sid: "x" } }],
    ["a raw that is not an object", { ...jsonOf(waiting), raw: "cmiuuid" }],
  ])("refuse %s: invalid_event, never a throw", (_, value) => {
    expect(parseEventJSON(value)).toMatchObject({ ok: false, error: { code: "invalid_event" } });
  });

  it("say which field of raw failed", () => {
    const result = parseEventJSON({ ...jsonOf(waiting), raw: { type: "event", status: "waiting" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path[0]).toBe("raw");
  });

  it.each([
    ["an Invalid Date", { ...waiting, occurredAt: new Date(Number.NaN) }],
    [
      "a raw with a cycle",
      {
        ...waiting,
        raw: (() => {
          const raw: Record<string, unknown> = { ...(waiting.raw as object) };
          raw.self = raw;
          return raw;
        })(),
      },
    ],
    ["a raw of another provider", { ...waiting, raw: { dr_sid: "x" } }],
    [
      "a Proxy that throws",
      new Proxy(waiting, {
        get: () => {
          throw new Error("boom");
        },
      }),
    ],
  ])("eventToJSON refuses %s: invalid_event", (_, value) => {
    expect(eventToJSON(value as CallEvent)).toMatchObject({ ok: false, error: { code: "invalid_event" } });
  });
});
