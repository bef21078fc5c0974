// Reads phone numbers as libphonenumber-js 1.x reads them with its "min" metadata (parsePhoneNumberFromString,
// PhoneNumber#isValid), over the compact table that scripts/phone-data.mjs writes from that metadata: only what
// reading a national number and telling validity need (the formats, most of the metadata, are left out). Each step
// below names the libphonenumber-js function it follows
// (https://github.com/catamphetamine/libphonenumber-js/tree/master/source); test/normalize/phone-plans.test.ts holds
// the two equal over every region. Input is digits only, or `+` and digits: callhooks strips separators first.
/** A number type (fixed line, mobile, …): a valid number of a plan with types matches one of them. */
interface NumberType {
  /** The type's national number pattern, anchored at both ends. */
  readonly pattern: RegExp;
  /** The type's possible lengths, else the plan's. */
  readonly lengths: readonly number[] | undefined;
}

/** One numbering plan, its patterns compiled. */
interface Plan {
  /** The country calling code (`61`). */
  readonly callingCode: string;
  /** The international (IDD) prefix dialled from the region (`0011`), anchored at the start. */
  readonly internationalPrefix: RegExp | undefined;
  /** The national (significant) number pattern, anchored at both ends. */
  readonly pattern: RegExp;
  /** The possible lengths of a national number, shortest first. */
  readonly lengths: readonly number[] | undefined;
  /** The national prefix (and carrier code) as it is stripped when parsing, anchored at the start. */
  readonly nationalPrefix: RegExp | undefined;
  /** What replaces the national prefix, where the plan rewrites it (`9$1` in Argentina). */
  readonly transform: string | undefined;
  /** The leading digits of the region's numbers, where it shares its calling code; anchored at the start. */
  readonly leadingDigits: RegExp | undefined;
  /** The number types, where the metadata has them; then validity is a match of one of them. */
  readonly types: readonly NumberType[] | undefined;
}

/**
 * A table of numbering plans (`phonePlans(PHONE_PLAN_TABLE, patternSource)`), with the reader over it: the plans of regions and
 * non-geographic calling codes, each read from its line on first use. The reader is reached through the table,
 * so that a bundle that never builds one (a provider subpath whose numbers are international) holds no reader.
 *
 * @example
 * ```ts
 * const plans: PhonePlans = phonePlans(PHONE_PLAN_TABLE, patternSource);
 * ```
 */
export interface PhonePlans {
  /** Whether it has the plan of a region (`AU`; not a non-geographic calling code). */
  has(region: string): boolean;
  /** The plan of a region (`AU`) or of a non-geographic calling code (`800`), or `undefined`. */
  plan(key: string): Plan | undefined;
  /** The regions of a calling code, its main region first, or `undefined` (unknown or non-geographic). */
  regionsOf(callingCode: string): readonly string[] | undefined;
  /** `parsePhoneNumber` over these plans. */
  parse(text: string, region: string | undefined): ParsedNumber | undefined;
  /** `isValidPhoneNumber` over these plans. */
  isValid(number: ParsedNumber): boolean;
}

/** A number read with a plan: `+${callingCode}${nationalNumber}` is its E.164 form. */
export interface ParsedNumber {
  /** The country calling code. */
  readonly callingCode: string;
  /** The national (significant) number. */
  readonly nationalNumber: string;
  /** The region it belongs to, where it can be told. */
  readonly country: string | undefined;
}

// libphonenumber-js's constants.js: a national number has 2 to 17 digits, a calling code at most 3.
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_CALLING_CODE_LENGTH = 3;

const lengthsOf = (field: string): number[] => Array.from(field, (digit) => Number.parseInt(digit, 36));
const optional = (field: string | undefined): string | undefined =>
  field === undefined || field === "" ? undefined : field;

/**
 * The letters of a digit class written short (scripts/phone-data.mjs writes them, `patternSource` reads them).
 *
 * @example
 * ```ts
 * CLASS_LETTERS.length;
 * //=> 32
 * ```
 */
export const CLASS_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcefg";
// The whole table's patterns are written short (scripts/phone-data.mjs): `d` is `\d`, `(` is `(?:`, `<` a capturing
// `(`, and two of these letters a digit class, the high and low five bits of its digits' mask. parseCallback 32.41 →
// 31.75 kB (npm run size); test/normalize/phone-plans.test.ts holds every pattern read back equal to
// libphonenumber-js's.
const SHORTHAND = /[A-Zabcefg]{2}|[d(<]/g;

/** A digit class from the mask of its digits, written as the metadata writes it (`[2-57-9]`, `[02-9]`, `[13]`). */
function digitClass(mask: number): string {
  let text = "";
  for (let digit = 0; digit < 10; digit++) {
    if (((mask >> digit) & 1) === 0) continue;
    let last = digit;
    while ((mask >> (last + 1)) & 1) last++;
    text += last - digit > 1 ? `${digit}-${last}` : last > digit ? `${digit}${last}` : `${digit}`;
    digit = last;
  }
  return `[${text}]`;
}

/**
 * A pattern of the table as libphonenumber-js's metadata writes it.
 *
 * @param short The pattern as the table writes it.
 * @returns The pattern's source.
 * @example
 * ```ts
 * patternSource("(AMd|ec)d{6}");
 * //=> "(?:[23]\\d|[2-57-9])\\d{6}"
 * ```
 */
export function patternSource(short: string): string {
  return short.replace(SHORTHAND, (token) =>
    token === "d"
      ? "\\d"
      : token === "("
        ? "(?:"
        : token === "<"
          ? "("
          : digitClass(CLASS_LETTERS.indexOf(token.charAt(0)) * 32 + CLASS_LETTERS.indexOf(token.charAt(1))),
  );
}

const asWritten = (pattern: string): string => pattern;

/** A plan from its table line (scripts/phone-data.mjs describes the fields), its patterns read with `source`. */
function readPlan(line: string, source: (written: string) => string): Plan {
  const [, callingCode = "", idd, pattern = "", lengths = "", prefix, transform, leading, ...types] = line.split(" ");
  // The regular expressions libphonenumber-js builds from these fields (matchesEntirely.js, stripIddPrefix.js, …).
  const start = (written: string | undefined) =>
    optional(written) === undefined ? undefined : new RegExp(`^(?:${source(written as string)})`);
  const whole = (written: string) => new RegExp(`^(?:${source(written)})$`);
  return {
    callingCode,
    internationalPrefix: start(idd),
    pattern: whole(pattern),
    lengths: lengths === "" ? undefined : lengthsOf(lengths),
    nationalPrefix: start(prefix),
    transform: optional(transform),
    leadingDigits: start(leading),
    // A line with fields after the eighth has types (a lone empty one: types, none usable).
    types:
      types.length === 0
        ? undefined
        : types
            .filter((type) => type !== "")
            .map((type) => {
              const [typePattern = "", typeLengths] = type.split("/");
              return {
                pattern: whole(typePattern),
                lengths: typeLengths === undefined ? undefined : lengthsOf(typeLengths),
              };
            }),
  };
}

/** A table's plans by key, and the regions of each calling code: built on first use. */
interface TableIndex {
  readonly lines: ReadonlyMap<string, string>;
  readonly regions: ReadonlyMap<string, readonly string[]>;
}

function indexTable(table: string): TableIndex {
  const lines = new Map<string, string>();
  const regions = new Map<string, string[]>();
  for (const line of table.split("\n")) {
    const key = line.slice(0, line.indexOf(" "));
    lines.set(key, line);
    // Regions are letters; a non-geographic plan's key is its calling code, which has no regions.
    if (key.charCodeAt(0) > 57) {
      const callingCode = line.slice(key.length + 1, line.indexOf(" ", key.length + 1));
      const list = regions.get(callingCode);
      if (list === undefined) regions.set(callingCode, [key]);
      else list.push(key);
    }
  }
  return { lines, regions };
}

/**
 * A table of numbering plans and the reader over it. Nothing is read at import: the table is indexed on first use
 * (0.2 ms for the whole table, cold), and each plan compiled on its first use and kept (a table holds
 * at most a few hundred).
 *
 * @param table Lines written by scripts/phone-data.mjs (`PHONE_PLAN_TABLE`, or one region's: `PHONE_PLAN_IN`).
 * @param source How the table writes its patterns: `patternSource` for the whole table's short form; a one-plan
 *   table writes them as they are.
 * @returns The plans and their reader.
 * @example
 * ```ts
 * phonePlans(PHONE_PLAN_IN).parse("09845012345", "IN");
 * //=> { callingCode: "91", nationalNumber: "9845012345", country: "IN" }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phonePlans(table: string, source: (written: string) => string = asWritten): PhonePlans {
  let index: TableIndex | undefined;
  const indexed = (): TableIndex => {
    index ??= indexTable(table);
    return index;
  };
  const compiled = new Map<string, Plan>();
  const plans: PhonePlans = {
    // Region keys are letters; a non-geographic plan's key is its calling code.
    has: (region) => region.charCodeAt(0) > 57 && indexed().lines.has(region),
    plan(key) {
      let plan = compiled.get(key);
      if (plan === undefined) {
        const line = indexed().lines.get(key);
        if (line === undefined) return undefined;
        plan = readPlan(line, source);
        compiled.set(key, plan);
      }
      return plan;
    },
    regionsOf: (callingCode) => indexed().regions.get(callingCode),
    parse: (text, region) => parsePhoneNumber(plans, text, region),
    isValid: (number) => isValidPhoneNumber(plans, number),
  };
  return plans;
}

/** The main plan of a calling code: its main region's, or the non-geographic one (metadata.js getNumberingPlanMetadata). */
function planOfCallingCode(plans: PhonePlans, callingCode: string): Plan | undefined {
  return plans.plan(plans.regionsOf(callingCode)?.[0] ?? callingCode);
}

/** checkNumberLength.js: where a national number's length stands among the possible ones. */
function lengthVerdict(
  nationalNumber: string,
  lengths: readonly number[] | undefined,
): "possible" | "short" | "long" | "invalid" {
  if (lengths === undefined) return "possible";
  const length = nationalNumber.length;
  const shortest = lengths[0] ?? 0;
  if (shortest === length) return "possible";
  if (shortest > length) return "short";
  if ((lengths[lengths.length - 1] ?? 0) < length) return "long";
  return lengths.indexOf(length, 1) >= 0 ? "possible" : "invalid";
}

/** getNumberType.js: whether the number has a type of the plan (only plans with types have any). */
function hasType(nationalNumber: string, plan: Plan): boolean {
  if (plan.types === undefined || !plan.pattern.test(nationalNumber)) return false;
  return plan.types.some(
    (type) =>
      (type.lengths ?? plan.lengths)?.includes(nationalNumber.length) !== false && type.pattern.test(nationalNumber),
  );
}

/** getCountryByCallingCode.js, getCountryByNationalNumber.js: the region of a national number, where it can be told. */
function countryOf(plans: PhonePlans, callingCode: string, nationalNumber: string): string | undefined {
  const regions = plans.regionsOf(callingCode);
  if (regions === undefined) return undefined;
  if (regions.length === 1) return regions[0];
  for (const region of regions) {
    const plan = plans.plan(region);
    if (plan === undefined) continue;
    if (plan.leadingDigits !== undefined) {
      if (nationalNumber !== "" && plan.leadingDigits.test(nationalNumber)) return region;
    } else if (hasType(nationalNumber, plan)) return region;
  }
  return undefined;
}

/** extractNationalNumber.js: the number without its national prefix, unless that leaves no possible number. */
function nationalNumberOf(plans: PhonePlans, number: string, plan: Plan): string {
  let nationalNumber = number;
  // extractNationalNumberFromPossiblyIncompleteNumber.js
  const match = number === "" ? null : (plan.nationalPrefix?.exec(number) ?? null);
  if (match !== null) {
    const lastGroup = match[match.length - 1];
    nationalNumber =
      plan.transform !== undefined && match.length > 1 && lastGroup
        ? number.replace(plan.nationalPrefix as RegExp, plan.transform)
        : number.slice(match[0].length);
  }
  if (nationalNumber === number) return number;
  if (plan.pattern.test(number) && !plan.pattern.test(nationalNumber)) return number;
  if (plan.lengths !== undefined) {
    const country = countryOf(plans, plan.callingCode, nationalNumber);
    const lengths = country === undefined ? plan.lengths : plans.plan(country)?.lengths;
    const verdict = lengthVerdict(nationalNumber, lengths);
    if (verdict === "short" || verdict === "invalid") return number;
  }
  return nationalNumber;
}

/** stripIddPrefix.js: the digits after the region's international prefix, or `undefined`. */
function afterInternationalPrefix(number: string, plan: Plan): string | undefined {
  const match = plan.internationalPrefix?.exec(number);
  if (match === undefined || match === null) return undefined;
  const rest = number.slice(match[0].length);
  return rest.charCodeAt(0) === 48 ? undefined : rest;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js: the region's calling code sent without `+`. */
function withoutPlusSign(
  plans: PhonePlans,
  number: string,
  plan: Plan,
): { callingCode: string; number: string } | undefined {
  const { callingCode } = plan;
  if (!number.startsWith(callingCode)) return undefined;
  const shorter = number.slice(callingCode.length);
  const shorterNational = nationalNumberOf(plans, shorter, plan);
  const national = nationalNumberOf(plans, number, plan);
  if (
    (!plan.pattern.test(national) && plan.pattern.test(shorterNational)) ||
    lengthVerdict(national, plan.lengths) === "long"
  ) {
    return { callingCode, number: shorter };
  }
  return undefined;
}

/** extractCountryCallingCode.js: the calling code and the digits after it, or the digits alone; `null` fails. */
function splitCallingCode(
  plans: PhonePlans,
  text: string,
  region: Plan | undefined,
): { callingCode: string | undefined; number: string } | null {
  let number = text;
  if (number.charCodeAt(0) !== 43) {
    const rest = region === undefined ? undefined : afterInternationalPrefix(number, region);
    if (rest === undefined || rest === "" || rest === number) {
      const found = region === undefined ? undefined : withoutPlusSign(plans, number, region);
      return found ?? { callingCode: undefined, number };
    }
    number = `+${rest}`;
  }
  if (number.charCodeAt(1) === 48) return null;
  for (let end = 2; end - 1 <= MAX_CALLING_CODE_LENGTH && end <= number.length; end++) {
    const callingCode = number.slice(1, end);
    if (planOfCallingCode(plans, callingCode) !== undefined) return { callingCode, number: number.slice(end) };
  }
  return null;
}

/**
 * Reads a number as `parsePhoneNumberFromString(text, region)` of libphonenumber-js does (parse.js).
 *
 * @param plans The plans.
 * @param text Digits, or `+` and digits.
 * @param region The region of a national number (a key of `plans`), or `undefined`.
 * @returns The number, or `undefined` where libphonenumber-js returns none.
 * @example
 * ```ts
 * parsePhoneNumber(PHONE_PLANS, "0390085900", "AU");
 * //=> { callingCode: "61", nationalNumber: "390085900", country: "AU" }
 * ```
 */
export function parsePhoneNumber(
  plans: PhonePlans,
  text: string,
  region: string | undefined,
): ParsedNumber | undefined {
  // isViablePhoneNumber.js: at least two digits, or `+` and three.
  const plus = text.charCodeAt(0) === 43;
  if (text.length < (plus ? 4 : MIN_NATIONAL_LENGTH)) return undefined;
  const regionPlan = region === undefined ? undefined : plans.plan(region);
  if (region !== undefined && regionPlan === undefined) return undefined;
  const split = splitCallingCode(plans, text, regionPlan);
  if (split === null) return undefined;
  let { callingCode } = split;
  const { number } = split;
  let country: string | undefined;
  let plan: Plan | undefined;
  if (callingCode !== undefined) plan = planOfCallingCode(plans, callingCode);
  else if (number !== "" && regionPlan !== undefined) {
    country = region;
    plan = regionPlan;
    callingCode = regionPlan.callingCode;
  }
  if (plan === undefined || callingCode === undefined || number === "") return undefined;
  const nationalNumber = nationalNumberOf(plans, number, plan);
  country = countryOf(plans, callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < MIN_NATIONAL_LENGTH || nationalNumber.length > MAX_NATIONAL_LENGTH) return undefined;
  return { callingCode, nationalNumber, country };
}

/**
 * Tells whether a number is valid, as `PhoneNumber#isValid()` of libphonenumber-js does with its "min" metadata
 * (isValid.js): it has a type of its plan where the plan has types, else it matches the plan's pattern.
 *
 * @param plans The plans.
 * @param number A number from `parsePhoneNumber`.
 * @returns `true` for a valid number.
 * @example
 * ```ts
 * isValidPhoneNumber(PHONE_PLANS, parsePhoneNumber(PHONE_PLANS, "+61390085900", undefined)!);
 * //=> true
 * ```
 */
export function isValidPhoneNumber(plans: PhonePlans, number: ParsedNumber): boolean {
  const plan = number.country === undefined ? planOfCallingCode(plans, number.callingCode) : plans.plan(number.country);
  if (plan === undefined) return false;
  return plan.types === undefined ? plan.pattern.test(number.nationalNumber) : hasType(number.nationalNumber, plan);
}
