import { describe, expect, it } from "vitest";
import { listenReply } from "../../../src/cli/listen-reply.js";
import { type CallEvent, detectProvider, type ParseResult, parseCallback } from "../../../src/index.js";
import { carrierx } from "../../../src/providers/carrierx/definition.js";
import { flexml, parse } from "../../../src/providers/carrierx/index.js";
import { sentJson } from "../../helpers/fixtures.js";

// The FlexML quirks of docs/providers/carrierx.md, one test each.

const PROVIDER = "carrierx";
const request = () => sentJson(PROVIDER, "flexml-request.json");
const gather = () => sentJson(PROVIDER, "flexml-gather-action.json");
const status = () => sentJson(PROVIDER, "flexml-status-callback.json");
const outbound = () => sentJson(PROVIDER, "flexml-request-outbound.json");

const eventOf = (result: ParseResult<CallEvent>): CallEvent => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.event;
};
const without = (fields: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.includes(key)));
const toForm = (fields: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(fields).flatMap(([key, value]) => (value === null ? [] : [[key, String(value)]])),
  ).toString();

// Twilio's voice request, with the values of https://www.twilio.com/docs/usage/webhooks/voice-webhooks.
const TWILIO = {
  CallSid: "CA5d1f3a9f3d2b4c7e8a6f0b9c1d2e3f4a",
  AccountSid: "AC7a1c0b2e3d4f5a6b7c8d9e0f1a2b3c4d",
  From: "+14158675310",
  To: "+14158675309",
  CallStatus: "ringing",
  ApiVersion: "2010-04-01",
  Direction: "inbound",
};

describe("CarrierX FlexML detection (#flexml-detection)", () => {
  it("recognises a FlexML delivery without OriginalFrom/OriginalTo, from CallSid, RequestUrl and ApiVersion", () => {
    expect(detectProvider(outbound())).toBe(PROVIDER);
    expect(detectProvider(without(request(), "OriginalFrom", "OriginalTo"))).toBe(PROVIDER);
    expect(detectProvider(without(status(), "OriginalFrom", "OriginalTo"))).toBe(PROVIDER);
  });

  it("recognises one with an Original* number and no ApiVersion, and none with neither", () => {
    expect(detectProvider(without(request(), "ApiVersion", "OriginalFrom"))).toBe(PROVIDER);
    expect(detectProvider(without(request(), "ApiVersion", "OriginalTo"))).toBe(PROVIDER);
    expect(detectProvider(without(request(), "ApiVersion", "OriginalFrom", "OriginalTo"))).toBeNull();
    expect(detectProvider(without(request(), "RequestUrl"))).toBeNull();
    expect(detectProvider({ ...request(), CallSid: "" })).toBeNull();
  });

  it("reads the keys in any case", () => {
    const lower = Object.fromEntries(Object.entries(gather()).map(([key, value]) => [key.toLowerCase(), value]));
    expect(detectProvider(lower)).toBe(PROVIDER);
    expect(eventOf(parseCallback(lower))).toMatchObject({ type: "call.dtmf", digits: "9" });
  });

  it("never claims Twilio's voice request, even with a RequestUrl", () => {
    expect(detectProvider(TWILIO)).toBeNull();
    const withUrl = { ...TWILIO, RequestUrl: "https://example.com/voice" };
    expect(detectProvider(withUrl)).toBeNull();
    // Either Twilio sign alone is enough to refuse.
    expect(detectProvider({ ...withUrl, ApiVersion: "2.0" })).toBeNull();
    expect(detectProvider({ ...withUrl, AccountSid: "" })).toBeNull();
    expect(detectProvider({ ...withUrl, AccountSid: "", ApiVersion: "2.0" })).toBe(PROVIDER);
    expect(detectProvider(toForm(TWILIO), "application/x-www-form-urlencoded")).toBeNull();
  });

  it("never claims other TwiML-style requests: Telnyx TeXML, 2600Hz Pivot", () => {
    // https://developers.telnyx.com/api-reference/callbacks/texml-http-request
    const telnyx = {
      AccountSid: "f5586561-8ff0-4291-a51b-c7dfe4139ff9",
      CallSid: "v3:9X2vxPDFY2RHSJ1EdMS0RHRksMTg7ldNxdjWbVr9zBjbGjGsSe-aiQ",
      From: "+35319605860",
      To: "+13129457420",
    };
    expect(detectProvider(toForm(telnyx), "application/x-www-form-urlencoded")).toBeNull();
    // https://docs.2600hz.com/developers/pivot/pivot-request-parameters
    const pivot = { AccountSid: "a", ApiVersion: "2015-03-01", CallSid: "c", Direction: "inbound", From: "1", To: "2" };
    expect(detectProvider(pivot)).toBeNull();
  });
});

describe("CarrierX FlexML deliveries: JSON, form and GET (#flexml-json-not-form)", () => {
  it("reads the same Gather action from a JSON body, a form body and a query", () => {
    const fromJson = eventOf(parse(JSON.stringify(gather()), "application/json"));
    const fromForm = eventOf(parse(toForm(gather()), "application/x-www-form-urlencoded"));
    const fromQuery = eventOf(parse(null, null, { query: toForm(gather()) }));
    const { raw: _json, ...json } = fromJson;
    const { raw: _form, ...form } = fromForm;
    const { raw: _query, ...query } = fromQuery;
    expect(form).toEqual(json);
    expect(query).toEqual(json);
  });

  it("keeps the customer's own query keys beside CarrierX's JSON body (#flexml-query-merge)", () => {
    const event = eventOf(parse(JSON.stringify(request()), "application/json", { query: "menu=main" }));
    expect(event.raw).toMatchObject({ menu: "main", CallSid: "3fdb6a4c-2e6a-11ee-bc46-b87d5ef56c18" });
  });

  it("reads a literal + of a GET query's OriginalFrom, decoded to a space, as the international number", () => {
    const query = "CallSid=c1&RequestUrl=%2Fflexml&ApiVersion=2.0&Direction=inbound&OriginalFrom=+19495107548&To=1518";
    expect(eventOf(parse(null, null, { query })).from).toEqual({ raw: "19495107548", e164: "+19495107548" });
  });
});

describe("CarrierX FlexML request (#flexml-request)", () => {
  it("is call.ringing inbound and call.answered outbound, whatever the case of Direction", () => {
    expect(eventOf(parse({ ...request(), Direction: "INBOUND" })).type).toBe("call.ringing");
    expect(eventOf(parse({ ...request(), Direction: "Outbound" })).type).toBe("call.answered");
  });

  it("is call.ringing with no direction and no virtual number when Direction is missing or unknown", () => {
    for (const Direction of [undefined, null, "", "sideways"]) {
      const event = eventOf(parse({ ...request(), Direction }));
      expect([event.type, event.direction, event.virtualNumber]).toEqual(["call.ringing", null, null]);
    }
  });

  it("takes the virtual number from To inbound and From outbound (the Calls API's calling_did)", () => {
    expect(eventOf(parse(request())).virtualNumber?.raw).toBe("15187216129");
    expect(eventOf(parse(outbound())).virtualNumber?.raw).toBe("15162065319");
  });

  it("reads OriginalFrom/OriginalTo when From/To are missing (#plus-sign-inconsistency)", () => {
    const event = eventOf(parse(without(request(), "From", "To")));
    expect([event.from, event.to]).toEqual([
      { raw: "+19495107548", e164: "+19495107548" },
      { raw: "15187216129", e164: "+15187216129" },
    ]);
  });

  it("gives every plain request of a call one id, so a verb's action request dedupes with the offer", () => {
    const offer = eventOf(parse(request()));
    const playAction = eventOf(parse({ ...request(), RequestUrl: "http://localhost:3000/api/flexml/next" }));
    expect(playAction.id).toBe(offer.id);
    expect(eventOf(parse({ ...request(), CallSid: "other" })).id).not.toBe(offer.id);
  });

  it("has no timestamp: occurredAt is null (#flexml-no-timestamp)", () => {
    expect(eventOf(parse(request())).occurredAt).toBeNull();
  });

  it("reads a blank AccountSid and a FinishKey null as absent (#null-versus-absent)", () => {
    const event = eventOf(parse(gather()));
    expect([event.raw.AccountSid, event.raw.FinishKey, event.raw.CallerName]).toEqual([null, null, null]);
  });

  it("answers a request without CallSid unsupported_event when the route names CarrierX", () => {
    expect(parseCallback(without(request(), "CallSid"), null, { provider: PROVIDER })).toMatchObject({
      ok: false,
      error: { code: "unsupported_event", message: expect.stringMatching(/neither a Mediator record nor a FlexML/) },
    });
  });
});

describe("CarrierX FlexML Gather action (#flexml-gather-empty-digits)", () => {
  it("is call.dtmf with the digits as sent, # and * and leading zeros kept", () => {
    for (const Digits of ["0042", "12#", "*9"])
      expect(eventOf(parse({ ...gather(), Digits }))).toMatchObject({ digits: Digits });
    expect(eventOf(parse({ ...gather(), Digits: 9 }))).toMatchObject({ type: "call.dtmf", digits: "9" });
  });

  it("is unsupported_event, not call.dtmf, when no key was pressed", () => {
    for (const Digits of ["", null, "  "]) {
      expect(parse({ ...gather(), Digits })).toEqual({
        ok: false,
        error: {
          code: "unsupported_event",
          provider: PROVIDER,
          message: expect.stringMatching(/has no Digits: the caller pressed no key.*next FlexML instructions/),
        },
      });
    }
    expect(parse(null, null, { query: "CallSid=c&RequestUrl=%2Fmenu&ApiVersion=2.0&Digits=" }).ok).toBe(false);
  });

  it("gives menus of one call answered with the same keys different ids, without the URL in them", () => {
    const first = eventOf(parse(gather()));
    const second = eventOf(parse({ ...gather(), RequestUrl: "https://example.com/api/flexml/submenu?token=s3cr3t" }));
    expect(second.id).not.toBe(first.id);
    expect(second.id).not.toContain("s3cr3t");
    expect(eventOf(parse(gather())).id).toBe(first.id);
  });
});

describe("CarrierX FlexML status callback (#flexml-callstatus-values)", () => {
  const outcome = (CallStatus: unknown) => {
    const event = eventOf(parse({ ...status(), CallStatus }));
    return event.type === "call.ended" ? event.outcome : event.type;
  };

  it("maps the documented CallStatus values and the spellings of CarrierX's own code, in any case", () => {
    const table: Record<string, string> = {
      completed: "completed",
      noanswer: "missed",
      "no-answer": "missed",
      busy: "busy",
      cancel: "canceled",
      canceled: "canceled",
      cancelled: "canceled",
      failed: "failed",
      "invalid-number": "failed",
      "app-error": "failed",
    };
    for (const [sent, want] of Object.entries(table)) {
      expect(outcome(sent), sent).toBe(want);
      expect(outcome(sent.toUpperCase()), sent).toBe(want);
    }
  });

  it("reads an unknown or missing CallStatus as unknown", () => {
    for (const sent of ["ringing", "", null, undefined]) expect(outcome(sent)).toBe("unknown");
  });

  it("reads CallDuration as a JSON number or a numeric string (#flexml-callduration-type)", () => {
    for (const CallDuration of [31, "31", " 31 "]) {
      const event = eventOf(parse({ ...status(), CallDuration }));
      expect(event.type === "call.ended" && event.durationSec).toBe(31);
    }
  });

  it("is told by CallDuration: a request with CallStatus alone is no status callback", () => {
    expect(eventOf(parse({ ...request(), CallStatus: "completed" })).type).toBe("call.ringing");
    expect(eventOf(parse({ ...gather(), CallDuration: 12 })).type).toBe("call.ended");
    const nullDuration = eventOf(parse({ ...status(), CallDuration: null }));
    expect(nullDuration.type === "call.ended" && nullDuration.durationSec).toBeNull();
  });

  it("reports a CallDuration that is no number as invalid_payload with its path", () => {
    expect(parseCallback({ ...status(), CallDuration: "long" })).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", provider: PROVIDER, issues: [{ path: ["CallDuration"] }] },
    });
  });

  it("accepts any delivery method: the fields of a HEAD or GET status callback come in the query", () => {
    const event = eventOf(parse(null, null, { query: toForm(status()) }));
    expect(event.type === "call.ended" && [event.outcome, event.durationSec]).toEqual(["completed", 31]);
  });
});

describe("CarrierX FlexML Record and Amd action requests", () => {
  it("answers a Record request told by any of its keys unsupported_event", () => {
    for (const key of ["RecordingUrl", "RecordingFileSid", "RecordingDuration"]) {
      expect(parseCallback({ ...request(), [key]: "x" })).toMatchObject({
        ok: false,
        error: { code: "unsupported_event", message: expect.stringMatching(/Record action or callbackUrl/) },
      });
    }
  });

  it("answers an Amd action unsupported_event, by AMDStatus or AMDCause", () => {
    for (const key of ["AMDStatus", "AMDCause"]) {
      expect(parseCallback({ ...outbound(), [key]: "HUMAN" })).toMatchObject({
        ok: false,
        error: { code: "unsupported_event", message: expect.stringMatching(/Amd action request/) },
      });
    }
  });
});

describe("The FlexML reply callhooks listen sends", () => {
  it("is what flexml() builds for a hang-up, for the shapes that wait for FlexML", () => {
    const hangUp = flexml([{ verb: "Hangup" }]);
    expect(hangUp.ok && hangUp.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    const shapes = carrierx.shapes;
    for (const shape of [shapes["flexml-request"], shapes["flexml-gather"]]) {
      expect(shape.defaultReply).toEqual({ contentType: "application/xml", body: hangUp.ok && hangUp.body });
    }
    // "The response to this request is not used."
    expect(shapes["flexml-status"].defaultReply).toBeUndefined();
    expect(shapes.mediator.defaultReply).toBeUndefined();
  });

  it("is sent for a FlexML request and a Gather action, not for a status callback", () => {
    expect(listenReply(eventOf(parse(request())))?.body).toContain("<Hangup/>");
    expect(listenReply(eventOf(parse(gather())))?.contentType).toBe("application/xml");
    expect(listenReply(eventOf(parse(status())))).toBeNull();
  });
});
