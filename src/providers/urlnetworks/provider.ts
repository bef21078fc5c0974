import type { CallEventOf } from "../../events.js";
import type { ParseResult } from "../../parse-result.js";
import { unsupported, validate } from "../../schema/validate.js";
import type { CallbackProvider } from "../provider.js";
import { classifyUrlnetworks } from "./classify.js";
import { normalizeUrlnetworks } from "./normalize.js";
import { urlnetworksApiIncomingCallSchema, urlnetworksExtensionSchema, urlnetworksIncomingSchema } from "./schema.js";

const EVENT_METHOD = /^(?:incoming|extension)_/i;

/**
 * The URL Networks Hosted PBX provider module: the five HTTP endpoint events and the API "Incoming Call".
 *
 * @example
 * ```ts
 * createCallbackParser([urlnetworksProvider]);
 * ```
 */
export const urlnetworksProvider: CallbackProvider<"urlnetworks"> = {
  id: "urlnetworks",
  name: "URL Networks",
  fingerprintKeys: ["call_event_uuid", "dialed_number"],
  // Notes §6: `call_event_uuid` + an incoming_/extension_ method, or the API Event's three keys.
  matches: (fields) =>
    (fields.get("call_event_uuid") !== undefined && EVENT_METHOD.test(String(fields.get("method") ?? ""))) ||
    (fields.get("dialed_number") !== undefined && fields.has("caller_id_number") && fields.has("dialplan_id")),
  parse(fields, view, context): ParseResult<CallEventOf<"urlnetworks">> {
    const shape = classifyUrlnetworks(view);
    if (shape.kind === "unsupported") return unsupported("urlnetworks", shape.message);
    const schema =
      shape.kind === "api"
        ? urlnetworksApiIncomingCallSchema
        : shape.kind === "extension"
          ? urlnetworksExtensionSchema
          : urlnetworksIncomingSchema;
    const checked = validate(schema, fields, "urlnetworks", `URL Networks ${shape.event}`);
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeUrlnetworks(checked.value, shape, context) };
  },
};
