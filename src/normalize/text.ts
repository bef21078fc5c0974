import { isNullWord } from "./absent.js";

/**
 * Reads an identifier or label sent as a string or a JSON number (TeleCMI sends phone numbers and ids both
 * ways, docs/providers/telecmi.md#numbers-as-json-numbers). Strings are trimmed; numbers become their decimal string.
 *
 * @param value The value as sent.
 * @returns The text, `null` when absent, or `undefined` when it is neither a string nor a number.
 * @example
 * ```ts
 * readText(440000000000);
 * //=> "440000000000"
 * ```
 */
export function readText(value: unknown): string | null | undefined {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return isNullWord(trimmed) ? null : trimmed;
  }
  if (typeof value === "number") return Number.isFinite(value) ? numberToText(value) : undefined;
  return value === undefined || value === null ? null : undefined;
}

/**
 * Writes a number as plain decimal digits, also past 1e21 where `String()` switches to exponent form.
 *
 * @param value The finite number.
 * @returns The decimal string.
 * @example
 * ```ts
 * numberToText(787);
 * //=> "787"
 * ```
 */
export function numberToText(value: number): string {
  if (value > 2147483647 && value <= Number.MAX_SAFE_INTEGER && Number.isInteger(value)) {
    // A phone number sent as a JSON number, written as two small integers: String() of a double past 2^31 takes V8's
    // slow path. Fresh bodies (a server's): TeleCMI CDR 3.22× → 2.99× JSON.parse, bench:server's node:http
    // parseCallback 1.17–1.20× → 1.13–1.14×; one body parsed again and again (bench:stages -- --tricks) shows none.
    const high = Math.floor(value / 1e9);
    const low = String(value - high * 1e9);
    return `${high}${"000000000".slice(low.length)}${low}`;
  }
  return Number.isInteger(value) && Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
}
