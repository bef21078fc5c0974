import type { CallEvent } from "../call-event.js";
import { parseJson } from "../decode/json.js";
import { readEvent } from "./check-input.js";
import { callEventJsonSchemaOf } from "./event-schema.js";
import { payloadHolderOf } from "./payload-schemas.js";
import { type CallRecordError, invalidValue, recordFailure } from "./record-error.js";
import type { CheckedEvent } from "./record-of-event.js";
import { RECORDS_CONFIG } from "./value-schemas.js";

type JsonOfField<T> = T extends Date ? string : T;

/**
 * A call event in its JSON form: every `Date` an ISO 8601 string, everything else as it is.
 *
 * @example
 * ```ts
 * const json: CallEventJSON = { provider: "telecmi", type: "call.ringing", occurredAt: "2021-10-20T10:10:24.830Z", … };
 * ```
 */
export type CallEventJSON<E extends CallEvent = CallEvent> = E extends CallEvent
  ? { readonly [K in keyof E]: JsonOfField<E[K]> }
  : never;

/**
 * The JSON form of an event, or why there is none.
 *
 * @example
 * ```ts
 * const result: EventJSONResult = eventToJSON(event);
 * if (result.ok) await queue.send(JSON.stringify(result.json));
 * ```
 */
export type EventJSONResult<E extends CallEvent = CallEvent> =
  | { readonly ok: true; readonly json: CallEventJSON<E> }
  | { readonly ok: false; readonly error: CallRecordError };

/**
 * The event read back from its JSON form, or why it could not be.
 *
 * @example
 * ```ts
 * const result: EventFromJSONResult = parseEventJSON(message.body);
 * if (result.ok) applyEvent(record, result.event);
 * ```
 */
export type EventFromJSONResult =
  | { readonly ok: true; readonly event: CallEvent }
  | { readonly ok: false; readonly error: CallRecordError };

type Failure = { readonly ok: false; readonly error: CallRecordError };

const ADVICE = "Pass what eventToJSON returned (or its JSON text).";

/** Reads a value as JSON: text parsed, anything else written and read back (a copy: getters run once). */
function jsonOf(value: unknown): { readonly ok: true; readonly value: unknown } | Failure {
  let text: unknown = value;
  if (typeof value !== "string") {
    try {
      text = JSON.stringify(value);
    } catch {
      return recordFailure(
        "invalid_event",
        `The value cannot be written as JSON (a cycle, a BigInt, a getter that threw, or nesting too deep). ${ADVICE}`,
      );
    }
    if (typeof text !== "string")
      return recordFailure("invalid_event", `The value is not JSON (undefined or a function). ${ADVICE}`);
  }
  // Nesting past 64 levels is refused and `__proto__`-like keys dropped, as in a delivery's JSON.
  const parsed = parseJson(text as string);
  if (!parsed.ok) {
    return recordFailure(
      "invalid_event",
      parsed.reason === "too_deep"
        ? `The JSON is nested more than 64 levels deep. ${ADVICE}`
        : `The text is not JSON. ${ADVICE}`,
    );
  }
  return parsed;
}

/** Checks `raw` against the provider's payload schemas (issue paths start at `raw`). */
function checkedPayload(
  provider: CallEvent["provider"],
  raw: unknown,
): { readonly ok: true; readonly raw: unknown } | Failure {
  const result = payloadHolderOf(provider)["~run"]({ value: { raw } }, RECORDS_CONFIG);
  if (result.issues !== undefined || !result.typed) {
    return invalidValue(
      "invalid_event",
      "The event",
      result.issues ?? [],
      `Its raw is not a payload callhooks reads from this provider. ${ADVICE}`,
    );
  }
  return { ok: true, raw: (result.value as { raw: unknown }).raw };
}

const isoOf = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** The event's JSON form, in the event's key order. */
function toJson(event: CheckedEvent, raw: unknown): Record<string, unknown> {
  const base = {
    provider: event.provider,
    type: event.type,
    id: event.id,
    callId: event.callId,
    sessionId: event.sessionId,
    leg: event.leg,
    direction: event.direction,
    from: event.from,
    to: event.to,
    virtualNumber: event.virtualNumber,
    occurredAt: isoOf(event.occurredAt),
  };
  if (event.type === "call.dtmf") return { ...base, digits: event.digits, raw };
  if (event.type !== "call.ended") return { ...base, raw };
  return {
    ...base,
    outcome: event.outcome,
    durationSec: event.durationSec,
    startedAt: isoOf(event.startedAt),
    answeredAt: isoOf(event.answeredAt),
    endedAt: isoOf(event.endedAt),
    hangupCause: event.hangupCause,
    recording: event.recording,
    raw,
  };
}

/**
 * Writes an event as plain JSON (times as ISO 8601 strings), to cross a queue or a process boundary;
 * `parseEventJSON` reads it back. The event is checked first, `raw` included.
 *
 * @param event The event, from `parseCallback`.
 * @returns `{ ok: true, json }`, a plain object ready for `JSON.stringify`, or `invalid_event`. Never throws.
 * @example
 * ```ts
 * const result = eventToJSON(event);
 * if (result.ok) await queue.send({ groupId: callKey(event), body: JSON.stringify(result.json) });
 * //=> { provider: "telecmi", type: "call.ended", occurredAt: "2021-10-20T09:08:40.615Z", … }
 * ```
 */
export function eventToJSON<E extends CallEvent>(event: E): EventJSONResult<E> {
  const read = readEvent(event);
  if (!read.ok) return read;
  const copy = read.event;
  const raw = jsonOf(copy.raw);
  if (!raw.ok) return raw;
  const payload = checkedPayload(copy.provider, raw.value);
  if (!payload.ok) return payload;
  return { ok: true, json: toJson(copy, payload.raw) as CallEventJSON<E> };
}

const dateOf = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));

/**
 * Reads an event back from its JSON form (what `eventToJSON` wrote, as text or parsed): checked with valibot,
 * `raw` against the provider's payload schemas, times revived as `Date`s. The JSON Schema of the form is
 * published as `callhooks/schemas/call-event.json`.
 *
 * @param value The JSON text, or the value it parses to.
 * @returns `{ ok: true, event }`, or `invalid_event` with the fields that failed (`error.issues`). Never
 *   throws, whatever the value (nesting past 64 levels, a cycle, a Proxy).
 * @example
 * ```ts
 * const result = parseEventJSON(message.body);
 * if (result.ok) applyEvent(record, result.event);
 * //=> { ok: true, event: { provider: "telecmi", type: "call.ended", occurredAt: Date, … } }
 * ```
 */
export function parseEventJSON(value: unknown): EventFromJSONResult {
  const json = jsonOf(value);
  if (!json.ok) return json;
  const checked = callEventJsonSchemaOf()["~run"]({ value: json.value }, RECORDS_CONFIG);
  if (checked.issues !== undefined || !checked.typed) {
    return invalidValue("invalid_event", "The event", checked.issues ?? [], ADVICE);
  }
  const event = checked.value;
  const payload = checkedPayload(event.provider, event.raw);
  if (!payload.ok) return payload;
  const revived: Record<string, unknown> = { ...event, occurredAt: dateOf(event.occurredAt), raw: payload.raw };
  if (event.type === "call.ended") {
    revived.startedAt = dateOf(event.startedAt);
    revived.answeredAt = dateOf(event.answeredAt);
    revived.endedAt = dateOf(event.endedAt);
  }
  return { ok: true, event: revived as unknown as CallEvent };
}
