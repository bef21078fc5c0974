import { describe, expectTypeOf, it } from "vitest";
import {
  type CallbackError,
  type CallEndedEvent,
  type CallEvent,
  detectProvider,
  type ParseResult,
  type PhoneNumber,
  type ProviderId,
  parseCallback,
} from "../src/index.js";
import { parse as parseCarrierx } from "../src/providers/carrierx/index.js";
import type { CarrierxMediatorRecord, CarrierxPayload } from "../src/providers/carrierx/schema.js";
import { parse as parseTelecmi } from "../src/providers/telecmi/index.js";
import type { TelecmiPayload } from "../src/providers/telecmi/schema.js";
import type { UrlnetworksPayload } from "../src/providers/urlnetworks/schema.js";

declare const event: CallEvent;

describe("CallEvent", () => {
  it("is what parseCallback returns", () => {
    expectTypeOf(parseCallback).returns.toEqualTypeOf<ParseResult>();
    expectTypeOf(parseCallback("{}")).toEqualTypeOf<ParseResult<CallEvent>>();
    expectTypeOf(detectProvider).returns.toEqualTypeOf<ProviderId | null>();
  });

  it("narrows on ok", () => {
    const result = parseCallback("{}");
    if (result.ok) expectTypeOf(result.event).toEqualTypeOf<CallEvent>();
    else expectTypeOf(result.error).toEqualTypeOf<CallbackError>();
  });

  it("narrows on type", () => {
    if (event.type === "call.ended") {
      expectTypeOf(event).toEqualTypeOf<
        | CallEndedEvent<"carrierx">
        | CallEndedEvent<"wavecell">
        | CallEndedEvent<"kaleyra">
        | CallEndedEvent<"telecmi">
        | CallEndedEvent<"urlnetworks">
      >();
      expectTypeOf(event.durationSec).toEqualTypeOf<number | null>();
      expectTypeOf(event.outcome).toEqualTypeOf<
        "completed" | "missed" | "busy" | "rejected" | "failed" | "canceled" | "unknown"
      >();
    }
    if (event.type === "call.dtmf") expectTypeOf(event.digits).toEqualTypeOf<string>();
    // @ts-expect-error only call.ended has an outcome
    event.outcome;
  });

  it("narrows raw on provider, and raw is never any", () => {
    expectTypeOf(event.raw).not.toBeAny();
    expectTypeOf(event.raw).not.toBeUnknown();
    if (event.provider === "telecmi") {
      expectTypeOf(event.raw).toEqualTypeOf<TelecmiPayload>();
      // PIOPIY's answer-URL and DTMF requests have no status: the leg id is in every shape.
      expectTypeOf(event.raw.cmiuuid).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(event.raw.from).toEqualTypeOf<string | null | undefined>();
    }
    if (event.provider === "carrierx") {
      expectTypeOf(event.raw).toEqualTypeOf<CarrierxPayload>();
      expectTypeOf<CarrierxMediatorRecord["dr_sid"]>().toEqualTypeOf<string>();
      expectTypeOf<NonNullable<CarrierxMediatorRecord["attributes"]>["hide_origination_did"]>().toEqualTypeOf<
        boolean | null | undefined
      >();
    }
    if (event.provider === "urlnetworks") expectTypeOf(event.raw).toEqualTypeOf<UrlnetworksPayload>();
  });

  it("narrows on type and provider together", () => {
    if (event.type === "call.ended" && event.provider === "carrierx") {
      expectTypeOf(event).toEqualTypeOf<CallEndedEvent<"carrierx">>();
      expectTypeOf(event.raw).toEqualTypeOf<CarrierxPayload>();
    }
  });

  it("types the shared fields", () => {
    expectTypeOf(event.from).toEqualTypeOf<PhoneNumber | null>();
    expectTypeOf(event.occurredAt).toEqualTypeOf<Date | null>();
    expectTypeOf(event.leg).toEqualTypeOf<"a" | "b" | null>();
  });

  it("gives a provider subpath's parser that provider's events only", () => {
    const result = parseTelecmi("{}");
    if (result.ok) {
      expectTypeOf(result.event.provider).toEqualTypeOf<"telecmi">();
      expectTypeOf(result.event.raw).toEqualTypeOf<TelecmiPayload>();
    }
    const carrierx = parseCarrierx("{}");
    if (carrierx.ok) expectTypeOf(carrierx.event.provider).toEqualTypeOf<"carrierx">();
  });

  it("rejects unknown option names and providers at compile time", () => {
    // @ts-expect-error not a provider
    parseCallback("{}", null, { provider: "twilio" });
    // @ts-expect-error not an option
    parseCallback("{}", null, { strict: true });
  });
});
