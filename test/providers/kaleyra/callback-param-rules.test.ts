import { describe, expect, it } from "vitest";
import { buildCallbackParam, KALEYRA_CALLBACK_LIMIT } from "../../../src/providers/kaleyra/index.js";

const hook = "https://example.com/webhooks/kaleyra";
// biome-ignore lint/suspicious/noExplicitAny: the spec is checked at run time, so the inputs are untyped on purpose.
const build = (api: string, spec: unknown) => buildCallbackParam(api as any, spec as any);
const outcome = (result: ReturnType<typeof build>): string[] =>
  result.ok
    ? [`ok ${result.body}`]
    : [result.error.message, ...result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)];

describe("Kaleyra callback parameter rules, at each boundary", () => {
  it(`accepts exactly ${KALEYRA_CALLBACK_LIMIT} targets in all and refuses one more`, () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `${hook}?n=${i}`);
    expect(
      outcome(
        build("outbound", { call_start: { url: urls(4) }, call_end: { url: urls(5), callback_profile: ["p"] } }),
      )[0],
    ).toMatch(/^ok /);
    expect(
      outcome(build("outbound", { call_start: { url: urls(5) }, call_end: { url: urls(5), callback_profile: ["p"] } })),
    ).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: The spec lists 11 callback profile ids and URLs; Kaleyra allows at most 10 per request, all events together. See error.issues.",
        ": The spec lists 11 callback profile ids and URLs; Kaleyra allows at most 10 per request, all events together.",
      ]
    `);
  });

  it("writes the events in the docs' order and each event's keys in the docs' spelling", () => {
    expect(
      outcome(build("click-to-call", { CALL_END: { URL: [hook] }, From_Call_Start: { Callback_Profile: ["p1"] } })),
    ).toMatchInlineSnapshot(`
      [
        "ok {"from_call_start":{"callback_profile":["p1"]},"call_end":{"url":["https://example.com/webhooks/kaleyra"]}}",
      ]
    `);
    expect(
      outcome(build("outbound", { call_end: { callback_profile: ["p1"], url: [`http://h.example/x?c={caller}`] } })),
    ).toMatchInlineSnapshot(`
      [
        "ok {"call_end":{"callback_profile":["p1"],"url":["http://h.example/x?c={caller}"]}}",
      ]
    `);
  });

  it("refuses bad URLs and profile ids", () => {
    expect(
      outcome(build("outbound", { call_end: { url: ["ftp://h/x", "https://", "/relative", "https://h/a b", 5] } })),
    ).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end.url[0] must be an absolute http:// or https:// URL, without spaces; call_end.url[1] must be an absolute http:// or https:// URL, without spaces; call_end.url[2] must be an absolute http:// or https:// URL, without spaces; …. See error.issues.",
        "call_end.url.0: call_end.url[0] must be an absolute http:// or https:// URL, without spaces.",
        "call_end.url.1: call_end.url[1] must be an absolute http:// or https:// URL, without spaces.",
        "call_end.url.2: call_end.url[2] must be an absolute http:// or https:// URL, without spaces.",
        "call_end.url.3: call_end.url[3] must be an absolute http:// or https:// URL, without spaces.",
        "call_end.url.4: call_end.url[4] must be a URL (a string).",
      ]
    `);
    expect(
      outcome(build("outbound", { call_end: { callback_profile: ["", " p", "p ", 7, "ok"] } })),
    ).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end.callback_profile[0] must be a callback profile id, not an empty string; call_end.callback_profile[1] must not start or end with spaces; call_end.callback_profile[2] must not start or end with spaces; …. See error.issues.",
        "call_end.callback_profile.0: call_end.callback_profile[0] must be a callback profile id, not an empty string.",
        "call_end.callback_profile.1: call_end.callback_profile[1] must not start or end with spaces.",
        "call_end.callback_profile.2: call_end.callback_profile[2] must not start or end with spaces.",
        "call_end.callback_profile.3: call_end.callback_profile[3] must be a callback profile id (a string).",
      ]
    `);
  });

  it("refuses repeats, empty lists, unknown keys and events of the other API", () => {
    expect(
      outcome(build("outbound", { call_end: { url: [hook, hook] }, Call_End: { url: [hook] } })),
    ).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: Call_End repeats the event call_end (names are case-insensitive): give it once. See error.issues.",
        "Call_End: Call_End repeats the event call_end (names are case-insensitive): give it once.",
      ]
    `);
    expect(outcome(build("outbound", { call_end: { url: [], URL: [hook], method: "GET" } }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end.URL repeats the key url (names are case-insensitive): give it once. See error.issues.",
        "call_end.URL: call_end.URL repeats the key url (names are case-insensitive): give it once.",
      ]
    `);
    expect(outcome(build("outbound", { to_call_answer: { url: [hook] }, call_end: {} }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end must list at least one callback_profile id or url; to_call_answer is not an event of the outbound API (call_start, call_answer, call_end). See error.issues.",
        "call_end: call_end must list at least one callback_profile id or url.",
        "to_call_answer: to_call_answer is not an event of the outbound API (call_start, call_answer, call_end).",
      ]
    `);
    expect(outcome(build("click-to-call", { call_answer: { url: [hook] } }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra click-to-call callback spec is not valid: call_answer is not an event of the click-to-call API (from_call_start, to_call_start, from_call_answer, to_call_answer, call_end). See error.issues.",
        "call_answer: call_answer is not an event of the click-to-call API (from_call_start, to_call_start, from_call_answer, to_call_answer, call_end).",
      ]
    `);
  });

  it("refuses specs that are not objects, empty specs and unknown APIs", () => {
    expect(outcome(build("outbound", {}))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: The spec names no event: give at least one of call_start, call_answer, call_end. See error.issues.",
        ": The spec names no event: give at least one of call_start, call_answer, call_end.",
      ]
    `);
    expect(outcome(build("outbound", [hook]))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: The spec must be an object keyed by event name (call_start, call_answer, call_end). See error.issues.",
        ": The spec must be an object keyed by event name (call_start, call_answer, call_end).",
      ]
    `);
    expect(outcome(build("outbound", { call_end: [hook] }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end must be an object such as { "url": ["https://…"] }. See error.issues.",
        "call_end: call_end must be an object such as { "url": ["https://…"] }.",
      ]
    `);
    expect(outcome(build("outbound", { call_end: { url: hook } }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end.url must be an array of URLs. See error.issues.",
        "call_end.url: call_end.url must be an array of URLs.",
      ]
    `);
    expect(outcome(build("outbound", { call_end: undefined }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra outbound callback spec is not valid: call_end must be an object such as { "url": ["https://…"] }. See error.issues.",
        "call_end: call_end must be an object such as { "url": ["https://…"] }.",
      ]
    `);
    expect(outcome(build("voice", { call_end: { url: [hook] } }))).toMatchInlineSnapshot(`
      [
        "The Kaleyra callback spec is not valid: api "voice" is not a Kaleyra API with a callback parameter: use "outbound" or "click-to-call". See error.issues.",
        "api: api "voice" is not a Kaleyra API with a callback parameter: use "outbound" or "click-to-call".",
      ]
    `);
  });

  it("reports a spec whose getter throws", () => {
    const spec = Object.defineProperty({}, "call_end", {
      enumerable: true,
      get() {
        throw new RangeError("boom");
      },
    });
    expect(outcome(build("outbound", spec))).toMatchInlineSnapshot(`
      [
        "The Kaleyra callback spec could not be read: Reading the spec threw RangeError. See error.issues.",
        ": Reading the spec threw RangeError.",
      ]
    `);
    const stringThrower = Object.defineProperty({}, "call_end", {
      enumerable: true,
      get() {
        throw "boom";
      },
    });
    expect(outcome(build("outbound", stringThrower))).toMatchInlineSnapshot(`
      [
        "The Kaleyra callback spec could not be read: Reading the spec threw a value. See error.issues.",
        ": Reading the spec threw a value.",
      ]
    `);
  });
});
