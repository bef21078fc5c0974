import * as v from "valibot";
import { type CallbackIssue, summarizeIssues, toCallbackIssues } from "../schema/issues.js";

/**
 * Why a builder refused its input: every failing parameter, each with its path (`["commands", 0, "dtmfLength"]`)
 * and a message that names it.
 *
 * @example
 * ```ts
 * const error: BuildError = { code: "invalid_input", message: "…", issues: [] };
 * ```
 */
export interface BuildError {
  /** The code, always `invalid_input`. */
  readonly code: "invalid_input";
  /** The message: what is wrong, the first failing parameters by path. */
  readonly message: string;
  /** Every failing parameter. */
  readonly issues: readonly CallbackIssue[];
}

/**
 * What every builder returns (8x8 `callflow`, Wavecell `commands`, Kaleyra `buildCallbackParam`, …): the text to
 * send and the value it encodes, or the error. Never thrown.
 *
 * @example
 * ```ts
 * const reply: BuildResult<WavecellCommandsReply> = commands([{ function: "Hangup" }]);
 * if (reply.ok) res.type("application/json").send(reply.body);
 * ```
 */
export type BuildResult<T> =
  | { readonly ok: true; readonly body: string; readonly value: T }
  | { readonly ok: false; readonly error: BuildError };

/**
 * Builds the failed result of a builder.
 *
 * @param what What was built, for the message (`"This 8x8 callflow reply is not valid"`).
 * @param issues The failing parameters.
 * @returns The failed result.
 * @example
 * ```ts
 * buildFailure("The spec is not valid", [{ path: ["api"], message: "api must be outbound." }]).ok;
 * //=> false
 * ```
 */
export function buildFailure(what: string, issues: readonly CallbackIssue[]): { ok: false; error: BuildError } {
  return {
    ok: false,
    error: { code: "invalid_input", message: `${what}: ${summarizeIssues(issues)}. See error.issues.`, issues },
  };
}

/**
 * Validates a builder's input with its schema, then writes the body. Never throws: input whose getters or
 * proxies throw is an error value too.
 *
 * @param schema The body's schema.
 * @param input The input as given.
 * @param what What is built, for the message (`"8x8 callflow reply"`).
 * @param subject What an issue without a path is about (`"The reply"`).
 * @param write Writes the validated value as the body (default `JSON.stringify`).
 * @returns The body and its value, or `invalid_input` listing every failing parameter.
 * @example
 * ```ts
 * buildFromSchema(commandsBodySchema, { commands: [{ function: "Hangup" }] }, "Wavecell commands reply", "The reply");
 * //=> { ok: true, body: '{"commands":[{"function":"Hangup"}]}', value: { commands: [{ function: "Hangup" }] } }
 * ```
 */
export function buildFromSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  what: string,
  subject: string,
  write: (value: v.InferOutput<TSchema>) => string = JSON.stringify,
): BuildResult<v.InferOutput<TSchema>> {
  try {
    const result = v.safeParse(schema, input);
    if (!result.success) return buildFailure(`This ${what} is not valid`, toCallbackIssues(result.issues, subject));
    return { ok: true, body: write(result.output), value: result.output };
  } catch (error) {
    return buildFailure(`This ${what} could not be read`, [
      { path: [], message: `Reading the input threw ${error instanceof Error ? error.name : "a value"}.` },
    ]);
  }
}
