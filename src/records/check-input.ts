import type * as v from "valibot";
import { callKey } from "./call-key.js";
import { CALL_RECORD_LIMITS, type CallRecord } from "./call-record.js";
import { callRecordSchemaOf } from "./call-record-schema.js";
import { callEventSchema } from "./event-schema.js";
import type { RecordState } from "./join-records.js";
import { type CallRecordError, invalidValue, recordFailure } from "./record-error.js";
import type { CheckedEvent } from "./record-of-event.js";
import { RECORDS_CONFIG } from "./value-schemas.js";

type Failure = { readonly ok: false; readonly error: CallRecordError };

/**
 * Checks a value given as a call record, and copies its state (the call-level fields are worked out again).
 *
 * @param value The value.
 * @param subject What it is, for messages (`"The previous record"`).
 * @returns The state, or `invalid_record`. Never throws, whatever the value (a Proxy, a throwing getter).
 * @example
 * ```ts
 * checkRecord(JSON.parse(row), "The record").ok;
 * //=> true
 * ```
 */
export function checkRecord(
  value: unknown,
  subject: string,
): { readonly ok: true; readonly state: RecordState } | Failure {
  let result: v.OutputDataset<unknown, v.BaseIssue<unknown>>;
  try {
    result = callRecordSchemaOf()["~run"]({ value }, RECORDS_CONFIG);
  } catch {
    return recordFailure(
      "invalid_record",
      `${subject} could not be read (a getter or Proxy threw). Pass the plain JSON of a record.`,
    );
  }
  if (result.issues !== undefined || !result.typed) {
    return invalidValue(
      "invalid_record",
      subject,
      result.issues ?? [],
      "Pass a record that applyEvent or mergeCallRecords returned, as stored (JSON).",
    );
  }
  const record = result.value as CallRecord;
  return {
    ok: true,
    state: {
      key: record.key,
      provider: record.provider,
      sessionId: record.sessionId,
      legs: record.legs,
      dtmf: record.dtmf,
      eventIds: record.eventIds,
      truncated: record.truncated,
    },
  };
}

const tooLong = (value: string | null): boolean => value !== null && value.length > CALL_RECORD_LIMITS.idLength;

/**
 * Checks a value given as a call event and copies it (`raw` is not looked at).
 *
 * @param value The value.
 * @returns The checked copy, or `invalid_event`. Never throws, whatever the value (a Proxy, a throwing getter).
 * @example
 * ```ts
 * readEvent(event).ok;
 * //=> true
 * ```
 */
export function readEvent(value: unknown): { readonly ok: true; readonly event: CheckedEvent } | Failure {
  let result: v.OutputDataset<unknown, v.BaseIssue<unknown>>;
  try {
    result = callEventSchema()["~run"]({ value }, RECORDS_CONFIG);
  } catch {
    return recordFailure(
      "invalid_event",
      "The event could not be read (a getter or Proxy threw). Pass an event that parseCallback or parseEventJSON returned.",
    );
  }
  if (result.issues !== undefined || !result.typed) {
    return invalidValue(
      "invalid_event",
      "The event",
      result.issues ?? [],
      "Pass an event that parseCallback or parseEventJSON returned.",
    );
  }
  return { ok: true, event: result.value as CheckedEvent };
}

/**
 * Checks a value given as a call event, copies it, and works out its call key.
 *
 * @param value The value.
 * @returns The checked copy and its key, or `invalid_event` / `no_call_key`. Never throws.
 * @example
 * ```ts
 * checkEvent(event).ok;
 * //=> true
 * ```
 */
export function checkEvent(
  value: unknown,
): { readonly ok: true; readonly event: CheckedEvent; readonly key: string } | Failure {
  const read = readEvent(value);
  if (!read.ok) return read;
  const { event } = read;
  if (tooLong(event.id) || tooLong(event.callId) || tooLong(event.sessionId)) {
    return recordFailure(
      "invalid_event",
      `The event's id, callId or sessionId is longer than ${CALL_RECORD_LIMITS.idLength} characters, which no provider sends; a record keeps ids up to that length. Check where the event came from.`,
    );
  }
  const key = callKey(event as Parameters<typeof callKey>[0]);
  if (key === null) {
    return recordFailure(
      "no_call_key",
      "The event names no call (no callId or sessionId; URL Networks' API Incoming Call carries none), so it cannot be folded into a call record. Acknowledge it and handle it on its own.",
    );
  }
  return { ok: true, event, key };
}
