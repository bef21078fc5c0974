import * as v from "valibot";
import { deferred, once } from "../schema/deferred.js";
import { CALL_RECORD_LIMITS } from "./call-record.js";
import {
  directionSchema,
  durationSchema,
  isoTimeSchema,
  outcomeSchema,
  phoneNumberSchema,
  picklistOf,
  providerSchema,
  recordingSchema,
} from "./value-schemas.js";

// Each schema is built by a pure factory, once, on first use (see value-schemas.ts).

const statusSchema = /* @__PURE__ */ once(() => picklistOf(["initiated", "ringing", "answered", "ended"]));

// @__NO_SIDE_EFFECTS__
function id() {
  return v.pipe(
    v.string(),
    v.maxLength(CALL_RECORD_LIMITS.idLength, `must be at most ${CALL_RECORD_LIMITS.idLength} characters`),
  );
}

const idSchema = /* @__PURE__ */ once(id);

// @__NO_SIDE_EFFECTS__
function callEnding() {
  return v.object({
    outcome: outcomeSchema(),
    durationSec: v.nullable(durationSchema()),
    hangupCause: v.nullable(v.string()),
    recording: v.nullable(recordingSchema()),
  });
}

/** What the `call.ended` events of one kind reported for a leg. */
export const callEndingSchema = /* @__PURE__ */ once(callEnding);

// @__NO_SIDE_EFFECTS__
function callLeg() {
  return v.object({
    callId: idSchema(),
    leg: v.nullable(v.picklist(["a", "b"])),
    direction: v.nullable(directionSchema()),
    from: v.nullable(phoneNumberSchema()),
    to: v.nullable(phoneNumberSchema()),
    virtualNumber: v.nullable(phoneNumberSchema()),
    status: statusSchema(),
    answered: v.boolean(),
    startedAt: v.nullable(isoTimeSchema()),
    answeredAt: v.nullable(isoTimeSchema()),
    endedAt: v.nullable(isoTimeSchema()),
    ended: v.nullable(callEndingSchema()),
    summary: v.nullable(callEndingSchema()),
  });
}

/** One leg of a call. */
export const callLegSchema = /* @__PURE__ */ once(callLeg);

// @__NO_SIDE_EFFECTS__
function callKeyPress() {
  return v.object({
    digits: v.pipe(
      v.string(),
      v.maxLength(CALL_RECORD_LIMITS.digitsPerPress, `must be at most ${CALL_RECORD_LIMITS.digitsPerPress} digits`),
    ),
    at: v.nullable(isoTimeSchema()),
    eventId: idSchema(),
  });
}

/** A key press. */
export const callKeyPressSchema = /* @__PURE__ */ once(callKeyPress);

const MESSAGE_KEY = "must start with the provider and a colon (the record's callKey)";

/**
 * `callRecordSchema` itself, built on the first call: what `applyEvent` and `mergeCallRecords` run.
 *
 * @example
 * ```ts
 * callRecordSchemaOf()["~run"]({ value: record }, RECORDS_CONFIG).typed;
 * //=> true
 * ```
 */
export const callRecordSchemaOf = /* @__PURE__ */ once(callRecord);

/**
 * The valibot schema of a `CallRecord` (its JSON form is published as `callhooks/schemas/call-record.json`).
 * `applyEvent` and `mergeCallRecords` check the records they are given with it; the call-level fields are
 * worked out again from the legs, so only their form is checked here.
 *
 * @example
 * ```ts
 * v.is(callRecordSchema, JSON.parse(row.record));
 * //=> true
 * ```
 */
export const callRecordSchema = /* @__PURE__ */ deferred(callRecordSchemaOf, [
  "kind",
  "type",
  "reference",
  "expects",
  "async",
  "entries",
  "message",
  "~run",
  "~standard",
  "pipe",
]);

// @__NO_SIDE_EFFECTS__
function callRecord() {
  return v.pipe(
    v.object({
      key: v.pipe(v.string(), v.maxLength(CALL_RECORD_LIMITS.idLength + 16, "is too long")),
      provider: providerSchema(),
      sessionId: v.nullable(idSchema()),
      direction: v.nullable(directionSchema()),
      from: v.nullable(phoneNumberSchema()),
      to: v.nullable(phoneNumberSchema()),
      virtualNumber: v.nullable(phoneNumberSchema()),
      status: statusSchema(),
      answered: v.boolean(),
      outcome: v.nullable(outcomeSchema()),
      startedAt: v.nullable(isoTimeSchema()),
      answeredAt: v.nullable(isoTimeSchema()),
      endedAt: v.nullable(isoTimeSchema()),
      durationSec: v.nullable(durationSchema()),
      hangupCause: v.nullable(v.string()),
      recording: v.nullable(recordingSchema()),
      finalSummary: v.boolean(),
      dtmf: v.pipe(
        v.array(callKeyPressSchema()),
        v.maxLength(CALL_RECORD_LIMITS.keyPresses, `must hold at most ${CALL_RECORD_LIMITS.keyPresses} key presses`),
      ),
      legs: v.pipe(
        v.array(callLegSchema()),
        v.minLength(1, "must hold a leg"),
        v.maxLength(CALL_RECORD_LIMITS.legs, `must hold at most ${CALL_RECORD_LIMITS.legs} legs`),
      ),
      eventIds: v.pipe(
        v.array(idSchema()),
        v.maxLength(CALL_RECORD_LIMITS.eventIds, `must hold at most ${CALL_RECORD_LIMITS.eventIds} ids`),
      ),
      truncated: v.boolean(),
    }),
    v.check((record) => record.key.startsWith(`${record.provider}:`), `key ${MESSAGE_KEY}`),
    v.metadata({
      title: "CallRecord",
      description:
        "What callhooks knows about one call, folded from its events in any order (applyEvent, mergeCallRecords).",
    }),
  );
}
