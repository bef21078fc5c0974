import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/telecmi/index.js";
import { fixture, fixtureNames, sentJson } from "../../helpers/fixtures.js";

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
      id: "telecmi:cdr:missed:3b9e7d21-5c4a-4f08-a1e6-9d2c7b5f4e13",
      callId: "3b9e7d21-5c4a-4f08-a1e6-9d2c7b5f4e13",
      sessionId: "f2a81c3e-d934-123b-29a7-56000429abc3",
      leg: "a",
      direction: "outbound",
      from: null,
      to: intl("442000000000"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650632814507),
      outcome: "missed",
      durationSec: null,
      hangupCause: "recv_bye",
    }),
    raw: { to: "442000000000", custom: { crm: "true" }, extra_params: { click2call: "true" } },
  },
  "cdr-outgoing-missed-leg-b.json": {
    event: ended({
      id: "telecmi:cdr:missed:8e4c1a90-2d7f-4b35-86c9-0f1e3a7d5b62",
      callId: "8e4c1a90-2d7f-4b35-86c9-0f1e3a7d5b62",
      sessionId: "f2a81c3e-d934-123b-29a7-56000429abc3",
      leg: "b",
      direction: "outbound",
      from: null,
      to: intl("442000000001"),
      virtualNumber: intl("440000000000"),
      occurredAt: new Date(1650632814507),
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
      id: "telecmi:event:waiting:5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      callId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      sessionId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
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
      id: "telecmi:event:answered:5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      callId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      sessionId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      leg: null,
      direction: "inbound",
      from: intl("440000000000"),
      to: intl("440000000001"),
      virtualNumber: null,
      occurredAt: new Date(1634724636240),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-started-leg-b.json": {
    // Leg B of an incoming call says "outbound" (notes §4.6.6): it is a user's phone ringing.
    event: {
      type: "call.ringing",
      id: "telecmi:event:started:f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      callId: "f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      sessionId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
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
      id: "telecmi:event:answered:f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      callId: "f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      sessionId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1634724636218),
    },
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-hangup-leg-b.json": {
    event: ended({
      id: "telecmi:event:hangup:f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      callId: "f4c65be7-0a9d-4e2c-8b13-6d5f27c94e80",
      sessionId: "5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5",
      leg: "b",
      direction: "inbound",
      from: intl("440000000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1634724701733),
      outcome: "unknown",
      durationSec: null,
      endedAt: new Date(1634724701733),
      hangupCause: null,
    }),
    raw: { custom: { crm: "true" } },
  },
  "event-incoming-hangup.json": {
    event: ended({
      id: "telecmi:event:hangup:7bf5fbab-91c4-4f3a-a6d2-0e7b58c1d934",
      callId: "7bf5fbab-91c4-4f3a-a6d2-0e7b58c1d934",
      sessionId: "7bf5fbab-91c4-4f3a-a6d2-0e7b58c1d934",
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
      id: "telecmi:event:started:d965c6e0-5b2f-4c81-9e3a-7f14c0b2d6a8",
      callId: "d965c6e0-5b2f-4c81-9e3a-7f14c0b2d6a8",
      sessionId: "d965c6e0-5b2f-4c81-9e3a-7f14c0b2d6a8",
      leg: "a",
      direction: "outbound",
      // The doc prints `"callerid": 04471000000`: the leading zero survives, and with no region known the
      // national number has no E.164 form.
      from: { raw: "04471000000", e164: null },
      to: intl("9100000000"),
      virtualNumber: null,
      occurredAt: new Date(1571122196059),
    },
    raw: {},
  },
  ...legacyCases(),
};

function outgoingLiveCases(): Record<string, Case> {
  const cases: Record<string, Case> = {};
  const legs = { a: "ccd826f9-67a4-4467-acfb-a53093ff5c9d", b: "81b3d612-3473-4ac3-ba6e-030ee508036f" } as const;
  const times = {
    started: { a: 1650635340436, b: 1650635340436 },
    answered: { a: 1650635340436, b: 1650635340436 },
    hangup: { a: 1650635371902, b: 1650635371895 },
  } as const;
  for (const status of ["started", "answered", "hangup"] as const) {
    for (const leg of ["a", "b"] as const) {
      const occurredAt = new Date(times[status][leg]);
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
  const inbound = {
    sessionId: "4e8b2d17-a3c6-4f09-b5d2",
    callId: "4e8b2d17-a3c6-4f09-b5d2",
    leg: null,
    direction: "inbound",
    from: intl("9421234567"),
    to: intl("44989889899"),
    virtualNumber: null,
  };
  const numbers = { from: "9421234567", to: "44989889899" };
  return {
    "legacy-waiting.json": {
      event: {
        ...inbound,
        type: "call.ringing",
        id: "telecmi:legacy:waiting:4e8b2d17-a3c6-4f09-b5d2",
        occurredAt: new Date(1553764102000),
      },
      raw: numbers,
    },
    "legacy-answered.json": {
      event: {
        ...inbound,
        type: "call.answered",
        id: "telecmi:legacy:answered:4e8b2d17-a3c6-4f09-b5d2",
        occurredAt: new Date(1553764109000),
      },
      raw: numbers,
    },
    "legacy-hangup.json": {
      event: ended({
        ...inbound,
        id: "telecmi:legacy:hangup:4e8b2d17-a3c6-4f09-b5d2",
        occurredAt: new Date(1553764187000),
        outcome: "unknown",
        durationSec: null,
        endedAt: new Date(1553764187000),
        hangupCause: null,
      }),
      raw: numbers,
    },
    "legacy-missed.json": {
      event: ended({
        ...inbound,
        id: "telecmi:legacy:missed:9d05f3a8-61be-4c72-8e1f",
        callId: "9d05f3a8-61be-4c72-8e1f",
        sessionId: "9d05f3a8-61be-4c72-8e1f",
        occurredAt: new Date(1553764420000),
        outcome: "missed",
        durationSec: null,
        hangupCause: null,
      }),
      raw: numbers,
    },
    "legacy-ringing.json": {
      // The oldest shape's `ringing` is an outgoing call being placed (notes §4.4); the contract maps it to ringing.
      event: {
        type: "call.ringing",
        id: "telecmi:legacy:ringing:127c1480-ce5d-480a-a593",
        callId: "127c1480-ce5d-480a-a593",
        sessionId: "127c1480-ce5d-480a-a593",
        leg: null,
        direction: "outbound",
        from: intl("1401003355"),
        to: intl("9421234567"),
        virtualNumber: null,
        occurredAt: new Date(1553763981000),
      },
      raw: { from: "1401003355", to: "9421234567" },
    },
  };
}

const INVALID_JSON_FIXTURE = "chub-india-event-outgoing-started.json";

describe("TeleCMI fixtures", () => {
  it("has a case for every fixture file", () => {
    expect(Object.keys(CASES).sort()).toEqual(fixtureNames(PROVIDER));
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`parses ${name} into the whole normalized event`, () => {
      const delivery = fixture(PROVIDER, name);
      const sent =
        name === INVALID_JSON_FIXTURE
          ? {
              leg: "a",
              type: "event",
              click_to_call: true,
              user: "109_1111113",
              cmiuuid: "d965c6e0-5b2f-4c81-9e3a-7f14c0b2d6a8",
              direction: "outbound",
              callerid: "04471000000",
              app_id: 1111113,
              time: 1571122196059,
              status: "started",
              to: "9100000000",
              conversation_uuid: "d965c6e0-5b2f-4c81-9e3a-7f14c0b2d6a8",
            }
          : sentJson(PROVIDER, name);
      const want = { ok: true, event: { provider: PROVIDER, ...expected.event, raw: { ...sent, ...expected.raw } } };
      expect(parse(delivery.body, delivery.contentType)).toEqual(want);
      // The root entry detects the provider and gives the same event.
      expect(parseCallback(delivery.body, delivery.contentType)).toEqual(want);
    });
  }
});
