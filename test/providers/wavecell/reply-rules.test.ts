import { describe, expect, it } from "vitest";
import { callflow, commands } from "../../../src/providers/wavecell/index.js";

type Reply = ReturnType<typeof callflow> | ReturnType<typeof commands>;
/** "ok" and the body, or each issue as "path message". */
const outcome = (reply: Reply): string[] =>
  reply.ok
    ? [`ok ${reply.body}`]
    : [reply.error.code, reply.error.message, ...reply.error.issues.map((i) => i.message)];
// biome-ignore lint/suspicious/noExplicitAny: the rules are checked at run time, so the inputs are untyped on purpose.
const flow = (params: Record<string, unknown>, action = "sayAndCapture") => callflow([{ action, params } as any]);

describe("8x8 callflow rules, at each boundary", () => {
  const prompt = { promptMessage: "Press 1", voiceProfile: "en-US-ZiraRUS" };

  it("accepts the bounds of speed, repetition and the digit counts", () => {
    expect(outcome(flow({ text: "Hi", voiceProfile: "v", speed: 0.5, repetition: 1 }, "say"))[0]).toMatch(/^ok /);
    expect(outcome(flow({ text: "Hi", voiceProfile: "v", speed: 2, repetition: 3, language: "en" }, "say"))[0]).toMatch(
      /^ok /,
    );
    expect(outcome(flow({ ...prompt, minDigits: 0, maxDigits: 25 }))[0]).toMatch(/^ok /);
    expect(outcome(flow({ ...prompt, minDigits: 3, maxDigits: 3 }))[0]).toMatch(/^ok /);
    expect(outcome(flow({ ...prompt, digitTimeout: 1, overallTimeout: 2, noOfTries: 1 }))[0]).toMatch(/^ok /);
    expect(outcome(flow({ ...prompt, completeOnHash: false, maxDigits: 1 }))[0]).toMatch(/^ok /);
    expect(outcome(flow({ ...prompt, completeOnHash: true }))[0]).toMatch(/^ok /);
  });

  it("refuses values just past each bound", () => {
    expect(outcome(flow({ text: "Hi", voiceProfile: "v", speed: 0.49, repetition: 0 }, "say"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.repetition must be a whole number from 1 to 3; callflow[0].params.speed must be a number from 0.5 to 2.0. See error.issues.",
        "callflow[0].params.repetition must be a whole number from 1 to 3.",
        "callflow[0].params.speed must be a number from 0.5 to 2.0.",
      ]
    `);
    expect(outcome(flow({ text: "Hi", voiceProfile: "v", speed: 2.01, repetition: 4 }, "say"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.repetition must be a whole number from 1 to 3; callflow[0].params.speed must be a number from 0.5 to 2.0. See error.issues.",
        "callflow[0].params.repetition must be a whole number from 1 to 3.",
        "callflow[0].params.speed must be a number from 0.5 to 2.0.",
      ]
    `);
    expect(outcome(flow({ text: "Hi", voiceProfile: "v", speed: "1", repetition: 1.5 }, "say"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.repetition must be a whole number from 1 to 3; callflow[0].params.speed must be a number from 0.5 to 2.0. See error.issues.",
        "callflow[0].params.repetition must be a whole number from 1 to 3.",
        "callflow[0].params.speed must be a number from 0.5 to 2.0.",
      ]
    `);
    expect(outcome(flow({ ...prompt, minDigits: -1, maxDigits: 26 }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.minDigits must be a whole number from 0 to 25; callflow[0].params.maxDigits must be a whole number from 1 to 25. See error.issues.",
        "callflow[0].params.minDigits must be a whole number from 0 to 25.",
        "callflow[0].params.maxDigits must be a whole number from 1 to 25.",
      ]
    `);
    expect(
      outcome(flow({ ...prompt, maxDigits: 0, digitTimeout: 0, overallTimeout: 0, noOfTries: 0 })),
    ).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.maxDigits must be a whole number from 1 to 25; callflow[0].params.digitTimeout must be a whole number, 1 or more; callflow[0].params.overallTimeout must be a whole number, 1 or more; …. See error.issues.",
        "callflow[0].params.maxDigits must be a whole number from 1 to 25.",
        "callflow[0].params.digitTimeout must be a whole number, 1 or more.",
        "callflow[0].params.overallTimeout must be a whole number, 1 or more.",
        "callflow[0].params.noOfTries must be a whole number, 1 or more.",
        "callflow[0].params.digitTimeout must be less than overallTimeout.",
      ]
    `);
  });

  it("checks the rules between parameters", () => {
    expect(outcome(flow({ ...prompt, minDigits: 1 }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.maxDigits is required when minDigits is given. See error.issues.",
        "callflow[0].params.maxDigits is required when minDigits is given.",
      ]
    `);
    expect(outcome(flow({ ...prompt, completeOnHash: false }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.maxDigits is required when completeOnHash is false. See error.issues.",
        "callflow[0].params.maxDigits is required when completeOnHash is false.",
      ]
    `);
    expect(outcome(flow({ ...prompt, minDigits: 4, maxDigits: 3 }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.minDigits must not be more than maxDigits. See error.issues.",
        "callflow[0].params.minDigits must not be more than maxDigits.",
      ]
    `);
    expect(outcome(flow({ ...prompt, digitTimeout: 5 }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.overallTimeout is required when digitTimeout is given. See error.issues.",
        "callflow[0].params.overallTimeout is required when digitTimeout is given.",
      ]
    `);
    expect(outcome(flow({ ...prompt, digitTimeout: 5, overallTimeout: 5 }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.digitTimeout must be less than overallTimeout. See error.issues.",
        "callflow[0].params.digitTimeout must be less than overallTimeout.",
      ]
    `);
  });

  it("checks strings, URLs, flags and unknown parameters", () => {
    expect(
      outcome(flow({ ...prompt, successMessage: " ", failureMessage: 1, completeOnHash: "no" })),
    ).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.successMessage must not be empty; callflow[0].params.failureMessage must be a string; callflow[0].params.completeOnHash must be true or false. See error.issues.",
        "callflow[0].params.successMessage must not be empty.",
        "callflow[0].params.failureMessage must be a string.",
        "callflow[0].params.completeOnHash must be true or false.",
      ]
    `);
    expect(outcome(flow({ fileUrl: "ftp://example.com/a.mp3" }, "playFile"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.fileUrl must be an http or https URL. See error.issues.",
        "callflow[0].params.fileUrl must be an http or https URL.",
      ]
    `);
    expect(outcome(flow({ fileUrl: "https://example.com/a.mp3", repetition: 2 }, "playFile"))).toMatchInlineSnapshot(`
      [
        "ok {"callflow":[{"action":"playFile","params":{"fileUrl":"https://example.com/a.mp3","repetition":2}}]}",
      ]
    `);
    expect(outcome(flow({ fileUrl: "https:// x" }, "playFile"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.fileUrl must be an http or https URL. See error.issues.",
        "callflow[0].params.fileUrl must be an http or https URL.",
      ]
    `);
    expect(
      outcome(flow({ source: "1", destination: " ", callRecording: 1, extra: 1 }, "makeCall")),
    ).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params.destination must not be empty; callflow[0].params.callRecording must be true or false; callflow[0].params.extra must be an object. See error.issues.",
        "callflow[0].params.destination must not be empty.",
        "callflow[0].params.callRecording must be true or false.",
        "callflow[0].params.extra must be an object.",
      ]
    `);
    expect(outcome(flow({}, "dance"))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].action must be "makeCall", "say", "playFile", "sayAndCapture" or "hangup". See error.issues.",
        "callflow[0].action must be "makeCall", "say", "playFile", "sayAndCapture" or "hangup".",
      ]
    `);
    // biome-ignore lint/suspicious/noExplicitAny: a params value of the wrong type on purpose.
    expect(outcome(callflow([{ action: "say", params: "x" } as any]))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow[0].params must be an object. See error.issues.",
        "callflow[0].params must be an object.",
      ]
    `);
    expect(outcome(callflow([], { clientActionId: " " }))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: clientActionId must not be empty; callflow must not be empty. See error.issues.",
        "clientActionId must not be empty.",
        "callflow must not be empty.",
      ]
    `);
    expect(outcome(callflow([{ action: "hangup" }], { clientActionId: "step1" }))).toMatchInlineSnapshot(`
      [
        "ok {"clientActionId":"step1","callflow":[{"action":"hangup"}]}",
      ]
    `);
    // biome-ignore lint/suspicious/noExplicitAny: not an array on purpose.
    expect(outcome(callflow("hangup" as any))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This 8x8 callflow reply is not valid: callflow must be an array of actions. See error.issues.",
        "callflow must be an array of actions.",
      ]
    `);
  });
});

describe("legacy Wavecell commands rules", () => {
  const tts = { function: "PlayTTS", message: "Hi", voice: "f", language: "en" } as const;
  // biome-ignore lint/suspicious/noExplicitAny: the rules are checked at run time, so the inputs are untyped on purpose.
  const run = (...list: unknown[]) => outcome(commands(list as any));

  it("accepts the bounds of dtmfLength and each ringtone", () => {
    expect(
      run({ ...tts, dtmfInterrupt: true, dtmfLength: 0 }, { ...tts, dtmfInterrupt: false, dtmfLength: 20 })[0],
    ).toMatch(/^ok /);
    expect(run({ function: "MakeCall", targetMsisdn: "1", sourceMsisdn: "2", ringtone: "jp" })).toMatchInlineSnapshot(`
      [
        "ok {"commands":[{"function":"MakeCall","targetMsisdn":"1","sourceMsisdn":"2","ringtone":"jp"}]}",
      ]
    `);
  });

  it("refuses what the API refuses", () => {
    expect(run({ ...tts, dtmfInterrupt: true, dtmfLength: -1 })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].dtmfLength must be a whole number from 0 to 20. See error.issues.",
        "commands[0].dtmfLength must be a whole number from 0 to 20.",
      ]
    `);
    expect(run({ ...tts, dtmfInterrupt: "yes" })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].dtmfInterrupt must be true or false. See error.issues.",
        "commands[0].dtmfInterrupt must be true or false.",
      ]
    `);
    expect(run({ function: "PlayFile", url: "x" })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].function is "PlayFile", whose legacy parameters are not documented; use the 8x8 callflow() reply (playFile) for audio files. See error.issues.",
        "commands[0].function is "PlayFile", whose legacy parameters are not documented; use the 8x8 callflow() reply (playFile) for audio files.",
      ]
    `);
    expect(run({ function: "Dance" })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].function must be "MakeCall", "PlayTTS" or "Hangup". See error.issues.",
        "commands[0].function must be "MakeCall", "PlayTTS" or "Hangup".",
      ]
    `);
    expect(run({ function: "Hangup", extra: 1 })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].extra is not a known parameter. See error.issues.",
        "commands[0].extra is not a known parameter.",
      ]
    `);
    expect(run({ ...tts, message: "", voice: "x", language: 1 })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].message must not be empty; commands[0].voice must be "f" (female) or "m" (male); commands[0].language must be a string. See error.issues.",
        "commands[0].message must not be empty.",
        "commands[0].voice must be "f" (female) or "m" (male).",
        "commands[0].language must be a string.",
      ]
    `);
    expect(run({ function: "MakeCall", targetMsisdn: 1, ringtone: "fr" })).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands[0].targetMsisdn must be a string; commands[0].sourceMsisdn is required; commands[0].ringtone must be one of au, eu, jp, uk, us. See error.issues.",
        "commands[0].targetMsisdn must be a string.",
        "commands[0].sourceMsisdn is required.",
        "commands[0].ringtone must be one of au, eu, jp, uk, us.",
      ]
    `);
    // biome-ignore lint/suspicious/noExplicitAny: not an array on purpose.
    expect(outcome(commands({} as any))).toMatchInlineSnapshot(`
      [
        "invalid_input",
        "This Wavecell commands reply is not valid: commands must be an array of commands. See error.issues.",
        "commands must be an array of commands.",
      ]
    `);
  });
});
