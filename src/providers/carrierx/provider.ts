import type { CallEventOf } from "../../events.js";
import type { ParseResult } from "../../parse-result.js";
import { unsupported, validate } from "../../schema/validate.js";
import type { CallbackProvider } from "../provider.js";
import { type CarrierxKind, classifyCarrierx } from "./classify.js";
import { normalizeCarrierx } from "./normalize.js";
import { carrierxMediatorSchema } from "./schema.js";

const UNSUPPORTED: Readonly<Record<Exclude<CarrierxKind, "mediator">, string>> = {
  sms: "This is a CarrierX SMS/MMS message record (sms callback). callhooks maps call events only; handle messages separately.",
  conference:
    "This is a CarrierX conference Call object (app_conference_call callback). callhooks maps Mediator call records only.",
  flexml:
    "This is a CarrierX FlexML request, which expects FlexML instructions in reply. callhooks maps Mediator call records only.",
  other:
    'This CarrierX object is not a Mediator record (no endpoint_type "mediator"). callhooks maps Mediator call records only.',
};

/**
 * The CarrierX provider module: Mediator records (binding and dialout) → `call.ended`; SMS, conference and
 * FlexML objects are recognised and answered with `unsupported_event`.
 *
 * @example
 * ```ts
 * createCallbackParser([carrierxProvider]);
 * ```
 */
export const carrierxProvider: CallbackProvider<"carrierx"> = {
  id: "carrierx",
  name: "CarrierX",
  // Notes §6: the keys of the Mediator record, the SMS/MDR object, the conference Call and FlexML.
  fingerprintKeys: ["endpoint_type", "dr_sid", "message_sid", "call_sid", "callsid"],
  matches: (fields) =>
    readLower(fields.get("endpoint_type")) === "mediator" ||
    (fields.get("dr_sid") !== undefined &&
      (fields.get("number_redirect") !== undefined || fields.get("reference_sid") !== undefined)) ||
    (fields.has("message_sid") && fields.has("partner_sid")) ||
    (fields.has("call_sid") &&
      (fields.get("meeting_room_sid") !== undefined || fields.get("access_code") !== undefined)) ||
    (fields.has("CallSid") && fields.get("RequestUrl") !== undefined && fields.get("OriginalFrom") !== undefined),
  parse(fields, view, context): ParseResult<CallEventOf<"carrierx">> {
    const kind = classifyCarrierx(view);
    if (kind !== "mediator") return unsupported("carrierx", UNSUPPORTED[kind]);
    const checked = validate(carrierxMediatorSchema, fields, "carrierx", "CarrierX Mediator");
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeCarrierx(checked.value, context) };
  },
};

function readLower(value: unknown): string | null {
  return typeof value === "string" ? value.trim().toLowerCase() : null;
}
