import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallEvent, CallRecord } from "../../src/index.js";
import { FIXTURE_CALLS } from "../helpers/fixture-events.js";
import { SEED } from "../property/arbitraries.js";
import { fold, lostInformation, merge } from "../property/records-properties.js";

/** Every ordering of a list (Heap's algorithm). */
function* permutations<T>(items: readonly T[]): Generator<T[]> {
  const list = [...items];
  const counters = list.map(() => 0);
  yield [...list];
  let index = 0;
  while (index < list.length) {
    if ((counters[index] as number) < index) {
      const other = index % 2 === 0 ? 0 : (counters[index] as number);
      [list[other], list[index]] = [list[index] as T, list[other] as T];
      yield [...list];
      counters[index] = (counters[index] as number) + 1;
      index = 0;
    } else {
      counters[index] = 0;
      index++;
    }
  }
}

// Calls of up to 7 events are folded in every order (5,040 at most); larger ones in 2,000 seeded orders.
const EXHAUSTIVE = 7;
const SAMPLED = 2_000;

describe("call records folded from the bundled fixtures, grouped into calls by callKey", () => {
  const calls = [...FIXTURE_CALLS];

  it("groups the fixtures into calls, several with many events", () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter(([, events]) => events.length >= 5).map(([key]) => key)).toEqual([
      "wavecell:a1d6a5e2-efec-11e9-b999-efc71013a78f",
      "wavecell:e1ff6a15-eae8-11f0-baa6-c147150ab00e",
      "telecmi:5202a928-07c3-4d32-a1a4-d304c9275971",
      "telecmi:ccd826f9-67a4-4467-acfb-a53093ff5c9d",
      "telecmi:127c1480-ce5d-480a-a593",
      "urlnetworks:709e1d5e-2067-41af-88c4-77b0c761c718",
      "kaleyra:8841502400",
      "kaleyra:8841502500",
    ]);
  });

  for (const [key, events] of calls) {
    it(`gives one record for ${key} (${events.length} events) in every order, once or twice, on any shards`, () => {
      const expected = fold(events);
      if (events.length <= EXHAUSTIVE) {
        for (const order of permutations(events)) expect(fold(order)).toEqual(expected);
      } else {
        fc.assert(
          fc.property(
            fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }),
            (order) => {
              expect(fold(order)).toEqual(expected);
            },
          ),
          { seed: SEED, numRuns: SAMPLED },
        );
      }
      expect(fold([...events, ...events])).toEqual(expected);
      const halves = [events.filter((_, i) => i % 2 === 0), events.filter((_, i) => i % 2 === 1)];
      if ((halves[1] as CallEvent[]).length > 0) {
        expect(merge(fold(halves[0] as CallEvent[]), fold(halves[1] as CallEvent[]))).toEqual(expected);
      }
      let record: CallRecord | null = null;
      for (const event of events) {
        const next = fold([event], record);
        if (record !== null) expect(lostInformation(record, next)).toEqual([]);
        record = next;
      }
    });
  }

  it("matches the records kept in the snapshot", () => {
    const records = Object.fromEntries(calls.map(([key, events]) => [key, fold(events)]));
    expect(records).toMatchSnapshot();
  });
});
