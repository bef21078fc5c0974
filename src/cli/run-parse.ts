import type { CallEvent } from "../call-event.js";
import { parseCallback } from "../index.js";
import type { ParseOptions } from "../options.js";
import type { ParseResult } from "../parse-result.js";
import type { ProviderId } from "../providers/ids.js";
import { startCommand } from "./args.js";
import { type CliDelivery, findDeliveries } from "./deliveries.js";
import { PARSE_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { formatError } from "./report-error.js";
import { terminalJson, terminalText } from "./terminal-text.js";

// The extensions of the bundled fixtures (fixtures/<provider>/*): .json and .form bodies, .query GET deliveries.
const CONTENT_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
};

const decoder = new TextDecoder();

function extensionOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
}

const OPTIONS = {
  "content-type": { type: "string" },
  provider: { type: "string" },
  event: { type: "string" },
  query: { type: "string" },
  country: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** What one argument of `parse` holds: bytes read from a file or stdin, or a bundled sample. */
type Input =
  | { readonly kind: "bytes"; readonly bytes: Uint8Array; readonly extension: string }
  | { readonly kind: "sample"; readonly sample: CliDelivery };

async function readInput(argument: string, io: CliIo): Promise<Input | string> {
  try {
    if (argument === "-") return { kind: "bytes", bytes: await io.readStdin(), extension: "" };
    if ((await io.stat(argument))?.kind === "file") {
      return { kind: "bytes", bytes: await io.readFile(argument), extension: extensionOf(argument) };
    }
  } catch (error) {
    return `Cannot read ${terminalText(argument)}: ${terminalText(error instanceof Error ? error.message : String(error))}`;
  }
  // Not a file: a bundled sample's name (the error says what to type instead).
  const found = await findDeliveries(argument, io, { folders: false, providers: false });
  if (!found.ok) return found.message;
  return { kind: "sample", sample: found.deliveries[0] as CliDelivery };
}

/**
 * Runs `callhooks parse`: prints the normalized event of a delivery as JSON (several: each under its name). A
 * delivery is a file, stdin (`-`), or a bundled sample, parsed as its provider's.
 *
 * @param argv The arguments after `parse`.
 * @param io Where to read and write.
 * @returns The exit status: 0 all parsed, 1 one did not (code and message on stderr), 2 usage error.
 * @example
 * ```ts
 * await runParse(["telecmi/cdr-incoming-answered.json"], nodeIo());
 * //=> 0
 * ```
 */
export async function runParse(argv: readonly string[], io: CliIo): Promise<number> {
  const args = startCommand("parse", argv, OPTIONS, true, PARSE_HELP, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const files = positionals.length === 0 ? ["-"] : positionals;
  if (files.includes("-") && (files.length > 1 || io.stdinIsTerminal)) {
    io.stderr(`Pipe one delivery into stdin, or name files or samples.\n\n${PARSE_HELP}`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const input = await readInput(file, io);
    if (typeof input === "string") {
      io.stderr(`${input}\n`);
      return 2;
    }
    const result =
      input.kind === "bytes" ? parseDelivery(input.bytes, input.extension, values) : parseSample(input.sample, values);
    const name = terminalText(file);
    // One file prints the bare JSON (pipe it to jq); several print each under its name.
    if (result.ok) io.stdout(`${files.length > 1 ? `# ${name}\n` : ""}${terminalJson(result.event, 2)}\n`);
    else {
      io.stderr(`${files.length > 1 ? `✘ ${name}: ` : ""}${formatError(result.error)}`);
      // The message speaks of options.provider; on the command line that is --provider.
      if (result.error.code === "unknown_provider" && values.provider === undefined) {
        io.stderr("  Hint: name the provider with --provider (Kaleyra always needs --provider kaleyra).\n");
      }
      status = 1;
    }
  }
  return status;
}

/** The parse options the flags give, with the queries merged (the body wins over them). */
function optionsOf(
  values: ParseValues,
  provider: string | undefined,
  ...queries: (string | undefined)[]
): ParseOptions {
  const query = [...queries, values.query].filter((part): part is string => part !== undefined && part !== "");
  return {
    ...(provider === undefined ? {} : { provider: provider as ProviderId }),
    ...(values.event === undefined ? {} : { event: values.event }),
    ...(values.country === undefined ? {} : { defaultCountry: values.country }),
    ...(query.length === 0 ? {} : { query: query.join("&") }),
  };
}

// A sample is parsed as its provider's route would parse it (Kaleyra's deliveries carry no fingerprint).
function parseSample(sample: CliDelivery, values: ParseValues): ParseResult<CallEvent> {
  const options = optionsOf(values, values.provider ?? sample.provider ?? undefined, sample.query);
  return parseCallback(sample.body, values["content-type"] ?? sample.contentType, options);
}

function parseDelivery(bytes: Uint8Array, extension: string, values: ParseValues): ParseResult<CallEvent> {
  // A .query file is a GET delivery: it holds the URL's query and there is no body.
  const isQuery = extension === "query" && values["content-type"] === undefined;
  const options = optionsOf(values, values.provider, isQuery ? decoder.decode(bytes).trim() : undefined);
  const contentType = values["content-type"] ?? CONTENT_TYPE_BY_EXTENSION[extension] ?? null;
  return parseCallback(isQuery ? null : bytes, contentType, options);
}

type ParseValues = {
  readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string;
};
