import { defineProvider, shape } from "../define-provider.js";
import { classifyTelecmi } from "./classify.js";
import { normalizeTelecmi } from "./normalize.js";
import { telecmiEventSchema, telecmiLegacySchema } from "./schema.js";

const TELECMI_TYPES: ReadonlySet<unknown> = new Set(["cdr", "event"]);

/**
 * TeleCMI: CHUB and chub-india CDRs and live events, and the oldest `cmiuid` shape
 * (docs/providers/telecmi.md).
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
    keys: ["cmiuuid", "cmiuid", "conversation_uuid", "appid", "app_id"],
    matches: (fields) =>
      fields.get("cmiuuid") !== undefined ||
      fields.get("cmiuid") !== undefined ||
      // Without its id key, a TeleCMI payload is still told by `type` and the app id (notes §6).
      (TELECMI_TYPES.has(fields.get("type")) &&
        (fields.has("appid") || fields.has("app_id") || fields.has("conversation_uuid"))),
  },
  classify: classifyTelecmi,
  shapes: {
    cdr: shape({
      schema: telecmiEventSchema,
      label: "TeleCMI cdr",
      product: "CHUB call detail record",
      emits: ["call.ended"],
      normalize: (payload, context) => normalizeTelecmi(payload, "cdr", payload.cmiuuid, context),
    }),
    event: shape({
      schema: telecmiEventSchema,
      label: "TeleCMI event",
      product: "CHUB live event",
      emits: ["call.initiated", "call.ringing", "call.answered", "call.ended"],
      normalize: (payload, context) => normalizeTelecmi(payload, "event", payload.cmiuuid, context),
    }),
    legacy: shape({
      schema: telecmiLegacySchema,
      label: "TeleCMI legacy",
      product: "Oldest live event shape (cmiuid)",
      emits: ["call.initiated", "call.ringing", "call.answered", "call.ended"],
      normalize: (payload, context) => normalizeTelecmi(payload, "legacy", payload.cmiuid, context),
    }),
  },
  defaultRegion: null,
  builders: [],
  fixtures: "fixtures/telecmi",
});
