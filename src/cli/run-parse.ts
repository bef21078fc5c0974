import { parseArgs } from "node:util";
import type { CallEvent } from "../call-event.js";
import { parseCallback } from "../index.js";
import type { ParseOptions } from "../options.js";
import type { ParseResult } from "../parse-result.js";
import type { ProviderId } from "../providers/ids.js";
import { PARSE_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { formatError } from "./report-error.js";
import { terminalJson } from "./terminal-text.js";

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

/**
 * Runs `callhooks parse`: prints the normalized event of a delivery as JSON (several files: each under its name).
 *
 * @param argv The arguments after `parse`.
 * @param io Where to read and write.
 * @returns The exit status: 0 all parsed, 1 one did not (code and message on stderr), 2 usage error.
 * @example
 * ```ts
 * await runParse(["fixtures/telecmi/cdr-incoming-answered.json"], nodeIo());
 * //=> 0
 * ```
 */
export async function runParse(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseParseArgs>;
  try {
    parsed = parseParseArgs(argv);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${PARSE_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(PARSE_HELP);
    return 0;
  }
  const files = positionals.length === 0 ? ["-"] : positionals;
  if (files.includes("-") && (files.length > 1 || io.stdinIsTerminal)) {
    io.stderr(`Pipe one delivery into stdin, or name files.\n\n${PARSE_HELP}`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === "-" ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.stderr(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const result = parseDelivery(bytes, file === "-" ? "" : extensionOf(file), values);
    // One file prints the bare JSON (pipe it to jq); several print each under its name.
    if (result.ok) io.stdout(`${files.length > 1 ? `# ${file}\n` : ""}${terminalJson(result.event, 2)}\n`);
    else {
      io.stderr(`${files.length > 1 ? `✘ ${file}: ` : ""}${formatError(result.error)}`);
      // The message speaks of options.provider; on the command line that is --provider.
      if (result.error.code === "unknown_provider" && values.provider === undefined) {
        io.stderr("  Hint: name the provider with --provider (Kaleyra always needs --provider kaleyra).\n");
      }
      status = 1;
    }
  }
  return status;
}

function parseDelivery(bytes: Uint8Array, extension: string, values: ParseValues): ParseResult<CallEvent> {
  // A .query file is a GET delivery: it holds the URL's query and there is no body.
  const isQuery = extension === "query" && values["content-type"] === undefined;
  const queries = [isQuery ? decoder.decode(bytes).trim() : undefined, values.query].filter(
    (query): query is string => query !== undefined && query !== "",
  );
  const options: ParseOptions = {
    ...(values.provider === undefined ? {} : { provider: values.provider as ProviderId }),
    ...(values.event === undefined ? {} : { event: values.event }),
    ...(values.country === undefined ? {} : { defaultCountry: values.country }),
    ...(queries.length === 0 ? {} : { query: queries.join("&") }),
  };
  const contentType = values["content-type"] ?? CONTENT_TYPE_BY_EXTENSION[extension] ?? null;
  return parseCallback(isQuery ? null : bytes, contentType, options);
}

type ParseValues = ReturnType<typeof parseParseArgs>["values"];

function parseParseArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      "content-type": { type: "string" },
      provider: { type: "string" },
      event: { type: "string" },
      query: { type: "string" },
      country: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
