// What a user would write without callhooks, for two providers: JSON.parse / URLSearchParams, a zod 4 schema,
// and a mapping to the same normalized fields. Kept under bench/ only, to compare speed; bench.mjs checks that it
// produces the same fields as callhooks on every fixture it covers.
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

/** TeleCMI: JSON body → zod → normalized fields. */
export function parseTelecmiWithZod(body) {
  const data = telecmiSchema.parse(JSON.parse(body));
  const outgoing =
    Boolean(data.call_id || data.request_id || data.callerid || data.click_to_call || data.extra_params) ||
    (data.leg !== "b" && data.direction === "outbound");
  const occurredAt = new Date(data.time);
  const event = {
    provider: "telecmi",
    id: `telecmi:${data.type}:${data.status}:${data.cmiuuid}`,
    callId: data.cmiuuid,
    sessionId: data.conversation_uuid ?? data.call_id ?? null,
    leg: data.leg ?? null,
    direction: outgoing ? "outbound" : "inbound",
    from: international(data.from ?? data.callerid),
    to: international(data.to),
    virtualNumber: international(data.virtual_number),
    occurredAt,
    raw: data,
  };
  if (data.type === "cdr" || data.status === "hangup") {
    const cdr = data.type === "cdr";
    const filename = data.filename ?? data.voicename ?? null;
    return {
      ...event,
      type: "call.ended",
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
    };
  }
  if (data.status === "answered") return { ...event, type: "call.answered" };
  return { ...event, type: data.status === "started" && outgoing ? "call.initiated" : "call.ringing" };
}

const epoch = z.coerce.number().int().nonnegative();
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
  from: z.string().optional(),
  display_from: z.string().optional(),
  external_did: z.string().optional(),
  start_time: epoch.optional(),
  end_time: epoch.optional(),
  recording_url: z.string().optional(),
  call_completed: z.string().optional(),
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
// A `+` in a form body decodes to a space.
const plus = (value) => (value?.startsWith(" ") ? `+${value.trim()}` : value?.trim());
const seconds = (value) => (value === undefined ? null : new Date(value * 1000));

/** URL Networks: form body → URLSearchParams → zod → normalized fields. */
export function parseUrlnetworksWithZod(body) {
  const data = urlnetworksSchema.parse(Object.fromEntries(new URLSearchParams(body)));
  let method = data.method;
  if (method === "extension_ringing" && data.hangup_cause) method = "extension_hangup";
  else if (method === "extension_ringing" && data.agent_uuid) method = "extension_answered";
  const extension = method.startsWith("extension_");
  const from = plus(data.from);
  const did = data.external_did ? { raw: data.external_did, e164: `+${data.external_did}` } : null;
  const startedAt = seconds(data.start_time);
  const endedAt = extension ? null : seconds(data.end_time);
  const ringing = method.endsWith("_ringing");
  const event = {
    provider: "urlnetworks",
    id: extension
      ? `urlnetworks:${method}:${data.call_event_uuid}:${data.extension_user_id ?? data.agent_uuid}`
      : `urlnetworks:${method}:${data.call_event_uuid}`,
    callId: data.call_event_uuid,
    sessionId: data.call_event_uuid,
    leg: extension ? "b" : "a",
    direction: data.direction?.startsWith("inbound")
      ? "inbound"
      : data.direction?.startsWith("outbound")
        ? "outbound"
        : null,
    from: from ? { raw: from, e164: parsePhoneNumberFromString(from, "AU")?.number ?? null } : null,
    to: did,
    virtualNumber: did,
    occurredAt: ringing ? startedAt : endedAt,
    raw: { ...data, display_from: plus(data.display_from) },
  };
  if (ringing) return { ...event, type: "call.ringing" };
  if (method === "extension_answered") return { ...event, type: "call.answered" };
  if (extension) {
    return {
      ...event,
      type: "call.ended",
      outcome: CAUSES[data.hangup_cause] ?? "unknown",
      durationSec: null,
      startedAt,
      answeredAt: null,
      endedAt: null,
      hangupCause: data.hangup_cause ?? null,
      recording: null,
    };
  }
  return {
    ...event,
    type: "call.ended",
    outcome: method === "incoming_hangup_success" ? "completed" : "missed",
    durationSec: startedAt && endedAt ? (endedAt - startedAt) / 1000 : null,
    startedAt,
    answeredAt: null,
    endedAt,
    hangupCause: null,
    recording: data.recording_url ? { url: data.recording_url, filename: null } : null,
  };
}
