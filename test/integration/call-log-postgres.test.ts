import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALL_LOG_TABLES, createReceiver } from "../../examples/call-log-postgres/call-log.js";
import { type CallEvent, type CallRecord, callKey, parseCallback } from "../../src/index.js";
import { FIXTURES } from "../helpers/fixture-cases.js";
import { deliveryOptions, fixture } from "../helpers/fixtures.js";
import { startPostgres, type TestPostgres } from "../helpers/postgres.js";
import { SEED } from "../property/arbitraries.js";
import { fold } from "../property/records-properties.js";

// The call-log example (examples/call-log-postgres/) on a real PostgreSQL server: four receivers side by side,
// every event of many calls posted over HTTP, shuffled, duplicated and concurrently; then each `calls` row must be
// the in-memory fold of its call's events, and every event recorded exactly once.

const RECEIVERS = 4;
const COPIES = 8; // each fixture call is posted as this many calls, with their ids rewritten
const CONCURRENCY = 32;

/** One delivery as a provider would send it. */
interface Delivery {
  readonly kaleyra: boolean;
  readonly body: string | null;
  readonly contentType: string | null;
  readonly query: string | undefined;
}

const parse = (delivery: Delivery): CallEvent | null => {
  const options = deliveryOptions({ ...delivery, name: "", text: "" }, delivery.kaleyra ? { provider: "kaleyra" } : {});
  const result = parseCallback(delivery.body, delivery.contentType, options);
  return result.ok ? result.event : null;
};

/**
 * The fixtures' deliveries of events that name a call, grouped by call, with the ids each call's events carry.
 * Two fixtures that give one event id different content (URL Networks' extension_hangup, sent with `method` in
 * two spellings) are alternatives, not one call: the first is kept, since the log keeps the first delivery of an id.
 */
function fixtureCalls(): { readonly deliveries: Delivery[]; readonly ids: Set<string> }[] {
  const calls = new Map<string, { deliveries: Delivery[]; ids: Set<string> }>();
  const firstOfId = new Map<string, CallRecord>();
  for (const item of FIXTURES) {
    const { body, contentType, query } = fixture(item.provider, item.name);
    const delivery: Delivery = { kaleyra: item.provider === "kaleyra", body, contentType, query };
    const event = parse(delivery);
    const key = event === null ? null : callKey(event);
    if (event === null || key === null) continue;
    const alone = fold([event]);
    const first = firstOfId.get(event.id) ?? alone;
    firstOfId.set(event.id, first);
    if (JSON.stringify(first) !== JSON.stringify(alone)) continue;
    const call = calls.get(key) ?? { deliveries: [], ids: new Set<string>() };
    call.deliveries.push(delivery);
    for (const id of [event.callId, event.sessionId]) if (id) call.ids.add(id);
    calls.set(key, call);
  }
  return [...calls.values()];
}

/** A copy of a call: each of its ids rewritten (its first four characters), wherever the deliveries carry it. */
function copyOf(call: { readonly deliveries: Delivery[]; readonly ids: Set<string> }, copy: number): Delivery[] {
  const rewrite = (text: string): string => {
    let out = text;
    for (const id of call.ids) {
      const head = /^\d+$/.test(id) ? String(copy).padStart(4, "0") : copy.toString(16).padStart(4, "0");
      out = out.split(id).join(`${head}${id.slice(4)}`);
    }
    return out;
  };
  return call.deliveries.map((delivery) => ({
    ...delivery,
    body: delivery.body === null ? null : rewrite(delivery.body),
    query: delivery.query === undefined ? undefined : rewrite(delivery.query),
  }));
}

async function post(base: string, delivery: Delivery): Promise<string> {
  const path = delivery.kaleyra ? "/webhooks/kaleyra" : "/webhooks";
  // A provider sends again until it gets a 200 (503: the database was busy or down).
  for (let attempt = 1; ; attempt++) {
    const response =
      delivery.body === null
        ? await fetch(`${base}${path}?${delivery.query ?? ""}`)
        : await fetch(`${base}${path}`, {
            method: "POST",
            headers: { "content-type": delivery.contentType ?? "text/plain" },
            body: delivery.body,
          });
    const text = await response.text();
    if (response.status === 200) return text;
    if (response.status !== 503 || attempt === 5) throw new Error(`HTTP ${response.status}: ${text}`);
  }
}

describe("the PostgreSQL call log (examples/call-log-postgres)", () => {
  let postgres: TestPostgres | undefined;
  const pools: pg.Pool[] = [];
  const servers: Server[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    const setup = new pg.Pool({ connectionString: postgres.url, max: 1 });
    await setup.query(CALL_LOG_TABLES);
    await setup.end();
    for (let index = 0; index < RECEIVERS; index++) {
      const pool = new pg.Pool({ connectionString: postgres.url, max: 6 });
      const server = createReceiver(pool);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      pools.push(pool);
      servers.push(server);
      bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all(pools.map((pool) => pool.end()));
    postgres?.stop();
  }, 60_000);

  it("folds every event of many calls, shuffled, duplicated and concurrent, exactly once into its call's row", async () => {
    const calls = fixtureCalls().flatMap((call) => Array.from({ length: COPIES }, (_, copy) => copyOf(call, copy + 1)));
    // Expected: each call's events folded in memory, and every distinct event id once.
    const expected = new Map<string, { record: CallRecord; ids: Set<string> }>();
    const sends: Delivery[] = [];
    for (const deliveries of calls) {
      const events = deliveries.map((delivery) => parse(delivery) as CallEvent);
      const key = callKey(events[0] as CallEvent) as string;
      expect(events.every((event) => callKey(event) === key)).toBe(true);
      expect(expected.has(key)).toBe(false); // the copies are different calls
      expected.set(key, { record: fold(events), ids: new Set(events.map((event) => event.id)) });
      for (const delivery of deliveries) for (let copy = 0; copy < 1 + (sends.length % 3); copy++) sends.push(delivery);
    }
    const order = fc.sample(fc.shuffledSubarray(sends, { minLength: sends.length, maxLength: sends.length }), {
      seed: SEED,
      numRuns: 1,
    })[0] as Delivery[];

    const answers = new Map<string, number>();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        while (next < order.length) {
          const delivery = order[next++] as Delivery;
          const answer = await post(bases[(worker + next) % RECEIVERS] as string, delivery);
          answers.set(answer, (answers.get(answer) ?? 0) + 1);
        }
      }),
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${expected.size} calls, ${order.length} deliveries posted to ${RECEIVERS} receivers in ${seconds} s`);
    const allIds = [...expected.values()].flatMap(({ ids }) => [...ids]);
    expect(order.length).toBeGreaterThan(1_000);

    const client = postgres as TestPostgres;
    const db = new pg.Pool({ connectionString: client.url, max: 1 });
    try {
      const events = await db.query<{ id: string; call_key: string }>("SELECT id, call_key FROM call_events");
      expect(events.rows.map((row) => row.id).sort()).toEqual([...allIds].sort());
      const rows = await db.query<{ key: string; record: CallRecord; events: number }>(
        "SELECT key, record, events FROM calls",
      );
      expect(rows.rows).toHaveLength(expected.size);
      for (const row of rows.rows) {
        const call = expected.get(row.key);
        expect(row.record).toEqual(call?.record);
        expect(row.events).toBe(call?.ids.size); // no event applied twice, none lost
      }
    } finally {
      await db.end();
    }
    // What the receivers answered agrees: each event applied once, every other delivery a duplicate.
    expect(answers.get("applied")).toBe(allIds.length);
    expect(answers.get("duplicate")).toBe(order.length - allIds.length);
  }, 120_000);
});
