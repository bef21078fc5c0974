import { readText } from "../../normalize/text.js";
import { defineProvider, shape, unsupportedEvent } from "../define-provider.js";
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

const readLower = (value: unknown): string | null => readText(value)?.toLowerCase() ?? null;

/**
 * CarrierX: Mediator records (binding and dialout) become `call.ended`; SMS, conference and FlexML objects are
 * recognised and answered `unsupported_event` (docs/providers/carrierx.md).
 *
 * @example
 * ```ts
 * createCallbackParser([carrierx]);
 * ```
 */
export const carrierx = defineProvider({
  id: "carrierx",
  name: "CarrierX",
  fingerprint: {
    // Notes §6: the keys of the Mediator record, the SMS/MDR object, the conference Call and FlexML.
    keys: ["endpoint_type", "dr_sid", "message_sid", "call_sid", "callsid"],
    matches: (fields) =>
      readLower(fields.get("endpoint_type")) === "mediator" ||
      (fields.get("dr_sid") !== undefined &&
        (fields.get("number_redirect") !== undefined || fields.get("reference_sid") !== undefined)) ||
      (fields.has("message_sid") && fields.has("partner_sid")) ||
      (fields.has("call_sid") &&
        (fields.get("meeting_room_sid") !== undefined || fields.get("access_code") !== undefined)) ||
      (fields.has("CallSid") && fields.get("RequestUrl") !== undefined && fields.get("OriginalFrom") !== undefined),
  },
  classify: (view) => {
    const kind = classifyCarrierx(view);
    return kind === "mediator" ? kind : unsupportedEvent(UNSUPPORTED[kind]);
  },
  shapes: {
    mediator: shape({
      schema: carrierxMediatorSchema,
      label: "CarrierX Mediator",
      product: "Mediator (number masking) call record",
      emits: ["call.ended"],
      normalize: normalizeCarrierx,
    }),
  },
  defaultRegion: null,
  builders: [],
  fixtures: "fixtures/carrierx",
});
