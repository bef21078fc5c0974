import type { CallEvent } from "../../src/index.js";
import { callKey, parseCallback } from "../../src/index.js";
import { FIXTURES } from "./fixture-cases.js";
import { deliveryOptions, fixture } from "./fixtures.js";

/** A bundled fixture parsed to its event. */
export interface FixtureEvent {
  /** `provider/file`, for test names. */
  readonly name: string;
  /** The event. */
  readonly event: CallEvent;
}

function parseAll(): FixtureEvent[] {
  const events: FixtureEvent[] = [];
  for (const item of FIXTURES) {
    const delivery = fixture(item.provider, item.name);
    const result = parseCallback(delivery.body, delivery.contentType, deliveryOptions(delivery, item.options));
    if (result.ok) events.push({ name: `${item.provider}/${item.name}`, event: result.event });
  }
  return events;
}

/** Every bundled fixture that parses to an event. */
export const FIXTURE_EVENTS: readonly FixtureEvent[] = parseAll();

function groupByCall(): ReadonlyMap<string, readonly CallEvent[]> {
  const calls = new Map<string, CallEvent[]>();
  for (const { event } of FIXTURE_EVENTS) {
    const key = callKey(event);
    if (key === null) continue;
    const events = calls.get(key);
    if (events === undefined) calls.set(key, [event]);
    else events.push(event);
  }
  return calls;
}

/** The fixtures' events grouped into calls by `callKey` (duplicate deliveries included). */
export const FIXTURE_CALLS: ReadonlyMap<string, readonly CallEvent[]> = groupByCall();
