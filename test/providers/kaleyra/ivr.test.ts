import { describe, expect, it } from "vitest";
import { listenReply } from "../../../src/cli/listen-reply.js";
import type { ParseOptions } from "../../../src/options.js";
import { kaleyra } from "../../../src/providers/kaleyra/definition.js";
import { parse } from "../../../src/providers/kaleyra/index.js";
import { fixture } from "../../helpers/fixtures.js";

// The legacy IVR callback URLs (docs/providers/kaleyra.md#ivr-callbacks), and the quirks they bring.

const run = (query: string, extra: ParseOptions = {}) => parse(null, null, { provider: "kaleyra", query, ...extra });
const keypressQuery = fixture("kaleyra", "ivr-keypress.query").text;
const endQuery = fixture("kaleyra", "ivr-call-end.query").text;

describe("Kaleyra IVR {calltime}: dd/mm/yyyy hh:mm AM, India time (#naive-ist-times)", () => {
  const at = (calltime: string) => {
    const result = run(keypressQuery.replace(/calltime=[^&]*/, `calltime=${encodeURIComponent(calltime)}`));
    return result.ok ? result.event.occurredAt?.toISOString() : result.error.message;
  };

  it("reads the documented form at +05:30, 12 AM as midnight and 12 PM as noon", () => {
    expect(at("24/06/2019 10:30 AM")).toBe("2019-06-24T05:00:00.000Z");
    expect(at("24/06/2019 10:30 PM")).toBe("2019-06-24T17:00:00.000Z");
    expect(at("24/06/2019 12:05 AM")).toBe("2019-06-23T18:35:00.000Z");
    expect(at("24/06/2019 12:05 PM")).toBe("2019-06-24T06:35:00.000Z");
  });

  it("reads one-digit days, months and hours, lower case, dots, seconds and a 24-hour clock", () => {
    expect(at("1/2/2019 9:05 pm")).toBe("2019-02-01T15:35:00.000Z");
    expect(at("01/02/2019 09:05:30 a.m.")).toBe("2019-02-01T03:35:30.000Z");
    expect(at(" 24/06/2019 22:30 ")).toBe("2019-06-24T17:00:00.000Z");
    expect(at("24/06/2019 00:30")).toBe("2019-06-23T19:00:00.000Z");
  });

  it("reads an epoch and an ISO date-time too, zone-less ones at +05:30", () => {
    expect(at("1561352400")).toBe("2019-06-24T05:00:00.000Z");
    expect(at("2019-06-24 10:30:00")).toBe("2019-06-24T05:00:00.000Z");
  });

  it.each([
    "31/02/2019 10:30 AM",
    "24/13/2019 10:30 AM",
    "24/06/2019 13:30 PM",
    "24/06/2019 00:30 AM",
    "24/06/2019 24:30",
    "24/06/2019 10:61 AM",
    "24/06/20199 10:30 AM",
    "06/24/2019 10:30 AM",
    "24/06/2019",
  ])("refuses %s, naming the format", (calltime) => {
    expect(at(calltime)).toBe(
      "This Kaleyra ivr_keypress callback is not valid: calltime must be a date-time (dd/mm/yyyy hh:mm AM, India time, or ISO-8601) or an epoch, got a string. See error.issues; check that the whole body reached callhooks, unaltered.",
    );
  });

  it("reads an unsubstituted {calltime} and an empty one as absent", () => {
    expect(at("{calltime}")).toBeUndefined();
    expect(at("")).toBeUndefined();
  });
});

describe("Kaleyra IVR numbers: 10-digit Indian national numbers (#ten-digit-numbers)", () => {
  it("reads them as India's unless options.defaultCountry says otherwise", () => {
    const india = run(keypressQuery);
    expect(india.ok && [india.event.from?.e164, india.event.to?.e164]).toEqual(["+918800000000", "+918000000000"]);
    const other = run(keypressQuery.replace("caller=8800000000", "caller=0390085900"), { defaultCountry: "AU" });
    expect(other.ok && other.event.from).toEqual({ raw: "0390085900", e164: "+61390085900" });
  });

  it("reads a number sent with 91 or + as the same number", () => {
    for (const caller of ["918800000000", "%2B918800000000", "08800000000"]) {
      const result = run(keypressQuery.replace("caller=8800000000", `caller=${caller}`));
      expect(result.ok && result.event.from?.e164, caller).toBe("+918800000000");
    }
  });
});

describe("Kaleyra ivr_keypress", () => {
  it("keeps the digits as keyed: leading zeros, * and #", () => {
    for (const keyed of ["0042", "*1#", "7"]) {
      const result = run(keypressQuery.replace("keypress=1234", `keypress=${encodeURIComponent(keyed)}`));
      expect(result.ok && result.event.type === "call.dtmf" && result.event.digits).toBe(keyed);
    }
  });

  it.each([
    ["absent", keypressQuery.replace("&keypress=1234", "")],
    ["empty", keypressQuery.replace("keypress=1234", "keypress=")],
    ["an unsubstituted {keypress}", keypressQuery.replace("keypress=1234", "keypress=%7Bkeypress%7D")],
  ])("refuses a keypress callback whose digits are %s", (_, query) => {
    expect(run(query)).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", provider: "kaleyra", issues: [{ path: ["keypress"] }] },
    });
  });

  it("gives two keypresses of one call different ids when the digits or the time differ", () => {
    const withId = `${keypressQuery}&id=77`;
    const ids = [withId, withId.replace("keypress=1234", "keypress=4321"), withId.replace("10%3A30", "10%3A31")].map(
      (query) => {
        const result = run(query);
        return result.ok ? result.event.id : query;
      },
    );
    expect(ids).toEqual([
      "kaleyra:ivr_keypress:77:1234:24/06/2019 10%3A30 AM",
      "kaleyra:ivr_keypress:77:4321:24/06/2019 10%3A30 AM",
      "kaleyra:ivr_keypress:77:1234:24/06/2019 10%3A31 AM",
    ]);
  });
});

describe("Kaleyra ivr_call_end", () => {
  const ended = (query: string) => {
    const result = run(query);
    return result.ok && result.event.type === "call.ended" ? result.event : undefined;
  };

  it("takes the outcome from status, else status1 (the IVR doc sends {status1} as status)", () => {
    const docKeys = ended(endQuery.replace("status1=ANSWER", "status=IVR-ANSWER"));
    expect([docKeys?.outcome, docKeys?.hangupCause]).toEqual(["completed", "IVR-ANSWER"]);
    const both = ended(endQuery.replace("status1=ANSWER", "status1=ANSWER&status=MISWIG"));
    expect([both?.outcome, both?.hangupCause]).toEqual(["missed", "MISWIG"]);
    const neither = ended(endQuery.replace("&status1=ANSWER", ""));
    expect([neither?.outcome, neither?.hangupCause]).toEqual(["unknown", null]);
  });

  it("takes billsec as the duration where sent, else duration", () => {
    expect(ended(`${endQuery}&billsec=20`)?.durationSec).toBe(20);
    expect(ended(endQuery)?.durationSec).toBe(35);
  });

  it("reads starttime/endtime where the template sends them, else starts at {calltime}", () => {
    const times = ended(`${endQuery}&starttime=1561352400&endtime=1561352435&billsec=30`);
    expect([times?.startedAt?.getTime(), times?.endedAt?.getTime(), times?.occurredAt?.getTime()]).toEqual([
      1561352400000, 1561352435000, 1561352435000,
    ]);
    expect(times?.answeredAt?.getTime()).toBe(1561352405000);
    const calltime = ended(`${endQuery}&calltime=24%2F06%2F2019%2010%3A30%20AM`);
    expect(calltime?.startedAt?.toISOString()).toBe("2019-06-24T05:00:00.000Z");
  });

  it("is inbound, and reads callto as the virtual number", () => {
    const event = ended(`${endQuery}&callto=8000000000`);
    expect([event?.direction, event?.to?.e164, event?.virtualNumber?.e164]).toEqual([
      "inbound",
      "+918000000000",
      "+918000000000",
    ]);
  });
});

describe("Kaleyra IVR lookups wait for a reply (#ivr-lookup-reply)", () => {
  it("callhooks listen answers ivr_lookup and ivr_keypress with 400, the end of call with an empty 200", () => {
    const reply = (name: string) => {
      const delivery = fixture("kaleyra", name);
      const result = parse(null, null, { provider: "kaleyra", query: delivery.text });
      return result.ok ? listenReply(result.event) : result.error.message;
    };
    expect(reply("ivr-lookup.query")).toEqual({ contentType: "text/plain", body: "400" });
    expect(reply("ivr-keypress.query")).toEqual({ contentType: "text/plain", body: "400" });
    expect(reply("ivr-call-end.query")).toBeNull();
    expect(reply("call-end.query")).toBeNull();
    expect(kaleyra.shapes.ivr_lookup.defaultReply).toBe(kaleyra.shapes.ivr_keypress.defaultReply);
  });
});
