import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { applyEvent, type CallEvent, type CallRecord, mergeCallRecords } from "../../src/index.js";
import {
  callEvents,
  callEventsAndPermutation,
  callEventsInShards,
  callEventsInThree,
  twoCalls,
} from "./records-arbitraries.js";

/**
 * Folds events into a record, in the order given.
 *
 * @param events The events (of one call).
 * @param start The record to start from.
 * @returns The record; throws if a step fails (a broken property, in these tests).
 */
export function fold(events: readonly CallEvent[], start: CallRecord | null = null): CallRecord {
  let record = start;
  for (const event of events) {
    const result = applyEvent(record, event);
    if (!result.ok) throw new Error(`applyEvent failed: ${result.error.code}: ${result.error.message}`);
    record = result.record;
  }
  if (record === null) throw new Error("no events");
  return record;
}

/**
 * Merges records; throws if it fails.
 *
 * @param a One record.
 * @param b The other.
 * @returns The merged record.
 */
export function merge(a: CallRecord, b: CallRecord): CallRecord {
  const result = mergeCallRecords(a, b);
  if (!result.ok) throw new Error(`mergeCallRecords failed: ${result.error.code}: ${result.error.message}`);
  return result.record;
}

const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);

const STATUS_RANK = { initiated: 0, ringing: 1, answered: 2, ended: 3 } as const;

// Fields that, once known, a later event may change (a summary outranks) but never remove.
const KEPT_FIELDS = [
  "sessionId",
  "direction",
  "from",
  "to",
  "virtualNumber",
  "outcome",
  "startedAt",
  "answeredAt",
  "endedAt",
  "durationSec",
  "hangupCause",
  "recording",
] as const satisfies readonly (keyof CallRecord)[];

const legKey = (leg: CallRecord["legs"][number]): string => `${leg.leg === "b" ? "b" : "a"}:${leg.callId}`;

/** What a later record lost of an earlier one's information; empty when nothing. */
export function lostInformation(before: CallRecord, after: CallRecord): string[] {
  const lost: string[] = [];
  if (STATUS_RANK[after.status] < STATUS_RANK[before.status]) lost.push(`status ${before.status} → ${after.status}`);
  for (const flag of ["answered", "finalSummary", "truncated"] as const) {
    if (before[flag] && !after[flag]) lost.push(`${flag} became false`);
  }
  for (const field of KEPT_FIELDS) if (before[field] !== null && after[field] === null) lost.push(`${field} lost`);
  if (!after.truncated) {
    for (const id of before.eventIds) if (!after.eventIds.includes(id)) lost.push(`event id ${id} lost`);
    for (const press of before.dtmf) if (!after.dtmf.some((kept) => same(kept, press))) lost.push("a key press lost");
  }
  const legs = new Map(after.legs.map((leg) => [legKey(leg), leg]));
  for (const leg of before.legs) {
    const later = legs.get(legKey(leg));
    if (later === undefined) {
      if (!after.truncated) lost.push(`leg ${legKey(leg)} lost`);
      continue;
    }
    if (STATUS_RANK[later.status] < STATUS_RANK[leg.status]) lost.push(`leg ${legKey(leg)} status moved back`);
    if (leg.answered && !later.answered) lost.push(`leg ${legKey(leg)} answered lost`);
    for (const field of ["startedAt", "answeredAt", "endedAt", "ended", "summary"] as const) {
      if (leg[field] !== null && later[field] === null) lost.push(`leg ${legKey(leg)} ${field} lost`);
    }
  }
  return lost;
}

/** A named property of the fold, for `npm test` (few runs) and `npm run fuzz:records` (many). */
export interface RecordProperty {
  /** What it states. */
  readonly name: string;
  /** The property. */
  readonly property: fc.IPropertyWithHooks<never> | fc.IProperty<never>;
}

const property = <T>(arbitrary: fc.Arbitrary<T>, holds: (value: T) => boolean) =>
  fc.property(arbitrary, holds) as unknown as fc.IProperty<never>;

/** The properties of `applyEvent` and `mergeCallRecords`. */
export const RECORD_PROPERTIES: readonly RecordProperty[] = [
  {
    name: "idempotent: applying an event again changes nothing",
    property: property(
      callEvents().chain((events) => fc.tuple(fc.constant(events), fc.nat(events.length - 1))),
      ([events, index]) => {
        const record = fold(events);
        return same(fold([events[index] as CallEvent], record), record);
      },
    ),
  },
  {
    name: "order-independent: a permutation of the events gives the same record",
    property: property(callEventsAndPermutation, ([events, permuted]) => same(fold(events), fold(permuted))),
  },
  {
    name: "mergeable: folding shards and merging them equals folding everything in one place",
    property: property(callEventsInShards, ([events, shardOf]) => {
      const shards: CallEvent[][] = [[], [], [], []];
      events.forEach((event, index) => {
        shards[shardOf[index] as number]?.push(event);
      });
      const records = shards.filter((shard) => shard.length > 0).map((shard) => fold(shard));
      return same(records.reduce(merge), fold(events)) && same(records.reverse().reduce(merge), fold(events));
    }),
  },
  {
    name: "mergeCallRecords is commutative, associative and idempotent",
    property: property(callEventsInThree, ([first, second, third]) => {
      const [a, b, c] = [fold(first), fold(second), fold(third)];
      return (
        same(merge(a, b), merge(b, a)) && same(merge(merge(a, b), c), merge(a, merge(b, c))) && same(merge(a, a), a)
      );
    }),
  },
  {
    name: "monotone: a later event adds information, never removes it or moves the status back",
    property: property(callEvents(10), (events) => {
      let record: CallRecord | null = null;
      for (const event of events) {
        const next = fold([event], record);
        if (record !== null && lostInformation(record, next).length > 0) return false;
        record = next;
      }
      return true;
    }),
  },
  {
    name: "events of different calls are never merged: different_calls",
    property: property(twoCalls, ([x, y]) => {
      const [recordX, recordY] = [fold(x), fold(y)];
      const applied = applyEvent(recordX, y[0] as CallEvent);
      const merged = mergeCallRecords(recordX, recordY);
      return (
        !applied.ok && applied.error.code === "different_calls" && !merged.ok && merged.error.code === "different_calls"
      );
    }),
  },
  {
    name: "a record is plain JSON",
    property: property(callEvents(), (events) => {
      const record = fold(events);
      return same(JSON.parse(JSON.stringify(record)), record);
    }),
  },
];
