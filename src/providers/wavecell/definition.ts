import { isPlainObject } from "../../decode/fields.js";
import { readText } from "../../normalize/text.js";
import { defineProvider, type FieldView, isUnsupported, shape } from "../define-provider.js";
import { classifyCallStatus, classifyVoiceMessagingCode, classifyWavecell } from "./classify.js";
import {
  capturedDigits,
  normalizeCallEvent,
  normalizeSessionSummary,
  normalizeVoiceMessagingDtmf,
} from "./normalize-8x8.js";
import { normalizeLegacyAggregated, normalizeLegacyHandle } from "./normalize-legacy.js";
import {
  wavecellCallEventSchema,
  wavecellLegacyAggregatedSchema,
  wavecellLegacyHandleSchema,
  wavecellLegacyStatusSchema,
  wavecellPayloadSchema,
  wavecellSessionSummarySchema,
  wavecellVoiceMessagingCallbackSchema,
} from "./schema.js";

/** Whether a Voice Messaging `status` object carries its `code`, spelled in any case. */
function hasCode(status: Readonly<Record<string, unknown>>): boolean {
  if (Object.hasOwn(status, "code")) return Boolean(readText(status.code));
  for (const key in status) if (key.toLowerCase() === "code") return Boolean(readText(status[key]));
  return false;
}

// docs/providers/wavecell.md#detection. `direction`, `status`, `sessionId` and `callId` alone are shared with other
// providers: never used.
function matchesWavecell(fields: FieldView): boolean {
  if (readText(fields.get("namespace"))?.toUpperCase() === "VOICE" && isPlainObject(fields.get("payload"))) {
    return true;
  }
  if (fields.get("sourceMsisdn") !== undefined || fields.get("targetMsisdn") !== undefined) return true;
  // An 8x8 Voice Messaging callback: `actionDetails`, a `uid` and a `status` object with its `code` (8x8's messaging
  // webhooks send `umid` and `status.state`). `actionDetails` is the fingerprint key: `uid` is part of other
  // providers' key names (TeleCMI's `cmiuid`), so a bundle cannot be told by it.
  const status = fields.get("status");
  if (fields.get("actionDetails") !== undefined && fields.get("uid") !== undefined && isPlainObject(status)) {
    return hasCode(status);
  }
  return (
    fields.get("namespace") === undefined &&
    fields.has("subAccountId") &&
    fields.get("details") !== undefined &&
    fields.get("lastAction") !== undefined
  );
}

const VOICE_API = "8x8 Voice API webhooks (VCA, VCS)";

// A dev receiver has no call logic, so it sends the shortest reply the builders accept: hang up (an empty list is
// not a documented reply). A test holds each to what `callflow`/`commands` build.
const HANG_UP_CALLFLOW = { contentType: "application/json", body: '{"callflow":[{"action":"hangup"}]}' } as const;
const HANG_UP_COMMANDS = { contentType: "application/json", body: '{"commands":[{"function":"Hangup"}]}' } as const;

const callEvent = (kind: "call-status" | "call-action", label: string) =>
  shape({
    schema: wavecellCallEventSchema,
    label,
    product: VOICE_API,
    // An 8x8 CALL_ACTION waits for the next call-flow step.
    ...(kind === "call-action" ? { defaultReply: HANG_UP_CALLFLOW } : {}),
    emits: ["call.initiated", "call.ringing", "call.answered", "call.ended", "call.dtmf"],
    normalize: (payload, context) => {
      const type = classifyCallStatus(kind, payload.payload.callStatus, capturedDigits(payload));
      return isUnsupported(type) ? type : normalizeCallEvent(payload, kind, type, context);
    },
  });

/**
 * Wavecell / 8x8: legacy Wavecell Call Handle events, status-URL events and aggregated call status, the 8x8
 * `CALL_STATUS`, `CALL_ACTION` and `SESSION_SUMMARY` envelopes, and Voice Messaging DTMF callbacks
 * (docs/providers/wavecell.md).
 *
 * @example
 * ```ts
 * createCallbackParser([wavecell]);
 * ```
 */
export const wavecell = defineProvider({
  id: "wavecell",
  name: "Wavecell/8x8",
  fingerprint: {
    keys: ["namespace", "sourcemsisdn", "targetmsisdn", "subaccountid", "actiondetails"],
    matches: matchesWavecell,
  },
  classify: classifyWavecell,
  shapes: {
    "legacy-handle": shape({
      schema: wavecellLegacyHandleSchema,
      label: "Wavecell Call Handle",
      product: "Legacy Wavecell Call Handle (handleURL)",
      // A Call Handle event waits for the next commands.
      defaultReply: HANG_UP_COMMANDS,
      emits: ["call.ringing", "call.dtmf"],
      normalize: (payload, context) => {
        const type = classifyCallStatus("legacy-handle", payload.eventType, payload.dtmf ?? null);
        return isUnsupported(type) ? type : normalizeLegacyHandle(payload, type, context);
      },
    }),
    "legacy-status": shape({
      schema: wavecellLegacyStatusSchema,
      label: "Wavecell call status",
      product: "Legacy Wavecell Number Masking call status (statusURL)",
      emits: ["call.initiated"],
      normalize: (payload, context) => {
        const type = classifyCallStatus("legacy-status", payload.eventType, null);
        return isUnsupported(type) ? type : normalizeLegacyHandle(payload, type, context, "legacy-status");
      },
    }),
    "legacy-aggregated": shape({
      schema: wavecellLegacyAggregatedSchema,
      label: "Wavecell aggregated call status",
      product: "Legacy Wavecell aggregated call status",
      emits: ["call.ended"],
      normalize: normalizeLegacyAggregated,
    }),
    "call-status": callEvent("call-status", "8x8 CALL_STATUS"),
    "call-action": callEvent("call-action", "8x8 CALL_ACTION"),
    "voice-messaging-dtmf": shape({
      schema: wavecellVoiceMessagingCallbackSchema,
      label: "8x8 Voice Messaging DTMF",
      product: "8x8 Voice Messaging say&capture (dtmfCallbackUrl)",
      emits: ["call.dtmf"],
      normalize: (payload, context) => {
        const type = classifyVoiceMessagingCode(payload.status.code);
        return isUnsupported(type) ? type : normalizeVoiceMessagingDtmf(payload, context);
      },
    }),
    "session-summary": shape({
      schema: wavecellSessionSummarySchema,
      label: "8x8 SESSION_SUMMARY",
      product: "8x8 Voice API webhooks (VSS)",
      emits: ["call.ended"],
      normalize: normalizeSessionSummary,
    }),
  },
  payload: wavecellPayloadSchema,
  records: { finalSummaries: ["session-summary", "legacy-aggregated"], sessionIsCall: true },
  defaultRegion: null,
  builders: ["callflow", "commands"],
  fixtures: "fixtures/wavecell",
});
