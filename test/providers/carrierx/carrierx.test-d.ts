import { describe, expectTypeOf, it } from "vitest";
import type { CallEventOf } from "../../../src/call-event.js";
import type { BuildError } from "../../../src/index.js";
import {
  type CarrierxFlexmlGather,
  type CarrierxFlexmlReply,
  type CarrierxFlexmlRequest,
  type CarrierxFlexmlStatus,
  type CarrierxFlexmlVerb,
  type CarrierxMediatorRecord,
  type CarrierxPayload,
  flexml,
  parse,
} from "../../../src/providers/carrierx/index.js";

describe("carrierx parse types", () => {
  it("returns CarrierX events whose raw is a Mediator record or a FlexML request", () => {
    const result = parse("{}", "application/json");
    if (result.ok) {
      expectTypeOf(result.event).toEqualTypeOf<CallEventOf<"carrierx">>();
      expectTypeOf(result.event.raw).toEqualTypeOf<CarrierxPayload>();
    }
    expectTypeOf<CarrierxPayload>().toEqualTypeOf<
      CarrierxMediatorRecord | CarrierxFlexmlRequest | CarrierxFlexmlGather | CarrierxFlexmlStatus
    >();
  });

  it("types the validated FlexML fields", () => {
    expectTypeOf<CarrierxFlexmlRequest["CallSid"]>().toEqualTypeOf<string>();
    expectTypeOf<CarrierxFlexmlRequest["From"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<CarrierxFlexmlGather["Digits"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<CarrierxFlexmlStatus["CallDuration"]>().toEqualTypeOf<number | null | undefined>();
  });
});

describe("carrierx flexml() types", () => {
  it("keys verbs by verb, with their attributes typed", () => {
    expectTypeOf<{ verb: "Hangup" }>().toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Say"; text: string; voice: "woman"; loop: number }>().toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Say"; text: string; voice: "Polly.Joanna" }>().toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Say"; text: string; voice: "robot" }>().not.toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Say" }>().not.toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Reject"; reason: "busy-here" }>().toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Reject"; reason: "later" }>().not.toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Pause"; length: "2" }>().not.toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Gather"; method: "PUT" }>().not.toExtend<CarrierxFlexmlVerb>();
    expectTypeOf<{ verb: "Conference" }>().not.toExtend<CarrierxFlexmlVerb>();
  });

  it("rejects wrong attributes at compile time", () => {
    // @ts-expect-error a misspelt attribute.
    flexml([{ verb: "Say", text: "Hi", lopp: 2 }]);
    // @ts-expect-error hangupOnStar is a boolean.
    flexml([{ verb: "Dial", text: "15162065340", hangupOnStar: "true" }]);
    // @ts-expect-error confirmKey is one key.
    flexml([{ verb: "Dial", text: "15162065340", confirmKey: "12" }]);
    // @ts-expect-error Hangup has no text.
    flexml([{ verb: "Hangup", text: "bye" }]);
    // @ts-expect-error a Stream's track takes the _track values.
    flexml([{ verb: "Start", children: [{ noun: "Stream", url: "wss://e", track: "both" }] }]);
  });

  it("rejects wrong nesting at compile time", () => {
    // @ts-expect-error Gather holds Say, Play and Pause only.
    flexml([{ verb: "Gather", children: [{ verb: "Dial", text: "15162065340" }] }]);
    // @ts-expect-error Gather holds no Gather.
    flexml([{ verb: "Gather", children: [{ verb: "Gather" }] }]);
    // @ts-expect-error Number only sits inside Dial.
    flexml([{ noun: "Number", text: "15162065340" }]);
    // @ts-expect-error Dial holds Number nouns, not verbs.
    flexml([{ verb: "Dial", children: [{ verb: "Say", text: "Hi" }] }]);
    // @ts-expect-error Play holds one File, not a Number.
    flexml([{ verb: "Play", children: [{ noun: "Number", text: "1" }] }]);
    // @ts-expect-error Start holds exactly one Stream.
    flexml([{ verb: "Start", children: [] }]);
    // @ts-expect-error Say holds text, not verbs.
    flexml([{ verb: "Say", text: "Hi", children: [{ verb: "Pause" }] }]);
  });

  it("accepts the documented nesting", () => {
    flexml([
      {
        verb: "Gather",
        numDigits: 1,
        children: [
          { verb: "Say", text: "Hi" },
          { verb: "Pause", length: 1 },
        ],
      },
      { verb: "Dial", children: [{ noun: "Number", text: "15162065340", sendDigits: "1#" }] },
      { verb: "Play", children: [{ noun: "File", text: "f6070be2-9abd-4726-870c-c86c9aac5c7e" }] },
      {
        verb: "Start",
        children: [{ noun: "Stream", url: "wss://e", children: [{ noun: "Parameter", name: "a", value: "b" }] }],
      },
      { verb: "Stop", children: [{ noun: "Stream", name: "a" }] },
    ]);
  });

  it("returns the body and the validated reply, or the error", () => {
    const reply = flexml([{ verb: "Hangup" }]);
    if (reply.ok) {
      expectTypeOf(reply.body).toEqualTypeOf<string>();
      expectTypeOf(reply.value).toEqualTypeOf<CarrierxFlexmlReply>();
    } else {
      expectTypeOf(reply.error).toEqualTypeOf<BuildError>();
    }
  });
});
