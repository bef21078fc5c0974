import type { ProviderId } from "../providers/ids.js";
import type { CallRecord } from "./call-record.js";
import { checkRecord } from "./check-input.js";
import { deriveRecord, joinStates } from "./join-records.js";
import { type CallRecordResult, recordFailure } from "./record-error.js";

/**
 * Merges two records of one call, such as those two servers or queue shards folded from different events of
 * it. Commutative, associative and idempotent: folding a call's events split across any number of shards,
 * then merging the records, gives the record of folding them all in one place.
 *
 * @param a One record.
 * @param b The other.
 * @returns The merged record, or `different_calls` when their keys differ (never a silent mix), or
 *   `invalid_record`. Never throws.
 * @example
 * ```ts
 * const merged = mergeCallRecords(fromShardA, fromShardB);
 * if (merged.ok) await save(merged.record);
 * ```
 */
export function mergeCallRecords<P extends ProviderId>(a: CallRecord<P>, b: CallRecord<P>): CallRecordResult<P> {
  const first = checkRecord(a, "The first record");
  if (!first.ok) return first;
  const second = checkRecord(b, "The second record");
  if (!second.ok) return second;
  if (first.state.key !== second.state.key) {
    return recordFailure(
      "different_calls",
      "These records are of different calls (their keys differ); merge only records with the same key.",
    );
  }
  return { ok: true, record: deriveRecord(joinStates(first.state, second.state)) as CallRecord<P> };
}
