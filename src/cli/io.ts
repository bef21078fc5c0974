import { readdir, readFile, stat } from "node:fs/promises";

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
  /** What is at a path: a file (and its size), a directory, or nothing (`null`). Never rejects. */
  readonly stat: (path: string) => Promise<PathInfo | null>;
  /** The names of a directory's entries. */
  readonly readDirectory: (path: string) => Promise<string[]>;
  /** Reads standard input to its end. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTerminal: boolean;
}

/**
 * What `CliIo.stat` found at a path.
 *
 * @example
 * ```ts
 * const info: PathInfo = { kind: "file", size: 512 };
 * ```
 */
export interface PathInfo {
  /** A file, a directory, or something else (a socket, a device). */
  readonly kind: "file" | "directory" | "other";
  /** Its size in bytes. */
  readonly size: number;
}

async function statPath(path: string): Promise<PathInfo | null> {
  try {
    const info = await stat(path);
    return { kind: info.isFile() ? "file" : info.isDirectory() ? "directory" : "other", size: info.size };
  } catch {
    return null;
  }
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
    stat: statPath,
    readDirectory: (path) => readdir(path),
    readStdin,
    // A getter: touching process.stdin opens it, which `listen` has no use for.
    get stdinIsTerminal() {
      return process.stdin.isTTY === true;
    },
  };
}
