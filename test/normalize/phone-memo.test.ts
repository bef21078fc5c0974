import { describe, expect, it, vi } from "vitest";
import { parseCallback } from "../../src/index.js";
import { readPhoneNumber } from "../../src/normalize/phone.js";
import { PHONE_PLANS } from "../../src/normalize/phone-plans-all.js";
import { fixture } from "../helpers/fixtures.js";

// What reaches the numbering-plan reader (3–4 µs a number) and the memo of its answers: only what can be a phone
// number, and a bounded number of entries.
const parse = vi.spyOn(PHONE_PLANS, "parse");

const au = { international: false, region: "AU" };
const callsFor = (read: () => unknown): number => {
  const before = parse.mock.calls.length;
  read();
  return parse.mock.calls.length - before;
};

describe("the phone-number memo", () => {
  it("sends a value too long to be a phone number neither to the reader nor to the memo", () => {
    const digits = "3".repeat(300_000);
    expect(callsFor(() => expect(readPhoneNumber(digits, au)).toEqual({ raw: digits, e164: null }))).toBe(0);
    expect(callsFor(() => readPhoneNumber(`0${"3".repeat(17)}`, au))).toBe(0); // 18 digits
    expect(callsFor(() => readPhoneNumber(`(03) 9008 5900${" ".repeat(30)}x`, au))).toBe(0); // 33 characters
    expect(callsFor(() => readPhoneNumber("0390085900", au))).toBeGreaterThan(0);
  });

  it("does so for a URL Networks delivery with a 300 kB caller id", () => {
    const ringing = fixture("urlnetworks", "incoming-ringing.form").text;
    const body = ringing.replace(/(^|&)from=[^&]*/, `$1from=${"9".repeat(300_000)}`);
    parseCallback(ringing, "application/x-www-form-urlencoded"); // its other numbers (the DID) remembered
    let result: ReturnType<typeof parseCallback> | undefined;
    expect(callsFor(() => (result = parseCallback(body, "application/x-www-form-urlencoded")))).toBe(0);
    expect(result?.ok && result.event.from?.e164).toBeNull();
  });

  it("remembers an answer, and holds a bounded number of them (the oldest go first)", () => {
    const first = "0390000000";
    readPhoneNumber(first, au);
    expect(callsFor(() => readPhoneNumber(first, au))).toBe(0);
    for (let n = 1; n <= 5000; n++) readPhoneNumber(`039${String(n).padStart(7, "0")}`, au);
    expect(callsFor(() => readPhoneNumber("0390005000", au))).toBe(0);
    expect(callsFor(() => readPhoneNumber(first, au))).toBeGreaterThan(0);
  });
});
