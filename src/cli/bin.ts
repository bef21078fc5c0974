#!/usr/bin/env node
// The `callhooks` executable: wires the process (argv, streams, signals) to `main`.
import { nodeIo } from "./io.js";
import { main } from "./main.js";

// A reader that went away (`callhooks samples | head`) is no error of ours: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
process.exitCode = await main(process.argv.slice(2), nodeIo(), stop.signal);
