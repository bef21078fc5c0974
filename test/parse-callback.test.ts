import { describe, expect, it } from "vitest";
import { excerpt } from "../src/excerpt.js";
import { type CallbackError, detectProvider, type ParseOptions, parseCallback } from "../src/index.js";
import { PROVIDERS } from "../src/providers/registry.js";
import { fixture, fixtureNames } from "./helpers/fixtures.js";

const NAMES = "wavecell, telecmi, urlnetworks, carrierx, kaleyra";
const errorOf = (result: ReturnType<typeof parseCallback>): CallbackError | undefined =>
  result.ok ? undefined : result.error;
const malformed = (message: string): CallbackError => ({ code: "malformed_body", message });
const option = (name: string, message: string): CallbackError => ({
  code: "invalid_payload",
  message: `options.${name} ${message}`,
  issues: [{ path: ["options", name], message: `options.${name} ${message}` }],
});

describe("parseCallback errors say what was wrong and what to do", () => {
  const cases: [string, () => ReturnType<typeof parseCallback>, CallbackError][] = [
    [
      "an empty body and no query",
      () => parseCallback("", "application/json"),
      malformed(
        "The body is empty and no query was given. For a GET delivery pass the URL's query as options.query; for a POST pass the raw body (or the parsed object).",
      ),
    ],
    [
      "invalid JSON",
      () => parseCallback(" {x", "application/json"),
      malformed('The body is not valid JSON (it starts "{x").'),
    ],
    [
      "a form body declared as JSON",
      () => parseCallback("a=1&b=2", "application/json"),
      malformed(
        'The body is not valid JSON (it starts "a=1&b=2"). It looks form-encoded: check the Content-Type header.',
      ),
    ],
    [
      "broken JSON with an = sign, declared as JSON",
      () => parseCallback('{"a=1"', "application/json"),
      malformed('The body is not valid JSON (it starts "{\\"a=1\\"").'),
    ],
    [
      "broken sniffed JSON with an = sign",
      () => parseCallback("[a=1", null),
      malformed('The body is not valid JSON (it starts "[a=1").'),
    ],
    [
      "a JSON array",
      () => parseCallback("[1]", null),
      malformed("The JSON body is an array, not an object. Providers send one JSON object per callback."),
    ],
    [
      "JSON null",
      () => parseCallback("null", "application/json"),
      malformed("The JSON body is null, not an object. Providers send one JSON object per callback."),
    ],
    [
      "a JSON number",
      () => parseCallback("12", "application/json"),
      malformed("The JSON body is a number, not an object. Providers send one JSON object per callback."),
    ],
    [
      "XML without a content type",
      () => parseCallback(" <a/>", null),
      {
        code: "unsupported_content_type" as const,
        message: "The body looks like XML or HTML. callhooks reads JSON and form-encoded callbacks only.",
      },
    ],
    [
      "a content type callhooks does not read",
      () => parseCallback("a=1", "application/xml"),
      {
        code: "unsupported_content_type" as const,
        message:
          'The content type "application/xml" is not one callhooks reads. Providers send application/json or application/x-www-form-urlencoded; pass that header, or null to let callhooks sniff the body.',
      },
    ],
    [
      "text that is neither JSON nor a form",
      () => parseCallback(" hello ", null),
      malformed('The body is neither JSON nor form-encoded (it starts "hello").'),
    ],
    [
      "a number as body",
      () => parseCallback(5 as never),
      malformed(
        "The body is a number. Pass the raw body (string or bytes), URLSearchParams, or the object your framework parsed.",
      ),
    ],
    [
      "an array as body",
      () => parseCallback([] as never),
      malformed(
        "The body is an array. Pass the raw body (string or bytes), URLSearchParams, or the object your framework parsed.",
      ),
    ],
    [
      "a Request as body",
      () => parseCallback(new Request("http://127.0.0.1/", { method: "POST", body: "a" }) as never),
      malformed(
        "The body is a Request or stream, not its content. Read it first (await request.text()) and pass the text.",
      ),
    ],
    [
      "a query of the wrong type",
      () => parseCallback(null, null, { query: 5 as never }),
      malformed("options.query is a number. Pass the URL's query as a string, URLSearchParams or an object."),
    ],
    [
      "an array as query",
      () => parseCallback("a=1", null, { query: [] as never }),
      malformed("options.query is an array. Pass the URL's query as a string, URLSearchParams or an object."),
    ],
    [
      "a negative maxBodyBytes",
      () => parseCallback("a=1", null, { maxBodyBytes: -1 }),
      option("maxBodyBytes", "must be a number of bytes, 0 or more."),
    ],
    [
      "a NaN maxBodyBytes",
      () => parseCallback("a=1", null, { maxBodyBytes: Number.NaN }),
      option("maxBodyBytes", "must be a number of bytes, 0 or more."),
    ],
    [
      "a string maxBodyBytes",
      () => parseCallback("a=1", null, { maxBodyBytes: "5" as never }),
      option("maxBodyBytes", "must be a number of bytes, 0 or more."),
    ],
    [
      "an unknown defaultCountry",
      () => parseCallback("a=1", null, { defaultCountry: "zz" }),
      option("defaultCountry", 'must be an ISO 3166 alpha-2 region such as "AU" or "IN".'),
    ],
    [
      "a defaultCountry that is not a string",
      () => parseCallback("a=1", null, { defaultCountry: 61 as never }),
      option("defaultCountry", 'must be an ISO 3166 alpha-2 region such as "AU" or "IN".'),
    ],
    [
      "an event that is not a string",
      () => parseCallback("a=1", null, { event: 5 as never }),
      option("event", "must be a string."),
    ],
    [
      "an unknown options.provider",
      () => parseCallback("a=1", null, { provider: "twilio" as never }),
      {
        code: "unknown_provider" as const,
        message: `options.provider "twilio" is not a provider of this import (${NAMES}). Import parseCallback from "callhooks" for every provider.`,
      },
    ],
    [
      "six unknown keys",
      () => parseCallback("a=1&b=2&c=3&d=4&e=5&f=6", null),
      {
        code: "unknown_provider" as const,
        message: `No provider of this import (${NAMES}) recognises a payload with the keys "a", "b", "c", "d", "e", "f". Pass options.provider if the route knows it (Kaleyra always needs it), and check that the whole body was passed.`,
      },
    ],
    [
      "seven unknown keys",
      () => parseCallback("a=1&b=2&c=3&d=4&e=5&f=6&g=7", null),
      {
        code: "unknown_provider" as const,
        message: `No provider of this import (${NAMES}) recognises a payload with the keys "a", "b", "c", "d", "e", "f", …. Pass options.provider if the route knows it (Kaleyra always needs it), and check that the whole body was passed.`,
      },
    ],
    [
      "two providers' fingerprints",
      () => parseCallback({ cmiuuid: "x", call_event_uuid: "y", method: "incoming_ringing" }),
      {
        code: "unknown_provider" as const,
        message:
          "The payload carries the fingerprints of TeleCMI and URL Networks at once, so its provider cannot be told. Pass options.provider from the route that received it.",
      },
    ],
    [
      "an object whose getter throws",
      () =>
        parseCallback(
          Object.defineProperty({}, "a", {
            enumerable: true,
            get() {
              throw new TypeError("boom");
            },
          }),
        ),
      malformed(
        "The parsed body could not be read (TypeError: a getter or Proxy failed). Pass the object your framework parsed, or the raw body.",
      ),
    ],
    [
      "an object whose getter throws a string",
      () =>
        parseCallback(
          Object.defineProperty({}, "a", {
            enumerable: true,
            get() {
              throw "boom";
            },
          }),
        ),
      malformed(
        "The parsed body could not be read (a value was thrown: a getter or Proxy failed). Pass the object your framework parsed, or the raw body.",
      ),
    ],
  ];

  for (const [name, run, expected] of cases) {
    it(`explains ${name}`, () => {
      expect(errorOf(run())).toStrictEqual(expected);
    });
  }
});

describe("parseCallback and the object it is given", () => {
  /** Freezes an object and every object and array inside it. */
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) deepFreeze(item);
      Object.freeze(value);
    }
    return value;
  };

  it("never writes into a framework's parsed body (it reads its own copy in place): every JSON fixture, frozen", () => {
    for (const provider of PROVIDERS) {
      for (const name of fixtureNames(provider.id).filter((file) => file.endsWith(".json"))) {
        const delivery = fixture(provider.id, name);
        let parsed: unknown;
        try {
          parsed = JSON.parse(delivery.text);
        } catch {
          continue; // the samples with leading-zero numbers are no JSON.parse input
        }
        const options: ParseOptions = provider.id === "kaleyra" ? { provider: "kaleyra" } : {};
        const expected = parseCallback(delivery.body, delivery.contentType, options);
        const sent = structuredClone(parsed);
        expect(parseCallback(deepFreeze(parsed) as Record<string, unknown>, "application/json", options), name).toEqual(
          expected,
        );
        expect(parsed, name).toEqual(sent);
      }
    }
  });
});

describe("parseCallback options", () => {
  const ringing =
    "call_event_uuid=709e1d5e&method=incoming_ringing&from=0390085900&external_did=61312341234&start_time=1573865518";

  it("accepts a lower-case defaultCountry and applies it upper-cased", () => {
    const result = parseCallback(ringing, null, { defaultCountry: "nz" });
    expect(result.ok && result.event.from).toEqual({ raw: "0390085900", e164: "+64390085900" });
  });

  it("accepts a maxBodyBytes of 0 for a GET delivery, and of exactly the body size", () => {
    expect(parseCallback(null, null, { query: ringing, maxBodyBytes: 0 }).ok).toBe(true);
    expect(parseCallback(ringing, null, { maxBodyBytes: ringing.length }).ok).toBe(true);
    expect(errorOf(parseCallback(ringing, null, { maxBodyBytes: ringing.length - 1 }))?.code).toBe("body_too_large");
    expect(parseCallback(ringing, null, { maxBodyBytes: Number.POSITIVE_INFINITY }).ok).toBe(true);
  });

  it("skips detection when options.provider is given", () => {
    const result = parseCallback({ cmiuuid: "x", call_event_uuid: "y", method: "incoming_ringing" }, null, {
      provider: "urlnetworks",
    });
    expect(errorOf(result)?.provider ?? (result.ok && result.event.provider)).toBe("urlnetworks");
  });

  it("treats null options as no options", () => {
    expect(parseCallback(ringing, null, null as never).ok).toBe(true);
  });
});

describe("detectProvider", () => {
  it("returns null for a delivery that cannot be read, has no provider or has two", () => {
    expect(detectProvider("{x", "application/json")).toBeNull();
    expect(detectProvider("a=1", null)).toBeNull();
    expect(detectProvider({ cmiuuid: "x", call_event_uuid: "y", method: "incoming_ringing" })).toBeNull();
    const hostile = Object.defineProperty({}, "a", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(detectProvider(hostile)).toBeNull();
  });

  it("returns options.provider when given, without looking at the body", () => {
    expect(detectProvider("a=1", null, { provider: "kaleyra" })).toBe("kaleyra");
    expect(detectProvider("a=1", null, { provider: "twilio" as never })).toBeNull();
  });

  it("tells a provider from keys in any case", () => {
    expect(detectProvider({ CMIUUID: "x" })).toBe("telecmi");
    expect(detectProvider("Call_Event_UUID=y&Method=incoming_ringing", null)).toBe("urlnetworks");
  });
});

describe("excerpt", () => {
  it("quotes up to 40 characters, then an ellipsis", () => {
    expect(excerpt("a".repeat(40))).toBe(`"${"a".repeat(40)}"`);
    expect(excerpt("a".repeat(41))).toBe(`"${"a".repeat(40)}…"`);
    expect(excerpt("")).toBe('""');
  });

  it("replaces control characters (C0, DEL, C1) and bidi or invisible ones with spaces", () => {
    expect(excerpt("a\u202eb\u2066c\u200bd\u2028e\ufefff\ud800")).toBe('"a b c d e f "');
    expect(excerpt("a\u0000b\nc\u001fd\u007fe\u0080f")).toBe('"a b c d e f"');
  });
});
