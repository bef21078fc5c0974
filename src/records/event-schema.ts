import * as v from "valibot";
import { deferred, once } from "../schema/deferred.js";
import {
  directionSchema,
  durationSchema,
  isoTimeSchema,
  outcomeSchema,
  phoneNumberSchema,
  providerSchema,
  recordingSchema,
} from "./value-schemas.js";

const LIVE_TYPES = ["call.initiated", "call.ringing", "call.answered"] as const;

/**
 * Builds the schema of a call event whose times are read by `time` (a `Date`, or an ISO string in the JSON
 * form) and whose `raw` is read by `raw`. The event's own fields only: `raw` is checked against the
 * provider's payload schemas separately (`payloadSchemaOf`).
 *
 * @param time The schema of a time.
 * @param raw The schema of `raw`.
 * @returns The schema: a variant on `type`.
 * @example
 * ```ts
 * const schema = eventSchemaWith(v.date(), v.unknown());
 * ```
 */
// @__NO_SIDE_EFFECTS__
function eventSchemaWith<TTime extends v.GenericSchema, TRaw extends v.GenericSchema>(time: TTime, raw: TRaw) {
  const base = {
    provider: providerSchema(),
    id: v.string(),
    callId: v.string(),
    sessionId: v.nullable(v.string()),
    leg: v.nullable(v.picklist(["a", "b"])),
    direction: v.nullable(directionSchema()),
    from: v.nullable(phoneNumberSchema()),
    to: v.nullable(phoneNumberSchema()),
    virtualNumber: v.nullable(phoneNumberSchema()),
    occurredAt: v.nullable(time),
    raw,
  };
  return v.variant("type", [
    v.object({ type: v.picklist(LIVE_TYPES), ...base }),
    v.object({
      type: v.literal("call.ended"),
      ...base,
      outcome: outcomeSchema(),
      durationSec: v.nullable(durationSchema()),
      startedAt: v.nullable(time),
      answeredAt: v.nullable(time),
      endedAt: v.nullable(time),
      hangupCause: v.nullable(v.string()),
      recording: v.nullable(recordingSchema()),
    }),
    v.object({ type: v.literal("call.dtmf"), ...base, digits: v.string() }),
  ]);
}

/**
 * A call event in memory (times as valid `Date`s), `raw` not looked at: what `applyEvent` and `eventToJSON`
 * check their event with (built on the first call). Its output is a copy, so a getter or Proxy is read once.
 *
 * @example
 * ```ts
 * callEventSchema()["~run"]({ value: event }, RECORDS_CONFIG).typed;
 * //=> true
 * ```
 */
export const callEventSchema = /* @__PURE__ */ once(() => eventSchemaWith(v.date("must be a valid Date"), v.unknown()));

/**
 * `callEventJsonSchema` itself, built on the first call: what `parseEventJSON` runs.
 *
 * @example
 * ```ts
 * callEventJsonSchemaOf()["~run"]({ value: json }, RECORDS_CONFIG).typed;
 * //=> true
 * ```
 */
export const callEventJsonSchemaOf = /* @__PURE__ */ once(callEventJson);

/**
 * The valibot schema of a call event's JSON form, as `eventToJSON` writes it and `parseEventJSON` reads it:
 * times as ISO 8601 strings, `raw` an object (published as `callhooks/schemas/call-event.json`).
 * `parseEventJSON` also checks `raw` against the provider's payload schemas.
 *
 * @example
 * ```ts
 * v.is(callEventJsonSchema, JSON.parse(message.body));
 * //=> true
 * ```
 */
export const callEventJsonSchema = /* @__PURE__ */ deferred(callEventJsonSchemaOf, [
  "kind",
  "type",
  "reference",
  "expects",
  "async",
  "key",
  "options",
  "message",
  "~run",
  "~standard",
  "pipe",
]);

// @__NO_SIDE_EFFECTS__
function callEventJson() {
  return v.pipe(
    eventSchemaWith(isoTimeSchema(), v.looseObject({})),
    v.metadata({
      title: "CallEvent",
      description:
        "A normalized call event in its JSON form (callhooks' eventToJSON): times as ISO 8601 strings, raw the provider's validated payload.",
    }),
  );
}
