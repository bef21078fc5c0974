import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { PhoneNumber } from "../events.js";
import { isDigits } from "./digits.js";
import { numberToText, readText } from "./text.js";

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

/**
 * The longest text that can be a phone number: E.164's 15 digits, a `+` or `00`, and the spaces, dashes and
 * parentheses of a formatted number (`+61 (0)3 9008 5900 ` is 20). Anything longer is no phone number: it is
 * never scanned, sent to libphonenumber or remembered.
 */
const MAX_PHONE_TEXT = 32;
/** The most digits of a national number: E.164's 15 with a trunk prefix of up to two more. */
const MAX_NATIONAL_DIGITS = 17;

// libphonenumber takes 13–27 µs per number (it compiles metadata patterns as it parses), more than the whole
// rest of a parse, and isSupportedCountry 0.12 µs per region check (~10× a map lookup); callbacks repeat the
// same numbers (the rented DIDs, regular callers), so the answers are kept in one map, bounded in entries
// (oldest out first) and in entry size: a key is a letter, a region and at most 17 digits.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string | null>();

/**
 * A copy of a short string that shares no memory with the body it was cut from: V8 keeps a slice of 13 or
 * more characters (or a concatenation) as a view of its parent, and a remembered view would keep the whole
 * body alive.
 */
const detach = (text: string): string => text.split("").join("");

function remember(key: string, value: string | null): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: eviction only bounds the memo's size; an entry evicted (or kept) is computed again (or returned) with the same answer.
  if (memo.size >= MEMO_LIMIT) {
    const oldest = memo.keys().next().value;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the map is full here, so `oldest` is a key; deleting `undefined` would delete nothing, with the same answers.
    if (oldest !== undefined) memo.delete(oldest);
  }
  memo.set(detach(key), value === null ? null : detach(value));
}

type Reading = (digits: string, region: CountryCode) => string | null;

function rememberE164(way: "i" | "n", read: Reading, digits: string, region: CountryCode): string | null {
  const key = way + region + digits;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const e164 = read(digits, region);
  remember(key, e164);
  return e164;
}

function nationalE164(digits: string, region: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(digits, region);
  return parsed !== undefined && isE164(parsed.number) ? parsed.number : null;
}

function internationalOrNationalE164(digits: string, region: CountryCode): string | null {
  // International digits are taken as sent: `e164` is a format, not a validity verdict (README, PhoneNumber). Only
  // when the digits are no valid international number, but a valid national one of the region as they stand
  // (an Indian mobile passed on as `9845012345`), are they read as national.
  if (!parsePhoneNumberFromString(`+${digits}`)?.isValid()) {
    const national = parsePhoneNumberFromString(digits, region);
    if (national?.isValid() && national.nationalNumber === digits) return national.number;
  }
  return `+${digits}`;
}

// Regions come from options.defaultCountry (checked by the pipeline) or a provider constant: check each once.
function knownRegion(region: string | undefined): CountryCode | undefined {
  if (region === undefined) return undefined;
  const key = `r${region}`;
  let known = memo.get(key);
  if (known === undefined) {
    known = isSupportedCountry(region) ? region : null;
    remember(key, known);
  }
  return known === null ? undefined : (known as CountryCode);
}

function toE164(sent: string, style: NumberStyle): string | null {
  if (sent.length > MAX_PHONE_TEXT) return null;
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
    return rememberE164("i", internationalOrNationalE164, compact, region);
  }
  if (region === undefined || compact.length > MAX_NATIONAL_DIGITS) return null;
  return rememberE164("n", nationalE164, compact, region);
}

/**
 * Reads a phone number field as sent: a string (trimmed), or a JSON number that is a whole number, 0 or more,
 * written as its digits. A negative or fractional number is no phone number: `undefined` (an issue), never
 * changed into one.
 *
 * @param value The value as sent.
 * @returns The text, `null` when absent, or `undefined` when it cannot be a phone number.
 * @example
 * ```ts
 * readPhoneText(-919845012345);
 * //=> undefined
 * ```
 */
export function readPhoneText(value: unknown): string | null | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? numberToText(value) : undefined;
  return readText(value);
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
  // A number its schema did not check (a negative or fractional one): kept as sent, never read as a phone number.
  if (typeof value === "number" && readPhoneText(value) === undefined) return { raw: sent, e164: null };
  return { raw: sent, e164: toE164(sent, style) };
}
