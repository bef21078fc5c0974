import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CarrierxFlexmlVerb, flexml } from "../../../src/providers/carrierx/index.js";

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';
const xml = (inner: string) => `${PROLOG}<Response>${inner}</Response>`;
const bodyOf = (verbs: readonly CarrierxFlexmlVerb[]) => {
  const reply = flexml(verbs);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.body;
};
const issuesOf = (verbs: unknown) => {
  const reply = flexml(verbs as readonly CarrierxFlexmlVerb[]);
  return reply.ok ? [] : reply.error.issues;
};

describe("flexml() builds the documented examples", () => {
  it("the Gather of the Responses page (https://docs.carrierx.com/flexml/flexml-api/call-flow/responses)", () => {
    const reply = flexml([
      {
        verb: "Gather",
        action: "http://www.example.com/path/to/handler",
        timeout: 5,
        children: [{ verb: "Say", text: "Please enter the extension of the party you would like to reach. " }],
      },
      { verb: "Say", text: "You did not enter an extension. " },
      { verb: "Hangup" },
    ]);
    expect(reply).toEqual({
      ok: true,
      body: xml(
        '<Gather action="http://www.example.com/path/to/handler" timeout="5"><Say>Please enter the extension of the party you would like to reach. </Say></Gather><Say>You did not enter an extension. </Say><Hangup/>',
      ),
      value: {
        response: [
          {
            verb: "Gather",
            action: "http://www.example.com/path/to/handler",
            timeout: 5,
            children: [{ verb: "Say", text: "Please enter the extension of the party you would like to reach. " }],
          },
          { verb: "Say", text: "You did not enter an extension. " },
          { verb: "Hangup" },
        ],
      },
    });
  });

  it("Play, Pause and Say inside Gather, with a method (the Gather page)", () => {
    expect(
      bodyOf([
        {
          verb: "Gather",
          numDigits: 4,
          method: "GET",
          action: "https://example.com/handler",
          children: [
            { verb: "Play", text: "https://example.com/media/first_prompt.wav" },
            { verb: "Pause", length: 2 },
            { verb: "Say", text: "Please enter your 4-digit PIN now." },
          ],
        },
      ]),
    ).toBe(
      xml(
        '<Gather action="https://example.com/handler" method="GET" numDigits="4"><Play>https://example.com/media/first_prompt.wav</Play><Pause length="2"/><Say>Please enter your 4-digit PIN now.</Say></Gather>',
      ),
    );
  });

  it("Dial with a Number, then Dtmf (the Dtmf page)", () => {
    expect(
      bodyOf([
        { verb: "Dial", timeLimit: 15, hangupOnStar: true, children: [{ noun: "Number", text: "15162065340" }] },
        { verb: "Dtmf", text: ",,,,12" },
      ]),
    ).toBe(xml('<Dial hangupOnStar="true" timeLimit="15"><Number>15162065340</Number></Dial><Dtmf>,,,,12</Dtmf>'));
  });

  it("Dial with a number as text, several Numbers rung at once, and sendDigits", () => {
    expect(bodyOf([{ verb: "Dial", callerId: "15162065319", text: "15162065340" }])).toBe(
      xml('<Dial callerId="15162065319">15162065340</Dial>'),
    );
    expect(
      bodyOf([
        {
          verb: "Dial",
          confirmKey: "1",
          children: [
            { noun: "Number", text: "15162065340", sendDigits: "1234#" },
            { noun: "Number", text: "15162065341" },
          ],
        },
      ]),
    ).toBe(
      xml('<Dial confirmKey="1"><Number sendDigits="1234#">15162065340</Number><Number>15162065341</Number></Dial>'),
    );
  });

  it("Reject with a reason, Redirect, Hangup with callInfo, Override first", () => {
    expect(bodyOf([{ verb: "Reject", reason: "busy" }])).toBe(xml('<Reject reason="busy"/>'));
    expect(bodyOf([{ verb: "Redirect", method: "GET", text: "/api/simple_menu/redirect/?option=1" }])).toBe(
      xml('<Redirect method="GET">/api/simple_menu/redirect/?option=1</Redirect>'),
    );
    expect(
      bodyOf([
        { verb: "Override", statusCallbackUrl: "https://example.com/status", statusCallbackMethod: "PUT" },
        { verb: "Hangup", callInfo: "<sip:info@example.com>;purpose=info" },
      ]),
    ).toBe(
      xml(
        '<Override statusCallbackUrl="https://example.com/status" statusCallbackMethod="PUT"/><Hangup callInfo="&lt;sip:info@example.com&gt;;purpose=info"/>',
      ),
    );
  });

  it("Record and Amd with the attributes of CarrierX's own application", () => {
    expect(
      bodyOf([
        {
          verb: "Record",
          direction: "out",
          lifecycleAction: "delete",
          lifecycleTtl: 86400,
          containerSid: "c1",
          fileMode: "overwrite",
          playBeep: true,
          finishOnKey: "#",
          trim: "do-not-trim",
          action: "/record/verify/1",
          method: "POST",
          errorAction: "/record/error/1",
          errorMethod: "POST",
        },
        { verb: "Amd", action: "/amd/1", initialSilence: 2500, greeting: 1500, afterGreetingSilence: 800 },
      ]),
    ).toBe(
      xml(
        '<Record action="/record/verify/1" containerSid="c1" direction="out" errorAction="/record/error/1" errorMethod="POST" fileMode="overwrite" finishOnKey="#" lifecycleAction="delete" lifecycleTtl="86400" method="POST" playBeep="true" trim="do-not-trim"/><Amd action="/amd/1" afterGreetingSilence="800" greeting="1500" initialSilence="2500"/>',
      ),
    );
  });

  it("Start, Stop and Connect with their Stream, and Stream Parameters", () => {
    expect(
      bodyOf([
        {
          verb: "Start",
          children: [
            {
              noun: "Stream",
              url: "wss://example.com",
              name: "myStream",
              track: "both_tracks",
              children: [{ noun: "Parameter", name: "First Name", value: "John" }],
            },
          ],
        },
        { verb: "Stop", children: [{ noun: "Stream", name: "myStream" }] },
        { verb: "Connect", children: [{ noun: "Stream", url: "/media", audio_track: "inbound" }] },
      ]),
    ).toBe(
      xml(
        '<Start><Stream url="wss://example.com" name="myStream" track="both_tracks"><Parameter name="First Name" value="John"/></Stream></Start><Stop><Stream name="myStream"/></Stop><Connect><Stream url="/media" audio_track="inbound"/></Connect>',
      ),
    );
  });

  it("Play from a URL, a File, or digits; Say with a voice and loops; Pause and Wait; Sms", () => {
    expect(
      bodyOf([
        { verb: "Play", background: true, text: "https://example.com/a.wav" },
        { verb: "Play", children: [{ noun: "File", text: "f6070be2-9abd-4726-870c-c86c9aac5c7e" }] },
        { verb: "Play", digits: "1234" },
        { verb: "Say", voice: "Polly.Joanna", loop: 0, loopPause: 2, text: "Hello" },
        { verb: "Wait", length: 60, silence: true, minSilence: 2000 },
        { verb: "Sms", to: "15162065340", text: "Thanks for calling" },
      ]),
    ).toBe(
      xml(
        '<Play background="true">https://example.com/a.wav</Play><Play><File>f6070be2-9abd-4726-870c-c86c9aac5c7e</File></Play><Play digits="1234"/><Say loop="0" loopPause="2" voice="Polly.Joanna">Hello</Say><Wait length="60" silence="true" minSilence="2000"/><Sms to="15162065340">Thanks for calling</Sms>',
      ),
    );
  });
});

describe("flexml() escapes", () => {
  it("&, <, >, quotes and apostrophes in text and in attribute values", () => {
    expect(
      bodyOf([
        { verb: "Say", text: `Tom & Jerry's <"show">` },
        { verb: "Gather", action: `/menu?a=1&b="2"&c='3'<>`, children: [] },
      ]),
    ).toBe(
      xml(
        '<Say>Tom &amp; Jerry&apos;s &lt;&quot;show&quot;&gt;</Say><Gather action="/menu?a=1&amp;b=&quot;2&quot;&amp;c=&apos;3&apos;&lt;&gt;"/>',
      ),
    );
  });

  it("keeps tab and line breaks as character references, which an attribute would turn into spaces", () => {
    expect(bodyOf([{ verb: "Say", text: "one\ttwo\nthree\r\n" }])).toBe(
      xml("<Say>one&#9;two&#10;three&#13;&#10;</Say>"),
    );
    expect(bodyOf([{ verb: "Hangup", callInfo: "a\tb\nc" }])).toBe(xml('<Hangup callInfo="a&#9;b&#10;c"/>'));
  });

  it("refuses control characters, U+FFFE/U+FFFF and unpaired surrogates, naming the path", () => {
    for (const text of [
      "a\u0000",
      "\u0007bell",
      "esc\u001b[2J",
      "del\u007f",
      "c1\u0085",
      "\ufffe",
      "\ud800",
      "x\udc00y",
    ]) {
      expect(issuesOf([{ verb: "Gather", children: [{ verb: "Say", text }] }])).toEqual([
        {
          path: ["response", 0, "children", 0, "text"],
          message:
            "response[0].children[0].text must not contain control characters (other than tab and line breaks) or unpaired surrogates.",
        },
      ]);
    }
    expect(issuesOf([{ verb: "Hangup", callInfo: "a\u0000" }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "callInfo"] }),
    ]);
    // A surrogate pair (an emoji) is text.
    expect(bodyOf([{ verb: "Say", text: "ok 👍" }])).toBe(xml("<Say>ok 👍</Say>"));
  });

  it("writes any text it accepts as well-formed XML that reads back as the text (property)", () => {
    const ENTITY = /&(?:amp|lt|gt|quot|apos|#9|#10|#13);/g;
    const decode = (escaped: string) =>
      escaped.replace(
        ENTITY,
        (entity) =>
          (
            ({
              "&amp;": "&",
              "&lt;": "<",
              "&gt;": ">",
              "&quot;": '"',
              "&apos;": "'",
              "&#9;": "\t",
              "&#10;": "\n",
              "&#13;": "\r",
            }) as Record<string, string>
          )[entity] ?? entity,
      );
    // Any UTF-16 unit, with the characters XML escapes drawn often and those it refuses now and then.
    const CHARACTER = fc.oneof(
      { arbitrary: fc.constantFrom("&", "<", ">", '"', "'", "\t", "\n", "\r", "a", "👍"), weight: 4 },
      { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), weight: 4 },
      { arbitrary: fc.constantFrom("\u0000", "\u0085", "\ud83d", "\ufffe"), weight: 1 },
    );
    let written = 0;
    const SAFE_CONTENT = /^(?:[^<>&"'\t\n\r]|&(?:amp|lt|gt|quot|apos|#9|#10|#13);)*$/u;
    fc.assert(
      fc.property(fc.string({ unit: CHARACTER, minLength: 1, maxLength: 24 }), (text) => {
        const reply = flexml([
          { verb: "Say", text },
          { verb: "Hangup", callInfo: text },
        ]);
        if (!reply.ok) return reply.error.issues.length > 0;
        written++;
        const match = /^<\?xml[^>]*\?><Response><Say>(.*)<\/Say><Hangup callInfo="(.*)"\/><\/Response>$/su.exec(
          reply.body,
        );
        const [, content = "", attribute = ""] = match ?? [];
        return (
          match !== null &&
          SAFE_CONTENT.test(content) &&
          SAFE_CONTENT.test(attribute) &&
          decode(content) === text &&
          decode(attribute) === text
        );
      }),
      { numRuns: 300, seed: 20261202 },
    );
    // Most draws are written, not refused: the property is about what is written.
    expect(written).toBeGreaterThan(100);
  });
});

describe("flexml() holds the nesting rules the docs state", () => {
  it("lets Gather hold Say, Play and Pause only", () => {
    for (const verb of ["Dial", "Gather", "Record", "Hangup", "Redirect", "Wait"]) {
      expect(issuesOf([{ verb: "Gather", children: [{ verb }] }])).toEqual([
        {
          path: ["response", 0, "children", 0, "verb"],
          message: 'response[0].children[0].verb must be "Say", "Play" or "Pause": the verbs Gather may hold.',
        },
      ]);
    }
  });

  it("keeps Number inside Dial and File inside Play: a noun is no verb", () => {
    expect(issuesOf([{ noun: "Number", text: "15162065340" }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "verb"] }),
    ]);
    expect(issuesOf([{ verb: "Gather", children: [{ noun: "File", text: "f" }] }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "children", 0, "verb"] }),
    ]);
    expect(issuesOf([{ verb: "Dial", children: [{ verb: "Say", text: "x" }] }])).toContainEqual({
      path: ["response", 0, "children", 0, "verb"],
      message: "response[0].children[0].verb is not a known parameter.",
    });
    expect(issuesOf([{ verb: "Play", children: [{ noun: "Number", text: "1" }] }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "children", 0, "noun"] }),
    ]);
  });

  it("lets no verb hold children the docs do not give it", () => {
    expect(issuesOf([{ verb: "Say", text: "x", children: [] }])).toEqual([
      { path: ["response", 0, "children"], message: "response[0].children is not a known parameter." },
    ]);
    expect(issuesOf([{ verb: "Hangup", text: "bye" }])).toEqual([
      { path: ["response", 0, "text"], message: "response[0].text is not a known parameter." },
    ]);
  });

  it("needs exactly one Stream in Start, Stop and Connect; Stop's names the stream", () => {
    expect(issuesOf([{ verb: "Connect", children: [] }])).toEqual([
      {
        path: ["response", 0, "children", 0],
        message: 'response[0].children[0] must be a Stream noun ({ noun: "Stream", url, … }).',
      },
    ]);
    expect(issuesOf([{ verb: "Connect", children: { noun: "Stream", url: "wss://e" } }])).toEqual([
      { path: ["response", 0, "children"], message: "response[0].children must be [a Stream noun]." },
    ]);
    expect(issuesOf([{ verb: "Start" }])).toEqual([
      { path: ["response", 0, "children"], message: "response[0].children is required." },
    ]);
    const stream = { noun: "Stream", url: "wss://example.com" };
    expect(issuesOf([{ verb: "Start", children: [stream, stream] }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "children", 1] }),
    ]);
    expect(issuesOf([{ verb: "Stop", children: [stream] }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "children", 0, "name"] }),
      expect.objectContaining({ path: ["response", 0, "children", 0, "url"] }),
    ]);
  });

  it("needs one content in Play and Dial, and nothing else beside Play's digits", () => {
    expect(issuesOf([{ verb: "Play" }])).toEqual([
      {
        path: ["response", 0],
        message: "response[0] (Play) must have exactly one of text (an audio URL), children (a File) or digits.",
      },
    ]);
    expect(issuesOf([{ verb: "Gather", children: [{ verb: "Play", text: "/a.wav", digits: "1" }] }])).toEqual([
      expect.objectContaining({ path: ["response", 0, "children", 0] }),
    ]);
    expect(issuesOf([{ verb: "Play", digits: "1", loop: 2 }])).toEqual([
      { path: ["response", 0], message: "response[0] (Play with digits) must have no other attribute." },
    ]);
    expect(issuesOf([{ verb: "Dial" }])).toEqual([
      {
        path: ["response", 0],
        message: "response[0] (Dial) must have exactly one of text (a number) or children (Number nouns).",
      },
    ]);
    expect(issuesOf([{ verb: "Dial", text: "1", children: [{ noun: "Number", text: "2" }] }])).toHaveLength(1);
    expect(issuesOf([{ verb: "Dial", children: [] }])).toEqual([
      { path: ["response", 0, "children"], message: "response[0].children must hold at least one Number noun." },
    ]);
  });

  it("puts Override first only", () => {
    expect(issuesOf([{ verb: "Hangup" }, { verb: "Override" }])).toEqual([
      { path: ["response", 1], message: "response[1] is an Override, which must be the first verb." },
    ]);
  });

  it("refuses an empty reply", () => {
    expect(flexml([])).toEqual({
      ok: false,
      error: {
        code: "invalid_input",
        message:
          "This CarrierX FlexML reply is not valid: response must not be empty: add a verb, such as Hangup. See error.issues.",
        issues: [{ path: ["response"], message: "response must not be empty: add a verb, such as Hangup." }],
      },
    });
  });
});

describe("flexml() refuses invalid attributes, naming each by path", () => {
  it("misspelt, of the wrong type or out of the documented range", () => {
    expect(
      issuesOf([
        { verb: "Say", text: "x", lopp: 2 },
        { verb: "Say", text: "x", loop: 101, loopPause: 0, voice: "robot" },
        { verb: "Pause", length: "2" },
        { verb: "Gather", numDigits: 1.5, method: "get", validDigits: "12a" },
        { verb: "Reject", reason: "nope" },
        { verb: "Dial", text: "1", confirmKey: "12", hangupOnStar: "true" },
      ]),
    ).toEqual([
      { path: ["response", 0, "lopp"], message: "response[0].lopp is not a known parameter." },
      { path: ["response", 1, "loop"], message: "response[1].loop must be a whole number from 0 to 100." },
      { path: ["response", 1, "loopPause"], message: "response[1].loopPause must be a whole number from 1 to 300." },
      { path: ["response", 1, "voice"], message: 'response[1].voice must be "man", "woman" or "Polly.<Name>".' },
      { path: ["response", 2, "length"], message: "response[2].length must be a whole number, 1 or more." },
      { path: ["response", 3, "method"], message: 'response[3].method must be "POST" or "GET".' },
      { path: ["response", 3, "numDigits"], message: "response[3].numDigits must be a whole number, 1 or more." },
      {
        path: ["response", 3, "validDigits"],
        message: "response[3].validDigits must be phone keys: 0–9, # or *.",
      },
      {
        path: ["response", 4, "reason"],
        message:
          "response[4].reason must be one of rejected, redirect, forbidden, not-found, busy-here, bad-gateway, unavailable, busy, decline, does-not-exist, unwanted, intermediary-rejected.",
      },
      { path: ["response", 5, "confirmKey"], message: "response[5].confirmKey must be one phone key: 0–9, # or *." },
      { path: ["response", 5, "hangupOnStar"], message: "response[5].hangupOnStar must be true or false." },
    ]);
  });

  it("text that is empty, too long, or not DTMF where DTMF is sent", () => {
    expect(issuesOf([{ verb: "Say", text: " " }])).toEqual([
      { path: ["response", 0, "text"], message: "response[0].text must not be empty." },
    ]);
    expect(issuesOf([{ verb: "Say", text: "a".repeat(1025) }])).toEqual([
      { path: ["response", 0, "text"], message: "response[0].text must be at most 1024 characters." },
    ]);
    expect(bodyOf([{ verb: "Say", text: "a".repeat(1024) }])).toContain("a".repeat(1024));
    expect(issuesOf([{ verb: "Sms", text: "a".repeat(671) }])).toEqual([
      { path: ["response", 0, "text"], message: "response[0].text must be at most 670 characters." },
    ]);
    expect(issuesOf([{ verb: "Dtmf", text: "12w3" }])).toEqual([
      {
        path: ["response", 0, "text"],
        message: "response[0].text must be DTMF: 0–9, #, * and , (a half-second pause).",
      },
    ]);
  });

  it("URLs with spaces, and Stream URLs that are not WebSocket ones or carry a query", () => {
    expect(issuesOf([{ verb: "Redirect", text: "/next step" }])).toEqual([
      {
        path: ["response", 0, "text"],
        message: "response[0].text must be a URL, absolute or relative, without spaces.",
      },
    ]);
    expect(issuesOf([{ verb: "Start", children: [{ noun: "Stream", url: "https://example.com/ws" }] }])).toEqual([
      expect.objectContaining({
        message: "response[0].children[0].url must be a ws:// or wss:// URL, or a relative one.",
      }),
    ]);
    expect(issuesOf([{ verb: "Start", children: [{ noun: "Stream", url: "wss://example.com/?token=1" }] }])).toEqual([
      expect.objectContaining({
        message: "response[0].children[0].url must not have a query: send values as Parameter nouns.",
      }),
    ]);
    expect(
      issuesOf([
        { verb: "Start", children: [{ noun: "Stream", url: "wss://e", track: "both_tracks", audio_track: "both" }] },
      ]),
    ).toEqual([
      {
        path: ["response", 0, "children", 0, "audio_track"],
        message: "response[0].children[0].audio_track must not be given with track: use one of them.",
      },
    ]);
  });

  it("input that is no array of verb objects", () => {
    for (const input of [undefined, null, "Hangup", { verb: "Hangup" }, 42]) {
      expect(issuesOf(input)).toEqual([{ path: ["response"], message: "response must be an array of verbs." }]);
    }
    expect(issuesOf(["Hangup"])).toEqual([expect.objectContaining({ path: ["response", 0] })]);
    expect(issuesOf([JSON.parse('{"verb":"Hangup","__proto__":{"polluted":true}}')])).toEqual([
      { path: ["response", 0, "__proto__"], message: "response[0].__proto__ is not a known parameter." },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("flexml() never throws on hostile input", () => {
  it("answers a Proxy or getter that throws with an error value", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const getter = {
      verb: "Say",
      get text(): string {
        throw new TypeError("boom");
      },
    };
    const throwingArray = new Proxy([], {
      get() {
        throw new Error("boom");
      },
    });
    for (const input of [[throwing], throwingArray, [getter], [{ verb: "Gather", children: throwingArray }]]) {
      expect(flexml(input as readonly CarrierxFlexmlVerb[])).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^This CarrierX FlexML reply could not be read/),
        },
      });
    }
  });

  it("writes what it validated, even when a getter answers differently each time", () => {
    let reads = 0;
    const shifty = {
      verb: "Say",
      get text(): string {
        reads++;
        return reads === 1 ? "hello" : "<Redirect>https://evil.example</Redirect>";
      },
    };
    const reply = flexml([shifty as CarrierxFlexmlVerb]);
    expect(reply.ok && reply.body).toBe(xml("<Say>hello</Say>"));
  });

  it("stops at the first level where deep nesting breaks a rule, without walking further down", () => {
    let nested: Record<string, unknown> = { verb: "Say", text: "x" };
    for (let depth = 0; depth < 100_000; depth++) nested = { verb: "Gather", children: [nested] };
    expect(issuesOf([nested])).toEqual([expect.objectContaining({ path: ["response", 0, "children", 0, "verb"] })]);
    const cyclic: Record<string, unknown> = { verb: "Gather" };
    cyclic.children = [cyclic];
    expect(issuesOf([cyclic])).toEqual([expect.objectContaining({ path: ["response", 0, "children", 0, "verb"] })]);
  });

  it("builds a long reply, and reports every bad verb of one", () => {
    const many = Array.from({ length: 10_000 }, () => ({ verb: "Pause", length: 1 }) as const);
    expect(bodyOf(many).length).toBe(
      PROLOG.length + "<Response></Response>".length + 10_000 * '<Pause length="1"/>'.length,
    );
    expect(issuesOf(Array.from({ length: 1000 }, () => ({ verb: "Pause", length: 0 })))).toHaveLength(1000);
  });
});
