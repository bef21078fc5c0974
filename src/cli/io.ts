import { readFile } from "node:fs/promises";

/**
 * What the CLI reads and writes, so that its commands run in-process in tests.
 *
 * @example
 * ```ts
 * const io: CliIo = { ...nodeIo(), stdout: (text) => lines.push(text) };
 * ```
 */
export interface CliIo {
  /** Writes text to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a file's bytes. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Reads standard input to its end. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTerminal: boolean;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}

/**
 * The process's own streams and file system.
 *
 * @returns The IO.
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    readStdin,
    // A getter: touching process.stdin opens it, which `listen` has no use for.
    get stdinIsTerminal() {
      return process.stdin.isTTY === true;
    },
  };
}
