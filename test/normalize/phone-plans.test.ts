import fc from "fast-check";
import metadata from "libphonenumber-js/metadata.min.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { registeredPhonePlans } from "../../src/normalize/phone.js";
import { PHONE_PLAN_IN } from "../../src/normalize/phone-data/plan-in.js";
import { PHONE_PLAN_TABLE } from "../../src/normalize/phone-data/plan-table.js";
import { isValidPhoneNumber, parsePhoneNumber, patternSource, phonePlans } from "../../src/normalize/phone-plans.js";
import { PHONE_PLANS } from "../../src/normalize/phone-plans-all.js";
import {
  digitsFor,
  e164Differences,
  READING_SEED,
  REGIONS,
  readingDifferences,
  sentText,
} from "../helpers/phone-reference.js";

// callhooks' numbering-plan reader against libphonenumber-js, its reference, for every region it knows: the same
// numbers read the same way (E.164, national number, region, validity). FUZZ_RUNS scales the runs per region
// (`npm run fuzz` reruns this at scale in test/fuzz/phone.fuzz.ts).
const RUNS = 40;

const assertNone = (problems: (input: string) => string[], arbitrary: fc.Arbitrary<string>, runs: number) =>
  fc.assert(
    fc.property(arbitrary, (input) => {
      expect(problems(input)).toEqual([]);
    }),
    { seed: READING_SEED, numRuns: runs },
  );

describe("the numbering-plan reader", () => {
  it("knows the regions and non-geographic calling codes of libphonenumber-js's metadata", () => {
    expect(REGIONS).toHaveLength(245);
    expect(PHONE_PLAN_TABLE.split("\n")).toHaveLength(254);
    expect(PHONE_PLANS.regionsOf("61")).toEqual(["AU", "CC", "CX"]);
    expect(PHONE_PLANS.regionsOf("1")?.[0]).toBe("US");
    expect(PHONE_PLANS.regionsOf("800")).toBeUndefined();
    expect(PHONE_PLANS.plan("800")?.callingCode).toBe("800");
    expect(PHONE_PLANS.plan("ZZ")).toBeUndefined();
    for (const region of REGIONS) expect(PHONE_PLANS.has(region)).toBe(true);
    for (const key of ["ZZ", "800", "001", "au", ""]) expect(PHONE_PLANS.has(key)).toBe(false);
  });

  it("reads back every field of every plan as libphonenumber-js's metadata writes it", () => {
    // The table writes its patterns short (scripts/phone-data.mjs); read back, each is the metadata's to the letter.
    type MetadataPlan = readonly unknown[];
    const text = (value: unknown): string => (typeof value === "string" ? value : "");
    const lengths = (value: unknown): string =>
      Array.isArray(value) ? value.map((length: number) => length.toString(36)).join("") : "";
    const written = (plan: MetadataPlan) => {
      const types = Array.isArray(plan[11])
        ? (plan[11] as MetadataPlan[])
            .filter((type) => Array.isArray(type) && text(type[0]) !== "")
            .map((type) => ({ pattern: text(type[0]), lengths: Array.isArray(type[1]) ? lengths(type[1]) : undefined }))
        : [];
      return {
        callingCode: plan[0],
        idd: text(plan[1]),
        pattern: text(plan[2]),
        lengths: lengths(plan[3]),
        prefix: text(plan[7]) || text(plan[5]),
        transform: text(plan[8]),
        leading: text(plan[10]),
        types,
      };
    };
    const read = (line: string, source: (written: string) => string) => {
      const [, callingCode, idd = "", pattern = "", lengths, prefix = "", transform, leading = "", ...types] =
        line.split(" ");
      return {
        callingCode,
        idd: source(idd),
        pattern: source(pattern),
        lengths,
        prefix: source(prefix),
        transform,
        leading: source(leading),
        types: types.map((type) => {
          const [pattern = "", lengths] = type.split("/");
          return { pattern: source(pattern), lengths };
        }),
      };
    };
    const plans: Record<string, MetadataPlan> = {
      ...(metadata.countries as unknown as Record<string, MetadataPlan>),
      ...(metadata.nonGeographic as unknown as Record<string, MetadataPlan>),
    };
    const lines = PHONE_PLAN_TABLE.split("\n");
    expect(lines.map((line) => line.slice(0, line.indexOf(" "))).sort()).toEqual(Object.keys(plans).sort());
    // The whole table writes its patterns short; a one-plan table as they are.
    for (const line of lines) {
      const key = line.slice(0, line.indexOf(" "));
      expect(read(line, patternSource), key).toEqual(written(plans[key] as MetadataPlan));
    }
    expect(read(PHONE_PLAN_IN, (pattern) => pattern)).toEqual(written(plans.IN as MetadataPlan));
  });

  it("is the table every reader uses once it is loaded", () => {
    expect(registeredPhonePlans()).toBe(PHONE_PLANS);
  });

  it.each([
    // A trunk prefix; Argentina's mobile `15` rewritten to `9`; the US's `1`; Australia's `0011` IDD; Russia's `8`.
    ["0390085900", "AU", "+61390085900"],
    ["0111512345678", "AR", "+5491112345678"],
    ["12015550123", "US", "+12015550123"],
    ["001144123456789", "AU", "+44123456789"],
    ["84951234567", "RU", "+74951234567"],
    // Guernsey's numbers under the UK's calling code, told apart by their types.
    ["07781123456", "GG", "+447781123456"],
  ])("reads %s in %s as %s, as libphonenumber-js does", (digits, region, e164) => {
    const parsed = parsePhoneNumber(PHONE_PLANS, digits, region);
    expect(parsed && `+${parsed.callingCode}${parsed.nationalNumber}`).toBe(e164);
    expect(readingDifferences(PHONE_PLANS, digits, region)).toEqual([]);
  });

  it("tells valid numbers of shared calling codes and non-geographic ones, as libphonenumber-js does", () => {
    for (const number of ["+12015550123", "+14165550123", "+447781123456", "+441481256789", "+80012345678", "+1"]) {
      expect(readingDifferences(PHONE_PLANS, number, undefined)).toEqual([]);
    }
    const tollFree = parsePhoneNumber(PHONE_PLANS, "+80012345678", undefined);
    expect(tollFree && isValidPhoneNumber(PHONE_PLANS, tollFree)).toBe(true);
  });

  it("reads no number from too few digits, a calling code alone or one that starts with 0", () => {
    for (const [text, region] of [
      ["", "AU"],
      ["5", "AU"],
      ["+12", undefined],
      ["+61", undefined],
      ["+0123456789", undefined],
    ]) {
      expect(parsePhoneNumber(PHONE_PLANS, text as string, region)).toBeUndefined();
      expect(readingDifferences(PHONE_PLANS, text as string, region)).toEqual([]);
    }
  });

  it.each(REGIONS)("reads the national numbers of %s as libphonenumber-js does", (region) => {
    assertNone((digits) => readingDifferences(PHONE_PLANS, digits, region), digitsFor(region), RUNS);
  });

  it.each(REGIONS)("reads the international numbers of %s as libphonenumber-js does", (region) => {
    assertNone((digits) => readingDifferences(PHONE_PLANS, `+${digits}`, undefined), digitsFor(region), RUNS / 2);
  });

  it("reads India's national numbers alone (Kaleyra's IVR) as with every plan, numbers from 00 on aside", () => {
    const india = phonePlans(PHONE_PLAN_IN);
    assertNone(
      (digits) => (digits.startsWith("00") ? [] : readingDifferences(india, digits, "IN")),
      digitsFor("IN"),
      RUNS * 50,
    );
  });
});

describe("readPhoneNumber over the reader", () => {
  it.each(REGIONS)("gives the E.164 callhooks gave over libphonenumber-js, with %s as the region", (region) => {
    const case_ = fc.tuple(digitsFor(region).chain(sentText), fc.boolean());
    fc.assert(
      fc.property(case_, ([sent, international]) => {
        expect(e164Differences(sent, international, region)).toEqual([]);
      }),
      { seed: READING_SEED, numRuns: RUNS },
    );
  });

  it("gives it without a region too", () => {
    const case_ = fc.tuple(
      fc
        .constantFrom(...REGIONS)
        .chain(digitsFor)
        .chain(sentText),
      fc.boolean(),
    );
    fc.assert(
      fc.property(case_, ([sent, international]) => {
        expect(e164Differences(sent, international, undefined)).toEqual([]);
      }),
      { seed: READING_SEED, numRuns: RUNS * 25 },
    );
  });
});
