// A call log on PostgreSQL for webhooks that land on many servers: each receiver parses a delivery, records the
// event's id (a duplicate stops there) and folds the event into its call's row, in one transaction. Any number
// of receivers can run side by side: the unique event id stops duplicates, the row lock orders the folds of one
// call, and applyEvent gives the same record in whatever order the events come.

import { createServer, type Server } from "node:http";
import { applyEvent, type CallEvent, type CallRecord, callKey } from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import type { Pool, PoolClient } from "pg";

/** The tables: one row per event applied, one row per call (its record, and how many events it holds). */
export const CALL_LOG_TABLES = `
  CREATE TABLE IF NOT EXISTS call_events (
    id text PRIMARY KEY,
    call_key text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS calls (
    key text PRIMARY KEY,
    record jsonb NOT NULL,
    events integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
`;

/** What became of an event: folded into its call, a duplicate of one already folded, or of no call. */
export type Recorded = "applied" | "duplicate" | "no_call";

async function fold(client: PoolClient, key: string, event: CallEvent): Promise<void> {
  const first = applyEvent(null, event);
  if (!first.ok) throw new Error(first.error.code);
  // The call's first event creates its row; a concurrent first event waits here for that insert to commit.
  const created = await client.query(
    "INSERT INTO calls (key, record, events) VALUES ($1, $2, 1) ON CONFLICT (key) DO NOTHING",
    [key, first.record],
  );
  if (created.rowCount === 1) return;
  // Otherwise: lock the row (other receivers folding this call wait), fold, write back.
  const { rows } = await client.query<{ record: CallRecord }>("SELECT record FROM calls WHERE key = $1 FOR UPDATE", [
    key,
  ]);
  const row = rows[0];
  if (row === undefined) throw new Error("the call's row is gone"); // deleted meanwhile: roll back, answer 503
  const next = applyEvent(row.record, event);
  if (!next.ok) throw new Error(next.error.code);
  await client.query("UPDATE calls SET record = $2, events = events + 1, updated_at = now() WHERE key = $1", [
    key,
    next.record,
  ]);
}

/**
 * Records one event: its id once, and its fold into the call's row, in one transaction.
 *
 * @param pool The PostgreSQL pool.
 * @param event The parsed event.
 * @returns What became of it. Rejects when the database does (answer 5xx: the provider sends it again).
 */
export async function recordEvent(pool: Pool, event: CallEvent): Promise<Recorded> {
  const key = callKey(event);
  if (key === null) return "no_call"; // URL Networks' API "Incoming Call" names no call: nothing to fold
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const inserted = await client.query(
      "INSERT INTO call_events (id, call_key) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
      [event.id, key],
    );
    if (inserted.rowCount === 0) {
      await client.query("ROLLBACK");
      return "duplicate";
    }
    await fold(client, key, event);
    await client.query("COMMIT");
    return "applied";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A webhook receiver (node:http): `/webhooks` for every provider, `/webhooks/kaleyra` for Kaleyra. It answers
 * once the event is committed, so a provider that gets no 200 sends it again and nothing is lost.
 *
 * @param pool The PostgreSQL pool.
 * @returns The server, not listening yet.
 */
export function createReceiver(pool: Pool): Server {
  return createServer(async (req, res) => {
    const kaleyra = req.url?.startsWith("/webhooks/kaleyra") ?? false;
    const parsed = await parseIncomingMessage(req, kaleyra ? { provider: "kaleyra" } : {});
    if (!parsed.ok) {
      res.writeHead(400, { "content-type": "text/plain" }).end(parsed.error.code);
      return;
    }
    try {
      const recorded = await recordEvent(pool, parsed.event);
      res.writeHead(200, { "content-type": "text/plain" }).end(recorded);
    } catch {
      res.writeHead(503, { "content-type": "text/plain" }).end("try again");
    }
  });
}
