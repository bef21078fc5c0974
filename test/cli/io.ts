import { readdir, readFile, stat } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io.js";

/** An in-memory CLI IO: captured stdout and stderr, files from disk, a given stdin. */
export function memoryIo(stdin?: string): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: (path) => readFile(path),
    stat: (path) =>
      stat(path).then(
        (info) => ({ kind: info.isFile() ? "file" : info.isDirectory() ? "directory" : "other", size: info.size }),
        () => null,
      ),
    readDirectory: (path) => readdir(path),
    readStdin: async () => new TextEncoder().encode(stdin ?? ""),
    stdinIsTerminal: stdin === undefined,
    out: () => out,
    err: () => err,
  };
}
