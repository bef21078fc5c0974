/**
 * Reads a boolean as providers send it: `true`/`false`, `"true"`/`"false"` in any case, `1`/`0`, `"1"`/`"0"`,
 * and a key that is present but empty (URL Networks' bare `call_completed`: docs/providers/urlnetworks.md#bare-call-completed-key) as `true`.
 * Never `Boolean(string)`, which reads `"false"` as true.
 *
 * @param value The value as sent.
 * @returns The boolean, `null` when absent, or `undefined` when it is not a boolean.
 * @example
 * ```ts
 * readBoolean("false");
 * //=> false
 * ```
 */
export function readBoolean(value: unknown): boolean | null | undefined {
  if (typeof value === "boolean") return value;
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  switch (value.trim().toLowerCase()) {
    case "":
    case "true":
    case "1":
      return true;
    case "false":
    case "0":
      return false;
    case "null":
      return null;
    default:
      return undefined;
  }
}
