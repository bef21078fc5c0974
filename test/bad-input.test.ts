import { afterEach, describe, expect, it } from "vitest";
import { type CallbackErrorCode, detectProvider, parseCallback } from "../src/index.js";
import { fixture, sentJson } from "./helpers/fixtures.js";

const cdr = () => sentJson("telecmi", "cdr-incoming-answered.json");
const cdrText = fixture("telecmi", "cdr-incoming-answered.json").text;
const ringingText = fixture("urlnetworks", "incoming-ringing.form").text;

function expectError(result: ReturnType<typeof parseCallback>, code: CallbackErrorCode): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(20);
  // Messages quote at most a short excerpt of the input.
  expect(result.error.message.length).toBeLessThan(400);
}

afterEach(() => {
  // No input may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe("bad inputs get the right error code, never a throw", () => {
  const catalogue: [string, () => ReturnType<typeof parseCallback>, CallbackErrorCode][] = [
    ["an empty string body", () => parseCallback("", "application/json"), "malformed_body"],
    ["a whitespace body", () => parseCallback("  \n ", null), "malformed_body"],
    ["a null body", () => parseCallback(null, "application/json"), "malformed_body"],
    ["an undefined body", () => parseCallback(undefined), "malformed_body"],
    ["an empty object", () => parseCallback({}), "malformed_body"],
    ["empty bytes", () => parseCallback(new Uint8Array(0), "application/json"), "malformed_body"],
    ["truncated JSON", () => parseCallback(cdrText.slice(0, 60), "application/json"), "malformed_body"],
    ["truncated JSON, no content type", () => parseCallback(cdrText.slice(0, 60)), "malformed_body"],
    ["a JSON array", () => parseCallback(`[${cdrText}]`, "application/json"), "malformed_body"],
    ["a JSON number", () => parseCallback("42", "application/json"), "malformed_body"],
    ["a JSON string", () => parseCallback('"cdr"', "application/json"), "malformed_body"],
    ["JSON true", () => parseCallback("true", "application/json"), "malformed_body"],
    ["JSON null", () => parseCallback("null", "application/json"), "malformed_body"],
    ["unrelated JSON", () => parseCallback('{"hello":"world","id":1}', "application/json"), "unknown_provider"],
    ["unrelated form", () => parseCallback("a=1&b=2", "application/x-www-form-urlencoded"), "unknown_provider"],
    ["plain text", () => parseCallback("hello world", "text/plain"), "malformed_body"],
    [
      "an XML body",
      () => parseCallback('<?xml version="1.0"?><call id="1"/>', "application/xml"),
      "unsupported_content_type",
    ],
    [
      "an XML body without content type",
      () => parseCallback('<?xml version="1.0"?><call id="1"/>'),
      "unsupported_content_type",
    ],
    [
      "a 2 MiB body",
      () => parseCallback(`{"cmiuuid":"${"x".repeat(2 * 1024 * 1024)}"}`, "application/json"),
      "body_too_large",
    ],
    ["2 MiB of bytes", () => parseCallback(new Uint8Array(2 * 1024 * 1024), "application/json"), "body_too_large"],
    [
      "invalid UTF-8 bytes",
      () => parseCallback(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "application/json"),
      "malformed_body",
    ],
    [
      "a truncated UTF-8 sequence",
      () => parseCallback(new Uint8Array([0x61, 0x3d, 0xe2, 0x82]), null),
      "malformed_body",
    ],
    ["a missing TeleCMI id", () => parseCallback({ ...cdr(), cmiuuid: "" }), "invalid_payload"],
    [
      "a missing CarrierX id",
      () => parseCallback({ ...sentJson("carrierx", "mediator-dialout.json"), dr_sid: null }),
      "invalid_payload",
    ],
    [
      "a missing URL Networks id",
      () =>
        parseCallback(
          ringingText.replace(/call_event_uuid=[^&]+/, "call_event_uuid="),
          "application/x-www-form-urlencoded",
        ),
      "invalid_payload",
    ],
    ["an unparsable TeleCMI time", () => parseCallback({ ...cdr(), time: "yesterday" }), "invalid_payload"],
    ["a negative epoch", () => parseCallback({ ...cdr(), time: -5 }), "invalid_payload"],
    [
      "an impossible calendar date",
      () => parseCallback({ ...sentJson("carrierx", "mediator-dialout.json"), date_stop: "2021-02-30T08:54:30.000Z" }),
      "invalid_payload",
    ],
    [
      "an unparsable URL Networks start_time",
      () =>
        parseCallback(
          ringingText.replace("start_time=1573865518", "start_time=15:00"),
          "application/x-www-form-urlencoded",
        ),
      "invalid_payload",
    ],
    ["an object where a string is needed", () => parseCallback({ ...cdr(), cmiuuid: { id: 1 } }), "invalid_payload"],
    ["a number as body", () => parseCallback(42 as unknown as string), "malformed_body"],
    ["a Date as body", () => parseCallback(new Date() as unknown as string), "malformed_body"],
    ["a Map as body", () => parseCallback(new Map() as unknown as string), "malformed_body"],
    [
      "a Request as body",
      () => parseCallback(new Request("http://127.0.0.1/", { method: "POST", body: cdrText }) as unknown as string),
      "malformed_body",
    ],
    [
      "an unknown options.provider",
      () => parseCallback(cdrText, "application/json", { provider: "twilio" as "telecmi" }),
      "unknown_provider",
    ],
    [
      "an unknown defaultCountry",
      () => parseCallback(cdrText, "application/json", { defaultCountry: "XX" }),
      "invalid_payload",
    ],
    [
      "a body that mixes two providers' fingerprints",
      () => parseCallback({ ...cdr(), ...Object.fromEntries(new URLSearchParams(ringingText)) }),
      "unknown_provider",
    ],
  ];

  for (const [name, run, code] of catalogue) {
    it(`answers ${name} with ${code}`, () => {
      expectError(run(), code);
    });
  }

  it("names both providers when a body mixes fingerprints", () => {
    const result = parseCallback({ ...cdr(), ...Object.fromEntries(new URLSearchParams(ringingText)) });
    expect(!result.ok && result.error.message).toMatch(/TeleCMI and URL Networks|URL Networks and TeleCMI/);
    expect(detectProvider({ ...cdr(), ...Object.fromEntries(new URLSearchParams(ringingText)) })).toBeNull();
  });

  it("lists a path for every invalid_payload issue", () => {
    const result = parseCallback({ ...cdr(), cmiuuid: "", time: "later", answeredsec: "many" });
    const paths = !result.ok ? result.error.issues?.map((issue) => issue.path.join(".")).sort() : [];
    expect(paths).toEqual(["answeredsec", "cmiuuid", "time"]);
  });

  it("does not echo a long or secret value in the message", () => {
    const secret = `sk_live_${"s".repeat(500)}`;
    const result = parseCallback(`{"token":"${secret}"`, "application/json");
    expect(!result.ok && result.error.message).not.toContain(secret);
  });

  it("quotes at most 40 characters of a long content type, provider, key, event or body", () => {
    const secret = `sk_live_${"s".repeat(500)}`;
    const results = [
      parseCallback(cdrText, `application/${secret}`),
      parseCallback(cdrText, "application/json", { provider: secret as "telecmi" }),
      parseCallback({ [secret]: 1 }),
      parseCallback(`${secret}=1`, null),
      parseCallback(`<${secret}>`, null),
      parseCallback(secret, null),
      parseCallback(`{"${secret}"`, null),
      parseCallback(null, null, { provider: "kaleyra", event: secret, query: "id=1" }),
      parseCallback({ ...cdr(), type: secret }),
      parseCallback({ ...cdr(), status: secret }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.message).not.toContain(secret.slice(0, 45));
      expect(result.error.message.length).toBeLessThan(600);
    }
  });

  it("survives a pre-parsed object whose getter throws, or a revoked proxy", () => {
    const hostile = Object.defineProperty({ ...cdr() }, "team", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(parseCallback(hostile).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseCallback(proxy).ok).toBe(false);
    expect(detectProvider(proxy)).toBeNull();
  });

  it("answers 100,000 levels of JSON nesting with malformed_body, never a stack overflow", () => {
    const arrays = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const objects = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const deliveries: [string, string | null][] = [
      [arrays, "application/json"],
      [objects, null],
      [`{${cdrText.trim().slice(1, -1)},"deep":${objects}}`, "application/json"],
      [`{"__proto__":1,"x":${arrays},${cdrText.trim().slice(1)}`, null],
    ];
    for (const [body, contentType] of deliveries) {
      const result = parseCallback(body, contentType);
      expectError(result, "malformed_body");
      expect(!result.ok && result.error.message).toContain("nested more than 64 levels");
    }
    // What a forbidden key holds is dropped with it, unread: its depth is no one's concern.
    const dropped = parseCallback(`{"__proto__":${arrays},${cdrText.trim().slice(1)}`, null);
    expect(dropped.ok && Object.hasOwn(dropped.event.raw, "__proto__")).toBe(false);
    expect(dropped.ok).toBe(true);
  });

  it("reads a payload with a few levels of nesting", () => {
    const nested = `{${cdrText.trim().slice(1, -1)},"extra":${'{"a":'.repeat(20)}1${"}".repeat(20)}}`;
    expect(parseCallback(nested, "application/json").ok).toBe(true);
  });

  it("survives garbage options", () => {
    expect(parseCallback(cdrText, "application/json", null as unknown as undefined).ok).toBe(true);
    expect(parseCallback(cdrText, 42 as unknown as string).ok).toBe(true);
  });
});

describe("no prototype pollution from any input form", () => {
  const payloads = [
    [
      "JSON",
      () =>
        parseCallback(
          `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${cdrText.slice(1)}`,
          "application/json",
        ),
    ],
    [
      "JSON with escaped keys",
      () => parseCallback(`{"\\u005f_proto__":{"polluted":true},${cdrText.slice(1)}`, "application/json"),
    ],
    [
      "form",
      () =>
        parseCallback(
          `__proto__[polluted]=true&constructor[prototype][polluted]=true&__proto__=x&${ringingText}`,
          "application/x-www-form-urlencoded",
        ),
    ],
    [
      "query",
      () => parseCallback(null, null, { query: `__proto__[polluted]=true&__proto__=1&prototype=2&${ringingText}` }),
    ],
    [
      "pre-parsed object",
      () => parseCallback(JSON.parse(`{"__proto__":{"polluted":true},${cdrText.slice(1)}`) as Record<string, unknown>),
    ],
    [
      "pre-parsed object with a constructor key",
      () => parseCallback({ ...cdr(), constructor: { prototype: { polluted: true } }, prototype: { polluted: true } }),
    ],
    [
      "URLSearchParams with bracket keys",
      () =>
        parseCallback(
          new URLSearchParams(
            `__proto__[polluted]=true&constructor[prototype][polluted]=true&prototype=1&${ringingText}`,
          ),
        ),
    ],
    [
      "query object with own __proto__, constructor and prototype keys",
      () =>
        parseCallback(null, null, {
          query: {
            ...(JSON.parse('{"__proto__":{"polluted":"true"}}') as Record<string, string>),
            constructor: "x",
            prototype: "y",
            ...Object.fromEntries(new URLSearchParams(ringingText)),
          },
        }),
    ],
    [
      "bytes",
      () =>
        parseCallback(
          new TextEncoder().encode(`{"__proto__":{"polluted":true},"prototype":{"polluted":true},${cdrText.slice(1)}`),
          "application/json; charset=utf-8",
        ),
    ],
    [
      "JSON with nested prototype keys",
      () =>
        parseCallback(
          `{"extra":{"__proto__":{"polluted":true},"a":{"constructor":{"prototype":{"polluted":true}}}},${cdrText.slice(1)}`,
          "application/json",
        ),
    ],
    [
      "nested attributes",
      () =>
        parseCallback(
          JSON.parse(
            `{"attributes":{"__proto__":{"polluted":true}},${fixture("carrierx", "mediator-dialout.json").text.trim().slice(1)}`,
          ) as Record<string, unknown>,
        ),
    ],
  ] as const;

  for (const [form, run] of payloads) {
    it(`keeps a valid ${form} payload valid and Object.prototype untouched`, () => {
      const result = run();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(Object.getPrototypeOf(result.event.raw)).toBe(Object.prototype);
      expect(Object.hasOwn(result.event.raw, "__proto__")).toBe(false);
      expect((result.event.raw as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("drops prototype keys at every depth of a JSON body, escaped ones too", () => {
    for (const proto of ["__proto__", "\\u005f_proto__", "__pro\\u0074o__"]) {
      const result = parseCallback(
        `{"extra":{"${proto}":{"polluted":true},"a":{"constructor":{"prototype":1},"b":2}},${cdrText.slice(1)}`,
        "application/json",
      );
      expect(result.ok && result.event.raw).toMatchObject({ extra: { a: { b: 2 } } });
      const raw: unknown = result.ok ? result.event.raw : {};
      const extra = (raw as { extra?: Record<string, Record<string, unknown>> }).extra ?? {};
      expect(Object.keys(extra)).toEqual(["a"]);
      expect(Object.keys(extra.a ?? {})).toEqual(["b"]);
    }
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const result = parseCallback(
        `{"extra":{"${key}":{"polluted":true},"b":2},${cdrText.slice(1)}`,
        "application/json",
      );
      const raw: unknown = result.ok ? result.event.raw : {};
      expect(Object.keys((raw as { extra?: object }).extra ?? { missing: 1 })).toEqual(["b"]);
    }
  });

  it("answers a body of only __proto__ keys with unknown_provider", () => {
    expectError(parseCallback('{"__proto__":{"cmiuuid":"x"}}', "application/json"), "malformed_body");
    expectError(parseCallback('{"__proto__":{"cmiuuid":"x"},"a":1}', "application/json"), "unknown_provider");
  });
});
