// Call records: a call's events, folded in whatever order they come (late, twice, per leg), into one record.

// #region fold
import { applyEvent, type CallEvent, type CallRecord, callKey, mergeCallRecords } from "callhooks";

const records = new Map<string, CallRecord>(); // your store: a JSONB column, Redis, a Durable Object

export function onEvent(event: CallEvent): void {
  const key = callKey(event); // "telecmi:5202a928-…": the provider, then the conversation's id
  if (key === null) return; // the event names no call (URL Networks' API "Incoming Call")
  const result = applyEvent(records.get(key) ?? null, event);
  if (!result.ok) {
    console.warn(result.error.code, result.error.message);
    return;
  }
  records.set(key, result.record); // plain JSON: times are ISO strings
  const { status, answered, outcome, durationSec, finalSummary } = result.record;
  console.log(key, status, answered, outcome, durationSec, finalSummary);
}
// #endregion

// Two servers folded different events of one call: merging their records gives the record of all the events.
export function combine(a: CallRecord, b: CallRecord): CallRecord | null {
  const merged = mergeCallRecords(a, b); // { ok: false, error: { code: "different_calls" } } for two calls
  return merged.ok ? merged.record : null;
}
