import { MAIN_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { runListen } from "./listen.js";
import { runParse } from "./run-parse.js";

/**
 * Runs the `callhooks` command line.
 *
 * @param argv The arguments after the program name.
 * @param io Where to read and write.
 * @param stop Aborted to stop a running `listen`.
 * @returns The exit status.
 * @example
 * ```ts
 * process.exitCode = await main(["parse", "fixtures/telecmi/cdr-incoming-answered.json"], nodeIo(), signal);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo, stop: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "parse":
      return runParse(rest, io);
    case "listen":
      return runListen(rest, io, stop);
    case undefined:
    case "help":
    case "-h":
    case "--help":
      io.stdout(MAIN_HELP);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`Unknown command ${JSON.stringify(command)}.\n\n${MAIN_HELP}`);
      return 2;
  }
}
