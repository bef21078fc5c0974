import { type ParseArgsConfig, parseArgs } from "node:util";
import type { CliIo } from "./io.js";
import { didYouMean } from "./suggest.js";
import { terminalText } from "./terminal-text.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The flags and positionals of a command, or the one-line usage error to print.
 *
 * @example
 * ```ts
 * const parsed: CommandArgs<typeof OPTIONS> = readArgs("send", argv, OPTIONS, true);
 * ```
 */
export type CommandArgs<O extends Options> =
  | {
      readonly ok: true;
      readonly values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>["values"];
      readonly positionals: string[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a command's arguments with `node:util`'s `parseArgs`, strictly. An unknown flag is a one-line error that
 * names the closest known flag (`unknown option --prot (did you mean --port?)`); so is a flag without its value.
 *
 * @param command The command's name, for the message.
 * @param argv The arguments after the command.
 * @param options The command's flags.
 * @param allowPositionals Whether it takes positionals.
 * @returns The values and positionals, or the message (escaped, without a newline).
 * @example
 * ```ts
 * readArgs("listen", ["--prot", "5000"], { port: { type: "string" } }, false);
 * //=> { ok: false, message: 'callhooks listen: unknown option --prot (did you mean --port?). Run "callhooks listen --help".' }
 * ```
 */
export function readArgs<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  allowPositionals: boolean,
): CommandArgs<O> {
  const usage = (problem: string) => ({ ok: false as const, message: usageLine(command, problem) });
  // A lenient pass first, to name an unknown flag (the strict pass's message for it does not say what to type).
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(options);
  for (const token of tokens) {
    if (token.kind !== "option" || Object.hasOwn(options, token.name)) continue;
    const flag = token.rawName.startsWith("--") ? `--${token.name}` : token.rawName;
    return usage(`unknown option ${terminalText(flag)}${didYouMean(token.name, longNames, (name) => `--${name}`)}`);
  }
  try {
    const { values, positionals } = parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    if (!allowPositionals && positionals[0] !== undefined) {
      return usage(
        `unexpected argument ${terminalText(JSON.stringify(positionals[0]))} (this command takes flags only)`,
      );
    }
    return { ok: true, values, positionals };
  } catch (error) {
    // parseArgs's own messages: a flag without its value, a value given to a switch, an unexpected positional.
    const text = error instanceof Error ? error.message : String(error);
    return usage(terminalText(text.split("\n", 1)[0]?.replace(/\.$/, "") ?? text));
  }
}

/**
 * The one-line usage error of a command: what was wrong, and where its help is.
 *
 * @param command The command's name.
 * @param problem What was wrong, escaped, without a full stop.
 * @returns The line, without a newline.
 * @example
 * ```ts
 * usageLine("send", "--to URL is required");
 * //=> 'callhooks send: --to URL is required. Run "callhooks send --help".'
 * ```
 */
export function usageLine(command: string, problem: string): string {
  return `callhooks ${command}: ${problem}. Run "callhooks ${command} --help".`;
}

/**
 * Starts a command: reads its arguments (`readArgs`), or prints the usage error or, for `--help`, the help.
 *
 * @param command The command's name.
 * @param argv The arguments after the command.
 * @param options The command's flags, `--help` among them.
 * @param allowPositionals Whether it takes positionals.
 * @param help The command's help text.
 * @param io Where to print.
 * @returns The values and positionals, or the exit status when the command ends here (2 usage error, 0 help).
 * @example
 * ```ts
 * const start = startCommand("send", argv, OPTIONS, true, SEND_HELP, io);
 * if (typeof start === "number") return start;
 * ```
 */
export function startCommand<O extends Options & { help: { type: "boolean" } }>(
  command: string,
  argv: readonly string[],
  options: O,
  allowPositionals: boolean,
  help: string,
  io: CliIo,
): Extract<CommandArgs<O>, { ok: true }> | number {
  const args = readArgs(command, argv, options, allowPositionals);
  if (!args.ok) {
    io.stderr(`${args.message}\n`);
    return 2;
  }
  const flags: { readonly help?: unknown } = args.values;
  if (flags.help === true) {
    io.stdout(help);
    return 0;
  }
  return args;
}
