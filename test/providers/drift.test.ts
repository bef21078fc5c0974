import { describe, expect, it } from "vitest";
import { type CallEvent, type ParseResult, parseCallback } from "../../src/index.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import { FIXTURES, type FixtureCase } from "../helpers/fixture-cases.js";

// Providers drift: a key goes missing, a number arrives as an object or a word, a value turns negative.
// Each fixture is edited one key at a time (top level and one level down, e.g. 8x8's `payload.*`) and
// the outcome, event or error (code and message), is compared with the recorded one. Any change in how
// callhooks reads a drifted payload, or in what it tells the user, shows up here; review the diff, then
// update the snapshots (`npx vitest run -u test/providers/drift.test.ts`) when the change is intended.

const EDITS: readonly [string, unknown][] = [
  ["dropped", undefined],
  ["object", { a: 1 }],
  ["word", "zzz"],
  ["negative", -1],
];

/** A message's start and a hash of all of it: short, and any change to the wording shows. */
function fingerprint(message: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < message.length; i++) hash = Math.imul(hash ^ message.charCodeAt(i), 0x01000193) >>> 0;
  return `${hash.toString(16).padStart(8, "0")} ${message.length > 90 ? `${message.slice(0, 90)}…` : message}`;
}

/** One line per result; an error's message is listed once per fixture and referred to by number. */
function summary(result: ParseResult, messages: string[]): string {
  if (!result.ok) {
    const issues = result.error.issues?.map((issue) => issue.path.join(".")).join(",");
    let index = messages.indexOf(result.error.message);
    if (index === -1) index = messages.push(result.error.message) - 1;
    return `${result.error.code}${issues === undefined ? "" : ` [${issues}]`} #${index}`;
  }
  const event: CallEvent = result.event;
  const parts: Record<string, unknown> = {
    type: event.type,
    id: event.id,
    leg: event.leg,
    direction: event.direction,
    from: event.from?.e164 ?? event.from?.raw,
    to: event.to?.e164 ?? event.to?.raw,
    virtualNumber: event.virtualNumber?.e164 ?? event.virtualNumber?.raw,
    occurredAt: event.occurredAt?.toISOString(),
  };
  if (event.type === "call.ended") {
    Object.assign(parts, {
      outcome: event.outcome,
      durationSec: event.durationSec,
      startedAt: event.startedAt?.toISOString(),
      answeredAt: event.answeredAt?.toISOString(),
      endedAt: event.endedAt?.toISOString(),
      hangupCause: event.hangupCause,
      recording: event.recording === null ? null : `${event.recording.url} ${event.recording.filename}`,
    });
  }
  if (event.type === "call.dtmf") parts.digits = event.digits;
  return Object.entries(parts)
    .map(([name, value]) => `${name}=${value ?? "-"}`)
    .join(" ");
}

/** What changed from the fixture as sent: "=" for nothing, else the fields that differ. */
function change(outcome: string, asSent: string): string {
  if (outcome === asSent) return "=";
  if (!outcome.startsWith("type=") || !asSent.startsWith("type=")) return outcome;
  const before = new Set(asSent.split(" "));
  return outcome
    .split(" ")
    .filter((part) => !before.has(part))
    .join(" ");
}

function deliver(fixture: FixtureCase, record: Record<string, unknown>): ParseResult {
  if (fixture.format === "json") return parseCallback(JSON.stringify(record), "application/json", fixture.options);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    params.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return fixture.format === "query"
    ? parseCallback(null, null, { ...fixture.options, query: params })
    : parseCallback(params.toString(), "application/x-www-form-urlencoded", fixture.options);
}

function edited(record: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]];
  const copy = { ...record };
  if (rest.length > 0) copy[key] = edited(copy[key] as Record<string, unknown>, rest, value);
  else if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function paths(record: Record<string, unknown>): string[][] {
  const found: string[][] = [];
  for (const [key, value] of Object.entries(record)) {
    found.push([key]);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) found.push([key, inner]);
    }
  }
  return found;
}

/** One fixture's drift: the outcome as sent, then one line per key with the outcome of each edit. */
function driftOf(fixture: FixtureCase): string {
  const messages: string[] = [];
  const asSent = summary(deliver(fixture, { ...fixture.record }), messages);
  const lines = [`as sent: ${asSent}`];
  for (const path of paths({ ...fixture.record })) {
    const outcomes = EDITS.map(([name, value]) => {
      const outcome = summary(deliver(fixture, edited(fixture.record, path, value)), messages);
      return `${name} ${change(outcome, asSent)}`;
    });
    lines.push(`${path.join(".")}: ${outcomes.join(" | ")}`);
  }
  const listed = messages.map((message, i) => `#${i} ${fingerprint(message)}`);
  return [`## ${fixture.name}`, ...lines, "messages:", ...listed].join("\n");
}

// One snapshot file per provider, beside its tests: test/providers/<id>/__snapshots__/drift.snap.
describe("drifted fixtures", () => {
  for (const { id } of PROVIDERS) {
    it(`read every ${id} fixture with one key dropped or retyped as before`, async () => {
      const fixtures = FIXTURES.filter((fixture) => fixture.provider === id);
      const text = `${fixtures.map(driftOf).join("\n\n")}\n`;
      await expect(text).toMatchFileSnapshot(`./${id}/__snapshots__/drift.snap`);
    });
  }
});
