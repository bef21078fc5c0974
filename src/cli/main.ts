import { MAIN_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { runListen } from "./listen.js";
import { runParse } from "./run-parse.js";
import { runReplay } from "./run-replay.js";
import { runSamples } from "./run-samples.js";
import { runSend } from "./run-send.js";
import { didYouMean } from "./suggest.js";
import { terminalText } from "./terminal-text.js";
import { VERSION } from "./version.js";

type Command = (argv: readonly string[], io: CliIo, stop: AbortSignal) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  parse: (argv, io) => runParse(argv, io),
  listen: runListen,
  send: runSend,
  replay: runReplay,
  samples: (argv, io) => runSamples(argv, io),
};

/**
 * Runs the `callhooks` command line.
 *
 * @param argv The arguments after the program name.
 * @param io Where to read and write.
 * @param stop Aborted to stop a running `listen`, `send` or `replay` (Ctrl-C).
 * @returns The exit status.
 * @example
 * ```ts
 * process.exitCode = await main(["parse", "telecmi/cdr-incoming-answered.json"], nodeIo(), signal);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo, stop: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "-h":
    case "--help":
      io.stdout(MAIN_HELP);
      return command === undefined ? 2 : 0;
    case "--version":
    case "-v":
      io.stdout(`${VERSION}\n`);
      return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run !== undefined) return run(rest, io, stop);
  const known = Object.keys(COMMANDS);
  const what = command.startsWith("-") ? "option" : "command";
  const hint = command.startsWith("-")
    ? didYouMean(command.replace(/^-+/, ""), ["version", "help"], (name) => `--${name}`)
    : didYouMean(command, known);
  io.stderr(`callhooks: unknown ${what} ${terminalText(JSON.stringify(command))}${hint}. Run "callhooks --help".\n`);
  return 2;
}
