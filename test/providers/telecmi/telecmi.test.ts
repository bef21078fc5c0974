import { describe, expect, it } from "vitest";
import { quoteLeadingZeroNumbers } from "../../../src/decode/json.js";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/telecmi/index.js";
import { fixture, fixtureNames } from "../../helpers/fixtures.js";

/** A number TeleCMI sends as international digits without `+`. */
const intl = (raw: string) => ({ raw, e164: `+${raw}` });

const PROVIDER = "telecmi";

interface Case {
  /** Every normalized field but `raw`. */
  readonly event: Record<string, unknown>;
  /** The keys of `raw` that differ from the JSON sent (numbers read as strings, nested JSON decoded, …). */
  readonly raw: Record<string, unknown>;
}

const ended = (fields: Record<string, unknown>) => ({
  type: "call.ended",
  startedAt: null,
  answeredAt: null,
  endedAt: null,
  recording: null,
  ...fields,
});

const CASES: Record<string, Case> = {
  "cdr-incoming-answered.json": {
    event: ended({
      id: "telecmi:cdr:answered:16132200-57fa-47b5-888d-4ab5b7e631ee",
      callId: "16132200-57fa-47b5-888d-4ab5b7e631ee",
      sessionId: "16132200-57fa-47b5-888d-4ab5b7e631ee",
      leg: null,
      direction: "inbound",
      from: intl("440000000002"),
      to: intl("440000000001"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1634720920615),
      outcome: "completed",
      durationSec: 11,
      hangupCause: "recv_bye",
      recording: { url: null, filename: "1634720915260737218351_2222223.mp3" },
    }),
    raw: { virtual_number: "440000000000", to: "440000000001", from: "440000000002", custom: { key: "value" } },
  },
  "cdr-incoming-missed.json": {
    event: ended({
      id: "telecmi:cdr:missed:4d1f9521-50e5-447d-bf5f-c3292995a727",
      callId: "4d1f9521-50e5-447d-bf5f-c3292995a727",
      sessionId: "4d1f9521-50e5-447d-bf5f-c3292995a727",
      leg: null,
      direction: "inbound",
      from: intl("440000000001"),
      to: null,
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1634721099442),
      outcome: "missed",
      durationSec: 127,
      hangupCause: "recv_bye",
      recording: { url: null, filename: "1634721220656289350027_2222223.mp3" },
    }),
    raw: { virtual_number: "440000000000", from: "440000000001", custom: { crm: "true" } },
  },
  "cdr-incoming-user-missed.json": {
    event: ended({
      id: "telecmi:cdr:missed:e3e26d27-7b42-4679-a8a0-96b7d5e21dc7",
      callId: "e3e26d27-7b42-4679-a8a0-96b7d5e21dc7",
      sessionId: null,
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: intl("919999999999"),
      virtualNumber: null,
      occurredAt: new Date(1650625417426),
      outcome: "missed",
      durationSec: null,
      hangupCause: "recv_cancel",
    }),
    raw: { to: "919999999999", from: "440000000000", custom: { crm: "true" } },
  },
  "cdr-outgoing-answered-leg-a.json": {
    event: ended({
      id: "telecmi:cdr:answered:10ee0eb6-c417-4f5a-b122-bffe28f96eae",
      callId: "10ee0eb6-c417-4f5a-b122-bffe28f96eae",
      sessionId: "c4504776-d91e-123b-29a7-56000429abc3",
      leg: "a",
      direction: "outbound",
      from: null,
      to: intl("442000000000"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650630551178),
      outcome: "completed",
      durationSec: 15,
      hangupCause: "recv_bye",
    }),
    raw: { to: "442000000000", custom: { crm: "true" }, extra_params: { click2call: "true" } },
  },
  "cdr-outgoing-answered-leg-b.json": {
    event: ended({
      id: "telecmi:cdr:answered:0da4f02e-6ece-42e4-989b-1e6766b5a81e",
      callId: "0da4f02e-6ece-42e4-989b-1e6766b5a81e",
      sessionId: "c4504776-d91e-123b-29a7-56000429abc3",
      leg: "b",
      direction: "outbound",
      from: null,
      to: intl("442000000001"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650630551178),
      outcome: "completed",
      durationSec: 6,
      hangupCause: "sent_bye",
      recording: { url: null, filename: "16506305548176941220057791_2222223.mp3" },
    }),
    raw: { to: "442000000001", custom: { crm: "true" }, extra_params: { click2call: "true" } },
  },
  "cdr-outgoing-missed-leg-a.json": {
    event: ended({
      id: "telecmi:cdr:missed:15b58236-734f-4000-a5e8-78284068f5c7",
      callId: "15b58236-734f-4000-a5e8-78284068f5c7",
      sessionId: "c4504776-d91e-123b-29a7-56000429abc3",
      leg: "a",
      direction: "outbound",
      from: null,
      to: intl("442000000000"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650628175336),
      outcome: "missed",
      durationSec: null,
      hangupCause: "recv_cancel",
    }),
    raw: { to: "442000000000", custom: { crm: "true" }, extra_params: { click2call: "true" } },
  },
  "cdr-outgoing-missed-leg-b.json": {
    event: ended({
      id: "telecmi:cdr:missed:7686c396-ecdf-436d-9633-94c307f093e7",
      callId: "7686c396-ecdf-436d-9633-94c307f093e7",
      sessionId: "c4504776-d91e-123b-29a7-56000429abc3",
      leg: "b",
      direction: "outbound",
      from: null,
      to: intl("442000000001"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650628237610),
      outcome: "missed",
      durationSec: null,
      hangupCause: "sent_reject",
    }),
    raw: { to: "442000000001", custom: { crm: "true" }, extra_params: { click2call: "true" } },
  },
  "chub-india-cdr-incoming-answered.json": {
    event: ended({
      id: "telecmi:cdr:answered:dbff2a12-5ea0-4303-908d-72a2e216e74a",
      callId: "dbff2a12-5ea0-4303-908d-72a2e216e74a",
      sessionId: null,
      leg: null,
      direction: "inbound",
      from: intl("9200000000"),
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1570114729565),
      outcome: "completed",
      durationSec: 117,
      hangupCause: null,
      recording: { url: null, filename: "15700950846189478332012_1111113.mp3" },
    }),
    raw: { to: "9100000000", from: "9200000000", record: true },
  },
  "chub-india-cdr-incoming-missed.json": {
    event: ended({
      id: "telecmi:cdr:missed:5f0fc753-064f-4c58-82d3-ce62f294fad3",
      callId: "5f0fc753-064f-4c58-82d3-ce62f294fad3",
      sessionId: null,
      leg: null,
      direction: "inbound",
      from: intl("9110000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1570114018000),
      outcome: "missed",
      durationSec: 119,
      hangupCause: null,
      recording: { url: null, filename: "157009452516312171051293_919677551234.mp3" },
    }),
    raw: { from: "9110000000", voicemail: true },
  },
  "chub-india-cdr-outgoing-answered.json": {
    event: ended({
      id: "telecmi:cdr:answered:760df326-7f03-4b5d-b573-278dec867f13",
      callId: "760df326-7f03-4b5d-b573-278dec867f13",
      sessionId: null,
      leg: null,
      direction: "outbound",
      from: null,
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1570184401056),
      outcome: "completed",
      durationSec: 13,
      hangupCause: null,
      recording: { url: null, filename: "157018440105699392452463833_1111113.mp3" },
    }),
    raw: { to: "9100000000", click_to_call: true, record: true },
  },
  "chub-india-cdr-outgoing-missed.json": {
    event: ended({
      id: "telecmi:cdr:missed:deb11aa1-4c19-44a6-bb0e-3348007b757a",
      callId: "deb11aa1-4c19-44a6-bb0e-3348007b757a",
      sessionId: null,
      leg: null,
      direction: "outbound",
      from: null,
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1570184113597),
      outcome: "missed",
      durationSec: null,
      hangupCause: null,
    }),
    raw: { to: "9100000000", click_to_call: true },
  },
  "chub-india-cdr-outgoing-missed-boolean.json": {
    event: ended({
      id: "telecmi:cdr:missed:deb11aa1-4c19-44a6-bb0e-3348007b757a",
      callId: "deb11aa1-4c19-44a6-bb0e-3348007b757a",
      sessionId: null,
      leg: null,
      direction: "outbound",
      from: null,
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1570184113597),
      outcome: "missed",
      durationSec: null,
      hangupCause: null,
    }),
    raw: { to: "9100000000" },
  },
  "event-incoming-waiting.json": {
    event: {
      type: "call.ringing",
      id: "telecmi:event:waiting:5202a928-07c3-4d32-a1a4-d304c9275971",
      callId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      sessionId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      leg: null,
      direction: "inbound",
      from: intl("440000000000"),
      to: intl("440000000001"),
      virtualNumber: null,
      occurredAt: new Date(1634724624830),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-answered-leg-a.json": {
    event: {
      type: "call.answered",
      id: "telecmi:event:answered:5202a928-07c3-4d32-a1a4-d304c9275971",
      callId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      sessionId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      leg: null,
      direction: "inbound",
      from: intl("440000000000"),
      to: intl("440000000001"),
      virtualNumber: null,
      occurredAt: new Date(1634724624830),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-started-leg-b.json": {
    // Leg B of an incoming call says "outbound" (notes §4.6.6): it is a user's phone ringing.
    event: {
      type: "call.ringing",
      id: "telecmi:event:started:f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      callId: "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      sessionId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1634724629956),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-answered-leg-b.json": {
    event: {
      type: "call.answered",
      id: "telecmi:event:answered:f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      callId: "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      sessionId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1634724629956),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-hangup-leg-b.json": {
    event: ended({
      id: "telecmi:event:hangup:f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      callId: "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      sessionId: "5202a928-07c3-4d32-a1a4-d304c9275971",
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1634724629956),
      outcome: "unknown",
      durationSec: null,
      endedAt: new Date(1634724629956),
      hangupCause: null,
    }),
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-hangup.json": {
    event: ended({
      id: "telecmi:event:hangup:7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      callId: "7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      sessionId: "7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      leg: null,
      direction: "inbound",
      from: intl("9100000000"),
      to: intl("4461000000"),
      virtualNumber: null,
      occurredAt: new Date(1571122005000),
      outcome: "unknown",
      durationSec: null,
      endedAt: new Date(1571122005000),
      hangupCause: null,
    }),
    raw: {},
  },
  ...outgoingLiveCases(),
  "chub-india-event-outgoing-started.json": {
    event: {
      type: "call.initiated",
      id: "telecmi:event:started:d965c6e0-5493-44f8-8d7d-b9a8077013a4",
      callId: "d965c6e0-5493-44f8-8d7d-b9a8077013a4",
      sessionId: "d965c6e0-5493-44f8-8d7d-b9a8077013a4",
      leg: "a",
      direction: "outbound",
      // The doc prints `"callerid": 04471000000`: the leading zero survives, and with no region known the
      // national number has no E.164 form.
      from: { raw: "04471000000", e164: null },
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1571122196059),
    },
    raw: { to: "9100000000", click_to_call: true },
  },
  ...legacyCases(),
};

function outgoingLiveCases(): Record<string, Case> {
  const cases: Record<string, Case> = {};
  const legs = { a: "ccd826f9-67a4-4467-acfb-a53093ff5c9d", b: "81b3d612-3473-4ac3-ba6e-030ee508036f" } as const;
  // https://doc.telecmi.com/chub/docs/live-outgoing-out-hangup: every sample of both legs has the same time.
  const time = 1650635340436;
  for (const status of ["started", "answered", "hangup"] as const) {
    for (const leg of ["a", "b"] as const) {
      const occurredAt = new Date(time);
      const base = {
        id: `telecmi:event:${status}:${legs[leg]}`,
        callId: legs[leg],
        sessionId: "ccd826f9-67a4-4467-acfb-a53093ff5c9d",
        leg,
        direction: "outbound",
        from: intl("442000000000"),
        to: intl("442000000001"),
        virtualNumber: null,
        occurredAt,
      };
      cases[`event-outgoing-${status}-leg-${leg}.json`] = {
        event:
          status === "hangup"
            ? ended({ ...base, outcome: "unknown", durationSec: null, endedAt: occurredAt, hangupCause: null })
            : { ...base, type: status === "started" ? "call.initiated" : "call.answered" },
        raw: { custom: { crm: "true" }, extra_params: { click2call: "true" } },
      };
    }
  }
  return cases;
}

function legacyCases(): Record<string, Case> {
  // https://github.com/murugancmi/telecmi-webhooks (live_event.md, README.md): one id for every sample.
  const uid = "127c1480-ce5d-480a-a593";
  const inbound = {
    callId: uid,
    sessionId: null,
    leg: null,
    direction: "inbound",
    from: intl("1401003355"),
    // The sample prints `to:044989889899`: a national number with its trunk zero, no E.164 without a region.
    to: { raw: "044989889899", e164: null },
    virtualNumber: null,
  };
  const outbound = {
    callId: uid,
    sessionId: uid,
    leg: null,
    direction: "outbound",
    from: intl("1401003355"),
    to: intl("9421234567"),
    virtualNumber: null,
    occurredAt: new Date(1553763981000),
  };
  return {
    "legacy-waiting.json": {
      event: {
        ...inbound,
        type: "call.ringing",
        id: `telecmi:legacy:waiting:${uid}`,
        occurredAt: new Date(1553763981000),
      },
      raw: { from: "1401003355", to: "044989889899" },
    },
    "legacy-waiting-untyped.json": {
      // The first revision of the same sample: no `type`, and `name: 'unknown'`.
      event: {
        ...inbound,
        type: "call.ringing",
        id: `telecmi:legacy:waiting:${uid}`,
        occurredAt: new Date(1553763981000),
      },
      raw: { from: "1401003355", to: "044989889899" },
    },
    "legacy-answered.json": {
      event: {
        ...inbound,
        type: "call.answered",
        id: `telecmi:legacy:answered:${uid}`,
        occurredAt: new Date(1553763981001),
      },
      raw: { from: "1401003355", to: "044989889899" },
    },
    "legacy-ringing.json": {
      // The oldest shape's `ringing` is an outgoing call being placed; it maps to call.ringing.
      event: { ...outbound, type: "call.ringing", id: `telecmi:legacy:ringing:${uid}` },
      raw: { from: "1401003355", to: "9421234567" },
    },
    "legacy-hangup.json": {
      event: ended({
        ...outbound,
        id: `telecmi:legacy:hangup:${uid}`,
        outcome: "unknown",
        durationSec: null,
        endedAt: new Date(1553763981000),
        hangupCause: null,
      }),
      raw: { from: "1401003355", to: "9421234567" },
    },
    "legacy-missed.json": {
      event: ended({
        ...inbound,
        to: null,
        id: `telecmi:legacy:missed:${uid}`,
        occurredAt: new Date(1553763981000),
        outcome: "missed",
        durationSec: 143,
        hangupCause: null,
        recording: { url: null, filename: "15537387809818359948791.mp3" },
      }),
      raw: { from: "1401003355" },
    },
  };
}

/** The fixture as callhooks reads it: some doc samples print numbers with a leading zero (`04471000000`). */
function sentRecord(name: string): Record<string, unknown> {
  const { text } = fixture(PROVIDER, name);
  return JSON.parse(quoteLeadingZeroNumbers(text) ?? text) as Record<string, unknown>;
}

describe("TeleCMI fixtures", () => {
  it("has a case for every fixture file", () => {
    expect(Object.keys(CASES).sort()).toEqual(fixtureNames(PROVIDER));
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`parses ${name} into the whole normalized event`, () => {
      const delivery = fixture(PROVIDER, name);
      const sent = sentRecord(name);
      const want = { ok: true, event: { provider: PROVIDER, ...expected.event, raw: { ...sent, ...expected.raw } } };
      expect(parse(delivery.body, delivery.contentType)).toEqual(want);
      // The root entry detects the provider and gives the same event.
      expect(parseCallback(delivery.body, delivery.contentType)).toEqual(want);
    });
  }
});
