import { describe, expect, it } from "vitest";
import { wavecell } from "../../../src/providers/wavecell/definition.js";
import { callflow, commands, type WavecellCallflowAction } from "../../../src/providers/wavecell/index.js";

function issuesOf(result: { ok: boolean; error?: { issues: readonly unknown[] } }) {
  return result.ok ? [] : result.error?.issues;
}

describe("commands (legacy Wavecell reply, #legacy-handle)", () => {
  it("builds the documented MakeCall reply", () => {
    const reply = commands([
      { function: "MakeCall", targetMsisdn: "6512345678", sourceMsisdn: "6587654321", ringtone: "us" },
    ]);
    expect(reply).toEqual({
      ok: true,
      body: '{"commands":[{"function":"MakeCall","targetMsisdn":"6512345678","sourceMsisdn":"6587654321","ringtone":"us"}]}',
      value: {
        commands: [{ function: "MakeCall", targetMsisdn: "6512345678", sourceMsisdn: "6587654321", ringtone: "us" }],
      },
    });
  });

  it("builds the documented PlayTTS reply", () => {
    const reply = commands([
      {
        function: "PlayTTS",
        message: "Hello This is a test message",
        voice: "f",
        language: "en",
        dtmfInterrupt: true,
        dtmfLength: 5,
      },
    ]);
    expect(reply.ok && reply.body).toBe(
      '{"commands":[{"function":"PlayTTS","message":"Hello This is a test message","voice":"f","language":"en","dtmfInterrupt":true,"dtmfLength":5}]}',
    );
  });

  it("builds a Hangup with no parameters, after other commands, in order", () => {
    const reply = commands([
      { function: "PlayTTS", message: "Bye", voice: "m", language: "en" },
      { function: "Hangup" },
    ]);
    expect(reply.ok && reply.body).toBe(
      '{"commands":[{"function":"PlayTTS","message":"Bye","voice":"m","language":"en"},{"function":"Hangup"}]}',
    );
  });

  it("refuses a dtmfLength outside 0–20, naming the command and parameter", () => {
    const reply = commands([
      { function: "Hangup" },
      { function: "PlayTTS", message: "Code?", voice: "f", language: "en", dtmfInterrupt: true, dtmfLength: 21 },
    ]);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: "invalid_input",
        message: expect.stringContaining("commands[1].dtmfLength must be a whole number from 0 to 20"),
        issues: [
          {
            path: ["commands", 1, "dtmfLength"],
            message: "commands[1].dtmfLength must be a whole number from 0 to 20.",
          },
        ],
      },
    });
    expect(
      issuesOf(commands([{ function: "PlayTTS", message: "x", voice: "f", language: "en", dtmfLength: 2.5 }])),
    ).toEqual([
      { path: ["commands", 0, "dtmfLength"], message: "commands[0].dtmfLength must be a whole number from 0 to 20." },
    ]);
  });

  it("requires dtmfLength when dtmfInterrupt is true", () => {
    const reply = commands([
      // @ts-expect-error dtmfLength is required with dtmfInterrupt: true.
      { function: "PlayTTS", message: "Code?", voice: "f", language: "en", dtmfInterrupt: true },
    ]);
    expect(issuesOf(reply)).toEqual([
      { path: ["commands", 0, "dtmfLength"], message: "commands[0].dtmfLength is required." },
    ]);
  });

  it("requires MakeCall's numbers and knows its ringtones", () => {
    // @ts-expect-error sourceMsisdn is required.
    expect(issuesOf(commands([{ function: "MakeCall", targetMsisdn: "6512345678" }]))).toEqual([
      { path: ["commands", 0, "sourceMsisdn"], message: "commands[0].sourceMsisdn is required." },
    ]);
    const reply = commands([
      // @ts-expect-error "fr" is not a documented ringtone.
      { function: "MakeCall", targetMsisdn: "6512345678", sourceMsisdn: " ", ringtone: "fr" },
    ]);
    expect(issuesOf(reply)).toEqual([
      { path: ["commands", 0, "sourceMsisdn"], message: "commands[0].sourceMsisdn must not be empty." },
      { path: ["commands", 0, "ringtone"], message: "commands[0].ringtone must be one of au, eu, jp, uk, us." },
    ]);
  });

  it("refuses an unknown parameter and an unknown voice", () => {
    const reply = commands([
      // @ts-expect-error voice is "f" or "m", and there is no `speed`.
      { function: "PlayTTS", message: "Hi", voice: "x", language: "en", speed: 2 },
    ]);
    expect(issuesOf(reply)).toEqual([
      { path: ["commands", 0, "voice"], message: 'commands[0].voice must be "f" (female) or "m" (male).' },
      { path: ["commands", 0, "speed"], message: "commands[0].speed is not a known parameter." },
    ]);
  });

  it("refuses PlayFile, whose legacy parameters are not documented, pointing to callflow()", () => {
    // @ts-expect-error PlayFile is not offered.
    const reply = commands([{ function: "PlayFile", url: "https://example.com/a.mp3" }]);
    expect(issuesOf(reply)).toEqual([
      { path: ["commands", 0, "function"], message: expect.stringContaining("use the 8x8 callflow() reply") },
    ]);
  });

  it("refuses an empty list, and never throws on input of the wrong type", () => {
    expect(issuesOf(commands([]))).toEqual([{ path: ["commands"], message: "commands must not be empty." }]);
    expect(commands(null as never)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(commands([42] as never)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});

describe("callflow (8x8 CALL_ACTION reply, #call-action)", () => {
  it("builds the documented makeCall reply, clientActionId first", () => {
    const reply = callflow(
      [{ action: "makeCall", params: { source: "+65123456789", destination: "+6543212345", callRecording: true } }],
      { clientActionId: "ivr1_level2" },
    );
    expect(reply).toEqual({
      ok: true,
      body: '{"clientActionId":"ivr1_level2","callflow":[{"action":"makeCall","params":{"source":"+65123456789","destination":"+6543212345","callRecording":true}}]}',
      value: {
        clientActionId: "ivr1_level2",
        callflow: [
          { action: "makeCall", params: { source: "+65123456789", destination: "+6543212345", callRecording: true } },
        ],
      },
    });
  });

  it("builds say, playFile, sayAndCapture and a param-less hangup without clientActionId", () => {
    const actions: WavecellCallflowAction[] = [
      { action: "say", params: { text: "Hello", voiceProfile: "en-US-ZiraRUS", repetition: 1, speed: 1.5 } },
      { action: "playFile", params: { fileUrl: "https://sample-videos.com/audio/mp3/wave.mp3", repetition: 3 } },
      {
        action: "sayAndCapture",
        params: {
          promptMessage: "Enter 1 if you would like to talk",
          successMessage: "Thank you, have a nice day!",
          failureMessage: "Invalid input received.",
          voiceProfile: "en-US-BenjaminRUS",
          speed: 1,
          completeOnHash: true,
          minDigits: 2,
          maxDigits: 2,
          digitTimeout: 5000,
          overallTimeout: 10000,
          noOfTries: 3,
        },
      },
      { action: "hangup" },
    ];
    const reply = callflow(actions);
    expect(reply.ok && JSON.parse(reply.body)).toEqual({ callflow: actions });
    expect(reply.ok && reply.body.endsWith('{"action":"hangup"}]}')).toBe(true);
  });

  it("refuses a repetition above 3 and a non-http fileUrl, naming the action and parameter", () => {
    const reply = callflow([
      { action: "hangup" },
      { action: "playFile", params: { fileUrl: "ftp://example.com/a.wav", repetition: 4 } },
    ]);
    expect(issuesOf(reply)).toEqual([
      {
        path: ["callflow", 1, "params", "fileUrl"],
        message: "callflow[1].params.fileUrl must be an http or https URL.",
      },
      {
        path: ["callflow", 1, "params", "repetition"],
        message: "callflow[1].params.repetition must be a whole number from 1 to 3.",
      },
    ]);
  });

  it("refuses minDigits above maxDigits, and minDigits without maxDigits", () => {
    const capture = (params: Partial<{ minDigits: number; maxDigits: number }>) =>
      callflow([
        { action: "sayAndCapture", params: { promptMessage: "Code?", voiceProfile: "en-US-ZiraRUS", ...params } },
      ]);
    expect(issuesOf(capture({ minDigits: 4, maxDigits: 2 }))).toEqual([
      {
        path: ["callflow", 0, "params", "minDigits"],
        message: "callflow[0].params.minDigits must not be more than maxDigits.",
      },
    ]);
    expect(issuesOf(capture({ minDigits: 4 }))).toEqual([
      {
        path: ["callflow", 0, "params", "maxDigits"],
        message: "callflow[0].params.maxDigits is required when minDigits is given.",
      },
    ]);
  });

  it("applies 8x8's sayAndCapture rules on completeOnHash and the timeouts", () => {
    const reply = callflow([
      {
        action: "sayAndCapture",
        params: { promptMessage: "Code?", voiceProfile: "en-US-ZiraRUS", completeOnHash: false, digitTimeout: 3000 },
      },
      {
        action: "sayAndCapture",
        params: { promptMessage: "Code?", voiceProfile: "en-US-ZiraRUS", digitTimeout: 10000, overallTimeout: 10000 },
      },
    ]);
    expect(issuesOf(reply)).toEqual([
      {
        path: ["callflow", 0, "params", "maxDigits"],
        message: "callflow[0].params.maxDigits is required when completeOnHash is false.",
      },
      {
        path: ["callflow", 0, "params", "overallTimeout"],
        message: "callflow[0].params.overallTimeout is required when digitTimeout is given.",
      },
      {
        path: ["callflow", 1, "params", "digitTimeout"],
        message: "callflow[1].params.digitTimeout must be less than overallTimeout.",
      },
    ]);
  });

  it("refuses a speed outside 0.5–2.0 and a missing required parameter", () => {
    // @ts-expect-error voiceProfile is required.
    const reply = callflow([{ action: "say", params: { text: "Hello", speed: 3 } }]);
    expect(issuesOf(reply)).toEqual([
      { path: ["callflow", 0, "params", "voiceProfile"], message: "callflow[0].params.voiceProfile is required." },
      {
        path: ["callflow", 0, "params", "speed"],
        message: "callflow[0].params.speed must be a number from 0.5 to 2.0.",
      },
    ]);
  });

  it("refuses params on hangup and an undocumented action", () => {
    // @ts-expect-error hangup takes no params.
    expect(issuesOf(callflow([{ action: "hangup", params: {} }]))).toEqual([
      { path: ["callflow", 0, "params"], message: "callflow[0].params is not a known parameter." },
    ]);
    // @ts-expect-error navigate's parameters are not documented.
    expect(issuesOf(callflow([{ action: "navigate", params: {} }]))).toEqual([
      {
        path: ["callflow", 0, "action"],
        message: 'callflow[0].action must be "makeCall", "say", "playFile", "sayAndCapture" or "hangup".',
      },
    ]);
  });

  it("refuses an empty callflow and an empty clientActionId", () => {
    expect(issuesOf(callflow([{ action: "hangup" }], { clientActionId: "" }))).toEqual([
      { path: ["clientActionId"], message: "clientActionId must not be empty." },
    ]);
    expect(callflow([])).toEqual({
      ok: false,
      error: {
        code: "invalid_input",
        message: "This 8x8 callflow reply is not valid: callflow must not be empty. See error.issues.",
        issues: [{ path: ["callflow"], message: "callflow must not be empty." }],
      },
    });
  });
});

describe("the replies callhooks listen sends", () => {
  it("are what callflow() and commands() build for a hang-up", () => {
    const shapes = wavecell.shapes;
    const hangUp = callflow([{ action: "hangup" }]);
    const legacyHangUp = commands([{ function: "Hangup" }]);
    expect(hangUp.ok && shapes["call-action"].defaultReply?.body).toBe(hangUp.ok && hangUp.body);
    expect(legacyHangUp.ok && shapes["legacy-handle"].defaultReply?.body).toBe(legacyHangUp.ok && legacyHangUp.body);
    expect(shapes["call-status"].defaultReply).toBeUndefined();
  });
});
