#!/usr/bin/env node
// The `callhooks` executable: wires the process (argv, streams, signals) to `main`.
import { nodeIo } from "./io.js";
import { main } from "./main.js";

const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
process.exitCode = await main(process.argv.slice(2), nodeIo(), stop.signal);
