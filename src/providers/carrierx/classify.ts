import { readText } from "../../normalize/text.js";
import type { FieldView } from "../define-provider.js";

/**
 * Which CarrierX object a delivery is. Partner callbacks are the affected object itself and FlexML requests carry
 * no event name, so the keys tell (docs/providers/carrierx.md#no-event-discriminator).
 *
 * @example
 * ```ts
 * const kind: CarrierxKind = "flexml-gather";
 * ```
 */
export type CarrierxKind =
  | "mediator"
  | "sms"
  | "conference"
  | "flexml-status"
  | "flexml-record"
  | "flexml-amd"
  | "flexml-gather"
  | "flexml-request"
  | "other";

/** Whether the key is sent, even with an empty or `null` value. */
const sent = (fields: FieldView, name: string): boolean => fields.get(name) !== undefined;

/**
 * Which FlexML request a delivery with `CallSid` and `RequestUrl` is, from the keys only one kind carries
 * (docs/providers/carrierx.md#flexml-request-kinds): `CallDuration` only comes with the status callback sent
 * after the call, `Recording*` with a `Record` action or `callbackUrl` request, `AMDStatus` with an `Amd` action,
 * `Digits` with a `Gather` action; anything else is an instruction request.
 */
function flexmlKind(fields: FieldView): CarrierxKind {
  if (sent(fields, "CallDuration")) return "flexml-status";
  if (sent(fields, "RecordingUrl") || sent(fields, "RecordingFileSid") || sent(fields, "RecordingDuration")) {
    return "flexml-record";
  }
  if (sent(fields, "AMDStatus") || sent(fields, "AMDCause")) return "flexml-amd";
  if (sent(fields, "Digits")) return "flexml-gather";
  return "flexml-request";
}

/**
 * Tells CarrierX's callback objects and FlexML requests apart.
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
  if (fields.has("CallSid") && fields.get("RequestUrl") !== undefined) return flexmlKind(fields);
  return "other";
}
