import { describe, expectTypeOf, it } from "vitest";
import type { CallEvent, CallEventOf } from "../../../src/call-event.js";
import type { BuildError } from "../../../src/index.js";
import {
  callflow,
  commands,
  parse,
  type WavecellCallEvent,
  type WavecellCallflowAction,
  type WavecellCallflowReply,
  type WavecellCommand,
  type WavecellCommandsReply,
  type WavecellLegacyAggregatedStatus,
  type WavecellLegacyHandleEvent,
  type WavecellLegacyStatusEvent,
  type WavecellPayload,
  type WavecellSessionSummary,
  type WavecellVoiceMessagingCallback,
} from "../../../src/providers/wavecell/index.js";

describe("wavecell parse types", () => {
  it("returns Wavecell events from the subpath parser", () => {
    const result = parse("{}", "application/json");
    if (result.ok) {
      expectTypeOf(result.event).toEqualTypeOf<CallEventOf<"wavecell">>();
      expectTypeOf(result.event.raw).toEqualTypeOf<WavecellPayload>();
    }
  });

  it("narrows raw to the Wavecell payload when provider is wavecell", () => {
    const event = {} as CallEvent;
    if (event.provider === "wavecell") {
      expectTypeOf(event.raw).toEqualTypeOf<WavecellPayload>();
    }
  });

  it("types the validated fields of each payload", () => {
    expectTypeOf<WavecellCallEvent["payload"]["callStatus"]>().toEqualTypeOf<string>();
    expectTypeOf<WavecellLegacyHandleEvent["dtmf"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<WavecellSessionSummary["payload"]["sessionId"]>().toEqualTypeOf<string>();
    expectTypeOf<WavecellVoiceMessagingCallback["uid"]>().toEqualTypeOf<string>();
    expectTypeOf<WavecellVoiceMessagingCallback["status"]["code"]>().toEqualTypeOf<string>();
    expectTypeOf<WavecellLegacyStatusEvent["country"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<WavecellPayload>().toExtend<
      | WavecellCallEvent
      | WavecellSessionSummary
      | WavecellLegacyHandleEvent
      | WavecellLegacyStatusEvent
      | WavecellLegacyAggregatedStatus
      | WavecellVoiceMessagingCallback
    >();
  });

  it("keeps the provider's events apart", () => {
    const event = {} as CallEvent;
    if (event.provider !== "wavecell") {
      expectTypeOf(event.raw).not.toEqualTypeOf<WavecellPayload>();
    }
  });

  it("gives call.dtmf its digits as a string", () => {
    const event = {} as CallEventOf<"wavecell">;
    if (event.type === "call.dtmf") expectTypeOf(event.digits).toEqualTypeOf<string>();
  });
});

describe("wavecell builder types", () => {
  it("keys commands by function", () => {
    expectTypeOf<{ function: "Hangup" }>().toExtend<WavecellCommand>();
    expectTypeOf<{
      function: "PlayTTS";
      message: string;
      voice: "f";
      language: string;
      dtmfInterrupt: true;
      dtmfLength: number;
    }>().toExtend<WavecellCommand>();
    expectTypeOf<{
      function: "PlayTTS";
      message: string;
      voice: "f";
      language: string;
      dtmfInterrupt: true;
    }>().not.toExtend<WavecellCommand>();
    expectTypeOf<{ function: "PlayFile"; fileUrl: string }>().not.toExtend<WavecellCommand>();
    expectTypeOf<{
      function: "MakeCall";
      targetMsisdn: string;
      sourceMsisdn: string;
      ringtone: "fr";
    }>().not.toExtend<WavecellCommand>();
  });

  it("keys callflow actions by action, with typed params", () => {
    expectTypeOf<{ action: "hangup" }>().toExtend<WavecellCallflowAction>();
    expectTypeOf<{ action: "say"; params: { text: string } }>().not.toExtend<WavecellCallflowAction>();
    expectTypeOf<{
      action: "playFile";
      params: { fileUrl: string; repetition: "3" };
    }>().not.toExtend<WavecellCallflowAction>();
    expectTypeOf<{ action: "navigate"; params: object }>().not.toExtend<WavecellCallflowAction>();
  });

  it("rejects wrong parameters at compile time", () => {
    // @ts-expect-error targetMsisdn is required.
    commands([{ function: "MakeCall", sourceMsisdn: "6587654321" }]);
    // @ts-expect-error voice is "f" or "m".
    commands([{ function: "PlayTTS", message: "Hi", voice: "female", language: "en" }]);
    // @ts-expect-error a misspelt parameter.
    callflow([{ action: "playFile", params: { fileURL: "https://example.com/a.mp3" } }]);
    // @ts-expect-error callRecording is a boolean.
    callflow([{ action: "makeCall", params: { source: "1", destination: "2", callRecording: "yes" } }]);
    // @ts-expect-error clientActionId is a string.
    callflow([{ action: "hangup" }], { clientActionId: 1 });
  });

  it("returns the body and the reply object, or the error", () => {
    const reply = commands([{ function: "Hangup" }]);
    if (reply.ok) {
      expectTypeOf(reply.body).toEqualTypeOf<string>();
      expectTypeOf(reply.value).toEqualTypeOf<WavecellCommandsReply>();
    } else {
      expectTypeOf(reply.error).toEqualTypeOf<BuildError>();
    }
    const flow = callflow([{ action: "hangup" }]);
    if (flow.ok) expectTypeOf(flow.value).toEqualTypeOf<WavecellCallflowReply>();
  });
});
