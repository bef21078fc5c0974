import * as v from "valibot";
import type { CallbackIssue } from "../../errors.js";

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

const TRAILING_DOT = /\.$/;

function dotted(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === "strict_object" && issue.expected === "never") return "is not a known parameter";
  // A missing key: valibot reports the key it expected, quoted, and no input.
  if (issue.input === undefined && issue.expected?.startsWith('"')) return "is required";
  return issue.message;
}

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
  const issues: CallbackIssue[] = result.issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    return { path, message: `${dotted(path) || "The reply"} ${messageOf(issue)}.` };
  });
  const listed = issues
    .slice(0, 3)
    .map((issue) => issue.message.replace(TRAILING_DOT, ""))
    .join("; ");
  return {
    ok: false,
    error: {
      code: "invalid_reply",
      message: `This ${what} reply is not valid: ${listed}${issues.length > 3 ? "; …" : ""}. See error.issues.`,
      issues,
    },
  };
}
