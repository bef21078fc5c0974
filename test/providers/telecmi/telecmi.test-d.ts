import { describe, expectTypeOf, it } from "vitest";
import type { CallEvent, CallEventOf } from "../../../src/call-event.js";
import {
  parse,
  type TelecmiAnswerRequest,
  type TelecmiDtmfRequest,
  type TelecmiEvent,
  type TelecmiLegacyEvent,
  type TelecmiPayload,
} from "../../../src/providers/telecmi/index.js";

describe("TeleCMI types", () => {
  it("narrows raw to the TeleCMI payload: a CDR or live event, the oldest shape, or a PIOPIY request", () => {
    const result = parse("{}", "application/json");
    if (result.ok) {
      expectTypeOf(result.event).toEqualTypeOf<CallEventOf<"telecmi">>();
      expectTypeOf(result.event.raw).toEqualTypeOf<TelecmiPayload>();
      expectTypeOf<TelecmiPayload>().toEqualTypeOf<
        TelecmiEvent | TelecmiLegacyEvent | TelecmiAnswerRequest | TelecmiDtmfRequest
      >();
      // Every shape names the leg id `cmiuuid`, the DTMF request and the oldest shape optionally.
      expectTypeOf(result.event.raw.cmiuuid).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(result.event.raw.from).toEqualTypeOf<string | null | undefined>();
    }
  });

  it("types each shape's fields as callhooks reads them", () => {
    expectTypeOf<TelecmiEvent["status"]>().toEqualTypeOf<string>();
    expectTypeOf<TelecmiEvent["cmiuuid"]>().toEqualTypeOf<string>();
    expectTypeOf<TelecmiEvent["duration"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<TelecmiEvent["start_time"]>().toEqualTypeOf<number | string | null | undefined>();
    // Money is kept as the decimal text sent.
    expectTypeOf<TelecmiEvent["call_rate"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<TelecmiEvent["out"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<TelecmiLegacyEvent["cmiuid"]>().toEqualTypeOf<string>();
    expectTypeOf<TelecmiAnswerRequest["cmiuuid"]>().toEqualTypeOf<string>();
    expectTypeOf<TelecmiAnswerRequest["action"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<TelecmiDtmfRequest["dtmf"]>().toEqualTypeOf<string>();
    expectTypeOf<TelecmiDtmfRequest["cmuuid"]>().toEqualTypeOf<string | null | undefined>();
    // Keys a shape does not name are kept, as unknown.
    expectTypeOf<TelecmiDtmfRequest["status"]>().toEqualTypeOf<unknown>();
  });

  it("narrows raw on provider in the CallEvent union", () => {
    const onEvent = (event: CallEvent) => {
      if (event.provider === "telecmi") expectTypeOf(event.raw).toEqualTypeOf<TelecmiPayload>();
    };
    expectTypeOf(onEvent).toBeFunction();
  });
});
