import { PROVIDERS, type ProviderId } from "../providers/registry.js";
import { list } from "../samples/list.js";
import { startCommand } from "./args.js";
import { SAMPLES_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { didYouMean } from "./suggest.js";
import { terminalJson, terminalText } from "./terminal-text.js";

const OPTIONS = { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } as const;
const PROVIDER_IDS: readonly string[] = PROVIDERS.map((provider) => provider.id);

/**
 * Runs `callhooks samples`: lists the bundled samples (of every provider, or of those named), one per line.
 *
 * @param argv The arguments after `samples`.
 * @param io Where to print.
 * @returns 0, or 2 for a usage error.
 * @example
 * ```ts
 * await runSamples(["kaleyra"], nodeIo());
 * //=> 0, having printed "kaleyra/call-answer.query  GET  call.answered" and the rest
 * ```
 */
export async function runSamples(argv: readonly string[], io: CliIo): Promise<number> {
  const args = startCommand("samples", argv, OPTIONS, true, SAMPLES_HELP, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const unknown = positionals.find((name) => !PROVIDER_IDS.includes(name));
  if (unknown !== undefined) {
    io.stderr(
      `callhooks samples: no provider is called ${terminalText(JSON.stringify(unknown))}${didYouMean(unknown, PROVIDER_IDS)}; use ${PROVIDER_IDS.join(", ")}.\n`,
    );
    return 2;
  }
  const samples = positionals.length === 0 ? list() : positionals.flatMap((provider) => list(provider as ProviderId));
  if (values.json) {
    for (const sample of samples) io.stdout(`${terminalJson(sample)}\n`);
    return 0;
  }
  const width = Math.max(...samples.map((sample) => sample.name.length));
  for (const sample of samples)
    io.stdout(`${sample.name.padEnd(width)}  ${sample.method.padEnd(4)}  ${sample.type ?? "-"}\n`);
  return 0;
}
