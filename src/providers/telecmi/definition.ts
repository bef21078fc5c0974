import { defineProvider, shape } from "../define-provider.js";
import { classifyTelecmi } from "./classify.js";
import { normalizeAnswerRequest, normalizeDtmfRequest, normalizeTelecmi } from "./normalize.js";
import {
  telecmiAnswerSchema,
  telecmiDtmfSchema,
  telecmiEventSchema,
  telecmiLegacySchema,
  telecmiPayloadSchema,
} from "./schema.js";

const TELECMI_TYPES: ReadonlySet<unknown> = new Set(["cdr", "event"]);

// PIOPIY waits for a PCMO JSON array in reply to its answer-URL and action-URL requests. A dev receiver has no
// call logic, so it sends the shortest documented one: hang up (https://doc.telecmi.com/piopiy-india/docs/hangup).
const HANG_UP_PCMO = { contentType: "application/json", body: '[{"action":"hangup"}]' } as const;

const LIVE = ["call.initiated", "call.ringing", "call.answered", "call.ended"] as const;

/**
 * TeleCMI: CHUB (global and India) and PIOPIY (global and India) CDRs and live events, PIOPIY's answer-URL and
 * action-URL (DTMF) requests, and the oldest `cmiuid` shape (docs/providers/telecmi.md).
 *
 * @example
 * ```ts
 * createCallbackParser([telecmi]);
 * ```
 */
export const telecmi = defineProvider({
  id: "telecmi",
  name: "TeleCMI",
  fingerprint: {
    keys: ["cmiuuid", "cmiuid", "cmuuid", "conversation_uuid", "appid", "app_id"],
    matches: (fields) =>
      fields.get("cmiuuid") !== undefined ||
      fields.get("cmiuid") !== undefined ||
      // The DTMF request's spelling of the call id (docs/providers/telecmi.md#dtmf-id-spelling).
      fields.get("cmuuid") !== undefined ||
      // Without its id key, a TeleCMI payload is still told by `type` and the app id (docs/providers/telecmi.md#detection).
      (TELECMI_TYPES.has(fields.get("type")) &&
        (fields.has("appid") || fields.has("app_id") || fields.has("conversation_uuid"))),
  },
  classify: classifyTelecmi,
  shapes: {
    cdr: shape({
      schema: telecmiEventSchema,
      label: "TeleCMI cdr",
      product: "CHUB and PIOPIY call detail record (global, India)",
      emits: ["call.ended"],
      normalize: (payload, context) => normalizeTelecmi(payload, "cdr", payload.cmiuuid, context),
    }),
    event: shape({
      schema: telecmiEventSchema,
      label: "TeleCMI event",
      product: "CHUB live event (global, India); PIOPIY India live event",
      emits: LIVE,
      normalize: (payload, context) => normalizeTelecmi(payload, "event", payload.cmiuuid, context),
    }),
    "piopiy-event": shape({
      schema: telecmiEventSchema,
      label: "TeleCMI PIOPIY live event",
      product: "PIOPIY live event (statuses prefixed in_, out_)",
      emits: LIVE,
      normalize: (payload, context) => normalizeTelecmi(payload, "piopiy-event", payload.cmiuuid, context),
    }),
    "piopiy-answer": shape({
      schema: telecmiAnswerSchema,
      label: "TeleCMI PIOPIY answer URL request",
      product: "PIOPIY answer URL (PCMO)",
      defaultReply: HANG_UP_PCMO,
      emits: ["call.ringing"],
      normalize: normalizeAnswerRequest,
    }),
    "piopiy-dtmf": shape({
      schema: telecmiDtmfSchema,
      label: "TeleCMI PIOPIY action URL request",
      product: "PIOPIY action URL of input / play_get_input (PCMO)",
      defaultReply: HANG_UP_PCMO,
      emits: ["call.dtmf"],
      normalize: normalizeDtmfRequest,
    }),
    legacy: shape({
      schema: telecmiLegacySchema,
      label: "TeleCMI legacy",
      product: "Oldest shape (cmiuid, 2019)",
      emits: LIVE,
      normalize: (payload, context) => normalizeTelecmi(payload, "legacy", payload.cmiuid, context),
    }),
    "legacy-cdr": shape({
      schema: telecmiLegacySchema,
      label: "TeleCMI legacy cdr",
      product: "Oldest shape (cmiuid, 2019)",
      emits: ["call.ended"],
      normalize: (payload, context) => normalizeTelecmi(payload, "legacy-cdr", payload.cmiuid, context),
    }),
  },
  payload: telecmiPayloadSchema,
  records: { finalSummaries: ["cdr", "legacy-cdr"], sessionIsCall: true },
  defaultRegion: null,
  builders: [],
  fixtures: "fixtures/telecmi",
});
