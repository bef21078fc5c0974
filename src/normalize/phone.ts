import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { PhoneNumber } from "../events.js";
import { isDigits } from "./digits.js";
import { readText } from "./text.js";

const SEPARATORS = /[\s().-]/g;
const PLUS = 43;

/** Whether `text` from `from` on has the length of an E.164 number's digits (7 to 15), the first not 0. */
const hasInternationalLength = (text: string, from: number): boolean =>
  text.length - from >= 7 && text.length - from <= 15 && text.charCodeAt(from) !== 48;

/** Whether `text` from `from` on is an E.164 number's digits. */
const isInternationalFrom = (text: string, from: number): boolean =>
  hasInternationalLength(text, from) && isDigits(text, from);

const isE164 = (text: string): boolean => text.charCodeAt(0) === PLUS && isInternationalFrom(text, 1);

/**
 * How a provider writes a number that has no `+`.
 *
 * @example
 * ```ts
 * const style: NumberStyle = { international: true, region: undefined };
 * ```
 */
export interface NumberStyle {
  /** The number is international digits without `+` (CarrierX, 8x8, TeleCMI, Kaleyra, URL Networks DIDs). */
  readonly international: boolean;
  /** The region for national-format numbers, or `undefined` when it is not known. */
  readonly region: string | undefined;
}

/**
 * Tells whether a region code is one libphonenumber knows.
 *
 * @param region An ISO 3166 alpha-2 code.
 * @returns `true` for a supported region.
 * @example
 * ```ts
 * isKnownRegion("AU");
 * //=> true
 * ```
 */
export function isKnownRegion(region: string): boolean {
  return isSupportedCountry(region);
}

// libphonenumber takes 13–27 µs per number (it compiles metadata patterns as it parses), more than the whole
// rest of a parse; callbacks repeat the same numbers (the rented DIDs, regular callers), so its answers are
// kept, a bounded number of them: one table of digits → answer per way of reading and region (the answer
// depends on nothing else), so that a lookup builds no key.
const TABLE_LIMIT = 2048;
const TABLES_LIMIT = 16;
type Tables = Map<string, Map<string, string | null>>;
const internationalTables: Tables = new Map();
const nationalTables: Tables = new Map();

type Reading = (digits: string, region: CountryCode) => string | null;

function rememberE164(tables: Tables, read: Reading, digits: string, region: CountryCode): string | null {
  let table = tables.get(region);
  const known = table?.get(digits);
  if (known !== undefined) return known;
  const e164 = read(digits, region);
  if (table === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits memory; a region beyond it is read again each time, with the same answer.
    if (tables.size >= TABLES_LIMIT) return e164;
    table = new Map();
    tables.set(region, table);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: eviction only bounds the cache's size; an entry evicted (or kept) is computed again (or returned) with the same answer.
  if (table.size >= TABLE_LIMIT) {
    const oldest = table.keys().next().value;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the table is full here, so `oldest` is a key; deleting `undefined` would delete nothing, with the same answers.
    if (oldest !== undefined) table.delete(oldest);
  }
  table.set(digits, e164);
  return e164;
}

function nationalE164(digits: string, region: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(digits, region);
  return parsed !== undefined && isE164(parsed.number) ? parsed.number : null;
}

function internationalOrNationalE164(digits: string, region: CountryCode): string | null {
  // International digits are taken as sent: `e164` is a format, not a validity verdict (CONTRACT.md). Only
  // when the digits are no valid international number, but a valid national one of the region as they stand
  // (an Indian mobile passed on as `9845012345`), are they read as national.
  if (!parsePhoneNumberFromString(`+${digits}`)?.isValid()) {
    const national = parsePhoneNumberFromString(digits, region);
    if (national?.isValid() && national.nationalNumber === digits) return national.number;
  }
  return `+${digits}`;
}

// Regions come from options.defaultCountry (checked by the pipeline) or a provider constant: check each once.
const regionChecks = new Map<string, boolean>();

function knownRegion(region: string | undefined): CountryCode | undefined {
  if (region === undefined) return undefined;
  let known = regionChecks.get(region);
  if (known === undefined) {
    known = isSupportedCountry(region);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits memory; a region not kept is checked again with the same answer.
    if (regionChecks.size < 512) regionChecks.set(region, known);
  }
  return known ? (region as CountryCode) : undefined;
}

function toE164(sent: string, style: NumberStyle): string | null {
  // Most numbers come as bare digits: no separators to strip.
  const bare = isDigits(sent, 0);
  const compact = bare ? sent : sent.replace(SEPARATORS, "");
  if (compact.charCodeAt(0) === PLUS) return isE164(compact) ? compact : null;
  if (compact.startsWith("00")) return isInternationalFrom(compact, 2) ? `+${compact.slice(2)}` : null;
  if (!bare && !isDigits(compact, 0)) return null;
  const region = knownRegion(style.region);
  // `compact` is all digits here: only its length and first digit are left to check.
  if (style.international && hasInternationalLength(compact, 0)) {
    if (region === undefined) return `+${compact}`;
    return rememberE164(internationalTables, internationalOrNationalE164, compact, region);
  }
  if (region === undefined) return null;
  return rememberE164(nationalTables, nationalE164, compact, region);
}

/**
 * Reads a phone number: the value as sent (trimmed), and its E.164 form when its country is known, from a
 * `+`, from international digits where the provider sends those, or from the region of a national number.
 * Never guessed otherwise.
 *
 * @param value The value as sent (string or JSON number).
 * @param style How the provider writes numbers without `+`.
 * @returns The phone number, or `null` when absent.
 * @example
 * ```ts
 * readPhoneNumber("0390085900", { international: false, region: "AU" });
 * //=> { raw: "0390085900", e164: "+61390085900" }
 * ```
 */
export function readPhoneNumber(value: unknown, style: NumberStyle): PhoneNumber | null {
  const sent = readText(value);
  if (sent === null || sent === undefined) return null;
  return { raw: sent, e164: toE164(sent, style) };
}
