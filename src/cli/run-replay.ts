import type { ProviderId } from "../providers/registry.js";
import { startCommand, usageLine } from "./args.js";
import { deliver, type Outcome, readHeaders, readTarget, shownTarget, withContentType } from "./deliver.js";
import { type CliDelivery, findDeliveries } from "./deliveries.js";
import { REPLAY_HELP } from "./help.js";
import { createAgents } from "./http-exchange.js";
import type { CliIo } from "./io.js";
import { checkNames } from "./run-send.js";
import { shuffled } from "./shuffle.js";
import { terminalText } from "./terminal-text.js";

const OPTIONS = {
  to: { type: "string" },
  shuffle: { type: "boolean", default: false },
  seed: { type: "string" },
  duplicate: { type: "string", default: "1" },
  concurrency: { type: "string", default: "1" },
  provider: { type: "string" },
  header: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** The bounds of one replay. */
const LIMITS = { duplicate: 100, concurrency: 64, deliveries: 100_000, failuresShown: 10 };
const MAX_SEED = 2 ** 31 - 1;

const wholeNumber = (text: string, from: number, to: number): number | undefined => {
  const value = Number(text);
  return Number.isInteger(value) && value >= from && value <= to && text.trim() !== "" ? value : undefined;
};

/**
 * The order of a replay: each delivery `duplicate` times (the whole set, then again), shuffled when a seed is given.
 *
 * @param deliveries The deliveries.
 * @param duplicate How many times each is sent.
 * @param seed The shuffle's seed, or `undefined` to keep the order.
 * @returns The deliveries in the order they are sent.
 * @example
 * ```ts
 * replayOrder([a, b], 2, undefined);
 * //=> [a, b, a, b]
 * ```
 */
export function replayOrder<T>(deliveries: readonly T[], duplicate: number, seed: number | undefined): T[] {
  const all = Array.from({ length: duplicate }, () => deliveries).flat();
  return seed === undefined ? all : shuffled(all, seed);
}

function summary(outcomes: readonly (Outcome | undefined)[], total: number, seconds: number): string {
  const statuses = new Map<string, number>();
  let sent = 0;
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome === undefined || outcome.stopped) continue;
    sent++;
    if (outcome.failed) failed++;
    const key = outcome.status === null ? "no answer" : String(outcome.status);
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  const counts = [...statuses]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status} ×${count}`)
    .join(", ");
  return `Sent ${sent} of ${total} in ${seconds.toFixed(1)} s${counts === "" ? "" : `: ${counts}`}. Failed (no answer or 5xx): ${failed}.\n`;
}

/**
 * Runs `callhooks replay`: delivers a set of deliveries shuffled and repeated, a few at a time, printing a line per
 * answer, then a summary.
 *
 * @param argv The arguments after `replay`.
 * @param io Where to read and print.
 * @param stop Aborted to stop (Ctrl-C): nothing more is sent, the deliveries in flight are dropped.
 * @returns 0 when every delivery got an answer below 500; 1 otherwise; 2 for a usage error; 130 when stopped.
 * @example
 * ```ts
 * await runReplay(["telecmi", "--to", "http://127.0.0.1:3000/webhooks", "--shuffle", "--duplicate", "2", "--seed", "1"], nodeIo(), signal);
 * //=> 0
 * ```
 */
export async function runReplay(argv: readonly string[], io: CliIo, stop: AbortSignal): Promise<number> {
  const args = startCommand("replay", argv, OPTIONS, true, REPLAY_HELP, io);
  if (typeof args === "number") return args;
  const usage = (problem: string): number => {
    io.stderr(`${usageLine("replay", problem)}\n`);
    return 2;
  };
  const { values, positionals } = args;
  if (positionals.length === 0) return usage("name a folder, samples or a provider to replay");
  if (values.to === undefined) return usage("--to URL is required (where your app listens)");
  const target = readTarget(values.to);
  if (!target.ok) return usage(target.message);
  const duplicate = wholeNumber(values.duplicate, 1, LIMITS.duplicate);
  if (duplicate === undefined) return usage(`--duplicate takes a whole number from 1 to ${LIMITS.duplicate}`);
  const concurrency = wholeNumber(values.concurrency, 1, LIMITS.concurrency);
  if (concurrency === undefined) return usage(`--concurrency takes a whole number from 1 to ${LIMITS.concurrency}`);
  if (values.seed !== undefined && !values.shuffle) return usage("--seed goes with --shuffle");
  const seed =
    values.seed === undefined ? Math.floor(Math.random() * MAX_SEED) : wholeNumber(values.seed, -MAX_SEED, MAX_SEED);
  if (seed === undefined) return usage(`--seed takes a whole number from ${-MAX_SEED} to ${MAX_SEED}`);
  const wrongName = checkNames(values.provider);
  if (wrongName !== undefined) return usage(wrongName);
  const headers = readHeaders(values.header ?? []);
  if (typeof headers === "string") return usage(headers);

  const deliveries: CliDelivery[] = [];
  for (const argument of positionals) {
    const found = await findDeliveries(argument, io, {
      folders: true,
      providers: true,
      provider: values.provider as ProviderId | undefined,
    });
    if (!found.ok) return usage(found.message);
    deliveries.push(...found.deliveries.map(withContentType));
  }
  if (deliveries.length * duplicate > LIMITS.deliveries) {
    return usage(`${deliveries.length} deliveries × ${duplicate} is over ${LIMITS.deliveries}: replay fewer at once`);
  }
  const order = replayOrder(deliveries, duplicate, values.shuffle ? seed : undefined);
  const how = values.shuffle ? `, shuffled with --seed ${seed}` : "";
  io.stdout(
    `Replaying ${order.length} deliveries (${deliveries.length} × ${duplicate}${how}) to ${shownTarget(target.template)}, ${concurrency} at a time.\n`,
  );

  const outcomes: (Outcome | undefined)[] = new Array(order.length);
  const width = String(order.length).length;
  const started = performance.now();
  const agents = createAgents(concurrency);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!stop.aborted && next < order.length) {
      const index = next++;
      const delivery = order[index] as CliDelivery;
      const outcome = await deliver(delivery, target.template, headers, agents, stop);
      outcomes[index] = outcome;
      if (outcome.stopped) return;
      const number = String(index + 1).padStart(width);
      io.stdout(`${number}/${order.length}  ${delivery.method} ${terminalText(delivery.name)}  → ${outcome.line}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, order.length) }, worker));
  } finally {
    agents.destroy();
  }
  io.stdout(summary(outcomes, order.length, (performance.now() - started) / 1000));
  const failures = outcomes.flatMap((outcome, index) =>
    outcome?.failed ? [`  ✘ ${index + 1}: ${terminalText((order[index] as CliDelivery).name)}: ${outcome.line}`] : [],
  );
  if (failures.length > 0) {
    const more =
      failures.length > LIMITS.failuresShown ? `\n  … and ${failures.length - LIMITS.failuresShown} more` : "";
    io.stdout(`${failures.slice(0, LIMITS.failuresShown).join("\n")}${more}\n`);
  }
  if (stop.aborted) return 130;
  return failures.length > 0 ? 1 : 0;
}
