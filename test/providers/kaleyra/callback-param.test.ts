import { describe, expect, it } from "vitest";
import { buildCallbackParam, type KaleyraCallbackSpec } from "../../../src/providers/kaleyra/index.js";

const HOOK = "https://example.com/kaleyra";

/** `buildCallbackParam` with a spec the types would refuse: what a JavaScript caller can still pass. */
const buildUntyped = (api: string, spec: unknown) =>
  buildCallbackParam(api as "outbound", spec as KaleyraCallbackSpec<"outbound">);

const invalid = (issues: readonly { path: readonly (string | number)[]; message: string }[]) => ({
  ok: false,
  error: { code: "invalid_input", message: expect.any(String), issues },
});

describe("buildCallbackParam (Kaleyra callback parameter, https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis)", () => {
  it("builds the Outbound Calling API's callback, events in the doc's order", () => {
    const result = buildCallbackParam("outbound", {
      call_end: {
        callback_profile: ["SG_f8a140-f1e8"],
        url: [`${HOOK}?event=call_end&caller={{caller}}`, `${HOOK}/callee?callee={callee}`],
      },
      call_start: { url: [`${HOOK}?event=call_start&caller={caller}`] },
      call_answer: { callback_profile: ["SG_96a3-2b"] },
    });
    expect(result).toMatchObject({
      ok: true,
      body:
        '{"call_start":{"url":["https://example.com/kaleyra?event=call_start&caller={caller}"]},' +
        '"call_answer":{"callback_profile":["SG_96a3-2b"]},' +
        '"call_end":{"callback_profile":["SG_f8a140-f1e8"],"url":["https://example.com/kaleyra?event=call_end&caller={{caller}}","https://example.com/kaleyra/callee?callee={callee}"]}}',
    });
  });

  it("builds the Click to Call API's callback with its five events", () => {
    const result = buildCallbackParam("click-to-call", {
      to_call_answer: { url: [`${HOOK}?event=to_call_answer`] },
      from_call_start: { url: [`${HOOK}?event=from_call_start`] },
      call_end: { url: [`${HOOK}?event=call_end`] },
      from_call_answer: { url: [`${HOOK}?event=from_call_answer`] },
      to_call_start: { url: [`${HOOK}?event=to_call_start`] },
    });
    expect(result.ok && JSON.parse(result.body)).toEqual({
      from_call_start: { url: [`${HOOK}?event=from_call_start`] },
      to_call_start: { url: [`${HOOK}?event=to_call_start`] },
      from_call_answer: { url: [`${HOOK}?event=from_call_answer`] },
      to_call_answer: { url: [`${HOOK}?event=to_call_answer`] },
      call_end: { url: [`${HOOK}?event=call_end`] },
    });
    expect(result.ok && Object.keys(JSON.parse(result.body))).toEqual([
      "from_call_start",
      "to_call_start",
      "from_call_answer",
      "to_call_answer",
      "call_end",
    ]);
  });

  it("matches event names and keys without case, and writes them as the doc does (#doc-typos-in-event-names)", () => {
    expect(buildCallbackParam("outbound", { Call_end: { url: [HOOK] }, CALL_START: { url: [HOOK] } })).toEqual({
      ok: true,
      body: '{"call_start":{"url":["https://example.com/kaleyra"]},"call_end":{"url":["https://example.com/kaleyra"]}}',
      value: { call_start: { url: [HOOK] }, call_end: { url: [HOOK] } },
    });
    expect(buildUntyped("outbound", { cAlL_AnSwEr: { URL: [HOOK], Callback_Profile: ["SG_1"] } })).toEqual({
      ok: true,
      body: '{"call_answer":{"callback_profile":["SG_1"],"url":["https://example.com/kaleyra"]}}',
      value: { call_answer: { callback_profile: ["SG_1"], url: [HOOK] } },
    });
  });

  it("refuses an event of the other API", () => {
    expect(buildUntyped("outbound", { to_call_start: { url: [HOOK] } })).toEqual(
      invalid([
        {
          path: ["to_call_start"],
          message: "to_call_start is not an event of the outbound API (call_start, call_answer, call_end).",
        },
      ]),
    );
    expect(buildUntyped("click-to-call", { call_start: { url: [HOOK] } })).toEqual(
      invalid([
        {
          path: ["call_start"],
          message:
            "call_start is not an event of the click-to-call API (from_call_start, to_call_start, from_call_answer, to_call_answer, call_end).",
        },
      ]),
    );
  });

  it("refuses an unknown api", () => {
    expect(buildUntyped("inbound", { call_end: { url: [HOOK] } })).toEqual(
      invalid([
        {
          path: ["api"],
          message: 'api "inbound" is not a Kaleyra API with a callback parameter: use "outbound" or "click-to-call".',
        },
      ]),
    );
  });

  it("refuses 11 profile ids and URLs in all, events together (the doc: at most 10)", () => {
    const urls = Array.from({ length: 6 }, (_, index) => `${HOOK}/${index}`);
    const profiles = Array.from({ length: 5 }, (_, index) => `SG_${index}`);
    expect(
      buildCallbackParam("outbound", { call_start: { url: urls }, call_end: { callback_profile: profiles } }),
    ).toEqual(
      invalid([
        {
          path: [],
          message:
            "The spec lists 11 callback profile ids and URLs; Kaleyra allows at most 10 per request, all events together.",
        },
      ]),
    );
    expect(
      buildCallbackParam("outbound", { call_start: { url: urls }, call_end: { callback_profile: profiles.slice(1) } })
        .ok,
    ).toBe(true);
  });

  it("refuses empty lists, an event with no target, and a spec with no event", () => {
    expect(buildCallbackParam("outbound", { call_end: { url: [], callback_profile: ["SG_1"] } })).toEqual(
      invalid([
        { path: ["call_end", "url"], message: "call_end.url is empty: list at least one URL, or leave the key out." },
      ]),
    );
    expect(buildCallbackParam("outbound", { call_end: {} })).toEqual(
      invalid([{ path: ["call_end"], message: "call_end must list at least one callback_profile id or url." }]),
    );
    expect(buildCallbackParam("outbound", {})).toEqual(
      invalid([
        { path: [], message: "The spec names no event: give at least one of call_start, call_answer, call_end." },
      ]),
    );
  });

  it("refuses a URL that is not an absolute http(s) URL, and an empty profile id", () => {
    expect(
      buildCallbackParam("outbound", {
        call_end: {
          url: ["example.com/kaleyra", "ftp://example.com/k", "https://example.com/a b"],
          callback_profile: [" ", " SG_1"],
        },
      }),
    ).toEqual(
      invalid([
        {
          path: ["call_end", "callback_profile", 0],
          message: "call_end.callback_profile[0] must be a callback profile id, not an empty string.",
        },
        {
          path: ["call_end", "callback_profile", 1],
          message: "call_end.callback_profile[1] must not start or end with spaces.",
        },
        {
          path: ["call_end", "url", 0],
          message: "call_end.url[0] must be an absolute http:// or https:// URL, without spaces.",
        },
        {
          path: ["call_end", "url", 1],
          message: "call_end.url[1] must be an absolute http:// or https:// URL, without spaces.",
        },
        {
          path: ["call_end", "url", 2],
          message: "call_end.url[2] must be an absolute http:// or https:// URL, without spaces.",
        },
      ]),
    );
  });

  it("refuses a duplicate URL or profile id instead of dropping it", () => {
    expect(buildCallbackParam("outbound", { call_end: { url: [HOOK, HOOK] } })).toEqual(
      invalid([{ path: ["call_end", "url", 1], message: `call_end.url[1] repeats "${HOOK}": list each URL once.` }]),
    );
    expect(buildCallbackParam("click-to-call", { call_end: { callback_profile: ["SG_1", "SG_2", "SG_1"] } })).toEqual(
      invalid([
        {
          path: ["call_end", "callback_profile", 2],
          message: 'call_end.callback_profile[2] repeats "SG_1": list each callback profile id once.',
        },
      ]),
    );
  });

  it("refuses one event given twice in two spellings, and unknown keys, instead of overwriting or dropping", () => {
    expect(buildCallbackParam("outbound", { call_end: { url: [HOOK] }, CALL_END: { url: [`${HOOK}/2`] } })).toEqual(
      invalid([
        {
          path: ["CALL_END"],
          message: "CALL_END repeats the event call_end (names are case-insensitive): give it once.",
        },
      ]),
    );
    expect(buildUntyped("outbound", { call_end: { urls: [HOOK] } })).toEqual(
      invalid([
        {
          path: ["call_end", "urls"],
          message: "call_end.urls is not a key of an event's callback (callback_profile, url).",
        },
      ]),
    );
  });

  it("refuses values of the wrong kind without throwing", () => {
    expect(buildUntyped("outbound", null)).toEqual(
      invalid([
        {
          path: [],
          message: "The spec must be an object keyed by event name (call_start, call_answer, call_end).",
        },
      ]),
    );
    expect(buildUntyped("outbound", { call_end: { url: HOOK } })).toEqual(
      invalid([{ path: ["call_end", "url"], message: "call_end.url must be an array of URLs." }]),
    );
    expect(buildUntyped("outbound", { call_end: undefined })).toEqual(
      invalid([{ path: ["call_end"], message: 'call_end must be an object such as { "url": ["https://…"] }.' }]),
    );
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(buildUntyped("outbound", throwing).ok).toBe(false);
  });
});
