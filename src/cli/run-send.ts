import type { CallEventType } from "../events.js";
import { PROVIDERS, type ProviderId } from "../providers/registry.js";
import { delivery as sampleOf } from "../samples/delivery.js";
import { list } from "../samples/list.js";
import { startCommand, usageLine } from "./args.js";
import { applySets, deliver, deliveryUrl, readHeaders, readTarget, shownTarget, withContentType } from "./deliver.js";
import { type CliDelivery, findDeliveries, fromSample } from "./deliveries.js";
import { EVENT_TYPES, SEND_HELP } from "./help.js";
import { createAgents } from "./http-exchange.js";
import type { CliIo } from "./io.js";
import { didYouMean } from "./suggest.js";
import { terminalText } from "./terminal-text.js";

const OPTIONS = {
  to: { type: "string" },
  provider: { type: "string" },
  event: { type: "string" },
  set: { type: "string", multiple: true },
  header: { type: "string", multiple: true },
  repeat: { type: "string", default: "1" },
  help: { type: "boolean", short: "h" },
} as const;

const MAX_REPEAT = 1000;
const PROVIDER_IDS: readonly string[] = PROVIDERS.map((provider) => provider.id);

/**
 * Checks `--provider` and `--event`: each one of the known names, or a one-line error that suggests the closest.
 *
 * @param provider The `--provider` value.
 * @param event The `--event` value.
 * @returns An error message, or `undefined` when both are known (or absent).
 * @example
 * ```ts
 * checkNames("telecmi", "call.endd");
 * //=> '--event must be one of call.initiated, …, got "call.endd" (did you mean call.ended?)'
 * ```
 */
export function checkNames(provider: string | undefined, event?: string): string | undefined {
  if (provider !== undefined && !PROVIDER_IDS.includes(provider)) {
    return `--provider must be one of ${PROVIDER_IDS.join(", ")}, got ${terminalText(JSON.stringify(provider))}${didYouMean(provider, PROVIDER_IDS)}`;
  }
  if (event !== undefined && !(EVENT_TYPES as readonly string[]).includes(event)) {
    return `--event must be one of ${EVENT_TYPES.join(", ")}, got ${terminalText(JSON.stringify(event))}${didYouMean(event, EVENT_TYPES)}`;
  }
  return undefined;
}

/** The deliveries `send` was asked for: the named ones, or the provider's sample of an event type. */
async function chosen(
  positionals: readonly string[],
  provider: ProviderId | undefined,
  event: CallEventType | undefined,
  io: CliIo,
): Promise<CliDelivery[] | string> {
  if (positionals.length > 0) {
    if (event !== undefined) return "--event picks a provider's sample: give --provider and --event instead of a name";
    const deliveries: CliDelivery[] = [];
    for (const argument of positionals) {
      const found = await findDeliveries(argument, io, { folders: false, providers: false, provider });
      if (!found.ok) return found.message;
      deliveries.push(...found.deliveries);
    }
    return deliveries;
  }
  if (provider === undefined) return "name a sample or a file, or give --provider and --event";
  if (event === undefined) {
    const first = list(provider)[0];
    return first === undefined ? `${provider} has no samples` : [fromSample(first)];
  }
  const found = sampleOf(provider, event);
  return found.ok ? [fromSample(found.delivery)] : terminalText(found.error.message);
}

/**
 * Runs `callhooks send`: delivers samples or files to a URL as their providers would, one after the other, and
 * prints each answer on one line.
 *
 * @param argv The arguments after `send`.
 * @param io Where to read and print.
 * @param stop Aborted to stop (Ctrl-C): the delivery in flight is dropped.
 * @returns 0 when every delivery got an answer below 500; 1 when one got a 5xx or none; 2 for a usage error; 130
 *   when stopped.
 * @example
 * ```ts
 * await runSend(["telecmi/cdr-incoming-answered", "--to", "http://127.0.0.1:3000/webhooks"], nodeIo(), signal);
 * //=> 0
 * ```
 */
export async function runSend(argv: readonly string[], io: CliIo, stop: AbortSignal): Promise<number> {
  const args = startCommand("send", argv, OPTIONS, true, SEND_HELP, io);
  if (typeof args === "number") return args;
  const usage = (problem: string): number => {
    io.stderr(`${usageLine("send", problem)}\n`);
    return 2;
  };
  const { values, positionals } = args;
  if (values.to === undefined) return usage("--to URL is required (where your app listens)");
  const target = readTarget(values.to);
  if (!target.ok) return usage(target.message);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > MAX_REPEAT) {
    return usage(`--repeat takes a whole number from 1 to ${MAX_REPEAT}`);
  }
  const wrongName = checkNames(values.provider, values.event);
  if (wrongName !== undefined) return usage(wrongName);
  const headers = readHeaders(values.header ?? []);
  if (typeof headers === "string") return usage(headers);
  const picked = await chosen(
    positionals,
    values.provider as ProviderId | undefined,
    values.event as CallEventType | undefined,
    io,
  );
  if (typeof picked === "string") return usage(picked);
  const deliveries: CliDelivery[] = [];
  for (const delivery of picked) {
    const set = applySets(delivery, values.set ?? []);
    if (typeof set === "string") return usage(set);
    deliveries.push(withContentType(set));
  }

  const agents = createAgents(1);
  let failed = false;
  try {
    for (let round = 0; round < repeat; round++) {
      for (const delivery of deliveries) {
        if (stop.aborted) return 130;
        const url = deliveryUrl(target.template, delivery);
        const where = typeof url === "string" ? shownTarget(target.template) : terminalText(url.origin + url.pathname);
        const outcome = await deliver(delivery, target.template, headers, agents, stop);
        if (outcome.stopped) return 130;
        failed ||= outcome.failed;
        io.stdout(`${delivery.method} ${where}  ${terminalText(delivery.name)}  → ${outcome.line}\n`);
      }
    }
  } finally {
    agents.destroy();
  }
  return failed ? 1 : 0;
}
