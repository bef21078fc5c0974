import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCallback } from "../../src/index.js";
import { readPhoneNumber, readPhoneText } from "../../src/normalize/phone.js";

const international = { international: true, region: undefined };
const au = { international: false, region: "AU" };

describe("readPhoneNumber", () => {
  it("keeps a number sent with +", () => {
    expect(readPhoneNumber("+65123456789", international)).toEqual({ raw: "+65123456789", e164: "+65123456789" });
    expect(readPhoneNumber(" +1 (518) 685-9809 ", au)).toEqual({ raw: "+1 (518) 685-9809", e164: "+15186859809" });
  });

  it("prefixes + to international digits where the provider sends them", () => {
    expect(readPhoneNumber("15186859809", international)).toEqual({ raw: "15186859809", e164: "+15186859809" });
    expect(readPhoneNumber(440000000000, international)).toEqual({ raw: "440000000000", e164: "+440000000000" });
  });

  it("reads 00-prefixed international numbers", () => {
    expect(readPhoneNumber("00441234567890", au)).toEqual({ raw: "00441234567890", e164: "+441234567890" });
  });

  it("formats a national number only when its region is known", () => {
    expect(readPhoneNumber("0390085900", au)).toEqual({ raw: "0390085900", e164: "+61390085900" });
    expect(readPhoneNumber("0390085900", { international: true, region: undefined })).toEqual({
      raw: "0390085900",
      e164: null,
    });
    expect(readPhoneNumber("0390085900", { international: false, region: undefined })).toEqual({
      raw: "0390085900",
      e164: null,
    });
  });

  it("never guesses: a leading-zero number is national even from an international provider", () => {
    expect(readPhoneNumber("04471000000", international)).toEqual({ raw: "04471000000", e164: null });
    expect(readPhoneNumber("04471000000", { international: true, region: "IN" })).toEqual({
      raw: "04471000000",
      e164: "+914471000000",
    });
  });

  it("gives no E.164 for what is not a number", () => {
    for (const value of ["anonymous", "+0312341234", "+12", "123", "+1234567890123456", "1-800-FLOWERS"]) {
      expect(readPhoneNumber(value, international)?.e164).toBeNull();
    }
  });

  it("reads absent values as null", () => {
    for (const value of [undefined, null, "", "null"]) expect(readPhoneNumber(value, international)).toBeNull();
  });
});

describe("readPhoneNumber with a known region", () => {
  it("reads digits that are a valid national number, and no valid international one, as national", () => {
    const india = { international: true, region: "IN" };
    expect(readPhoneNumber("9845012345", india)).toEqual({ raw: "9845012345", e164: "+919845012345" });
    expect(readPhoneNumber("919845012345", india)).toEqual({ raw: "919845012345", e164: "+919845012345" });
    expect(readPhoneNumber("9845012345", international)).toEqual({ raw: "9845012345", e164: "+9845012345" });
  });
});

describe("readPhoneNumber: international digits from a provider with a region", () => {
  it("keeps digits that are a valid international number even when they are also a valid national one", () => {
    // +65 9123 4567 is a Singapore mobile; 65912 34567 is also a valid Indian mobile number.
    expect(readPhoneNumber("6591234567", { international: true, region: "IN" })).toEqual({
      raw: "6591234567",
      e164: "+6591234567",
    });
  });

  it("reads digits as national only when the national number is the digits as sent", () => {
    // 8 916 123-45-67 is a Russian mobile with its trunk prefix 8: not the digits as they stand.
    expect(readPhoneNumber("89161234567", { international: true, region: "RU" })).toEqual({
      raw: "89161234567",
      e164: "+89161234567",
    });
  });

  it("keeps international digits as sent when they are no valid national number of the region", () => {
    expect(readPhoneNumber("9845012345", { international: true, region: "AU" })).toEqual({
      raw: "9845012345",
      e164: "+9845012345",
    });
  });

  it("gives the same answer when a number is read again (cached)", () => {
    const india = { international: true, region: "IN" };
    for (let round = 0; round < 3; round++) {
      expect(readPhoneNumber("9845012345", india)?.e164).toBe("+919845012345");
      expect(readPhoneNumber("6591234567", india)?.e164).toBe("+6591234567");
      expect(readPhoneNumber("0390085900", au)?.e164).toBe("+61390085900");
    }
  });

  it("keeps answering right past the cache's bounds (2,048 numbers per region, 16 regions)", () => {
    for (let index = 0; index < 2100; index++) {
      const national = `04${String(index).padStart(8, "0")}`;
      expect(readPhoneNumber(national, au)?.raw).toBe(national);
    }
    expect(readPhoneNumber("0390085900", au)?.e164).toBe("+61390085900");
    const regions = [
      "AU",
      "IN",
      "GB",
      "US",
      "SG",
      "DE",
      "FR",
      "ES",
      "IT",
      "NL",
      "BE",
      "SE",
      "NO",
      "DK",
      "FI",
      "IE",
      "NZ",
    ];
    for (const region of regions) {
      expect(readPhoneNumber("9845012345", { international: true, region })?.raw).toBe("9845012345");
    }
    expect(readPhoneNumber("9845012345", { international: true, region: "NZ" })?.e164).toBe(
      readPhoneNumber("9845012345", { international: true, region: "NZ" })?.e164,
    );
    expect(readPhoneNumber("9845012345", { international: true, region: "IN" })?.e164).toBe("+919845012345");
  });

  it("gives no E.164 for national digits when the region is unknown to libphonenumber", () => {
    expect(readPhoneNumber("0390085900", { international: false, region: "ZZ" })).toEqual({
      raw: "0390085900",
      e164: null,
    });
    expect(readPhoneNumber("15186859809", { international: true, region: "ZZ" })?.e164).toBe("+15186859809");
  });
});

describe("readPhoneNumber: prefixes and separators", () => {
  it("strips spaces, dots, dashes and parentheses before reading", () => {
    expect(readPhoneNumber("03 9008.5900", au)?.e164).toBe("+61390085900");
    expect(readPhoneNumber("(03) 9008-5900", au)?.e164).toBe("+61390085900");
    expect(readPhoneNumber("+61 3 9008 5900", international)?.e164).toBe("+61390085900");
  });

  it("reads 00 as the international prefix and refuses what follows when it is no number", () => {
    expect(readPhoneNumber("00 44 1234 567890", international)?.e164).toBe("+441234567890");
    expect(readPhoneNumber("000441234567", international)?.e164).toBeNull();
    expect(readPhoneNumber("0012", international)?.e164).toBeNull();
  });

  it("gives no E.164 for a + number that is not E.164, whatever the region", () => {
    expect(readPhoneNumber("+0390085900", au)?.e164).toBeNull();
    expect(readPhoneNumber("+61 3 9008 590x", au)?.e164).toBeNull();
  });

  it("gives no E.164 for letters or other symbols mixed with digits", () => {
    expect(readPhoneNumber("0390085900#12", au)?.e164).toBeNull();
    expect(readPhoneNumber("1800FLOWERS", { international: true, region: "US" })?.e164).toBeNull();
  });
});

describe("phone numbers sent as JSON numbers", () => {
  const cdr = JSON.parse(
    readFileSync(new URL("../../fixtures/telecmi/cdr-incoming-answered.json", import.meta.url), "utf8"),
  );

  it("reads a whole number of 0 or more as its digits", () => {
    expect(readPhoneText(919845012345)).toBe("919845012345");
    expect(readPhoneText(0)).toBe("0");
  });

  it("refuses a negative or fractional number, never dropping its sign or point", () => {
    for (const value of [-919845012345, 9198450.12345, -0.5, 1e21, Number.NaN])
      expect(readPhoneText(value)).toBeUndefined();
    expect(readPhoneNumber(-919845012345, international)).toEqual({ raw: "-919845012345", e164: null });
  });

  it("makes such a number an issue on its field, with its path", () => {
    for (const to of [-919845012345, 9198450.12345]) {
      const result = parseCallback(JSON.stringify({ ...cdr, to }), "application/json");
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe("invalid_payload");
      expect(!result.ok && result.error.issues?.map((issue) => issue.path)).toEqual([["to"]]);
    }
  });
});
