import type { PhoneNumber } from "../events.js";
import { isDigits } from "./digits.js";
import type { PhonePlans } from "./phone-plans.js";
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
  /**
   * The plans a provider reads its own national numbers with (URL Networks: every plan; Kaleyra's IVR: India's),
   * when the table of every plan is not loaded. That table, where loaded, is always the one used.
   */
  readonly plans?: PhonePlans;
}

// The plans of every region, where loaded (src/normalize/phone-plans-all.ts sets them wherever it is in the code).
// Kept on globalThis: Node loads a one-file build per entry point (the root's, each subpath's, callhooks/phone-data's),
// each with its own copy of this module, and `import "callhooks/phone-data"` must reach them all. The key names the
// PhonePlans interface: a callhooks with another one uses another key.
const PLANS = Symbol.for("callhooks.phone-plans.v1");
const shared = globalThis as { [PLANS]?: PhonePlans };

/**
 * Makes a table of every numbering plan the one national numbers are read with; `PHONE_PLANS`
 * (src/normalize/phone-plans-all.ts) does so itself, wherever it is loaded.
 *
 * @param plans The plans of every region.
 * @returns The same plans.
 * @example
 * ```ts
 * registerPhonePlans(PHONE_PLANS) === PHONE_PLANS;
 * //=> true
 * ```
 */
export function registerPhonePlans(plans: PhonePlans): PhonePlans {
  shared[PLANS] = plans;
  return plans;
}

/**
 * The plans of every region, when they are loaded: `callhooks` and `callhooks/urlnetworks` load them, and
 * `import "callhooks/phone-data"` for the other provider subpaths.
 *
 * @returns The plans, or `undefined`.
 * @example
 * ```ts
 * registeredPhonePlans()?.has("AU");
 * //=> true
 * ```
 */
export function registeredPhonePlans(): PhonePlans | undefined {
  return shared[PLANS];
}

/**
 * Tells whether a region code is one of the loaded numbering plans: every region libphonenumber-js knows, once
 * they are loaded (a provider subpath whose numbers are international refuses `defaultCountry` until then).
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
  return shared[PLANS]?.has(region) ?? false;
}

/**
 * The longest text that can be a phone number: E.164's 15 digits, a `+` or `00`, and the spaces, dashes and
 * parentheses of a formatted number (`+61 (0)3 9008 5900 ` is 20). Anything longer is no phone number: it is
 * never scanned, read with a numbering plan or remembered.
 */
const MAX_PHONE_TEXT = 32;
/** The most digits of a national number: E.164's 15 with a trunk prefix of up to two more. */
const MAX_NATIONAL_DIGITS = 17;

// Reading a number with its numbering plan takes 3–4 µs, a remembered answer 0.25 µs (npm run bench:phone), and
// callbacks repeat the same numbers (the rented DIDs, regular callers): the answers are kept in one map, bounded in
// entries (oldest out first) and in entry size: a key is a letter, a region and at most 17 digits.
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

type Reading = (plans: PhonePlans, digits: string, region: string) => string | null;

function rememberE164(way: "i" | "n", read: Reading, plans: PhonePlans, digits: string, region: string): string | null {
  const key = way + region + digits;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const e164 = read(plans, digits, region);
  remember(key, e164);
  return e164;
}

function nationalE164(plans: PhonePlans, digits: string, region: string): string | null {
  const parsed = plans.parse(digits, region);
  if (parsed === undefined) return null;
  const e164 = `+${parsed.callingCode}${parsed.nationalNumber}`;
  return isE164(e164) ? e164 : null;
}

function internationalOrNationalE164(plans: PhonePlans, digits: string, region: string): string | null {
  // International digits are taken as sent: `e164` is a format, not a validity verdict (README, PhoneNumber). Only
  // when the digits are no valid international number, but a valid national one of the region as they stand (an
  // Indian mobile passed on as `9845012345`), are they read as national.
  const international = plans.parse(`+${digits}`, undefined);
  if (international === undefined || !plans.isValid(international)) {
    const national = plans.parse(digits, region);
    if (national !== undefined && plans.isValid(national) && national.nationalNumber === digits) {
      return `+${national.callingCode}${national.nationalNumber}`;
    }
  }
  return `+${digits}`;
}

function toE164(sent: string, style: NumberStyle): string | null {
  if (sent.length > MAX_PHONE_TEXT) return null;
  // Most numbers come as bare digits: no separators to strip.
  const bare = isDigits(sent, 0);
  const compact = bare ? sent : sent.replace(SEPARATORS, "");
  if (compact.charCodeAt(0) === PLUS) return isE164(compact) ? compact : null;
  if (compact.startsWith("00")) return isInternationalFrom(compact, 2) ? `+${compact.slice(2)}` : null;
  if (!bare && !isDigits(compact, 0)) return null;
  // The plans of every region where loaded, else the provider's own (Kaleyra's IVR: India's). A region comes from
  // options.defaultCountry, which needs every plan (a subpath without them refuses it:
  // src/providers/phone-data-check.ts), or from a provider constant that its own plans hold.
  const plans = shared[PLANS] ?? style.plans;
  const region = style.region !== undefined && plans?.has(style.region) ? style.region : undefined;
  // `compact` is all digits here: only its length and first digit are left to check.
  if (style.international && hasInternationalLength(compact, 0)) {
    if (region === undefined || plans === undefined) return `+${compact}`;
    return rememberE164("i", internationalOrNationalE164, plans, compact, region);
  }
  if (region === undefined || plans === undefined || compact.length > MAX_NATIONAL_DIGITS) return null;
  return rememberE164("n", nationalE164, plans, compact, region);
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
