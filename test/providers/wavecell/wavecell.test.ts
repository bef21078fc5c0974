import { describe, expect, it } from "vitest";
import { createProviderDetector } from "../../../src/parse-callback.js";
import { wavecell } from "../../../src/providers/wavecell/definition.js";
import { detect, parse } from "../../../src/providers/wavecell/index.js";
import { deliveryOptions, fixture, fixtureNames, sentJson } from "../../helpers/fixtures.js";

type Obj = Record<string, unknown>;

const obj = (value: unknown): Obj => value as Obj;

const phone = (raw: string, e164: string) => ({ raw, e164 });

function delivered(name: string) {
  const delivery = fixture("wavecell", name);
  return parse(delivery.body, delivery.contentType, deliveryOptions(delivery));
}

const parseObject = (body: unknown) => parse(JSON.stringify(body), "application/json");

/** A fixture's JSON with some payload fields replaced. */
function withPayload(name: string, patch: Obj): Obj {
  const sent = sentJson("wavecell", name);
  return { ...sent, payload: { ...obj(sent.payload), ...patch } };
}

function eventOf(result: ReturnType<typeof parse>) {
  if (!result.ok) throw new Error(`expected an event, got ${result.error.code}: ${result.error.message}`);
  return result.event;
}

// Numbers of the fixtures, as sent and in E.164.
const LEGACY_CALLER = phone("6512345678", "+6512345678");
const LEGACY_VN = phone("6587654321", "+6587654321");
const STATUS_SOURCE = phone("+656833033", "+656833033");
const STATUS_DESTINATION = phone("+94778066434", "+94778066434");
const NM_CALLER = phone("+12314377870", "+12314377870");
const NM_VN = phone("+6568332048", "+6568332048");
const NM_CALLEE = phone("+6591178965", "+6591178965");
const VCA_SOURCE = phone("+6568888888", "+6568888888");
const VCA_DESTINATION = phone("+6598888888", "+6598888888");

const LEGACY_CALL = "a1d6a5e3-efec-11e9-b999-7d370b5f90d1";
const LEGACY_SESSION = "a1d6a5e2-efec-11e9-b999-efc71013a78f";
const STATUS_CALL = "e1ff6a14-eae8-11f0-baa6-c93abb37794a";
const STATUS_SESSION = "e1ff6a15-eae8-11f0-baa6-c147150ab00e";

const callStatus = (name: string, eventId: string, callStatusName: string, at: string) => ({
  provider: "wavecell",
  id: `wavecell:call-status:${callStatusName}:${STATUS_CALL}:${eventId}`,
  callId: STATUS_CALL,
  sessionId: STATUS_SESSION,
  leg: null,
  direction: "inbound",
  from: STATUS_SOURCE,
  to: STATUS_DESTINATION,
  virtualNumber: null,
  occurredAt: new Date(at),
  raw: sentJson("wavecell", name),
});

/** A number-masking session summary of the fixtures: callA rang the VN from a US number. */
const maskedSession = (
  name: string,
  sessionId: string,
  status: string,
  callId: string,
  times: { start: string; end: string; answered?: string },
) => ({
  provider: "wavecell",
  type: "call.ended",
  id: `wavecell:session-summary:${status}:${sessionId}`,
  callId,
  sessionId,
  leg: "a",
  direction: "inbound",
  from: NM_CALLER,
  to: NM_VN,
  virtualNumber: NM_VN,
  occurredAt: new Date(times.end),
  startedAt: new Date(times.start),
  answeredAt: times.answered === undefined ? null : new Date(times.answered),
  endedAt: new Date(times.end),
  hangupCause: null,
  recording: null,
  raw: sentJson("wavecell", name),
});

/** An IVR session summary of the fixtures: by default callA called the VN (+6568332048) from +6591178965. */
const ivrSession = (name: string, status: string, sessionId: string) => ({
  provider: "wavecell",
  type: "call.ended",
  id: `wavecell:session-summary:${status}:${sessionId}`,
  sessionId,
  leg: "a",
  direction: "inbound",
  from: NM_CALLEE,
  to: NM_VN,
  virtualNumber: NM_VN,
  hangupCause: null,
  recording: null,
  raw: sentJson("wavecell", name),
});

const voiceMessagingRaw = (): Obj => {
  const sent = sentJson("wavecell", "session-summary-voice-messaging.json");
  const payload = obj(sent.payload);
  const { SourceRefId: _sentAsNull, ...leg } = obj(obj(payload.details).CallA);
  return { ...sent, payload: { ...payload, details: { callA: { ...leg, sourceRefId: null } } } };
};

const CASES: Record<string, unknown> = {
  "legacy-call-received.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ringing",
      id: `wavecell:legacy-handle:CALL_RECEIVED:${LEGACY_CALL}:2019-10-16T08%3A12%3A01Z`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      direction: "inbound",
      from: LEGACY_CALLER,
      to: LEGACY_VN,
      virtualNumber: LEGACY_VN,
      occurredAt: new Date("2019-10-16T08:12:01Z"),
      raw: { ...sentJson("wavecell", "legacy-call-received.json"), dtmf: "787" },
    },
  },
  "legacy-dtmf-received.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: `wavecell:legacy-handle:DTMF_RECEIVED:${LEGACY_CALL}:2019-10-16T08%3A12%3A09Z:787`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      direction: "inbound",
      from: LEGACY_CALLER,
      to: LEGACY_VN,
      virtualNumber: LEGACY_VN,
      occurredAt: new Date("2019-10-16T08:12:09Z"),
      digits: "787",
      raw: { ...sentJson("wavecell", "legacy-dtmf-received.json"), dtmf: "787" },
    },
  },
  "legacy-dtmf-received-string.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: `wavecell:legacy-handle:DTMF_RECEIVED:${LEGACY_CALL}:2019-10-16T08%3A12%3A14Z:#0123*`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      direction: "inbound",
      from: LEGACY_CALLER,
      to: LEGACY_VN,
      virtualNumber: LEGACY_VN,
      occurredAt: new Date("2019-10-16T08:12:14Z"),
      digits: "#0123*",
      raw: sentJson("wavecell", "legacy-dtmf-received-string.json"),
    },
  },
  "legacy-call-status-initiated.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.initiated",
      id: "wavecell:legacy-status:CALL_INITIATED:a595f7d6-efec-11e9-b999-7bd38233f548:2019-10-16T08%3A12%3A02Z",
      callId: "a595f7d6-efec-11e9-b999-7bd38233f548",
      sessionId: LEGACY_SESSION,
      leg: null,
      direction: "outbound",
      from: LEGACY_CALLER,
      to: LEGACY_VN,
      // The status page: sourceMsisdn "should be the Virtual Number"; direction 1 (outbound) puts the VN there.
      virtualNumber: LEGACY_CALLER,
      occurredAt: new Date("2019-10-16T08:12:02Z"),
      raw: sentJson("wavecell", "legacy-call-status-initiated.json"),
    },
  },
  "legacy-aggregated-status.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ended",
      id: "wavecell:legacy-aggregated:COMPLETED:37f31065-b050-11ea-aed2-b9458c490aa3",
      callId: "37f31064-b050-11ea-aed2-0b9e7c41d25f",
      sessionId: "37f31065-b050-11ea-aed2-b9458c490aa3",
      leg: "a",
      direction: "inbound",
      from: LEGACY_CALLER,
      to: LEGACY_VN,
      virtualNumber: LEGACY_VN,
      occurredAt: new Date("2020-06-17T04:09:37Z"),
      outcome: "completed",
      durationSec: 59,
      startedAt: new Date("2020-06-17T04:08:37Z"),
      answeredAt: new Date("2020-06-17T04:08:38Z"),
      endedAt: new Date("2020-06-17T04:09:37Z"),
      hangupCause: null,
      recording: null,
      raw: sentJson("wavecell", "legacy-aggregated-status.json"),
    },
  },
  "call-action-call-received.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ringing",
      id: `wavecell:call-action:CALL_RECEIVED:${LEGACY_CALL}:eb0fc709-9693-11ea-454d-1705dde98182`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      direction: "inbound",
      from: phone("+65123456789", "+65123456789"),
      to: phone("+65987654321", "+65987654321"),
      // destinationRefId names the VN of an inbound leg (#ref-id-meaning).
      virtualNumber: phone("+65987654321", "+65987654321"),
      occurredAt: new Date("2019-10-16T08:12:01Z"),
      raw: sentJson("wavecell", "call-action-call-received.json"),
    },
  },
  "call-action-action-completed.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: "wavecell:call-action:ACTION_COMPLETED:627e25f1-133a-11ef-b08c-e33c09483244:77e6a667-133a-11ef-9dd4-e911cc6fc82f",
      callId: "627e25f1-133a-11ef-b08c-e33c09483244",
      sessionId: "a4fad4b3-b388-12ee-b217-2fb8260fcf59",
      leg: null,
      direction: "outbound",
      from: VCA_SOURCE,
      to: VCA_DESTINATION,
      // Both ref ids are set: on an OUTBOUND leg the VN is the caller id, the source (sourceRefId).
      virtualNumber: VCA_SOURCE,
      occurredAt: new Date("2024-05-16T04:12:11.217Z"),
      digits: "1",
      raw: sentJson("wavecell", "call-action-action-completed.json"),
    },
  },
  "call-action-asr-captured.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: "wavecell:call-action:ACTION_COMPLETED:627e25f1-133a-11ef-b08c-e33c09483244:77e6a667-133a-11ef-9dd4-e911cc6fc82f",
      callId: "627e25f1-133a-11ef-b08c-e33c09483244",
      sessionId: "a4fad4b3-b388-12ee-b217-2fb8260fcf59",
      leg: null,
      direction: "outbound",
      from: NM_VN,
      to: NM_CALLEE,
      virtualNumber: NM_VN,
      occurredAt: new Date("2024-05-16T04:12:11.217Z"),
      digits: "7534",
      // The speech captured beside the digits stays in raw.
      raw: sentJson("wavecell", "call-action-asr-captured.json"),
    },
  },
  "call-action-eventdata-string.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: "wavecell:call-action:ACTION_COMPLETED:example-call-id:example-event-id",
      callId: "example-call-id",
      sessionId: "example-session-id",
      leg: null,
      direction: "outbound",
      from: phone("+1234567890", "+1234567890"),
      // As the sample writes it: a country code 0 is no E.164 number.
      to: { raw: "+0987654321", e164: null },
      virtualNumber: phone("+1234567890", "+1234567890"),
      occurredAt: new Date("2025-03-10T05:31:45.971Z"),
      // Webhook "V2" sends the digits as eventData itself.
      digits: "1",
      raw: sentJson("wavecell", "call-action-eventdata-string.json"),
    },
  },
  "call-status-call-initiated.json": {
    ok: true,
    event: {
      ...callStatus(
        "call-status-call-initiated.json",
        "e1ffc0a2-eae8-11f0-ae64-a500004e488e",
        "CALL_INITIATED",
        "2026-01-06T10:17:19.102Z",
      ),
      type: "call.initiated",
    },
  },
  "call-status-call-received.json": {
    ok: true,
    event: {
      ...callStatus(
        "call-status-call-received.json",
        "e2078079-eae8-11f0-ae64-a500004e488e",
        "CALL_RECEIVED",
        "2026-01-06T10:17:19.375Z",
      ),
      type: "call.ringing",
    },
  },
  "call-status-call-connected.json": {
    ok: true,
    event: {
      ...callStatus(
        "call-status-call-connected.json",
        "e5b31f6c-eae8-11f0-ae64-a500004e488e",
        "CALL_CONNECTED",
        "2026-01-06T10:17:25.618Z",
      ),
      type: "call.answered",
    },
  },
  "call-status-call-disconnected.json": {
    ok: true,
    event: {
      ...callStatus(
        "call-status-call-disconnected.json",
        "fbd8e45a-eae8-11f0-ae64-a500004e488e",
        "CALL_DISCONNECTED",
        "2026-01-06T10:18:02.907Z",
      ),
      type: "call.ended",
      outcome: "completed",
      durationSec: 37,
      startedAt: null,
      answeredAt: null,
      endedAt: new Date("2026-01-06T10:18:02.907Z"),
      hangupCause: null,
      recording: null,
    },
  },
  "call-status-dtmf-received.json": {
    ok: true,
    event: {
      ...callStatus(
        "call-status-dtmf-received.json",
        "e9017d3e-eae8-11f0-ae64-a500004e488e",
        "DTMF_RECEIVED",
        "2026-01-06T10:17:31.044Z",
      ),
      type: "call.dtmf",
      // The documented CALL_STATUS carries no digits; the key press is reported all the same.
      digits: "",
    },
  },
  "call-status-call-updated.json": {
    ok: false,
    error: {
      code: "unsupported_event",
      provider: "wavecell",
      message: expect.stringContaining("CALL_UPDATED"),
    },
  },
  "call-status-ivr-handle.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ringing",
      id: `wavecell:call-status:CALL_RECEIVED:${LEGACY_CALL}:eb0fc709-9693-11ea-454d-1705dde98182`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      // "INBOUND | OUTBOUND" is a placeholder left in the docs (#doc-placeholders).
      direction: null,
      from: phone("+65123456789", "+65123456789"),
      to: phone("+65987654321", "+65987654321"),
      virtualNumber: phone("+65987654321", "+65987654321"),
      occurredAt: new Date("2019-10-16T08:12:01Z"),
      raw: sentJson("wavecell", "call-status-ivr-handle.json"),
    },
  },
  "session-summary-completed.json": {
    ok: true,
    event: {
      ...maskedSession(
        "session-summary-completed.json",
        "1f048a84-ea6d-11ee-911b-078f7290bf52",
        "COMPLETED",
        "1f048a83-ea6d-11ee-911b-e9023a97c284",
        { start: "2024-03-25T06:01:30Z", answered: "2024-03-25T06:01:37Z", end: "2024-03-25T06:01:50Z" },
      ),
      outcome: "completed",
      durationSec: 13,
    },
  },
  "session-summary-no-answer.json": {
    ok: true,
    event: {
      ...maskedSession(
        "session-summary-no-answer.json",
        "9c41e7a0-ea70-11ee-911b-1a6f3d82c5e9",
        "NO_ANSWER",
        "9c41e79f-ea70-11ee-911b-e9023a97c284",
        { start: "2024-03-25T06:20:05Z", end: "2024-03-25T06:20:41Z" },
      ),
      outcome: "missed",
      durationSec: 0,
    },
  },
  "session-summary-busy.json": {
    ok: true,
    event: {
      ...maskedSession(
        "session-summary-busy.json",
        "b2d95f14-ea70-11ee-911b-6e0c47a9d3b2",
        "BUSY",
        "b2d95f13-ea70-11ee-911b-e9023a97c284",
        { start: "2024-03-25T06:22:11Z", end: "2024-03-25T06:22:19Z" },
      ),
      outcome: "busy",
      durationSec: 0,
    },
  },
  "session-summary-canceled.json": {
    ok: true,
    event: {
      ...maskedSession(
        "session-summary-canceled.json",
        "c8f02b36-ea70-11ee-911b-93d5e18f4a07",
        "CANCELED",
        "c8f02b35-ea70-11ee-911b-e9023a97c284",
        { start: "2024-03-25T06:24:30Z", end: "2024-03-25T06:24:44Z" },
      ),
      outcome: "canceled",
      durationSec: 0,
    },
  },
  "session-summary-failed.json": {
    ok: true,
    event: {
      ...maskedSession(
        "session-summary-failed.json",
        "d47a6c58-ea70-11ee-911b-45b2f9e06c1d",
        "FAILED",
        "d47a6c57-ea70-11ee-911b-e9023a97c284",
        { start: "2024-03-25T06:26:02Z", end: "2024-03-25T06:26:04Z" },
      ),
      outcome: "failed",
      durationSec: 0,
    },
  },
  "session-summary-error.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ended",
      id: "wavecell:session-summary:ERROR:47f19e66-2163-11ee-8ccd-27b543a164ea",
      callId: "4809bb03-2163-11ee-8f06-8da8b5ddeca4",
      sessionId: "47f19e66-2163-11ee-8ccd-27b543a164ea",
      leg: "a",
      // The platform called out and found no coverage: callA is OUTBOUND, from the VN (sourceRefId).
      direction: "outbound",
      from: NM_VN,
      to: NM_CALLEE,
      virtualNumber: NM_VN,
      occurredAt: new Date("2023-07-13T09:54:38Z"),
      outcome: "failed",
      durationSec: 0,
      startedAt: new Date("2023-07-13T09:54:38Z"),
      answeredAt: null,
      endedAt: new Date("2023-07-13T09:54:38Z"),
      hangupCause: "No coverage available for requested area",
      recording: null,
      raw: withPayload("session-summary-error.json", {
        errorDetails: { errorMsg: "No coverage available for requested area", errorCode: "-2004" },
      }),
    },
  },
  "session-summary-voice-messaging.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ended",
      // 8x8 reuses the Number Masking example's session for Voice Messaging: the same id as that summary's.
      id: "wavecell:session-summary:COMPLETED:1f048a84-ea6d-11ee-911b-078f7290bf52",
      callId: "1f048a83-ea6d-11ee-911b-e9023a97c284",
      sessionId: "1f048a84-ea6d-11ee-911b-078f7290bf52",
      leg: "a",
      direction: "outbound",
      // As published: the numbers of the Number Masking example's inbound leg, on an OUTBOUND leg.
      from: NM_CALLER,
      to: NM_VN,
      // `"SourceRefId": "null"`: no VN reference, so no VN.
      virtualNumber: null,
      occurredAt: new Date("2024-03-25T06:01:50Z"),
      outcome: "completed",
      durationSec: 13,
      startedAt: new Date("2024-03-25T06:01:30Z"),
      answeredAt: new Date("2024-03-25T06:01:37Z"),
      endedAt: new Date("2024-03-25T06:01:50Z"),
      hangupCause: null,
      recording: null,
      raw: voiceMessagingRaw(),
    },
  },
  "call-recording-status.json": {
    ok: false,
    error: {
      code: "unsupported_event",
      provider: "wavecell",
      message:
        "8x8 CALL_RECORDING_STATUS says a call recording was uploaded to your storage (payload.filePath); it is not a call event, so callhooks maps it to none: acknowledge it with 200.",
    },
  },
  "virtual-number-update.json": {
    ok: false,
    error: {
      code: "unsupported_event",
      provider: "wavecell",
      message:
        "8x8 VIRTUAL_NUMBER_UPDATE reports changes to the sub-account's virtual numbers, not a call, so callhooks maps it to no event: acknowledge it with 200.",
    },
  },
  "call-status-placeholders.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.initiated",
      id: `wavecell:call-status:CALL_INITIATED:${LEGACY_CALL}:eb0fc709-9693-11ea-454d-1705dde98182`,
      callId: LEGACY_CALL,
      sessionId: LEGACY_SESSION,
      leg: null,
      // "INBOUND | OUTBOUND": a placeholder the old page left in, so no direction.
      direction: null,
      from: phone("+6283891703225", "+6283891703225"),
      to: phone("+622150996455", "+622150996455"),
      // Both ref ids (placeholders too) and no direction: the destination's.
      virtualNumber: phone("+622150996455", "+622150996455"),
      occurredAt: new Date("2019-10-16T08:12:01Z"),
      raw: sentJson("wavecell", "call-status-placeholders.json"),
    },
  },
  "session-summary-ivr-completed.json": {
    ok: true,
    event: {
      ...ivrSession("session-summary-ivr-completed.json", "COMPLETED", "a089b40d-f059-11f0-8937-99c7872ee3c4"),
      // As published: the "Inbound Call" scenario's callA is OUTBOUND, from the VN.
      callId: "a08f331e-f059-11f0-816b-2daade7d6599",
      direction: "outbound",
      from: NM_VN,
      to: NM_CALLEE,
      virtualNumber: NM_VN,
      occurredAt: new Date("2026-01-13T08:27:33Z"),
      outcome: "completed",
      durationSec: 23,
      startedAt: new Date("2026-01-13T08:26:58Z"),
      answeredAt: new Date("2026-01-13T08:27:09Z"),
      endedAt: new Date("2026-01-13T08:27:33Z"),
    },
  },
  "session-summary-ivr-busy.json": {
    ok: true,
    event: {
      ...ivrSession("session-summary-ivr-busy.json", "BUSY", "ece96728-f059-11f0-baa6-c147150ab00e"),
      callId: "ece96727-f059-11f0-baa6-c93abb37794a",
      occurredAt: new Date("2026-01-13T08:29:43Z"),
      // The session's status is callB's (the bridged number was busy); callA, the caller in the IVR, was
      // answered and lasted 37 s (#session-status-describes-bridged-leg).
      outcome: "busy",
      durationSec: 37,
      startedAt: new Date("2026-01-13T08:29:06Z"),
      answeredAt: new Date("2026-01-13T08:29:07Z"),
      endedAt: new Date("2026-01-13T08:29:43Z"),
    },
  },
  "session-summary-ivr-hangup.json": {
    ok: true,
    event: {
      ...ivrSession("session-summary-ivr-hangup.json", "COMPLETED", "4eec57d5-f05a-11f0-baa6-c147150ab00e"),
      callId: "4eec57d4-f05a-11f0-baa6-c93abb37794a",
      occurredAt: new Date("2026-01-13T08:32:08Z"),
      outcome: "completed",
      durationSec: 16,
      startedAt: new Date("2026-01-13T08:31:51Z"),
      answeredAt: new Date("2026-01-13T08:31:52Z"),
      endedAt: new Date("2026-01-13T08:32:08Z"),
    },
  },
  "session-summary-voice-messaging-error.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.ended",
      // 8x8 reuses the Number Masking failure's session for Voice Messaging: the same id as that summary's.
      id: "wavecell:session-summary:ERROR:47f19e66-2163-11ee-8ccd-27b543a164ea",
      callId: "4809bb03-2163-11ee-8f06-8da8b5ddeca4",
      sessionId: "47f19e66-2163-11ee-8ccd-27b543a164ea",
      leg: "a",
      direction: "outbound",
      from: NM_VN,
      to: NM_CALLEE,
      virtualNumber: NM_VN,
      // The session's times (2024) win over the leg's (2023), as published (#inconsistent-example-dates).
      occurredAt: new Date("2024-07-13T09:54:38Z"),
      outcome: "failed",
      durationSec: 0,
      startedAt: new Date("2024-07-13T09:54:38Z"),
      answeredAt: null,
      endedAt: new Date("2024-07-13T09:54:38Z"),
      hangupCause: "No coverage available for requested area",
      recording: null,
      raw: withPayload("session-summary-voice-messaging-error.json", {
        errorDetails: { errorMsg: "No coverage available for requested area", errorCode: "-2004" },
      }),
    },
  },
  "voice-messaging-dtmf-callback.json": {
    ok: true,
    event: {
      provider: "wavecell",
      type: "call.dtmf",
      id: "wavecell:voice-messaging:DTMF:94144A33-7F58-11EC-B4E1-E723B1839D16:2022-01-01T10%3A05%3A15.076Z:12345",
      // The voice message's uid is the only id sent.
      callId: "94144A33-7F58-11EC-B4E1-E723B1839D16",
      sessionId: "94144A33-7F58-11EC-B4E1-E723B1839D16",
      leg: null,
      // The platform called the destination to play the message.
      direction: "outbound",
      from: null,
      to: phone("+65123456789", "+65123456789"),
      virtualNumber: null,
      occurredAt: new Date("2022-01-01T10:05:15.076Z"),
      digits: "12345",
      raw: sentJson("wavecell", "voice-messaging-dtmf-callback.json"),
    },
  },
};

describe("wavecell fixtures", () => {
  it.each(Object.keys(CASES))("parses %s", (name) => {
    expect(delivered(name)).toEqual(CASES[name]);
  });

  it("has a case for every fixture in fixtures/wavecell", () => {
    expect(Object.keys(CASES).sort()).toEqual(fixtureNames("wavecell"));
  });

  it("gives every fixture event its own id, and the same delivery the same id twice", () => {
    const names = Object.keys(CASES).filter((name) => delivered(name).ok);
    const ids = names.map((name) => eventOf(delivered(name)).id);
    // 8x8's pages reuse one event for two examples (the VCA guide and reference; the NM and VM session summaries),
    // and an event is identified by what identifies it in the payload.
    const reused = new Set([
      "session-summary-voice-messaging.json",
      "session-summary-voice-messaging-error.json",
      "call-action-asr-captured.json",
    ]);
    const own = ids.filter((_, index) => !reused.has(names[index] as string));
    expect(new Set(own).size).toBe(own.length);
    expect(own).toEqual(expect.arrayContaining(ids.filter((_, index) => reused.has(names[index] as string))));
    expect(names.map((name) => eventOf(delivered(name)).id)).toEqual(ids);
  });
});

describe("wavecell quirks (docs/providers/wavecell.md#quirks)", () => {
  it("reads a legacy DTMF sent as a JSON number as its decimal digits (#legacy-dtmf-number)", () => {
    const event = eventOf(delivered("legacy-dtmf-received.json"));
    expect(event.type === "call.dtmf" && event.digits).toBe("787");
    expect(obj(event.raw).dtmf).toBe("787");
  });

  it("keeps the leading zero, # and * of a DTMF string (#legacy-dtmf-number)", () => {
    const event = eventOf(delivered("legacy-dtmf-received-string.json"));
    expect(event.type === "call.dtmf" && event.digits).toBe("#0123*");
  });

  it("keeps the leading zeros of 8x8 eventData.dtmf, and reads a JSON number there as digits (#legacy-dtmf-number)", () => {
    const zeros = parseObject(withPayload("call-action-action-completed.json", { eventData: { dtmf: "0071#" } }));
    const number = parseObject(withPayload("call-action-action-completed.json", { eventData: { dtmf: 42 } }));
    expect(eventOf(zeros)).toMatchObject({ type: "call.dtmf", digits: "0071#" });
    expect(eventOf(number)).toMatchObject({ type: "call.dtmf", digits: "42" });
  });

  it("reads an eventData string of keypad keys as the digits, and no other string (#eventdata-string)", () => {
    const action = (eventData: unknown) =>
      parseObject(withPayload("call-action-action-completed.json", { eventData, dtmf: undefined }));
    for (const [sent, digits] of [
      ["1", "1"],
      ["0071#", "0071#"],
      ["*9#", "*9#"],
      [" 42 ", "42"],
    ] as const) {
      expect([sent, eventOf(action(sent))]).toMatchObject([sent, { type: "call.dtmf", digits }]);
      // Kept as sent in raw.
      expect(obj(obj(eventOf(action(sent)).raw).payload).eventData).toBe(sent);
    }
    for (const sent of ["", " ", "additional event data", "1 2", "12a", "null", "１"]) {
      expect([sent, action(sent)]).toMatchObject([sent, { ok: false, error: { code: "unsupported_event" } }]);
    }
    // On a DTMF_RECEIVED status, too; an eventData object's dtmf comes first, then the string, then payload.dtmf.
    const status = withPayload("call-status-dtmf-received.json", { eventData: "5" });
    expect(eventOf(parseObject(status))).toMatchObject({ type: "call.dtmf", digits: "5" });
    const both = withPayload("call-action-action-completed.json", { eventData: "3", dtmf: "4" });
    expect(eventOf(parseObject(both))).toMatchObject({ digits: "3" });
    const text = withPayload("call-action-action-completed.json", { eventData: "captured", dtmf: "4" });
    expect(eventOf(parseObject(text))).toMatchObject({ digits: "4" });
  });

  it("finds the leg sent as CallA, and reads SourceRefId, without case (#key-case-and-null-string)", () => {
    const event = eventOf(delivered("session-summary-voice-messaging.json"));
    expect(event.callId).toBe("1f048a83-ea6d-11ee-911b-e9023a97c284");
    expect(obj(obj(obj(event.raw).payload).details).callA).toMatchObject({ sourceRefId: null });
  });

  it("reads envelope and payload keys sent in another case (#key-case-and-null-string)", () => {
    const capitalized = (value: Obj): Obj =>
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key[0]?.toUpperCase() + key.slice(1), item]));
    const sent = sentJson("wavecell", "call-status-call-connected.json");
    const { raw: _sentRaw, ...expected } = eventOf(delivered("call-status-call-connected.json"));
    const { raw, ...event } = eventOf(parseObject({ ...capitalized(sent), Payload: capitalized(obj(sent.payload)) }));
    expect(event).toEqual(expected);
    // raw carries the docs' spelling of every known key.
    expect(raw).toEqual(sent);
  });

  it('reads the string "null" as absent (#key-case-and-null-string)', () => {
    const event = eventOf(parseObject(withPayload("call-status-call-connected.json", { sessionId: "null" })));
    expect(event.sessionId).toBeNull();
    // A "null" SourceRefId names no VN, so the source is not taken for one.
    expect(eventOf(delivered("session-summary-voice-messaging.json")).virtualNumber).toBeNull();
  });

  it("reads a callDuration sent as a string (#type-drift)", () => {
    const event = eventOf(parseObject(withPayload("call-status-call-disconnected.json", { callDuration: "37" })));
    expect(event).toMatchObject({ type: "call.ended", durationSec: 37, outcome: "completed" });
  });

  it("reads an errorCode sent as a number or as a string (#type-drift)", () => {
    for (const errorCode of [-2004, "-2004"]) {
      const event = eventOf(parseObject(withPayload("session-summary-error.json", { errorDetails: { errorCode } })));
      expect(event).toMatchObject({ type: "call.ended", outcome: "failed", hangupCause: "-2004" });
    }
  });

  it("accepts the envelope's keys in any order (#envelope-key-order)", () => {
    const sent = sentJson("wavecell", "call-status-call-connected.json");
    const payloadLast = { namespace: sent.namespace, eventType: sent.eventType, description: sent.description };
    expect(parseObject({ ...payloadLast, payload: sent.payload })).toEqual(
      delivered("call-status-call-connected.json"),
    );
  });

  it("keeps unknown extra keys in raw, not as an error (#additional-parameters)", () => {
    const sent = withPayload("session-summary-completed.json", { region: "ap-southeast-1" });
    const details = obj(obj(sent.payload).details);
    const body = {
      ...sent,
      traceId: "t-1",
      payload: { ...obj(sent.payload), details: { ...details, callA: { ...obj(details.callA), hops: [1, 2] } } },
    };
    const raw = obj(eventOf(parseObject(body)).raw);
    expect(raw.traceId).toBe("t-1");
    expect(obj(raw.payload).region).toBe("ap-southeast-1");
    expect(obj(obj(obj(raw.payload).details).callA).hops).toEqual([1, 2]);
  });

  it("accepts eventData sent as a string instead of an object (#doc-placeholders)", () => {
    const result = delivered("call-status-ivr-handle.json");
    expect(result.ok).toBe(true);
    expect(obj(obj(eventOf(result).raw).payload).eventData).toBe("additional event data");
  });

  it('reads the callDirection placeholder "INBOUND | OUTBOUND" as no direction (#doc-placeholders)', () => {
    expect(eventOf(delivered("call-status-ivr-handle.json")).direction).toBeNull();
  });

  it("maps the legacy numeric direction 0 to inbound and 1 to outbound (#legacy-direction-number)", () => {
    const sent = sentJson("wavecell", "legacy-call-received.json");
    expect(eventOf(parseObject(sent)).direction).toBe("inbound");
    const outbound = eventOf(parseObject({ ...sent, direction: 1 }));
    expect(outbound.direction).toBe("outbound");
    // On an outbound leg the VN places the call (the legacy MakeCall command's sourceMsisdn).
    expect(outbound.virtualNumber).toEqual(LEGACY_CALLER);
    expect(eventOf(parseObject({ ...sent, direction: "1" })).direction).toBe("outbound");
    expect(eventOf(parseObject({ ...sent, direction: 7 })).direction).toBeNull();
  });

  it('reads the session status "NO ANSWER", written with a space, as missed (#action-and-status-spelling)', () => {
    const event = eventOf(parseObject(withPayload("session-summary-no-answer.json", { sessionStatus: "NO ANSWER" })));
    expect(event).toMatchObject({ type: "call.ended", outcome: "missed" });
  });

  it("keeps lastAction as sent, whatever its spelling (#action-and-status-spelling)", () => {
    for (const lastAction of ["makeCall", "MAKE_CALL", "PLAY_TTS", "SAY", "PLAY_FILE"]) {
      const event = eventOf(parseObject(withPayload("session-summary-completed.json", { lastAction })));
      expect(obj(obj(event.raw).payload).lastAction).toBe(lastAction);
    }
  });

  it("reads timestamps with and without milliseconds (#timestamp-precision)", () => {
    expect(eventOf(delivered("call-status-call-received.json")).occurredAt).toEqual(
      new Date("2026-01-06T10:17:19.375Z"),
    );
    expect(eventOf(delivered("call-action-call-received.json")).occurredAt).toEqual(new Date("2019-10-16T08:12:01Z"));
  });

  it("reads numbers with and without + as international (#number-formats)", () => {
    expect(eventOf(delivered("legacy-call-received.json")).from).toEqual(phone("6512345678", "+6512345678"));
    expect(eventOf(delivered("call-status-call-received.json")).from).toEqual(phone("+656833033", "+656833033"));
  });

  it("takes callA as the first leg wherever it sits in details (#details-object-not-array)", () => {
    // The fixtures send callB before callA.
    expect(eventOf(delivered("session-summary-completed.json")).callId).toBe("1f048a83-ea6d-11ee-911b-e9023a97c284");
  });

  it("accepts real nulls for the ref ids and a null callB (#null-objects)", () => {
    const action = eventOf(parseObject(withPayload("call-action-action-completed.json", { destinationRefId: null })));
    expect(action.virtualNumber).toEqual(VCA_SOURCE);
    const sent = withPayload("session-summary-error.json", {});
    const details = obj(obj(sent.payload).details);
    const event = eventOf(
      parseObject({ ...sent, payload: { ...obj(sent.payload), details: { ...details, callB: null } } }),
    );
    expect(event).toMatchObject({ type: "call.ended", callId: "4809bb03-2163-11ee-8f06-8da8b5ddeca4" });
  });
});

describe("8x8 Voice Messaging callback (#voice-messaging-dtmf)", () => {
  const sent = sentJson("wavecell", "voice-messaging-dtmf-callback.json");
  const named = (body: Obj) => parse(JSON.stringify(body), "application/json", { provider: "wavecell" });

  it("is read as a Voice Messaging callback, not a Call Handle, when the route names the provider", () => {
    expect(named(sent)).toEqual(delivered("voice-messaging-dtmf-callback.json"));
    // Without a uid it is still not a Call Handle: the error names the callback's own fields.
    const { uid: _uid, ...withoutUid } = sent;
    expect(named(withoutUid)).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", issues: [{ path: ["uid"], message: "uid is required." }] },
    });
    const result = named({ ...sent, status: { timestamp: "2022-01-01T10:05:15.076Z" } });
    expect(result.ok === false && result.error).toMatchObject({
      code: "invalid_payload",
      message: expect.stringContaining("8x8 Voice Messaging DTMF callback is not valid"),
      issues: [{ path: ["status", "code"] }],
    });
  });

  it("reads its keys in any case, the code in any case, and the digits sent as a number", () => {
    const body = {
      UID: sent.uid,
      Status: { Code: "dtmf", Timestamp: "2022-01-01T10:05:15.076Z" },
      Destination: sent.destination,
      ActionDetails: { DTMF: 12345 },
    };
    const { raw: _raw, ...event } = eventOf(parseObject(body));
    const { raw: _expected, ...expected } = eventOf(delivered("voice-messaging-dtmf-callback.json"));
    expect(event).toEqual(expected);
  });

  it("reports a DTMF callback without actionDetails, on a route that names the provider, as a key press without digits", () => {
    const { actionDetails: _digits, ...bare } = sent;
    expect(eventOf(named(bare))).toMatchObject({ type: "call.dtmf", digits: "" });
    expect(eventOf(named({ ...sent, actionDetails: null }))).toMatchObject({ digits: "" });
  });

  it("answers a status code other than DTMF with unsupported_event, to acknowledge with 200", () => {
    expect(parseObject({ ...sent, status: { code: "CALL_COMPLETED", timestamp: "2022-01-01T10:05:20Z" } })).toEqual({
      ok: false,
      error: {
        code: "unsupported_event",
        provider: "wavecell",
        message:
          '8x8 Voice Messaging callback status.code "CALL_COMPLETED" is not one callhooks maps (8x8 documents only DTMF, the digits of a say&capture): acknowledge it with 200.',
      },
    });
  });

  it("is detected by its actionDetails, uid and status.code, and an 8x8 messaging status (umid, status.state) is not", () => {
    expect(detect(JSON.stringify(sent), "application/json")).toBe("wavecell");
    const { uid: _uid, ...withoutUid } = sent;
    expect(detect(JSON.stringify(withoutUid), "application/json")).toBeNull();
    const { actionDetails: _digits, ...withoutDetails } = sent;
    expect(detect(JSON.stringify(withoutDetails), "application/json")).toBeNull();
    expect(detect(JSON.stringify({ ...sent, status: "DTMF" }), "application/json")).toBeNull();
    expect(
      detect(JSON.stringify({ ...sent, status: { timestamp: "2022-01-01T10:05:15.076Z" } }), "application/json"),
    ).toBeNull();
    const messaging = { umid: "0a9ab7d8-a9d8-4d1b-9c8b-4f2d6a7e1a11", status: { state: "delivered" } };
    expect(detect(JSON.stringify(messaging), "application/json")).toBeNull();
  });
});

describe("wavecell outcomes", () => {
  const disconnected = (patch: Obj) => eventOf(parseObject(withPayload("call-status-call-disconnected.json", patch)));

  it.each([
    [486, "busy"],
    [600, "busy"],
    [480, "missed"],
    [408, "missed"],
    [487, "canceled"],
    [603, "rejected"],
    [503, "failed"],
  ])("ends an unconnected leg with final SIP code %i as %s, the code as its hangup cause", (sipCode, outcome) => {
    expect(disconnected({ callDuration: 0, sipCode })).toMatchObject({ outcome, hangupCause: String(sipCode) });
  });

  it("does not read sipCode 200 on a leg of 0 seconds as an answer", () => {
    expect(disconnected({ callDuration: 0, sipCode: 200 })).toMatchObject({ outcome: "unknown", hangupCause: null });
  });

  it("reads the Voice-Messaging opt-out statuses", () => {
    const summary = (sessionStatus: string, legPatch: Obj = {}) => {
      const sent = withPayload("session-summary-voice-messaging.json", { sessionStatus });
      const details = obj(obj(sent.payload).details);
      const callA = { ...obj(details.CallA), ...legPatch };
      return eventOf(parseObject({ ...sent, payload: { ...obj(sent.payload), details: { CallA: callA } } }));
    };
    expect(summary("COMPLETED_UNSUB_ERROR")).toMatchObject({ outcome: "completed" });
    expect(summary("UNSUBSCRIBED_CONTACT")).toMatchObject({ outcome: "completed" });
    expect(summary("UNSUBSCRIBED_CONTACT", { connectedTimestamp: null, callDuration: 0 })).toMatchObject({
      outcome: "failed",
    });
  });

  it("reports a BUSY or NO_ANSWER session whose callA was answered as callA, with the session's outcome", () => {
    // IVR scenario 2: the caller (callA) was answered and stayed 37 s; the bridged callB was busy.
    const busy = eventOf(delivered("session-summary-ivr-busy.json"));
    expect(busy).toMatchObject({ type: "call.ended", leg: "a", outcome: "busy", durationSec: 37 });
    expect(busy.type === "call.ended" && busy.answeredAt).toEqual(new Date("2026-01-13T08:29:07Z"));
    const bridged = obj(obj(obj(busy.raw).payload).details).callB;
    expect(obj(bridged).callStatus).toBe("BUSY");
    const noAnswer = eventOf(parseObject(withPayload("session-summary-ivr-busy.json", { sessionStatus: "NO_ANSWER" })));
    expect(noAnswer).toMatchObject({ outcome: "missed", durationSec: 37 });
  });

  it("ends a session of an undocumented status with outcome unknown", () => {
    const event = eventOf(parseObject(withPayload("session-summary-completed.json", { sessionStatus: "EXPIRED" })));
    expect(event).toMatchObject({ type: "call.ended", outcome: "unknown" });
  });

  it("speaks for the session by its id when it has no callA leg", () => {
    const event = eventOf(parseObject(withPayload("session-summary-error.json", { details: {} })));
    expect(event).toMatchObject({
      callId: "47f19e66-2163-11ee-8ccd-27b543a164ea",
      leg: null,
      from: null,
      durationSec: null,
      endedAt: new Date("2023-07-13T09:54:38Z"),
    });
  });
});

describe("wavecell errors", () => {
  it("refuses a call event without callId as invalid_payload, naming the field", () => {
    const body = withPayload("call-status-call-connected.json", { callId: undefined });
    expect(parseObject(body)).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        provider: "wavecell",
        message: expect.stringContaining("payload.callId is required"),
        issues: [{ path: ["payload", "callId"], message: "payload.callId is required." }],
      },
    });
  });

  it("refuses a legacy Call Handle event without callId", () => {
    const { callId: _missing, ...sent } = sentJson("wavecell", "legacy-call-received.json");
    const result = parseObject(sent);
    expect(result.ok === false && result.error.issues).toEqual([{ path: ["callId"], message: "callId is required." }]);
  });

  it("refuses a session summary without sessionId", () => {
    const result = parseObject(withPayload("session-summary-busy.json", { sessionId: "" }));
    expect(result.ok === false && result.error).toMatchObject({
      code: "invalid_payload",
      issues: [{ path: ["payload", "sessionId"] }],
    });
  });

  it("refuses an unparsable timestamp as invalid_payload", () => {
    const result = parseObject(withPayload("call-status-call-connected.json", { timestamp: "2026-02-30T10:17:25Z" }));
    expect(result.ok === false && result.error).toMatchObject({
      code: "invalid_payload",
      issues: [{ path: ["payload", "timestamp"] }],
    });
  });

  it("refuses an envelope without eventType as invalid_payload", () => {
    const { eventType: _missing, ...sent } = sentJson("wavecell", "call-status-call-connected.json");
    const result = parseObject(sent);
    expect(result.ok === false && result.error.issues).toEqual([
      { path: ["eventType"], message: "eventType is required." },
    ]);
  });

  it("refuses eventData that is neither an object nor a string", () => {
    const result = parseObject(withPayload("call-action-action-completed.json", { eventData: ["1"] }));
    expect(result.ok === false && result.error).toMatchObject({
      code: "invalid_payload",
      issues: [{ path: ["payload", "eventData"] }],
    });
  });

  it("refuses a payload that is not an object when the route names the provider", () => {
    const body = JSON.stringify({ namespace: "VOICE", eventType: "CALL_STATUS", payload: "x" });
    const result = parse(body, "application/json", { provider: "wavecell" });
    expect(result.ok === false && result.error).toMatchObject({
      code: "invalid_payload",
      issues: [{ path: ["payload"], message: "payload must be an object." }],
    });
  });

  it("answers an undocumented callStatus with unsupported_event", () => {
    const result = parseObject(withPayload("call-status-call-connected.json", { callStatus: "CALL_PARKED" }));
    expect(result).toEqual({
      ok: false,
      error: { code: "unsupported_event", provider: "wavecell", message: expect.stringContaining('"CALL_PARKED"') },
    });
  });

  it("answers CALL_UPDATED, which has no documented meaning, with unsupported_event", () => {
    const result = delivered("call-status-call-updated.json");
    expect(result.ok === false && result.error.code).toBe("unsupported_event");
  });

  it("answers an ACTION_COMPLETED that captured no digits with unsupported_event", () => {
    for (const eventData of [{ dtmf: null }, "additional event data", " ", null]) {
      const result = parseObject(withPayload("call-action-action-completed.json", { eventData }));
      expect(result.ok === false && result.error).toMatchObject({
        code: "unsupported_event",
        message: expect.stringContaining("ACTION_COMPLETED"),
      });
    }
  });

  it("answers an 8x8 event other than a call event with unsupported_event", () => {
    const body = {
      namespace: "VOICE",
      eventType: "VIRTUAL_NUMBER_UPDATE",
      description: "Status of account virtual number(s) updated",
      payload: { subAccountId: "MySubAccount", totalNumbers: 2, updateEventType: "UPDATES", virtualNumbers: [] },
    };
    expect(parseObject(body)).toEqual({
      ok: false,
      error: {
        code: "unsupported_event",
        provider: "wavecell",
        message: expect.stringMatching(/^8x8 VIRTUAL_NUMBER_UPDATE .* acknowledge it with 200\.$/),
      },
    });
  });

  it("answers a legacy eventType other than CALL_RECEIVED and DTMF_RECEIVED with unsupported_event", () => {
    const result = parseObject({ ...sentJson("wavecell", "legacy-call-received.json"), eventType: "CALL_ENDED" });
    expect(result.ok === false && result.error.code).toBe("unsupported_event");
  });
});

describe("wavecell detection (#detection)", () => {
  it.each(fixtureNames("wavecell"))("detects %s", (name) => {
    const delivery = fixture("wavecell", name);
    expect(detect(delivery.body, delivery.contentType, deliveryOptions(delivery))).toBe("wavecell");
  });

  const onlyWavecell = createProviderDetector([wavecell]);
  const others = ["carrierx", "telecmi", "urlnetworks", "kaleyra"].flatMap((provider) =>
    fixtureNames(provider).map((name) => [provider, name] as const),
  );

  it.each(others)("does not take the %s fixture %s for Wavecell", (provider, name) => {
    const delivery = fixture(provider, name);
    expect(onlyWavecell(delivery.body, delivery.contentType, deliveryOptions(delivery))).toBeNull();
  });

  it("does not use direction, status, sessionId or callId alone as a fingerprint", () => {
    const shared = { callId: "c1", sessionId: "s1", direction: 0, status: "CONNECTED", eventType: "CALL_RECEIVED" };
    expect(detect(JSON.stringify(shared), "application/json")).toBeNull();
  });

  it("does not take a summary that carries a namespace other than VOICE for the legacy shape", () => {
    const sent = sentJson("wavecell", "legacy-aggregated-status.json");
    expect(detect(JSON.stringify({ ...sent, namespace: "SMS" }), "application/json")).toBeNull();
  });
});
