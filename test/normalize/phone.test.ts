import { describe, expect, it } from "vitest";
import { readPhoneNumber } from "../../src/normalize/phone.js";

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
