import { readText } from "../../normalize/text.js";
import { defineProvider, type FieldView, shape, unsupportedEvent } from "../define-provider.js";
import { type CarrierxKind, classifyCarrierx } from "./classify.js";
import { normalizeCarrierx } from "./normalize.js";
import { normalizeFlexmlGather, normalizeFlexmlRequest, normalizeFlexmlStatus } from "./normalize-flexml.js";
import {
  carrierxFlexmlGatherSchema,
  carrierxFlexmlRequestSchema,
  carrierxFlexmlStatusSchema,
  carrierxMediatorSchema,
  carrierxPayloadSchema,
} from "./schema.js";

const BUILD_FLEXML = "flexml() from callhooks/carrierx builds them";

const UNSUPPORTED: Readonly<
  Record<Exclude<CarrierxKind, `mediator` | `flexml-${"request" | "gather" | "status"}`>, string>
> = {
  sms: "This is a CarrierX SMS/MMS message record (sms callback), not a call event: callhooks maps calls only. Acknowledge it with 200 and handle messages separately.",
  conference:
    "This is a CarrierX conference Call object (app_conference_call callback), which callhooks does not map. Acknowledge it with 200.",
  "flexml-record": `This is a CarrierX FlexML Record action or callbackUrl request (RecordingUrl, RecordingFileSid): a recording, not a call-state change, so callhooks does not map it; read the recording from the body. Answer it with 200, and for a Record action URL with the next FlexML instructions (${BUILD_FLEXML}).`,
  "flexml-amd": `This is a CarrierX FlexML Amd action request (AMDStatus): an answering-machine verdict, not a call-state change, so callhooks does not map it; read AMDStatus from the body. Answer it with 200 and the next FlexML instructions (${BUILD_FLEXML}).`,
  other:
    "This CarrierX object is neither a Mediator record nor a FlexML request, which are the CarrierX callbacks callhooks maps. Acknowledge it with 200.",
};

const readLower = (value: unknown): string | null => readText(value)?.toLowerCase() ?? null;

// Twilio (and TwiML-compatible providers) send the same PascalCase keys with an `AC…` AccountSid and API version
// 2010-04-01; CarrierX sends a blank AccountSid and 2.0 (docs/providers/carrierx.md#flexml-detection).
const TWILIO_API_VERSION = "2010-04-01";
const twilioAccount = (value: string | null | undefined): boolean =>
  value !== null && value !== undefined && value.length === 34 && value.startsWith("AC");

/** A FlexML request: `CallSid` and `RequestUrl`, with `ApiVersion` or an `Original*` number, and nothing Twilio's. */
function matchesFlexml(fields: FieldView): boolean {
  if (!fields.has("CallSid") || fields.get("RequestUrl") === undefined) return false;
  if (fields.get("ApiVersion") === undefined && !fields.has("OriginalFrom") && !fields.has("OriginalTo")) return false;
  return (
    readText(fields.get("ApiVersion")) !== TWILIO_API_VERSION && !twilioAccount(readText(fields.get("AccountSid")))
  );
}

// CarrierX waits for FlexML after these requests; an empty reply is no FlexML. A dev receiver has no call logic:
// it hangs up. A test holds it to what `flexml([{ verb: "Hangup" }])` builds.
const HANG_UP = {
  contentType: "application/xml",
  body: '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>',
} as const;

const FLEXML = "FlexML voice application requests";

/**
 * CarrierX: Mediator records (binding and dialout) become `call.ended`; FlexML requests become `call.ringing`
 * (inbound offer) or `call.answered` (outbound call), Gather actions `call.dtmf` and status callbacks
 * `call.ended`; SMS, conference, Record and Amd objects are recognised and answered `unsupported_event`
 * (docs/providers/carrierx.md).
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
    // The keys of the Mediator record, the SMS/MDR object, the conference Call and FlexML requests
    // (docs/providers/carrierx.md#no-event-discriminator).
    keys: ["endpoint_type", "dr_sid", "message_sid", "call_sid", "callsid"],
    matches: (fields) =>
      readLower(fields.get("endpoint_type")) === "mediator" ||
      (fields.get("dr_sid") !== undefined &&
        (fields.get("number_redirect") !== undefined || fields.get("reference_sid") !== undefined)) ||
      (fields.has("message_sid") && fields.has("partner_sid")) ||
      (fields.has("call_sid") &&
        (fields.get("meeting_room_sid") !== undefined || fields.get("access_code") !== undefined)) ||
      matchesFlexml(fields),
  },
  classify: (view) => {
    const kind = classifyCarrierx(view);
    switch (kind) {
      case "mediator":
      case "flexml-request":
      case "flexml-gather":
      case "flexml-status":
        return kind;
      default:
        return unsupportedEvent(UNSUPPORTED[kind]);
    }
  },
  shapes: {
    mediator: shape({
      schema: carrierxMediatorSchema,
      label: "CarrierX Mediator",
      product: "Mediator (number masking) call record",
      emits: ["call.ended"],
      normalize: normalizeCarrierx,
    }),
    "flexml-request": shape({
      schema: carrierxFlexmlRequestSchema,
      label: "CarrierX FlexML request",
      product: FLEXML,
      defaultReply: HANG_UP,
      emits: ["call.ringing", "call.answered"],
      normalize: normalizeFlexmlRequest,
    }),
    "flexml-gather": shape({
      schema: carrierxFlexmlGatherSchema,
      label: "CarrierX FlexML Gather action",
      product: FLEXML,
      defaultReply: HANG_UP,
      emits: ["call.dtmf"],
      normalize: normalizeFlexmlGather,
    }),
    "flexml-status": shape({
      schema: carrierxFlexmlStatusSchema,
      label: "CarrierX FlexML status",
      product: FLEXML,
      // "The response to this request is not used": no default reply.
      emits: ["call.ended"],
      normalize: normalizeFlexmlStatus,
    }),
  },
  payload: carrierxPayloadSchema,
  records: { finalSummaries: ["mediator", "flexml-status"], sessionIsCall: false },
  defaultRegion: null,
  builders: ["flexml"],
  fixtures: "fixtures/carrierx",
});
