import type * as v from "valibot";
import type { CallbackIssue } from "../errors.js";

/**
 * Turns valibot issues into `{ path, message }` pairs whose message names the field.
 *
 * @param issues The valibot issues.
 * @returns The issues, in the order found.
 * @example
 * ```ts
 * toCallbackIssues(v.safeParse(schema, {}).issues ?? []);
 * //=> [{ path: ["cmiuuid"], message: "cmiuuid is required." }]
 * ```
 */
export function toCallbackIssues(issues: readonly v.BaseIssue<unknown>[]): CallbackIssue[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const name = path.length === 0 ? "The payload" : path.join(".");
    const missingKey = issue.kind === "schema" && issue.input === undefined && issue.expected?.startsWith('"');
    return { path, message: missingKey ? `${name} is required.` : `${name} ${issue.message}.` };
  });
}
