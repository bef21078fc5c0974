import { defineProvider, shape } from "../define-provider.js";
import { classifyUrlnetworks, type UrlnetworksExtensionName, type UrlnetworksIncomingName } from "./classify.js";
import { normalizeApiIncomingCall, normalizeExtension, normalizeIncoming } from "./normalize.js";
import {
  urlnetworksApiIncomingCallSchema,
  urlnetworksExtensionSchema,
  urlnetworksIncomingSchema,
  urlnetworksPayloadSchema,
} from "./schema.js";

const EVENT_METHOD = /^(?:incoming|extension)_/i;

const HTTP_EVENTS = "Hosted PBX HTTP Ringing / HTTP Hangup";
const EXTENSION_EVENTS = "Hosted PBX extension events";

const incoming = (event: UrlnetworksIncomingName, emits: "call.ringing" | "call.ended") =>
  shape({
    schema: urlnetworksIncomingSchema,
    label: `URL Networks ${event}`,
    product: HTTP_EVENTS,
    emits: [emits],
    normalize: (payload, context) => normalizeIncoming(payload, event, context),
  });

const extension = (event: UrlnetworksExtensionName, emits: "call.ringing" | "call.answered" | "call.ended") =>
  shape({
    schema: urlnetworksExtensionSchema,
    label: `URL Networks ${event}`,
    product: EXTENSION_EVENTS,
    emits: [emits],
    normalize: (payload, context) => normalizeExtension(payload, event, context),
  });

/**
 * URL Networks Hosted PBX: the HTTP endpoint events and the API Event "Incoming Call". An Australian carrier:
 * national numbers (`0390085900`) are read as AU unless `options.defaultCountry` says otherwise
 * (docs/providers/urlnetworks.md).
 *
 * @example
 * ```ts
 * createCallbackParser([urlnetworks]);
 * ```
 */
export const urlnetworks = defineProvider({
  id: "urlnetworks",
  name: "URL Networks",
  fingerprint: {
    keys: ["call_event_uuid", "dialed_number"],
    // `call_event_uuid` + an incoming_/extension_ method, or the API Event's three keys
    // (docs/providers/urlnetworks.md#detection).
    matches: (fields) =>
      (fields.get("call_event_uuid") !== undefined && EVENT_METHOD.test(String(fields.get("method") ?? ""))) ||
      (fields.get("dialed_number") !== undefined && fields.has("caller_id_number") && fields.has("dialplan_id")),
  },
  classify: classifyUrlnetworks,
  shapes: {
    incoming_ringing: incoming("incoming_ringing", "call.ringing"),
    incoming_hangup_success: incoming("incoming_hangup_success", "call.ended"),
    incoming_hangup_missed: incoming("incoming_hangup_missed", "call.ended"),
    extension_ringing: extension("extension_ringing", "call.ringing"),
    extension_answered: extension("extension_answered", "call.answered"),
    extension_hangup: extension("extension_hangup", "call.ended"),
    incoming_call: shape({
      schema: urlnetworksApiIncomingCallSchema,
      label: "URL Networks incoming_call",
      product: "API Events (Incoming Call)",
      emits: ["call.ringing"],
      normalize: normalizeApiIncomingCall,
    }),
  },
  payload: urlnetworksPayloadSchema,
  records: { finalSummaries: ["incoming_hangup_success", "incoming_hangup_missed"], sessionIsCall: true },
  defaultRegion: "AU",
  builders: [],
  fixtures: "fixtures/urlnetworks",
});
