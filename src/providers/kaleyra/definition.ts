import type { CallEventType } from "../../events.js";
import { defineProvider, shape } from "../define-provider.js";
import {
  hasLegacyKeySet,
  type KaleyraApiEventName,
  type KaleyraIvrEventName,
  resolveKaleyraEvent,
} from "./classify.js";
import { normalizeKaleyra, normalizeKaleyraIvr } from "./normalize.js";
import { kaleyraCallbackSchema, kaleyraKeypressSchema, kaleyraPayloadSchema } from "./schema.js";

const event = (name: KaleyraApiEventName, product: string, emits: CallEventType) =>
  shape({
    schema: kaleyraCallbackSchema,
    label: `Kaleyra ${name}`,
    product,
    emits: [emits],
    normalize: (payload, context) => normalizeKaleyra(payload, name, context),
  });

const OUTBOUND = "Outbound Calling API callback";
const CLICK_TO_CALL = "Click to Call API callback";
const IVR = "Legacy IVR callback URLs (call masking; callhooks' event names)";

// An IVR lookup waits for the number to dial (`200|dial=<number>`), `300` or `400`; an empty reply gives it
// nothing. With no call logic, `400` ("Unknown", "unable to connect") is the answer that routes nowhere
// (docs/providers/kaleyra.md#ivr-lookup-reply).
const UNKNOWN_CALLER = { contentType: "text/plain", body: "400" } as const;

const ivr = (name: KaleyraIvrEventName, emits: CallEventType) =>
  shape({
    schema: name === "ivr_keypress" ? kaleyraKeypressSchema : kaleyraCallbackSchema,
    label: `Kaleyra ${name}`,
    product: IVR,
    emits: [emits],
    ...(name === "ivr_call_end" ? {} : { defaultReply: UNKNOWN_CALLER }),
    normalize: (payload, context) => normalizeKaleyraIvr(payload, name, context),
  });

/**
 * Kaleyra: the Outbound Calling and Click to Call callback events, the legacy click2call template, and the
 * legacy IVR callback URLs. Its keys are chosen by the customer, so the route passes `provider: "kaleyra"` and
 * the event; detection only claims a delivery with the legacy key set (docs/providers/kaleyra.md).
 *
 * @example
 * ```ts
 * createCallbackParser([kaleyra]);
 * ```
 */
export const kaleyra = defineProvider({
  id: "kaleyra",
  name: "Kaleyra",
  fingerprint: {
    // `receiver` is part of the strong fingerprint, so only deliveries that carry it are looked at.
    keys: ["receiver"],
    // receiver + an upper-case template status + a supporting key (docs/providers/kaleyra.md#detection).
    // `status` alone never decides: TeleCMI sends `answered`/`missed`, Wavecell `CONNECTED`, and none of them
    // sends `receiver`. The IVR keys (`callto`, `keypress`, `calltime`) are the customer's names: never claimed.
    matches: (fields) => hasLegacyKeySet(fields, false),
  },
  classify: (view, context) => resolveKaleyraEvent(view, context.event),
  shapes: {
    call_start: event("call_start", OUTBOUND, "call.initiated"),
    call_answer: event("call_answer", OUTBOUND, "call.answered"),
    from_call_start: event("from_call_start", CLICK_TO_CALL, "call.initiated"),
    to_call_start: event("to_call_start", CLICK_TO_CALL, "call.initiated"),
    from_call_answer: event("from_call_answer", CLICK_TO_CALL, "call.answered"),
    to_call_answer: event("to_call_answer", CLICK_TO_CALL, "call.answered"),
    call_end: event("call_end", `${OUTBOUND}, ${CLICK_TO_CALL}, legacy click2call template`, "call.ended"),
    ivr_lookup: ivr("ivr_lookup", "call.ringing"),
    ivr_keypress: ivr("ivr_keypress", "call.dtmf"),
    ivr_call_end: ivr("ivr_call_end", "call.ended"),
  },
  payload: kaleyraPayloadSchema,
  records: { finalSummaries: ["call_end", "ivr_call_end"], sessionIsCall: true },
  defaultRegion: null,
  builders: ["buildCallbackParam"],
  fixtures: "fixtures/kaleyra",
});
