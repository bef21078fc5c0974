// Many servers: acknowledge fast, queue by call, fold idempotently where the queue delivers. The queue keeps one
// call's events in order on one consumer (SQS FIFO: MessageGroupId; Kafka: the partition key), and applyEvent
// makes a redelivered or reordered event harmless.

import { applyEvent, type CallRecord, callKey, eventToJSON, parseEventJSON, parseRequest } from "callhooks";

/** A queue that keeps the messages of one group in order (SQS FIFO, Kafka, a Cloudflare Queue per call, …). */
export interface CallQueue {
  send(message: { readonly groupId: string; readonly dedupeId: string; readonly body: string }): Promise<void>;
}

/** Where records live (a database row, a Durable Object's storage, …). */
export interface RecordStore {
  load(key: string): Promise<CallRecord | null>;
  save(record: CallRecord): Promise<void>;
}

// The webhook: parse, enqueue under the call's key, answer 200. No database on this path.
export function createWebhook(queue: CallQueue): (request: Request) => Promise<Response> {
  return async (request) => {
    const parsed = await parseRequest(request);
    if (!parsed.ok) return new Response(parsed.error.code, { status: 400 });
    const key = callKey(parsed.event);
    const json = eventToJSON(parsed.event);
    if (key === null || !json.ok) return new Response(null, { status: 200 }); // nothing to fold
    await queue.send({ groupId: key, dedupeId: parsed.event.id, body: JSON.stringify(json.json) });
    return new Response(null, { status: 200 });
  };
}

// The consumer: reads the event back and folds it into its call's record.
export function createConsumer(store: RecordStore): (body: string) => Promise<void> {
  return async (body) => {
    const parsed = parseEventJSON(body);
    const key = parsed.ok ? callKey(parsed.event) : null;
    if (!parsed.ok || key === null) return; // not an event of a call: drop it
    const result = applyEvent(await store.load(key), parsed.event);
    if (result.ok) await store.save(result.record);
  };
}
