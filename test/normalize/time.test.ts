import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOfChecked, dateTimeMs, readTime, readTimeMs, readTimestamp } from "../../src/normalize/time.js";

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

describe("readTime in the canonical UTC form", () => {
  it("rejects 2024-02-30 even in the canonical UTC form", () => {
    expect(readTime("2024-02-30T00:00:00Z")).toBeUndefined();
    expect(readTime("2023-02-29T12:00:00.000Z")).toBeUndefined();
    expect(readTime("2021-04-31T08:00:00Z")).toBeUndefined();
  });

  it("reads the 29th of February in a leap year", () => {
    expect(iso("2024-02-29T12:00:00Z")).toBe("2024-02-29T12:00:00.000Z");
  });

  it("rejects T24:00:00Z in the canonical form, which the native parser rolls over into the next day", () => {
    expect(readTime("2021-06-15T24:00:00Z")).toBeUndefined();
    expect(readTime("2021-12-31T24:00:00.000Z")).toBeUndefined();
  });
});

describe("dateOfChecked", () => {
  it("reads absent values as null", () => {
    expect(dateOfChecked(null)).toBeNull();
    expect(dateOfChecked(undefined)).toBeNull();
  });

  it("reads epochs in seconds and milliseconds", () => {
    expect(dateOfChecked(1573865518)?.toISOString()).toBe("2019-11-16T00:51:58.000Z");
    expect(dateOfChecked(1634720920615)?.toISOString()).toBe("2021-10-20T09:08:40.615Z");
    expect(dateOfChecked(-1)).toBeNull();
  });

  it("reads the canonical UTC form with and without milliseconds", () => {
    expect(dateOfChecked("2021-11-01T08:54:30.000Z")?.toISOString()).toBe("2021-11-01T08:54:30.000Z");
    expect(dateOfChecked("2021-11-01T08:54:30Z")?.toISOString()).toBe("2021-11-01T08:54:30.000Z");
    expect(dateOfChecked("2021-11-01T08:54:30.5Z")?.toISOString()).toBe("2021-11-01T08:54:30.500Z");
  });

  it("reads a date-time without a zone at the given offset, not as the canonical form", () => {
    expect(dateOfChecked("2026-02-24T14:45:15.5", "+05:45")?.toISOString()).toBe("2026-02-24T09:00:15.500Z");
    expect(dateOfChecked("2026-02-24 14:45:15.5", "-03:00")?.toISOString()).toBe("2026-02-24T17:45:15.500Z");
    expect(dateOfChecked("2026-02-24T14:45:15+05:30")?.toISOString()).toBe("2026-02-24T09:15:15.000Z");
  });
});

// Node applies a change of process.env.TZ at once in a child process, not in a worker thread (Stryker's vitest
// runner uses threads): where it cannot change, the zone test cannot show anything and is skipped.
const NEW_YORK = "America/New_York";
const withZone = <T>(zone: string | undefined, run: () => T): T => {
  const before = process.env.TZ;
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
};
const zoneChanges = withZone(NEW_YORK, () => new Date(2026, 0, 1).getTimezoneOffset() === 300);

describe("the default offset is UTC, never the server's zone", () => {
  it.runIf(zoneChanges)("reads a date-time without a zone as UTC when the server runs in New York", () => {
    withZone(NEW_YORK, () => {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(300);
      expect(readTime("2026-02-24 14:45:15")?.toISOString()).toBe("2026-02-24T14:45:15.000Z");
      expect(dateOfChecked("2026-02-24T14:45:15")?.toISOString()).toBe("2026-02-24T14:45:15.000Z");
    });
  });
});

describe("dateOfChecked with a comma fraction", () => {
  it("reads 2026-02-24T14:45:15,5Z as readTime does, not as null", async () => {
    const { dateOfChecked } = await import("../../src/normalize/time.js");
    expect(dateOfChecked("2026-02-24T14:45:15,5Z")?.toISOString()).toBe("2026-02-24T14:45:15.500Z");
    expect(readTime("2026-02-24T14:45:15,5Z")?.toISOString()).toBe("2026-02-24T14:45:15.500Z");
  });
});

describe("readTimeMs on the canonical UTC form (read from its digits)", () => {
  it("agrees with the native parser on every valid date-time", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0100-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59.999Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 3 }),
        (date, fractionDigits) => {
          const full = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
          const text = fractionDigits === 0 ? `${full.slice(0, 19)}Z` : `${full.slice(0, 20 + fractionDigits)}Z`;
          expect(readTimeMs(text)).toBe(Date.parse(text));
        },
      ),
      { seed: 20261121 },
    );
  });

  it("agrees with the native parser with an offset, a space for the T, or no offset (read at the naive one)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0100-01-02T00:00:00Z"),
          max: new Date("9999-12-30T23:59:59.999Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("+", "-"),
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(0, 30, 45),
        fc.boolean(),
        (date, sign, hours, minutes, spaced) => {
          // ±14:00 is the widest offset: past it, callhooks refuses what Date.parse reads.
          const minute = hours === 14 ? 0 : minutes;
          const offset = `${sign}${String(hours).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const local = date.toISOString().slice(0, 23);
          const sent = spaced ? local.replace("T", " ") : local;
          expect(readTimeMs(`${sent}${offset}`)).toBe(Date.parse(`${local}${offset}`));
          expect(readTimeMs(sent, offset)).toBe(Date.parse(`${local}${offset}`));
        },
      ),
      { seed: 20261121 },
    );
  });

  it("scales a short fraction to milliseconds", () => {
    expect(readTimeMs("2021-11-01T08:54:30.5Z")).toBe(Date.parse("2021-11-01T08:54:30.500Z"));
    expect(readTimeMs("2021-11-01T08:54:30.12Z")).toBe(Date.parse("2021-11-01T08:54:30.120Z"));
  });

  it("takes February 29th in leap years only", () => {
    expect(readTimeMs("2024-02-29T00:00:00Z")).toBe(Date.parse("2024-02-29T00:00:00Z"));
    expect(readTimeMs("2000-02-29T00:00:00Z")).toBe(Date.parse("2000-02-29T00:00:00Z"));
    expect(readTimeMs("2023-02-29T00:00:00Z")).toBeUndefined();
    expect(readTimeMs("1900-02-29T00:00:00Z")).toBeUndefined();
  });

  it("rejects what no calendar or clock has", () => {
    for (const text of [
      "2021-00-01T00:00:00Z",
      "2021-13-01T00:00:00Z",
      "2021-04-00T00:00:00Z",
      "2021-04-31T00:00:00Z",
      "2021-04-30T24:00:00Z",
      "2021-04-30T23:60:00Z",
      "2021-04-30T23:59:60Z",
    ]) {
      expect(readTimeMs(text), text).toBeUndefined();
    }
    expect(readTimeMs("2021-04-30T23:59:59Z")).toBe(Date.parse("2021-04-30T23:59:59Z"));
    expect(readTimeMs("2021-12-31T00:00:00Z")).toBe(Date.parse("2021-12-31T00:00:00Z"));
  });

  it("reads an epoch as milliseconds without a Date, up to the largest Date", () => {
    expect(readTimeMs(1573865518)).toBe(1573865518000);
    expect(readTimeMs(8.64e15)).toBe(8.64e15);
    expect(readTimeMs(8.64e15 + 1)).toBeUndefined();
  });
});

describe("readTimestamp (what sentTimestamp keeps)", () => {
  it("keeps an epoch as its number and a date-time as its trimmed text, once checked", () => {
    expect(readTimestamp(" 1573865518 ")).toBe(1573865518);
    expect(readTimestamp("1573865518.5")).toBe(1573865518.5);
    expect(readTimestamp(1634720920615)).toBe(1634720920615);
    expect(readTimestamp(" 2026-02-24 14:45:15 ", "+05:30")).toBe("2026-02-24 14:45:15");
    expect(readTimestamp("2019-11-16T00:51:58Z")).toBe("2019-11-16T00:51:58Z");
  });

  it("refuses what is no time a Date can hold, and reads absent values as null", () => {
    for (const value of ["2021-02-30T00:00:00Z", "yesterday", -1, 9e15, "9000000000000000", {}, true]) {
      expect(readTimestamp(value), String(value)).toBeUndefined();
    }
    for (const value of [undefined, null, "", " null "]) expect(readTimestamp(value)).toBeNull();
  });
});

describe("offsets", () => {
  it("reads offsets up to ±14:00 (UTC+14, Kiribati), with minutes under 60", () => {
    expect(readTimeMs("2021-11-01T08:54:30+14:00")).toBe(Date.parse("2021-11-01T08:54:30+14:00"));
    expect(readTimeMs("2021-11-01T08:54:30-12:00")).toBe(Date.parse("2021-11-01T08:54:30-12:00"));
    expect(readTimeMs("2021-11-01T08:54+05:45")).toBe(Date.parse("2021-11-01T08:54+05:45"));
  });

  it("refuses an offset past ±14:00 or with 60 minutes or more, in every form it may take", () => {
    for (const text of [
      "2021-11-01T08:54:30+99:99",
      "2021-11-01T08:54:30+14:30",
      "2021-11-01T08:54:30-15:00",
      "2021-11-01T08:54:30+05:60",
      "2021-11-01 08:54:30.123+99:00",
      "2021-11-01T08:54+99:00",
      "2021-11-01T08:54:30+9900",
      "2021-11-01T08:54:30-99",
      "2021-11-01T08:54:30,5+24:00",
    ]) {
      expect(readTimeMs(text), text).toBeUndefined();
    }
    expect(readTimeMs("2021-11-01T08:54:30", "+99:00")).toBeUndefined();
  });
});

describe("the date-time digit reader against the regular expressions it replaced", () => {
  // The reference: the pattern the reader stands for and the reader it was before (one regular expression to tell
  // the form, then the digits read), and the epoch pattern. readTimeMs must answer as they would, for any text.
  const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?$/;
  const EPOCH = /^\d+(?:\.\d+)?$/;
  const digitsAt = (text: string, from: number, count: number) => Number(text.slice(from, from + count));
  const offsetOf = (text: string, at: number): number | undefined => {
    const sign = text[at];
    if (sign !== "+" && sign !== "-") return 0;
    const minute = digitsAt(text, at + 4, 2);
    const minutes = digitsAt(text, at + 1, 2) * 60 + minute;
    if (minute > 59 || minutes > 14 * 60) return undefined;
    return sign === "-" ? -minutes : minutes;
  };
  function referenceMs(text: string, naive: string): number | undefined | "other" {
    if (!DATE_TIME.test(text)) return "other";
    const [year, month, day] = [digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)];
    const [hour, minute, second] = [digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2)];
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year);
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
      return undefined;
    }
    let end = text.length;
    let offset: number | undefined;
    if (text.endsWith("Z")) {
      offset = 0;
      end -= 1;
    } else if (end - 6 >= 19 && (text[end - 6] === "+" || text[end - 6] === "-")) {
      offset = offsetOf(text, end - 6);
      end -= 6;
    } else offset = offsetOf(naive, 0);
    if (offset === undefined) return undefined;
    const fraction = end - 20;
    const ms = fraction > 0 ? digitsAt(text, 20, fraction) * 10 ** (3 - fraction) : 0;
    return date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset * 60_000;
  }

  const piece = (values: readonly string[]) => fc.constantFrom(...values);
  const digits = (count: number) => fc.stringMatching(new RegExp(`^[0-9]{${count}}$`));
  // Near misses of every part: a digit for a separator, a part too short or too long, another zone spelling.
  const dateTimeLike = fc
    .tuple(
      fc.oneof(digits(4), piece(["0000", "1969", "2024", "9999", "202", "20245", "2O24"])),
      piece(["-", "-", "-", "/", "1", ""]),
      fc.oneof(digits(2), piece(["00", "02", "12", "13", "1"])),
      piece(["-", "-", "-", "."]),
      fc.oneof(digits(2), piece(["29", "30", "31", "00", "3"])),
      piece(["T", " ", "T", "t", "  ", "_"]),
      fc.oneof(digits(2), piece(["23", "24", "0"])),
      piece([":", ":", ":", "-"]),
      fc.oneof(digits(2), piece(["59", "60"])),
      piece([":", ":", ":", ""]),
      fc.oneof(digits(2), piece(["59", "60", "5"])),
      piece(["", "", ".", ".5", ".12", ".123", ".1234", ",5", ".x"]),
      piece([
        "",
        "Z",
        "z",
        "+05:30",
        "-00:00",
        "+14:00",
        "+14:01",
        "-15:00",
        "+05:60",
        "+0530",
        "+05",
        "+5:30",
        "+05:3x",
        "Zx",
        "+05:30Z",
      ]),
    )
    .map((parts) => parts.join(""));
  const text = fc.oneof(dateTimeLike, fc.string({ maxLength: 32 }), fc.stringMatching(/^[0-9.:TZ+ -]{0,30}$/));
  const naive = piece(["Z", "+05:30", "-03:00", "+14:00"]);

  it("takes the texts the regular expression took, and reads them as the reader before it did", () => {
    fc.assert(
      fc.property(text, naive, (sent, offset) => {
        const reference = referenceMs(sent, offset);
        const read = dateTimeMs(sent, offset);
        if (reference === "other") expect(read).toBeNaN();
        else expect(read).toBe(reference);
      }),
      { seed: 20261121, numRuns: Number(process.env.PROPERTY_RUNS ?? 20_000) },
    );
  });

  it("tells epochs from other text as the epoch pattern does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9.]{0,8}$/), fc.string({ maxLength: 8 })), (sent) => {
        const asEpoch = readTimestamp(sent);
        const trimmed = sent.trim();
        if (EPOCH.test(trimmed)) expect(asEpoch).toBe(readTimestamp(Number(trimmed)));
        else expect(typeof asEpoch === "number").toBe(false);
      }),
      { seed: 20261121, numRuns: Number(process.env.PROPERTY_RUNS ?? 20_000) },
    );
  });
});
