import { describe, expect, it } from "vitest";
import { isAbsent } from "../../src/normalize/absent.js";

describe("isAbsent", () => {
  it("reads padded null markers longer than eight characters as absent", () => {
    expect(isAbsent("     null")).toBe(true);
    expect(isAbsent("null     ")).toBe(true);
    expect(isAbsent("\t\t\t\t\tNULL")).toBe(true);
    expect(isAbsent("Null\n\n\n\n\n")).toBe(true);
    expect(isAbsent("          ")).toBe(true);
  });

  it("reads short markers with or without padding as absent", () => {
    for (const value of ["", " ", "null", "NULL", "Null", " null ", undefined, null])
      expect(isAbsent(value)).toBe(true);
  });

  it("reads long unpadded strings and other spellings as present", () => {
    for (const value of ["nullnulls", "anonymous", "nil", "nUll", " 0 ", "undefined", 0, false, {}]) {
      expect(isAbsent(value)).toBe(false);
    }
  });
});
