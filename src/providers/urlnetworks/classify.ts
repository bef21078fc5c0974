import { readText } from "../../normalize/text.js";
import { type FieldView, type Unsupported, unsupportedEvent } from "../define-provider.js";

/**
 * The URL Networks events callhooks maps.
 *
 * @example
 * ```ts
 * const event: UrlnetworksEventName = "incoming_hangup_success";
 * ```
 */
export type UrlnetworksEventName = UrlnetworksIncomingName | UrlnetworksExtensionName | "incoming_call";

/**
 * The HTTP Ringing / HTTP Hangup events (`incoming_*`).
 *
 * @example
 * ```ts
 * const event: UrlnetworksIncomingName = "incoming_hangup_missed";
 * ```
 */
export type UrlnetworksIncomingName = "incoming_ringing" | "incoming_hangup_success" | "incoming_hangup_missed";

/**
 * The extension events.
 *
 * @example
 * ```ts
 * const event: UrlnetworksExtensionName = "extension_answered";
 * ```
 */
export type UrlnetworksExtensionName = "extension_ringing" | "extension_answered" | "extension_hangup";

const INCOMING: ReadonlyMap<string, UrlnetworksIncomingName> = new Map(
  (["incoming_ringing", "incoming_hangup_success", "incoming_hangup_missed"] as const).map((name) => [name, name]),
);
const EXTENSION: ReadonlyMap<string, UrlnetworksExtensionName> = new Map(
  (["extension_ringing", "extension_answered", "extension_hangup"] as const).map((name) => [name, name]),
);

/**
 * Tells the URL Networks events apart by `method` (https://url.net.au/help/hosted-pbx/http-endpoint-events),
 * or the API Event by its keys (https://url.net.au/help/hosted-pbx/api-events).
 *
 * Hint: the docs' extension curls all send `method=extension_ringing`, the answered one with an `agent_uuid`
 * and the hangup table with a `hangup_cause` (docs/providers/urlnetworks.md#extension-method-drift). An
 * `extension_ringing` that carries `hangup_cause` is read as the hangup, one that carries `agent_uuid` as the
 * answer.
 *
 * @param fields The delivery's fields.
 * @returns The event, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyUrlnetworks(view);
 * //=> "incoming_ringing"
 * ```
 */
export function classifyUrlnetworks(fields: FieldView): UrlnetworksEventName | Unsupported {
  const method = readText(fields.get("method"))?.toLowerCase() ?? null;
  if (method === null) {
    if (fields.get("dialed_number") !== undefined) return "incoming_call";
    return unsupportedEvent(
      "This URL Networks payload has no method. callhooks maps the HTTP and extension events and the API Incoming Call event.",
    );
  }
  const incoming = INCOMING.get(method);
  if (incoming !== undefined) return incoming;
  if (method === "extension_ringing") {
    if (fields.has("hangup_cause")) return "extension_hangup";
    if (fields.has("agent_uuid")) return "extension_answered";
  }
  const extension = EXTENSION.get(method);
  if (extension !== undefined) return extension;
  return unsupportedEvent(
    `URL Networks method ${JSON.stringify(method.slice(0, 40))} is not one callhooks maps (incoming_ringing, incoming_hangup_success, incoming_hangup_missed, extension_ringing, extension_answered, extension_hangup).`,
  );
}
