import { readText } from "../../normalize/text.js";
import type { FieldView } from "../provider.js";

/**
 * The URL Networks events callhooks maps.
 *
 * @example
 * ```ts
 * const event: UrlnetworksEventName = "incoming_hangup_success";
 * ```
 */
export type UrlnetworksEventName =
  | "incoming_ringing"
  | "incoming_hangup_success"
  | "incoming_hangup_missed"
  | "extension_ringing"
  | "extension_answered"
  | "extension_hangup"
  | "incoming_call";

/**
 * Which URL Networks event a delivery is.
 *
 * @example
 * ```ts
 * const shape: UrlnetworksShape = { kind: "extension", event: "extension_answered" };
 * ```
 */
export type UrlnetworksShape =
  | {
      readonly kind: "incoming";
      readonly event: "incoming_ringing" | "incoming_hangup_success" | "incoming_hangup_missed";
    }
  | { readonly kind: "extension"; readonly event: "extension_ringing" | "extension_answered" | "extension_hangup" }
  | { readonly kind: "api"; readonly event: "incoming_call" }
  | { readonly kind: "unsupported"; readonly message: string };

const INCOMING = new Set(["incoming_ringing", "incoming_hangup_success", "incoming_hangup_missed"] as const);
const EXTENSION = new Set(["extension_ringing", "extension_answered", "extension_hangup"] as const);

/**
 * Tells the URL Networks events apart by `method` (S004), or the API Event by its keys (URLN-API).
 *
 * Hint: the docs' extension curls all send `method=extension_ringing`, the answered one with an
 * `agent_uuid` and the hangup table with a `hangup_cause` (notes §5.1, §5.6.4). An `extension_ringing`
 * that carries `hangup_cause` is read as the hangup, one that carries `agent_uuid` as the answer.
 *
 * @param fields The delivery's fields.
 * @returns The event, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyUrlnetworks(view);
 * //=> { kind: "incoming", event: "incoming_ringing" }
 * ```
 */
export function classifyUrlnetworks(fields: FieldView): UrlnetworksShape {
  const method = readText(fields.get("method"))?.toLowerCase() ?? null;
  if (method === null) {
    if (fields.get("dialed_number") !== undefined) return { kind: "api", event: "incoming_call" };
    return {
      kind: "unsupported",
      message:
        "This URL Networks payload has no method. callhooks maps the HTTP and extension events and the API Incoming Call event.",
    };
  }
  if (INCOMING.has(method as never)) {
    return { kind: "incoming", event: method as "incoming_ringing" };
  }
  if (EXTENSION.has(method as never)) {
    if (method === "extension_ringing") {
      if (fields.has("hangup_cause")) return { kind: "extension", event: "extension_hangup" };
      if (fields.has("agent_uuid")) return { kind: "extension", event: "extension_answered" };
    }
    return { kind: "extension", event: method as "extension_ringing" };
  }
  return {
    kind: "unsupported",
    message: `URL Networks method ${JSON.stringify(method.slice(0, 40))} is not one callhooks maps (incoming_ringing, incoming_hangup_success, incoming_hangup_missed, extension_ringing, extension_answered, extension_hangup).`,
  };
}
