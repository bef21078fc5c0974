import type { CallEventOf } from "../../events.js";
import type { ParseResult } from "../../parse-result.js";
import { unsupported, validate } from "../../schema/validate.js";
import type { CallbackProvider } from "../provider.js";
import { classifyTelecmi } from "./classify.js";
import { normalizeTelecmi } from "./normalize.js";
import { telecmiEventSchema, telecmiLegacySchema } from "./schema.js";

const TELECMI_TYPES: ReadonlySet<unknown> = new Set(["cdr", "event"]);

/**
 * The TeleCMI provider module: CHUB and chub-india CDRs, live events, and the oldest `cmiuid` shape.
 *
 * @example
 * ```ts
 * createCallbackParser([telecmiProvider]);
 * ```
 */
export const telecmiProvider: CallbackProvider<"telecmi"> = {
  id: "telecmi",
  name: "TeleCMI",
  fingerprintKeys: ["cmiuuid", "cmiuid", "conversation_uuid", "appid", "app_id"],
  matches: (fields) =>
    fields.get("cmiuuid") !== undefined ||
    fields.get("cmiuid") !== undefined ||
    // Without its id key, a TeleCMI payload is still told by `type` and the app id (notes §6).
    (TELECMI_TYPES.has(fields.get("type")) &&
      (fields.has("appid") || fields.has("app_id") || fields.has("conversation_uuid"))),
  parse(fields, view, context): ParseResult<CallEventOf<"telecmi">> {
    const shape = classifyTelecmi(view);
    if (shape.kind === "unsupported") return unsupported("telecmi", shape.message);
    const schema = shape.kind === "legacy" ? telecmiLegacySchema : telecmiEventSchema;
    const checked = validate(schema, fields, "telecmi", `TeleCMI ${shape.kind}`);
    if (!checked.ok) return checked;
    const status = checked.value.status.toLowerCase();
    return { ok: true, event: normalizeTelecmi(checked.value, shape.kind, status, context) };
  },
};
