import { describe, expectTypeOf, it } from "vitest";
import {
  applyEvent,
  type CallEvent,
  type CallEventJSON,
  type CallEventOf,
  type CallRecord,
  type CallRecordResult,
  callKey,
  eventToJSON,
  mergeCallRecords,
  parseEventJSON,
} from "../../src/index.js";

declare const event: CallEvent;
declare const telecmiEvent: CallEventOf<"telecmi">;
declare const record: CallRecord;

describe("call record types", () => {
  it("a record carries no raw payload and holds only JSON values", () => {
    expectTypeOf<CallRecord>().not.toHaveProperty("raw");
    expectTypeOf<CallRecord["startedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<CallRecord["legs"][number]["answeredAt"]>().toEqualTypeOf<string | null>();
  });

  it("applyEvent types the record by the event's provider", () => {
    const result = applyEvent(null, telecmiEvent);
    expectTypeOf(result).toEqualTypeOf<CallRecordResult<"telecmi">>();
    if (result.ok) expectTypeOf(result.record.provider).toEqualTypeOf<"telecmi">();
    expectTypeOf(applyEvent(record, event)).toEqualTypeOf<CallRecordResult>();
  });

  it("results narrow on ok", () => {
    const result = mergeCallRecords(record, record);
    if (result.ok) expectTypeOf(result.record).toEqualTypeOf<CallRecord>();
    else
      expectTypeOf(result.error.code).toEqualTypeOf<
        "invalid_event" | "invalid_record" | "different_calls" | "no_call_key"
      >();
  });

  it("callKey gives a string, or null for an event that names no call", () => {
    expectTypeOf(callKey(event)).toEqualTypeOf<string | null>();
  });

  it("an event's JSON form has strings for its times and keeps raw typed by provider", () => {
    const result = eventToJSON(telecmiEvent);
    if (result.ok) {
      expectTypeOf(result.json.occurredAt).toEqualTypeOf<string | null>();
      expectTypeOf(result.json.raw).toEqualTypeOf<CallEventOf<"telecmi">["raw"]>();
      if (result.json.type === "call.ended") expectTypeOf(result.json.endedAt).toEqualTypeOf<string | null>();
    }
    expectTypeOf<CallEventJSON>().toHaveProperty("provider");
    const parsed = parseEventJSON("{}");
    if (parsed.ok) expectTypeOf(parsed.event).toEqualTypeOf<CallEvent>();
  });

  it("refuses a record where an event is expected", () => {
    // @ts-expect-error a record is not an event
    applyEvent(null, record);
  });
});
