import { describe, expectTypeOf, it } from "vitest";
import type { CallEvent, CallEventOf } from "../../../src/call-event.js";
import type { BuildResult } from "../../../src/index.js";
import {
  buildCallbackParam,
  type KaleyraCallbackEvent,
  type KaleyraCallbackParam,
  type KaleyraCallbackSpec,
  type KaleyraEventName,
  type KaleyraPayload,
  parse,
} from "../../../src/providers/kaleyra/index.js";

describe("Kaleyra types", () => {
  it("narrows raw to the Kaleyra payload", () => {
    const result = parse(null, null, { provider: "kaleyra", query: "event=call_end&id=1" });
    if (result.ok) {
      expectTypeOf(result.event).toEqualTypeOf<CallEventOf<"kaleyra">>();
      expectTypeOf(result.event.raw).toEqualTypeOf<KaleyraPayload>();
      // Kaleyra sends a call id only where the customer's template asks for one.
      expectTypeOf(result.event.raw.id).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(result.event.raw.keypress).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(result.event.raw.calltime).toEqualTypeOf<number | string | null | undefined>();
      expectTypeOf(result.event.raw.billsec).toEqualTypeOf<number | null | undefined>();
      expectTypeOf(result.event.raw.starttime).toEqualTypeOf<number | string | null | undefined>();
      expectTypeOf(result.event.raw.status2).toEqualTypeOf<string | null | undefined>();
      // Keys the customer chose are kept, as unknown.
      expectTypeOf(result.event.raw.campaign).toEqualTypeOf<unknown>();
      if (result.event.type === "call.ended") expectTypeOf(result.event.durationSec).toEqualTypeOf<number | null>();
      if (result.event.type === "call.dtmf") expectTypeOf(result.event.digits).toEqualTypeOf<string>();
    }
  });

  it("narrows raw on provider in the CallEvent union", () => {
    const onEvent = (event: CallEvent) => {
      if (event.provider === "kaleyra") {
        expectTypeOf(event.raw).toEqualTypeOf<KaleyraPayload>();
        expectTypeOf(event.raw.callerid).toEqualTypeOf<string | null | undefined>();
      }
    };
    expectTypeOf(onEvent).toBeFunction();
  });

  it("knows each API's events", () => {
    expectTypeOf<KaleyraCallbackEvent<"outbound">>().toEqualTypeOf<"call_start" | "call_answer" | "call_end">();
    expectTypeOf<KaleyraCallbackEvent<"click-to-call">>().toEqualTypeOf<
      "from_call_start" | "to_call_start" | "from_call_answer" | "to_call_answer" | "call_end"
    >();
    // Kaleyra's names, and callhooks' names for the legacy IVR callback URLs.
    expectTypeOf<KaleyraEventName>().toEqualTypeOf<
      KaleyraCallbackEvent | "ivr_lookup" | "ivr_keypress" | "ivr_call_end"
    >();
  });

  it("types buildCallbackParam so that another API's event does not compile", () => {
    expectTypeOf(buildCallbackParam("outbound", { call_end: { url: ["https://example.com/k"] } })).toEqualTypeOf<
      BuildResult<KaleyraCallbackParam>
    >();
    buildCallbackParam("click-to-call", { to_call_answer: { callback_profile: ["SG_1"] }, Call_end: { url: [] } });
    // The doc's spellings: `Call_start` (its table) and upper case.
    buildCallbackParam("outbound", { Call_start: { url: ["https://example.com/k"] }, CALL_ANSWER: {} });

    // @ts-expect-error to_call_start is a Click to Call event, not an Outbound Calling one.
    buildCallbackParam("outbound", { to_call_start: { url: ["https://example.com/k"] } });
    // @ts-expect-error call_start is an Outbound Calling event, not a Click to Call one.
    buildCallbackParam("click-to-call", { call_start: { url: ["https://example.com/k"] } });
    // @ts-expect-error the doc's typo is not an event.
    buildCallbackParam("click-to-call", { from_call_asnwer: { url: ["https://example.com/k"] } });
    // @ts-expect-error there is no inbound API with a callback parameter.
    buildCallbackParam("inbound", {});
    // @ts-expect-error lists are arrays of strings.
    buildCallbackParam("outbound", { call_end: { url: "https://example.com/k" } });
    // @ts-expect-error `urls` is not a key of an event's callback.
    buildCallbackParam("outbound", { call_end: { urls: ["https://example.com/k"] } });

    expectTypeOf<KaleyraCallbackSpec<"outbound">>().toHaveProperty("call_end");
    expectTypeOf<KaleyraCallbackSpec<"outbound">>().not.toHaveProperty("to_call_start");
  });

  it("narrows the builder's result", () => {
    const result = buildCallbackParam("outbound", { call_end: { url: ["https://example.com/k"] } });
    if (result.ok) {
      expectTypeOf(result.body).toEqualTypeOf<string>();
      expectTypeOf(result.value).toEqualTypeOf<KaleyraCallbackParam>();
    } else expectTypeOf(result.error.code).toEqualTypeOf<"invalid_input">();
  });
});
