import type { CallEventType } from "../../events.js";
import { defineProvider, shape } from "../define-provider.js";
import { hasLegacyKeySet, type KaleyraEventName, resolveKaleyraEvent } from "./classify.js";
import { normalizeKaleyra } from "./normalize.js";
import { kaleyraCallbackSchema } from "./schema.js";

const event = (name: KaleyraEventName, product: string, emits: CallEventType) =>
  shape({
    schema: kaleyraCallbackSchema,
    label: `Kaleyra ${name}`,
    product,
    emits: [emits],
    normalize: (payload, context) => normalizeKaleyra(payload, name, context),
  });

const OUTBOUND = "Outbound Calling API callback";
const CLICK_TO_CALL = "Click to Call API callback";

/**
 * Kaleyra: the Outbound Calling and Click to Call callback events and the legacy click2call template. Its keys
 * are chosen by the customer, so the route passes `provider: "kaleyra"` and the event; detection only claims
 * a delivery with the legacy key set (docs/providers/kaleyra.md).
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
    // Notes §6: receiver + an upper-case template status + a supporting key. `status` alone never decides:
    // TeleCMI sends `answered`/`missed`, Wavecell `CONNECTED` (notes §6), and none of them sends `receiver`.
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
  },
  defaultRegion: null,
  builders: ["buildCallbackParam"],
  fixtures: "fixtures/kaleyra",
});
