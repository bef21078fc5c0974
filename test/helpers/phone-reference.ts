// libphonenumber-js (a devDependency) as the reference of callhooks' numbering-plan reader
// (src/normalize/phone-plans.ts): readings compared field by field, a reference readPhoneNumber (callhooks'
// reading as it was written over libphonenumber-js, before the reader), and inputs generated for any region.
import fc from "fast-check";
import examples from "libphonenumber-js/examples.mobile.json" with { type: "json" };
import metadata from "libphonenumber-js/metadata.min.json" with { type: "json" };
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";
import { readPhoneNumber } from "../../src/normalize/phone.js";
// Every plan loaded, as wherever a region is read (`import "callhooks/phone-data"`).
import "../../src/phone-data.js";
import { isValidPhoneNumber, type PhonePlans, parsePhoneNumber } from "../../src/normalize/phone-plans.js";

type Plan = readonly unknown[];
const plans = metadata.countries as unknown as Record<string, Plan>;

/** Every region libphonenumber-js knows. */
export const REGIONS = Object.keys(plans).sort();
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** What libphonenumber-js reads from a text, in the reader's terms (`undefined`: no number). */
function libphonenumberReading(input: string, region: string | undefined) {
  const parsed = parsePhoneNumberFromString(input, region as CountryCode | undefined);
  if (parsed === undefined) return undefined;
  return {
    number: parsed.number as string,
    nationalNumber: parsed.nationalNumber as string,
    country: parsed.country as string | undefined,
    valid: parsed.isValid(),
  };
}

/** What callhooks' reader reads from the same text. */
function readerReading(table: PhonePlans, input: string, region: string | undefined) {
  const parsed = parsePhoneNumber(table, input, region);
  if (parsed === undefined) return undefined;
  return {
    number: `+${parsed.callingCode}${parsed.nationalNumber}`,
    nationalNumber: parsed.nationalNumber,
    country: parsed.country,
    valid: isValidPhoneNumber(table, parsed),
  };
}

/**
 * Where the reader and libphonenumber-js read a text differently: `[]` when they agree on whether there is a
 * number, its E.164 form, national number, region and validity.
 *
 * @param table The reader's plans.
 * @param input Digits, or `+` and digits.
 * @param region The region of a national number, or `undefined`.
 * @returns The differences.
 */
export function readingDifferences(table: PhonePlans, input: string, region: string | undefined): string[] {
  const expected = libphonenumberReading(input, region);
  const actual = readerReading(table, input, region);
  return JSON.stringify(actual) === JSON.stringify(expected)
    ? []
    : [
        `${JSON.stringify(input)} in ${region}: reader ${JSON.stringify(actual)}, libphonenumber-js ${JSON.stringify(expected)}`,
      ];
}

// callhooks' readPhoneNumber as it was over libphonenumber-js (src/normalize/phone.ts before the reader), without
// its memo: the reference of the whole reading, separators, `+`, `00`, styles and all.
const SEPARATORS = /[\s().-]/g;
const isDigitsFrom = (value: string, from: number) => /^\d*$/.test(value.slice(from));
const hasInternationalLength = (value: string, from: number) =>
  value.length - from >= 7 && value.length - from <= 15 && value.charCodeAt(from) !== 48;
const isInternationalFrom = (value: string, from: number) =>
  hasInternationalLength(value, from) && isDigitsFrom(value, from);
const isE164 = (value: string) => value.charCodeAt(0) === 43 && isInternationalFrom(value, 1);

function referenceE164(sent: string, international: boolean, region: string | undefined): string | null {
  if (sent.length > 32) return null;
  const bare = isDigitsFrom(sent, 0);
  const compact = bare ? sent : sent.replace(SEPARATORS, "");
  if (compact.charCodeAt(0) === 43) return isE164(compact) ? compact : null;
  if (compact.startsWith("00")) return isInternationalFrom(compact, 2) ? `+${compact.slice(2)}` : null;
  if (!bare && !isDigitsFrom(compact, 0)) return null;
  const known = region !== undefined && Object.hasOwn(plans, region) ? (region as CountryCode) : undefined;
  if (international && hasInternationalLength(compact, 0)) {
    if (known === undefined) return `+${compact}`;
    if (!parsePhoneNumberFromString(`+${compact}`)?.isValid()) {
      const national = parsePhoneNumberFromString(compact, known);
      if (national?.isValid() && national.nationalNumber === compact) return national.number;
    }
    return `+${compact}`;
  }
  if (known === undefined || compact.length > 17) return null;
  const parsed = parsePhoneNumberFromString(compact, known);
  return parsed !== undefined && isE164(parsed.number) ? parsed.number : null;
}

/**
 * Where callhooks' `readPhoneNumber` and the reference reading over libphonenumber-js give another E.164.
 *
 * @param sent The text as sent.
 * @param international Whether the provider sends international digits.
 * @param region The region of national numbers, or `undefined`.
 * @returns The differences (`[]` when equal).
 */
export function e164Differences(sent: string, international: boolean, region: string | undefined): string[] {
  const expected = referenceE164(sent.trim(), international, region);
  const actual = readPhoneNumber(sent, { international, region })?.e164 ?? null;
  return actual === expected
    ? []
    : [
        `${JSON.stringify(sent)} (${international ? "international" : "national"}, ${region}): ${actual}, libphonenumber-js ${expected}`,
      ];
}

const digits = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    minLength: min,
    maxLength: max,
  });

/** A digit string changed a little: one digit replaced, dropped or added, cut short or made longer. */
const mutated = (base: string) =>
  fc.oneof(
    fc.constant(base),
    fc.tuple(fc.nat(), digits(1, 1)).map(([at, digit]) => {
      const index = base.length === 0 ? 0 : at % base.length;
      return base.slice(0, index) + digit + base.slice(index + 1);
    }),
    fc
      .nat()
      .map((at) => (base.length === 0 ? base : base.slice(0, at % base.length) + base.slice((at % base.length) + 1))),
    fc.tuple(fc.nat(), digits(1, 1)).map(([at, digit]) => {
      const index = at % (base.length + 1);
      return base.slice(0, index) + digit + base.slice(index);
    }),
    fc.nat().map((at) => base.slice(0, at % (base.length + 1))),
    digits(1, 4).map((more) => base + more),
  );

/**
 * Digit strings as a region's numbers come, and as they go wrong: its example mobile number (or another region's),
 * bare or behind its national prefix, its calling code, its international prefix and another calling code, or
 * random digits; then changed a little.
 *
 * @param region The region.
 * @returns The arbitrary.
 */
export function digitsFor(region: string): fc.Arbitrary<string> {
  const plan = plans[region] ?? [];
  const example = (examples as Record<string, string>)[region] ?? "";
  const callingCode = text(plan[0]);
  // The international prefix where it is plain digits (`0011`), else the preferred one libphonenumber-js lists.
  const idd = /^\d+$/.test(text(plan[1])) ? text(plan[1]) : text(plan[12]);
  const nationalPrefix = text(plan[5]);
  const otherExample = fc
    .constantFrom(...REGIONS)
    .map((other) => [text(plans[other]?.[0]), (examples as Record<string, string>)[other] ?? ""] as const);
  const base = fc.oneof(
    { weight: 3, arbitrary: fc.constant(example) },
    { weight: 2, arbitrary: fc.constant(nationalPrefix + example) },
    { weight: 2, arbitrary: fc.constant(callingCode + example) },
    { weight: 1, arbitrary: fc.constant(callingCode + nationalPrefix + example) },
    { weight: 2, arbitrary: otherExample.map(([code, number]) => idd + code + number) },
    { weight: 2, arbitrary: otherExample.map(([code, number]) => code + number) },
    { weight: 1, arbitrary: otherExample.map(([, number]) => nationalPrefix + number) },
    { weight: 3, arbitrary: digits(0, 18) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(nationalPrefix, callingCode, idd, "0", "1"), digits(0, 16))
        .map(([a, b]) => a + b),
    },
  );
  return base.chain(mutated).filter((value) => value.length <= 20);
}

/** A number as a provider may send it: digits with `+`, `00`, spaces, dashes, dots or parentheses, or none. */
export const sentText = (value: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(value) },
    { weight: 1, arbitrary: fc.constant(`+${value}`) },
    { weight: 1, arbitrary: fc.constant(`00${value}`) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(fc.nat(), fc.constantFrom(" ", "-", ".", "(", ")")), { maxLength: 3 })
        .map((cuts) => {
          let out = value;
          for (const [at, separator] of cuts) {
            const index = at % (out.length + 1);
            out = out.slice(0, index) + separator + out.slice(index);
          }
          return out;
        }),
    },
  );

/** The seed of the reading comparisons (`FUZZ_SEED` for another). */
export const READING_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
