import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCallback } from "../../src/index.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import type { SampleDelivery } from "../../src/samples/index.js";
import * as samples from "../../src/samples/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A sample parsed as its provider's route would parse it. */
const parse = (sample: SampleDelivery) =>
  parseCallback(sample.body, sample.contentType, { provider: sample.provider, query: sample.query });

function delivered(result: samples.SampleResult): SampleDelivery {
  if (!result.ok) throw new Error(result.error.message);
  return result.delivery;
}

describe("list", () => {
  it("holds every fixture of every registered provider, delivered as its extension says", () => {
    const files = PROVIDERS.flatMap(({ id, fixtures }) =>
      readdirSync(join(root, fixtures)).map((file) => ({
        id,
        file,
        text: readFileSync(join(root, fixtures, file), "utf8"),
      })),
    );
    const all = samples.list();
    expect(all.map((sample) => sample.name).sort()).toEqual(files.map(({ id, file }) => `${id}/${file}`).sort());
    for (const { id, file, text } of files) {
      const sample = all.find((candidate) => candidate.name === `${id}/${file}`);
      const content = text.replace(/\r?\n$/, "");
      const expected = {
        ".json": { method: "POST", contentType: "application/json", body: content, query: "" },
        ".form": { method: "POST", contentType: "application/x-www-form-urlencoded", body: content, query: "" },
        ".query": { method: "GET", contentType: null, body: null, query: content.trim() },
      }[extname(file)];
      expect(sample).toMatchObject({ provider: id, ...expected });
    }
  });

  it("records the event type each sample parses to (null: a payload callhooks does not map)", () => {
    for (const sample of samples.list()) {
      const result = parse(sample);
      if (sample.type === null) expect(result).toMatchObject({ ok: false, error: { code: "unsupported_event" } });
      else expect(result).toMatchObject({ ok: true, event: { type: sample.type, provider: sample.provider } });
    }
  });

  it("lists one provider's samples, none for an unknown id, in name order", () => {
    const kaleyra = samples.list("kaleyra");
    expect(kaleyra.length).toBeGreaterThan(0);
    expect(kaleyra.every((sample) => sample.provider === "kaleyra")).toBe(true);
    expect(samples.list("nope" as "kaleyra")).toEqual([]);
    expect(samples.list("__proto__" as "kaleyra")).toEqual([]);
    const names = samples.list().map((sample) => sample.name);
    expect(names).toEqual([...names].sort());
  });

  it("hands out copies: changing one changes no later answer", () => {
    const [first] = samples.list();
    if (first === undefined) throw new Error("no samples");
    (first as { body: string | null }).body = "changed";
    expect(samples.list()[0]?.body).not.toBe("changed");
  });
});

describe("get", () => {
  it("finds a sample by its name, with or without the extension when only one file has it", () => {
    expect(samples.get("telecmi/cdr-incoming-answered.json")?.name).toBe("telecmi/cdr-incoming-answered.json");
    expect(samples.get("telecmi/cdr-incoming-answered")?.name).toBe("telecmi/cdr-incoming-answered.json");
    expect(samples.get("kaleyra/call-end.query")?.method).toBe("GET");
  });

  it("is undefined for an unknown, ambiguous or hostile name", () => {
    expect(samples.get("kaleyra/call-end")).toBeUndefined(); // .form, .json and .query
    expect(samples.get("telecmi/nothing.json")).toBeUndefined();
    expect(samples.get("cdr-incoming-answered.json")).toBeUndefined();
    expect(samples.get("__proto__/x")).toBeUndefined();
    expect(samples.get("")).toBeUndefined();
    expect(samples.get(42 as unknown as string)).toBeUndefined();
  });
});

describe("delivery", () => {
  it("gives the provider's first sample of an event type, in name order", () => {
    const sample = delivered(samples.delivery("telecmi", "call.ended"));
    expect(sample.name).toBe(samples.list("telecmi").find((candidate) => candidate.type === "call.ended")?.name);
    expect(parse(sample)).toMatchObject({ ok: true, event: { type: "call.ended" } });
  });

  it("sets a nested JSON field by its path, keeping the rest (8x8 payload.callId)", () => {
    const sample = delivered(samples.delivery("wavecell", "call.answered", { "payload.callId": "my-call-1" }));
    const result = parse(sample);
    expect(result).toMatchObject({ ok: true, event: { type: "call.answered", callId: "my-call-1" } });
    const before = JSON.parse(samples.get("wavecell/call-status-call-connected.json")?.body ?? "");
    expect(JSON.parse(sample.body ?? "")).toEqual({ ...before, payload: { ...before.payload, callId: "my-call-1" } });
  });

  it("keeps JSON types, adds missing fields and their objects, removes a field given undefined", () => {
    const sample = delivered(
      samples.delivery("telecmi", "call.ended", {
        answeredsec: 42,
        record: false,
        "extra.nested.flag": true,
        ivr_name: undefined,
      }),
    );
    const body = JSON.parse(sample.body ?? "");
    expect(body).toMatchObject({ answeredsec: 42, record: false, extra: { nested: { flag: true } } });
    expect(body).not.toHaveProperty("ivr_name");
    expect(parse(sample)).toMatchObject({ ok: true, event: { durationSec: 42 } });
  });

  it("indexes JSON lists by number", () => {
    const sample = {
      ...(samples.get("telecmi/cdr-incoming-answered.json") as SampleDelivery),
      body: '{"legs":[{"a":1}]}',
    };
    expect(JSON.parse(delivered(samples.override(sample, { "legs.0.a": 2, "legs.1": "x" })).body ?? "")).toEqual({
      legs: [{ a: 2 }, "x"],
    });
    expect(samples.override(sample, { "legs.5": 1 })).toMatchObject({ ok: false, error: { code: "invalid_override" } });
  });

  it("reads TeleCMI's leading-zero numbers as callhooks does before setting a field", () => {
    const sample = samples.get("telecmi/chub-india-event-outgoing-started.json") as SampleDelivery;
    expect(() => JSON.parse(sample.body ?? "")).toThrow(); // "callerid": 04471000000
    expect(JSON.parse(delivered(samples.override(sample, { status: "missed" })).body ?? "")).toMatchObject({
      status: "missed",
    });
  });

  it("sets form and query parameters, leaving the other pairs' bytes alone", () => {
    const raw = samples.get("urlnetworks/api-incoming-call-raw-space.form") as SampleDelivery;
    const edited = delivered(samples.override(raw, { dialplan_id: 7, added: "a b&c", condition_id: undefined }));
    expect(edited.body).toBe(
      "dialed_number=61312341234&caller_id_number=61412341234&dialplan_id=7&dialplan_name=Test&condition_name=Business Hours&added=a+b%26c",
    );
    const kaleyra = delivered(samples.delivery("kaleyra", "call.ended", { id: "call-9", billsec: 30 }));
    expect(kaleyra.method).toBe("GET");
    expect(new URLSearchParams(kaleyra.query).getAll("id")).toEqual(["call-9"]);
    expect(parse(kaleyra)).toMatchObject({ ok: true, event: { callId: "call-9" } });
  });

  it("drops every other value of a parameter it sets", () => {
    const sample = { ...(samples.get("kaleyra/call-end.query") as SampleDelivery), query: "id=1&x=2&id=3" };
    expect(delivered(samples.override(sample, { id: "9" })).query).toBe("id=9&x=2");
  });

  it("refuses an unknown provider or event type with unknown_sample, never a throw", () => {
    expect(samples.delivery("nope" as "telecmi", "call.ended")).toMatchObject({
      ok: false,
      error: { code: "unknown_sample", message: expect.stringMatching(/^No provider is called "nope": use one of /) },
    });
    expect(samples.delivery("urlnetworks", "call.dtmf")).toMatchObject({
      ok: false,
      error: {
        code: "unknown_sample",
        message: expect.stringMatching(/^No urlnetworks sample is a "call.dtmf" event/),
      },
    });
  });

  it("refuses fields it cannot set with invalid_override, and never pollutes a prototype", () => {
    const refused = (overrides: Record<string, unknown>) =>
      samples.delivery("wavecell", "call.answered", overrides as samples.SampleOverrides);
    expect(refused({ "payload.callId.inner": 1 })).toMatchObject({
      ok: false,
      error: { code: "invalid_override", message: expect.stringContaining('"payload.callId" is not an object') },
    });
    for (const path of ["__proto__.polluted", "payload.constructor.prototype.polluted", "prototype"]) {
      expect(refused({ [path]: 1 })).toMatchObject({ ok: false, error: { code: "invalid_override" } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no");
        },
      },
    );
    expect(refused(hostile)).toMatchObject({ ok: false, error: { code: "invalid_override" } });
    const notJson = { ...(samples.get("telecmi/cdr-incoming-answered.json") as SampleDelivery), body: "{nope" };
    expect(samples.override(notJson, { a: 1 })).toMatchObject({ ok: false, error: { code: "invalid_override" } });
  });

  it("gives an unchanged copy without overrides", () => {
    const sample = samples.get("carrierx/sms-inbound.json") as SampleDelivery;
    expect(delivered(samples.override(sample, {}))).toEqual(sample);
  });
});
