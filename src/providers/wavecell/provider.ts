import { isPlainObject } from "../../decode/fields.js";
import type { CallEventOf } from "../../events.js";
import { readText } from "../../normalize/text.js";
import type { ParseResult } from "../../parse-result.js";
import { unsupported, validate } from "../../schema/validate.js";
import type { CallbackProvider, FieldView } from "../provider.js";
import { classifyCallStatus, classifyWavecell } from "./classify.js";
import {
  capturedDigits,
  normalizeCallEvent,
  normalizeLegacyAggregated,
  normalizeLegacyHandle,
  normalizeSessionSummary,
} from "./normalize.js";
import {
  wavecellCallEventSchema,
  wavecellLegacyAggregatedSchema,
  wavecellLegacyHandleSchema,
  wavecellSessionSummarySchema,
} from "./schema.js";

const EVENT_NAME = { "call-status": "8x8 CALL_STATUS", "call-action": "8x8 CALL_ACTION" } as const;

// Notes §6. `direction`, `status`, `sessionId` and `callId` alone are shared with other providers: never used.
function matchesWavecell(fields: FieldView): boolean {
  if (readText(fields.get("namespace"))?.toUpperCase() === "VOICE" && isPlainObject(fields.get("payload"))) {
    return true;
  }
  if (fields.get("sourceMsisdn") !== undefined || fields.get("targetMsisdn") !== undefined) return true;
  return (
    fields.get("namespace") === undefined &&
    fields.has("subAccountId") &&
    fields.get("details") !== undefined &&
    fields.get("lastAction") !== undefined
  );
}

/**
 * The Wavecell / 8x8 provider module: legacy Call Handle events and aggregated call status, and the 8x8
 * `CALL_STATUS`, `CALL_ACTION` and `SESSION_SUMMARY` envelopes.
 *
 * @example
 * ```ts
 * createCallbackParser([wavecellProvider]);
 * ```
 */
export const wavecellProvider: CallbackProvider<"wavecell"> = {
  id: "wavecell",
  name: "Wavecell/8x8",
  fingerprintKeys: ["namespace", "sourcemsisdn", "targetmsisdn", "subaccountid"],
  matches: matchesWavecell,
  parse(fields, view, context): ParseResult<CallEventOf<"wavecell">> {
    const shape = classifyWavecell(view);
    switch (shape.kind) {
      case "unsupported":
        return unsupported("wavecell", shape.message);
      case "legacy-handle": {
        const checked = validate(wavecellLegacyHandleSchema, fields, "wavecell", "Wavecell Call Handle");
        if (!checked.ok) return checked;
        const resolved = classifyCallStatus("legacy-handle", checked.value.eventType, checked.value.dtmf ?? null);
        if (resolved.type === "unsupported") return unsupported("wavecell", resolved.message);
        return { ok: true, event: normalizeLegacyHandle(checked.value, resolved.type, context) };
      }
      case "legacy-aggregated": {
        const checked = validate(wavecellLegacyAggregatedSchema, fields, "wavecell", "Wavecell aggregated call status");
        if (!checked.ok) return checked;
        return { ok: true, event: normalizeLegacyAggregated(checked.value, context) };
      }
      case "session-summary": {
        const checked = validate(wavecellSessionSummarySchema, fields, "wavecell", "8x8 SESSION_SUMMARY");
        if (!checked.ok) return checked;
        return { ok: true, event: normalizeSessionSummary(checked.value, context) };
      }
      default: {
        const checked = validate(wavecellCallEventSchema, fields, "wavecell", EVENT_NAME[shape.kind]);
        if (!checked.ok) return checked;
        const resolved = classifyCallStatus(
          shape.kind,
          checked.value.payload.callStatus,
          capturedDigits(checked.value),
        );
        if (resolved.type === "unsupported") return unsupported("wavecell", resolved.message);
        return { ok: true, event: normalizeCallEvent(checked.value, shape.kind, resolved.type, context) };
      }
    }
  },
};
