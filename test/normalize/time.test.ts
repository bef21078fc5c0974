import { describe, expect, it } from "vitest";
import { readTime } from "../../src/normalize/time.js";

const iso = (value: unknown, offset?: string) =>
  (offset === undefined ? readTime(value) : readTime(value, offset))?.toISOString();

describe("readTime", () => {
  it("reads ISO-8601 UTC with and without milliseconds", () => {
    expect(iso("2021-11-01T08:57:01.222Z")).toBe("2021-11-01T08:57:01.222Z");
    expect(iso("2019-10-16T08:12:01Z")).toBe("2019-10-16T08:12:01.000Z");
  });

  it("reads ISO-8601 with an offset", () => {
    expect(iso("2026-02-24T14:45:15+05:30")).toBe("2026-02-24T09:15:15.000Z");
    expect(iso("2026-02-24T14:45:15.5-0100")).toBe("2026-02-24T15:45:15.500Z");
  });

  it("reads a date-time without an offset at the given offset, never the server's zone", () => {
    expect(iso("2026-02-24 14:45:15")).toBe("2026-02-24T14:45:15.000Z");
    expect(iso("2026-02-24 14:45:15", "+05:30")).toBe("2026-02-24T09:15:15.000Z");
  });

  it("treats a 13-digit epoch as milliseconds and a 10-digit one as seconds", () => {
    expect(iso(1634720920615)).toBe("2021-10-20T09:08:40.615Z");
    expect(iso("1634720920615")).toBe("2021-10-20T09:08:40.615Z");
    expect(iso(1573865518)).toBe("2019-11-16T00:51:58.000Z");
    expect(iso(" 1573865518 ")).toBe("2019-11-16T00:51:58.000Z");
  });

  it("reads absent values as null", () => {
    for (const value of [undefined, null, "", " ", "null"]) expect(readTime(value)).toBeNull();
  });

  it("rejects what is not a timestamp", () => {
    for (const value of [
      "yesterday",
      "2021-13-01T00:00:00Z",
      "2021-02-30T00:00:00Z",
      -1,
      Number.NaN,
      Infinity,
      1e20,
      true,
      {},
      "12:00",
    ]) {
      expect(readTime(value)).toBeUndefined();
    }
  });
});

describe("readTime without an offset", () => {
  it("reads a date alone as midnight at the given offset, whatever the server's zone", () => {
    expect(iso("2026-02-24")).toBe("2026-02-24T00:00:00.000Z");
    expect(iso("2026-02-24", "+05:30")).toBe("2026-02-23T18:30:00.000Z");
  });
});
