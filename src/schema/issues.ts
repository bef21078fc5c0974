import type * as v from "valibot";

/**
 * One field that failed validation.
 *
 * @example
 * ```ts
 * const issue: CallbackIssue = { path: ["cmiuuid"], message: "cmiuuid is required." };
 * ```
 */
export interface CallbackIssue {
  /** The path of the field, from the top of the payload. */
  readonly path: readonly (string | number)[];
  /** The message, naming the field and what was expected. */
  readonly message: string;
}

const TRAILING_DOT = /\.$/;

function dotted(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // A missing key: valibot reports the key it expected, quoted, and no input.
  if (issue.kind === "schema" && issue.input === undefined && issue.expected?.startsWith('"')) return "is required";
  // An unknown key of a strict object, in valibot's own wording; a schema's custom message is kept as written.
  if (issue.expected === "never" && issue.message.startsWith("Invalid key:")) return "is not a known parameter";
  return issue.message;
}

/**
 * Turns valibot issues into `{ path, message }` pairs whose message names the field.
 *
 * @param issues The valibot issues.
 * @param subject What an issue without a path is about (`"The payload"`, `"The reply"`).
 * @returns The issues, in the order found.
 * @example
 * ```ts
 * toCallbackIssues(v.safeParse(schema, {}).issues ?? []);
 * //=> [{ path: ["cmiuuid"], message: "cmiuuid is required." }]
 * ```
 */
export function toCallbackIssues(issues: readonly v.BaseIssue<unknown>[], subject = "The payload"): CallbackIssue[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    return { path, message: `${dotted(path) || subject} ${messageOf(issue)}.` };
  });
}

/**
 * Lists the first issues in one sentence, for an error message.
 *
 * @param issues The issues.
 * @returns The first three messages joined by `; `, with `…` when there are more.
 * @example
 * ```ts
 * summarizeIssues([{ path: ["time"], message: "time must be … ." }]);
 * //=> "time must be … "
 * ```
 */
export function summarizeIssues(issues: readonly CallbackIssue[]): string {
  const listed = issues
    .slice(0, 3)
    .map((issue) => issue.message.replace(TRAILING_DOT, ""))
    .join("; ");
  return issues.length > 3 ? `${listed}; …` : listed;
}
