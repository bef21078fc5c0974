import { readText } from "../../normalize/text.js";
import type { FieldView } from "../define-provider.js";

/**
 * Which CarrierX object a delivery is. The body is the affected object itself, with no event field, so the
 * keys tell (notes §1.1, §6).
 *
 * @example
 * ```ts
 * const kind: CarrierxKind = "mediator";
 * ```
 */
export type CarrierxKind = "mediator" | "sms" | "conference" | "flexml" | "other";

/**
 * Tells a Mediator record from CarrierX's other callback objects.
 *
 * @param fields The delivery's fields.
 * @returns The kind.
 * @example
 * ```ts
 * classifyCarrierx(view);
 * //=> "mediator"
 * ```
 */
export function classifyCarrierx(fields: FieldView): CarrierxKind {
  if (
    readText(fields.get("endpoint_type"))?.toLowerCase() === "mediator" ||
    readText(fields.get("type"))?.toLowerCase() === "mediator" ||
    (fields.get("dr_sid") !== undefined && fields.get("number_redirect") !== undefined)
  ) {
    return "mediator";
  }
  if (fields.has("message_sid") || fields.has("message_segments") || fields.has("from_did") || fields.has("to_did")) {
    return "sms";
  }
  if (
    fields.has("call_sid") &&
    (fields.get("meeting_room_sid") !== undefined || fields.get("access_code") !== undefined)
  ) {
    return "conference";
  }
  if (fields.has("CallSid") && fields.get("RequestUrl") !== undefined) return "flexml";
  return "other";
}
