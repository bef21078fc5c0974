import type { CallEvent } from "../call-event.js";
import type { CallRecord } from "./call-record.js";
import { checkEvent, checkRecord } from "./check-input.js";
import { deriveRecord, joinStates } from "./join-records.js";
import { type CallRecordResult, recordFailure } from "./record-error.js";
import { stateOfEvent } from "./record-of-event.js";

/**
 * Folds an event into the record of its call. Events may come in any order, late, or twice: the record is
 * the same whatever the order, and applying an event again changes nothing (see the README's "Call
 * records" for the precedence rules). Pure: the previous record is not changed.
 *
 * @param previous The call's record so far, or `null` for the first event of a call.
 * @param event The event, from `parseCallback` or `parseEventJSON`.
 * @returns The new record, or why there is none: `different_calls` when the event is of another call than
 *   the record, `no_call_key` when it names no call, `invalid_event` / `invalid_record`. Never throws.
 * @example
 * ```ts
 * const result = applyEvent(await load(callKey(event)), event);
 * if (result.ok) await save(result.record);
 * //=> { key: "telecmi:…", status: "answered", outcome: null, … }
 * ```
 */
export function applyEvent<E extends CallEvent>(
  previous: CallRecord | null,
  event: E,
): CallRecordResult<E["provider"]> {
  const checked = checkEvent(event);
  if (!checked.ok) return checked;
  const fresh = stateOfEvent(checked.event, checked.key);
  // `undefined` too: a lookup that found nothing.
  if (previous === null || previous === undefined)
    return { ok: true, record: deriveRecord(fresh) as CallRecord<E["provider"]> };
  const prior = checkRecord(previous, "The previous record");
  if (!prior.ok) return prior;
  if (prior.state.key !== checked.key) {
    return recordFailure(
      "different_calls",
      "The event is of another call than the record (their call keys differ). Load the record of callKey(event).",
    );
  }
  return { ok: true, record: deriveRecord(joinStates(prior.state, fresh)) as CallRecord<E["provider"]> };
}
