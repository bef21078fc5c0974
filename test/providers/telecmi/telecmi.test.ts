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
    // Leg B of an incoming call says "outbound" (docs/providers/telecmi.md#leg-b-direction): a user's phone ringing.
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
  "chub-india-event-incoming-started-leg-b.json": {
    // The page titled "Outgoing Started" is an incoming call reaching an agent's phone: no `leg`, no click-to-call
    // key, and a conversation that is another leg's make it leg B of an inbound call, ringing.
    event: {
      type: "call.ringing",
      id: "telecmi:event:started:93fa1889-61a5-4d03-b12d-d78ede2cf1ee",
      callId: "93fa1889-61a5-4d03-b12d-d78ede2cf1ee",
      sessionId: "7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      leg: "b",
      direction: "inbound",
      from: intl("9100000000"),
      to: null,
      virtualNumber: null,
      occurredAt: new Date(1571122016617),
    },
    raw: { from: "9100000000" },
  },
  ...legacyCases(),
  ...piopiyLiveCases(),
  ...piopiyCdrCases(),
  ...piopiyRequestCases(),
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
        id: `telecmi:legacy-cdr:missed:${uid}`,
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

function piopiyLiveCases(): Record<string, Case> {
  // An outbound call's conversation is its request id, a 43-character token, not a UUID.
  const request = "GQqYoKtV3Tn25SVqbWwdzPkNwMBo9hhLwWadm9N71N5";
  const legA = "ee6a7a9b-78ea-4693-9e77-5fc085567b2f";
  const legB = "ade4153c-d8bd-4a62-bd6d-30774e0aa30a";
  const outbound = (leg: "a" | "b") => ({
    callId: leg === "a" ? legA : legB,
    sessionId: request,
    leg,
    direction: "outbound",
    from: intl("440000000000"),
    to: intl(leg === "a" ? "19170000000" : "19170000001"),
    virtualNumber: intl("440000000000"),
    occurredAt: new Date(leg === "a" ? 1725942871456 : 1725942893683),
  });
  const outboundRaw = (leg: "a" | "b") => ({
    callerid: "440000000000",
    from: "440000000000",
    to: leg === "a" ? "19170000000" : "19170000001",
    vn: "440000000000",
    extra_params: { key: "value" },
  });
  const india = {
    callId: "f3abcdb7-276e-4219-9358-7a03da88690a",
    sessionId: "f3abcdb7-276e-4219-9358-7a03da88690a",
    leg: "a",
    direction: "inbound",
    from: intl("9100000000"),
    to: intl("4461000000"),
    virtualNumber: null,
    occurredAt: new Date(1571041441000),
  };
  const indiaOut = (id: string, to: string, time: number) => ({
    callId: id,
    sessionId: id,
    leg: "a",
    direction: "outbound",
    from: intl("4471000000"),
    to: intl(to),
    virtualNumber: intl("4471000000"),
    occurredAt: new Date(time),
  });
  return {
    "piopiy-live-in-answered.json": {
      // `extra_params` on an inbound call, and not JSON: kept as the string sent, and no mark of an outbound call.
      event: {
        type: "call.answered",
        id: "telecmi:piopiy-event:in_answered:a39e868b-a221-48db-ab5e-401147a5c619",
        callId: "a39e868b-a221-48db-ab5e-401147a5c619",
        sessionId: "a39e868b-a221-48db-ab5e-401147a5c619",
        leg: "a",
        direction: "inbound",
        from: intl("440000000000"),
        to: intl("19170000000"),
        virtualNumber: null,
        occurredAt: new Date(1725886117909),
      },
      raw: { from: "440000000000", to: "19170000000" },
    },
    "piopiy-live-out-started-leg-a.json": {
      event: { ...outbound("a"), type: "call.initiated", id: `telecmi:piopiy-event:out_started:${legA}` },
      raw: outboundRaw("a"),
    },
    "piopiy-live-out-started-leg-b.json": {
      event: { ...outbound("b"), type: "call.initiated", id: `telecmi:piopiy-event:out_started:${legB}` },
      raw: outboundRaw("b"),
    },
    "piopiy-live-out-answered-leg-a.json": {
      event: { ...outbound("a"), type: "call.answered", id: `telecmi:piopiy-event:out_answered:${legA}` },
      raw: outboundRaw("a"),
    },
    "piopiy-live-out-bridged-leg-b.json": {
      // Leg B answered and was connected to leg A.
      event: { ...outbound("b"), type: "call.answered", id: `telecmi:piopiy-event:out_bridged:${legB}` },
      raw: outboundRaw("b"),
    },
    "piopiy-event-in-hangup.json": {
      // The older PIOPIY rendering: CHUB-style `type` and `status`, numbers as strings, custom parameters inbound.
      event: ended({
        id: "telecmi:event:hangup:6f4e194a-9617-43e9-9756-ad93c3ab922f",
        callId: "6f4e194a-9617-43e9-9756-ad93c3ab922f",
        sessionId: "6f4e194a-9617-43e9-9756-ad93c3ab922f",
        leg: "a",
        direction: "inbound",
        from: intl("440000000000"),
        to: intl("19170000000"),
        virtualNumber: null,
        occurredAt: new Date(1636372054000),
        outcome: "unknown",
        durationSec: null,
        endedAt: new Date(1636372054000),
        hangupCause: null,
      }),
      raw: {},
    },
    "piopiy-india-event-in-answered.json": {
      event: { ...india, type: "call.answered", id: `telecmi:event:answered:${india.callId}` },
      raw: { from: "9100000000", to: "4461000000" },
    },
    "piopiy-india-event-in-hangup.json": {
      event: ended({
        ...india,
        id: `telecmi:event:hangup:${india.callId}`,
        outcome: "unknown",
        durationSec: null,
        endedAt: new Date(1571041441000),
        hangupCause: null,
      }),
      raw: { from: "9100000000", to: "4461000000" },
    },
    "piopiy-india-event-out-started.json": {
      event: {
        ...indiaOut("a9c8787b-d610-4415-a761-0d24f76fd510", "9200000000", 1571043651000),
        type: "call.initiated",
        id: "telecmi:event:started:a9c8787b-d610-4415-a761-0d24f76fd510",
      },
      raw: { from: "4471000000", to: "9200000000", callerid: "04471000000", vn: "4471000000" },
    },
    "piopiy-india-event-out-ringing.json": {
      event: {
        ...indiaOut("f1151c8f-db36-4818-b5b1-436beec52bfd", "9100000000", 1571044224000),
        type: "call.ringing",
        id: "telecmi:event:ringing:f1151c8f-db36-4818-b5b1-436beec52bfd",
      },
      raw: { from: "4471000000", to: "9100000000", callerid: "04471000000", vn: "4471000000" },
    },
  };
}

function piopiyCdrCases(): Record<string, Case> {
  const inMissed = ended({
    id: "telecmi:cdr:missed:33079756-faed-4a29-8b36-c8ead67e047c",
    callId: "33079756-faed-4a29-8b36-c8ead67e047c",
    sessionId: "33079756-faed-4a29-8b36-c8ead67e047c",
    leg: "a",
    direction: "inbound",
    from: intl("440000000001"),
    to: intl("440000000000"),
    virtualNumber: null,
    occurredAt: new Date(1632317071000),
    outcome: "missed",
    // `duration` is talk time: none on a missed call.
    durationSec: 0,
    startedAt: new Date(1632317068000),
    // The untyped sample's `answer_time` (later than its end) is not read on a missed call.
    answeredAt: null,
    endedAt: new Date(1632317073000),
    hangupCause: null,
  });
  const inMissedRaw = { from: "440000000001", to: "440000000000", call_rate: "0", extra_params: { key: "value" } };
  const outMissed = ended({
    id: "telecmi:cdr:missed:1edceb4c-4e2c-402d-81b4-1c2f6fca442d",
    callId: "1edceb4c-4e2c-402d-81b4-1c2f6fca442d",
    sessionId: "S9U4Mo29GHBfCJ2uHczcY75QQDri7HcAxXYZuktJLxf",
    leg: "a",
    direction: "outbound",
    from: intl("19170000000"),
    to: intl("440000000000"),
    virtualNumber: null,
    occurredAt: new Date(1632307235000),
    outcome: "missed",
    durationSec: 0,
    startedAt: new Date(1632307238000),
    endedAt: new Date(1632307265000),
    hangupCause: null,
  });
  const outMissedRaw = {
    from: "19170000000",
    to: "440000000000",
    callerid: "19170000000",
    call_rate: "0",
    extra_params: { key: "value" },
  };
  return {
    "piopiy-cdr-in-answered.json": {
      event: ended({
        id: "telecmi:cdr:answered:55348d77-c515-425d-b22c-f0c6ecd8d780",
        callId: "55348d77-c515-425d-b22c-f0c6ecd8d780",
        sessionId: "c62abd10-1bab-11ec-8e24-ddb7c33510ad",
        leg: "a",
        direction: "inbound",
        from: intl("440000000001"),
        to: intl("440000000000"),
        virtualNumber: null,
        occurredAt: new Date(1632318511000),
        outcome: "completed",
        // Talk seconds: end_time − answer_time = 1632318528 − 1632318515.
        durationSec: 13,
        startedAt: new Date(1632318510000),
        answeredAt: new Date(1632318515000),
        endedAt: new Date(1632318528000),
        hangupCause: null,
      }),
      raw: { from: "440000000001", to: "440000000000" },
    },
    "piopiy-cdr-in-missed-leg-a.json": { event: inMissed, raw: inMissedRaw },
    "piopiy-cdr-in-missed-leg-a-typed.json": { event: inMissed, raw: inMissedRaw },
    "piopiy-cdr-out-missed-leg-a.json": { event: outMissed, raw: outMissedRaw },
    "piopiy-cdr-out-missed-leg-a-typed.json": { event: outMissed, raw: outMissedRaw },
    "piopiy-india-cdr-in-answered.json": {
      event: ended({
        id: "telecmi:cdr:answered:55348d77-c515-425d-b22c-f0c6ecd8d780",
        callId: "55348d77-c515-425d-b22c-f0c6ecd8d780",
        sessionId: "c62abd10-1bab-11ec-8e24-ddb7c33510ad",
        leg: "a",
        direction: "inbound",
        from: intl("4471000000"),
        to: intl("9100000000"),
        virtualNumber: null,
        occurredAt: new Date(1632318511000),
        outcome: "completed",
        durationSec: 13,
        hangupCause: null,
      }),
      raw: { from: "4471000000", to: "9100000000" },
    },
    "piopiy-india-cdr-in-missed.json": {
      event: ended({
        id: "telecmi:cdr:missed:301a0dce-9674-43e7-9750-7824d4629fd2",
        callId: "301a0dce-9674-43e7-9750-7824d4629fd2",
        sessionId: "301a0dce-9674-43e7-9750-7824d4629fd2",
        leg: "a",
        direction: "inbound",
        from: intl("9100000000"),
        to: intl("4471000000"),
        virtualNumber: null,
        occurredAt: new Date(1637123450000),
        outcome: "missed",
        durationSec: 0,
        hangupCause: null,
      }),
      raw: { from: "9100000000", to: "4471000000" },
    },
    "piopiy-india-cdr-out-answered-leg-a.json": {
      event: ended({
        id: "telecmi:cdr:answered:a3438686-746c-48f4-93de-e57e4c72f8d3",
        callId: "a3438686-746c-48f4-93de-e57e4c72f8d3",
        sessionId: "a3438686-746c-48f4-93de-e57e4c72f8d3",
        leg: "a",
        direction: "outbound",
        from: intl("4471000000"),
        to: intl("9100000000"),
        virtualNumber: intl("4471000000"),
        occurredAt: new Date(1637122471000),
        outcome: "completed",
        durationSec: 8,
        hangupCause: null,
      }),
      raw: { from: "4471000000", to: "9100000000", vn: "4471000000", extra_params: { key: "value" } },
    },
  };
}

function piopiyRequestCases(): Record<string, Case> {
  const dtmfId = "41aa4bb1-d693-415e-82ce-bdf2e8814aeb";
  return {
    "piopiy-answer-url-inbound.json": {
      event: {
        type: "call.ringing",
        id: "telecmi:piopiy-answer:28b9fc5f-b147-47e1-80a4-1edf1339efe1",
        callId: "28b9fc5f-b147-47e1-80a4-1edf1339efe1",
        sessionId: null,
        leg: "a",
        // `action` holds the call's direction.
        direction: "inbound",
        from: intl("19170000001"),
        to: intl("19170000000"),
        virtualNumber: null,
        occurredAt: new Date(1670568234000),
      },
      raw: {},
    },
    "piopiy-india-answer-url.json": {
      // No `action`: the answer URL is also requested for API-placed calls, so the direction is not known.
      event: {
        type: "call.ringing",
        id: "telecmi:piopiy-answer:00c6a018-a912-4f1a-a0a0-e522c1851f07",
        callId: "00c6a018-a912-4f1a-a0a0-e522c1851f07",
        sessionId: null,
        leg: null,
        direction: null,
        from: intl("919100000000"),
        to: intl("4471000000"),
        virtualNumber: null,
        occurredAt: new Date(1571800398000),
      },
      raw: { from: "919100000000", to: "4471000000" },
    },
    "piopiy-action-url-dtmf.json": {
      // The call id is spelled `cmuuid`; the request has no time, direction or leg.
      event: {
        type: "call.dtmf",
        id: `telecmi:piopiy-dtmf:1234:${dtmfId}`,
        callId: dtmfId,
        sessionId: null,
        leg: null,
        direction: null,
        from: intl("919100000000"),
        to: intl("4471000000"),
        virtualNumber: null,
        occurredAt: null,
        digits: "1234",
      },
      raw: { from: "919100000000", to: "4471000000" },
    },
    "piopiy-action-url-dtmf-param.json": {
      event: {
        type: "call.dtmf",
        id: `telecmi:piopiy-dtmf:2:${dtmfId}`,
        callId: dtmfId,
        sessionId: null,
        leg: null,
        direction: null,
        from: intl("440000000000"),
        to: intl("440000000001"),
        virtualNumber: null,
        occurredAt: null,
        digits: "2",
      },
      raw: { from: "440000000000", to: "440000000001" },
    },
  };
}

/** The fixture as callhooks reads it: some doc samples print numbers with a leading zero (`04471000000`). */
function sentRecord(name: string): Record<string, unknown> {
  const { text } = fixture(PROVIDER, name);
  return JSON.parse(quoteLeadingZeroNumbers(text) ?? text) as Record<string, unknown>;
}

/** Fixtures TeleCMI sends that are not call events: the whole error each gives. */
const NOT_CALL_EVENTS: Record<string, string> = {
  "piopiy-stream-connected.json":
    'TeleCMI PIOPIY status "stream_connected" reports a media stream (WebSocket), not a call event: acknowledge it with 200.',
  // Sent in upper case.
  "piopiy-stream-disconnected.json":
    'TeleCMI PIOPIY status "stream_disconnected" reports a media stream (WebSocket), not a call event: acknowledge it with 200.',
};

describe("TeleCMI fixtures", () => {
  it("has a case for every fixture file", () => {
    expect([...Object.keys(CASES), ...Object.keys(NOT_CALL_EVENTS)].sort()).toEqual(fixtureNames(PROVIDER));
  });

  for (const [name, message] of Object.entries(NOT_CALL_EVENTS)) {
    it(`answers ${name} with unsupported_event, telling the user to acknowledge it`, () => {
      const delivery = fixture(PROVIDER, name);
      const want = { ok: false, error: { code: "unsupported_event", provider: PROVIDER, message } };
      expect(parse(delivery.body, delivery.contentType)).toEqual(want);
      expect(parseCallback(delivery.body, delivery.contentType)).toEqual(want);
    });
  }

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
