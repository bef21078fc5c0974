// What a user would write without callhooks, for two providers: JSON.parse / URLSearchParams, a zod 4 schema,
// and a mapping to the same normalized event, each event built as one object literal (a spread of a base into a
// larger literal costs V8 microseconds: that would measure the spread, not zod). Kept under bench/ only, to compare
// speed; bench.mjs checks that it returns the same event as callhooks, `raw` included, on every fixture it covers.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";

const digits = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const flag = z.union([z.boolean(), z.string()]).transform((value) => value === true || value.toLowerCase() === "true");
const jsonText = z.string().transform((text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
});

const telecmiSchema = z.looseObject({
  type: z.enum(["cdr", "event"]),
  status: z.enum(["waiting", "started", "ringing", "answered", "hangup", "missed"]),
  cmiuuid: z.string().min(1),
  conversation_uuid: z.string().optional(),
  call_id: z.string().optional(),
  leg: z.enum(["a", "b"]).optional(),
  direction: z.enum(["inbound", "outbound"]).optional(),
  from: digits.optional(),
  to: digits.optional(),
  virtual_number: digits.optional(),
  callerid: digits.optional(),
  time: z.coerce.number().int().nonnegative(),
  answeredsec: z.coerce.number().nonnegative().optional(),
  waitedsec: z.coerce.number().nonnegative().optional(),
  hangup_reason: z.string().optional(),
  record: flag.optional(),
  voicemail: flag.optional(),
  click_to_call: flag.optional(),
  filename: z.string().optional(),
  voicename: z.string().optional(),
  custom: jsonText.optional(),
  extra_params: jsonText.optional(),
  request_id: z.string().optional(),
});

const international = (raw) => (raw ? { raw, e164: /^[1-9]\d{6,14}$/.test(raw) ? `+${raw}` : null } : null);
const REASONS = { sent_bye: "completed", recv_bye: "completed", recv_cancel: "canceled", sent_reject: "rejected" };

/** TeleCMI CHUB: JSON body → zod → normalized event, each event written as one object literal. */
export function parseTelecmiWithZod(body) {
  const data = telecmiSchema.parse(JSON.parse(body));
  const marked = Boolean(data.call_id || data.request_id || data.click_to_call);
  // CHUB India's incoming leg-B events carry no `leg`: another leg's conversation on a call nobody placed.
  const leg = data.leg ?? (data.conversation_uuid && data.conversation_uuid !== data.cmiuuid && !marked ? "b" : null);
  const outgoing = marked || (leg !== "b" && data.direction === "outbound");
  const id = `telecmi:${data.type}:${data.status}:${data.cmiuuid}`;
  const sessionId = data.conversation_uuid ?? data.call_id ?? null;
  const direction = outgoing ? "outbound" : "inbound";
  const from = international(data.from ?? data.callerid);
  const to = international(data.to);
  const virtualNumber = international(data.virtual_number);
  const occurredAt = new Date(data.time);
  if (data.type === "cdr" || data.status === "hangup") {
    const cdr = data.type === "cdr";
    const filename = data.filename ?? data.voicename ?? null;
    return {
      provider: "telecmi",
      type: "call.ended",
      id,
      callId: data.cmiuuid,
      sessionId,
      leg,
      direction,
      from,
      to,
      virtualNumber,
      occurredAt,
      outcome: cdr
        ? data.status === "answered"
          ? "completed"
          : "missed"
        : (REASONS[data.hangup_reason] ?? (data.answeredsec ? "completed" : "unknown")),
      durationSec: data.answeredsec ?? data.waitedsec ?? null,
      startedAt: null,
      answeredAt: null,
      endedAt: cdr ? null : occurredAt,
      hangupCause: data.hangup_reason ?? null,
      recording: filename ? { url: null, filename } : null,
      raw: data,
    };
  }
  return {
    provider: "telecmi",
    type:
      data.status === "answered"
        ? "call.answered"
        : data.status === "started" && outgoing
          ? "call.initiated"
          : "call.ringing",
    id,
    callId: data.cmiuuid,
    sessionId,
    leg,
    direction,
    from,
    to,
    virtualNumber,
    occurredAt,
    raw: data,
  };
}

const epoch = z.coerce.number().int().nonnegative();
// A `+` in a form body decodes to a space.
const callerId = z.string().transform((value) => (value.startsWith(" ") ? `+${value.trim()}` : value.trim()));
// A bare key (`call_completed`, no `=`) is true.
const formFlag = z.string().transform((value) => value === "" || value === "1" || value.toLowerCase() === "true");
const urlnetworksSchema = z.looseObject({
  method: z.enum([
    "incoming_ringing",
    "incoming_hangup_success",
    "incoming_hangup_missed",
    "extension_ringing",
    "extension_answered",
    "extension_hangup",
  ]),
  call_event_uuid: z.string().min(1),
  direction: z.string().optional(),
  description: z.string().optional(),
  from: callerId.optional(),
  display_from: callerId.optional(),
  external_did: z.string().optional(),
  start_time: epoch.optional(),
  end_time: epoch.optional(),
  recording_url: z.string().optional(),
  http_post_recording_url: formFlag.optional(),
  call_completed: formFlag.optional(),
  extension_user_id: z.string().optional(),
  agent_uuid: z.string().optional(),
  hangup_cause: z.string().optional(),
});

const CAUSES = {
  NORMAL_CLEARING: "completed",
  USER_BUSY: "busy",
  NO_ANSWER: "missed",
  CALL_REJECTED: "rejected",
  ORIGINATOR_CANCEL: "canceled",
};
const seconds = (value) => (value === undefined ? null : new Date(value * 1000));

/** URL Networks: form body → URLSearchParams → zod → normalized event, each event written as one object literal. */
export function parseUrlnetworksWithZod(body) {
  const data = urlnetworksSchema.parse(Object.fromEntries(new URLSearchParams(body)));
  let method = data.method;
  if (method === "extension_ringing" && data.hangup_cause) method = "extension_hangup";
  else if (method === "extension_ringing" && data.agent_uuid) method = "extension_answered";
  const extension = method.startsWith("extension_");
  const from = data.from ? { raw: data.from, e164: parsePhoneNumberFromString(data.from, "AU")?.number ?? null } : null;
  const did = data.external_did ? { raw: data.external_did, e164: `+${data.external_did}` } : null;
  const startedAt = seconds(data.start_time);
  const endedAt = extension ? null : seconds(data.end_time);
  const ringing = method.endsWith("_ringing");
  const id = extension
    ? `urlnetworks:${method}:${data.call_event_uuid}:${data.extension_user_id ?? data.agent_uuid}`
    : `urlnetworks:${method}:${data.call_event_uuid}`;
  const sentDirection = data.direction ?? data.description;
  const direction = sentDirection?.startsWith("inbound")
    ? "inbound"
    : sentDirection?.startsWith("outbound")
      ? "outbound"
      : null;
  if (ringing || method === "extension_answered") {
    return {
      provider: "urlnetworks",
      type: ringing ? "call.ringing" : "call.answered",
      id,
      callId: data.call_event_uuid,
      sessionId: data.call_event_uuid,
      leg: extension ? "b" : "a",
      direction,
      from,
      to: did,
      virtualNumber: did,
      occurredAt: ringing ? startedAt : null,
      raw: data,
    };
  }
  return {
    provider: "urlnetworks",
    type: "call.ended",
    id,
    callId: data.call_event_uuid,
    sessionId: data.call_event_uuid,
    leg: extension ? "b" : "a",
    direction,
    from,
    to: did,
    virtualNumber: did,
    occurredAt: endedAt,
    outcome: extension
      ? (CAUSES[data.hangup_cause] ?? "unknown")
      : method === "incoming_hangup_success"
        ? "completed"
        : "missed",
    durationSec: startedAt && endedAt ? (endedAt - startedAt) / 1000 : null,
    startedAt,
    answeredAt: null,
    endedAt,
    hangupCause: extension ? (data.hangup_cause ?? null) : null,
    recording: data.recording_url ? { url: data.recording_url, filename: null } : null,
    raw: data,
  };
}

/**
 * The fixtures each pipeline covers (`fixtures/<provider>/<file>`): TeleCMI CHUB CDRs and live events (not the
 * oldest `cmiuid` shape, not PIOPIY), URL Networks HTTP and extension events (not the API Event).
 */
export const zodPipelines = {
  telecmi: { covers: (file) => !file.startsWith("legacy-") && !file.startsWith("piopiy-"), parse: parseTelecmiWithZod },
  urlnetworks: { covers: (file) => !file.startsWith("api-"), parse: parseUrlnetworksWithZod },
};
