import * as v from "valibot";
import type { CallbackIssue } from "../../errors.js";
import { summarizeIssues, toCallbackIssues } from "../../schema/issues.js";

/**
 * Why a reply could not be built: the parameters that failed, each with its path
 * (`["commands", 0, "dtmfLength"]`) and a message that names it.
 *
 * @example
 * ```ts
 * const error: ReplyError = { code: "invalid_reply", message: "…", issues: [] };
 * ```
 */
export interface ReplyError {
  /** The code, always `invalid_reply`. */
  readonly code: "invalid_reply";
  /** The message: the first failing parameters, by path. */
  readonly message: string;
  /** Every failing parameter. */
  readonly issues: readonly CallbackIssue[];
}

/**
 * A built reply: the JSON body to send with HTTP 200 and the object it encodes, or the error. Never thrown.
 *
 * @example
 * ```ts
 * const reply: ReplyResult<WavecellCommandsReply> = commands([{ function: "Hangup" }]);
 * if (reply.ok) res.type("application/json").send(reply.body);
 * ```
 */
export type ReplyResult<T> =
  | { readonly ok: true; readonly body: string; readonly value: T }
  | { readonly ok: false; readonly error: ReplyError };

/**
 * Validates a reply body and serializes it.
 *
 * @param schema The body's schema.
 * @param input The body as given.
 * @param what The reply, for the message (`"Wavecell commands"`).
 * @returns The body and its object, or `invalid_reply` listing every failing parameter.
 * @example
 * ```ts
 * buildReply(commandsBodySchema, { commands: [{ function: "Hangup" }] }, "Wavecell commands");
 * //=> { ok: true, body: '{"commands":[{"function":"Hangup"}]}', value: { commands: [{ function: "Hangup" }] } }
 * ```
 */
export function buildReply<T>(schema: v.GenericSchema, input: unknown, what: string): ReplyResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) {
    return { ok: true, body: JSON.stringify(result.output), value: result.output as T };
  }
  const issues = toCallbackIssues(result.issues, "The reply");
  return {
    ok: false,
    error: {
      code: "invalid_reply",
      message: `This ${what} reply is not valid: ${summarizeIssues(issues)}. See error.issues.`,
      issues,
    },
  };
}
