import type { CallEventOf } from "../../events.js";
import type { ParseResult } from "../../parse-result.js";
import { unsupported, validate } from "../../schema/validate.js";
import type { CallbackProvider } from "../provider.js";
import { hasLegacyKeySet, resolveKaleyraEvent } from "./classify.js";
import { normalizeKaleyra } from "./normalize.js";
import { kaleyraCallbackSchema } from "./schema.js";

/**
 * The Kaleyra provider module: the Outbound Calling and Click to Call callback events (S002) and the legacy
 * click2call template. Kaleyra's keys are chosen by the customer (notes §3.3), so the route should pass
 * `provider: "kaleyra"` and the event; detection only claims a delivery with the legacy key set (notes §6).
 *
 * @example
 * ```ts
 * createCallbackParser([kaleyraProvider]);
 * ```
 */
export const kaleyraProvider: CallbackProvider<"kaleyra"> = {
  id: "kaleyra",
  name: "Kaleyra",
  // `receiver` is part of the strong fingerprint, so only deliveries that carry it are looked at.
  fingerprintKeys: ["receiver"],
  // Notes §6: receiver + an upper-case template status + a supporting key. `status` alone never decides:
  // TeleCMI sends `answered`/`missed`, Wavecell `CONNECTED` (notes §6), and none of them sends `receiver`.
  matches: (fields) => hasLegacyKeySet(fields, false),
  parse(fields, view, context): ParseResult<CallEventOf<"kaleyra">> {
    const resolved = resolveKaleyraEvent(view, context.event);
    if (!resolved.ok) return unsupported("kaleyra", resolved.message);
    const checked = validate(kaleyraCallbackSchema, fields, "kaleyra", `Kaleyra ${resolved.event}`);
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeKaleyra(checked.value, resolved.event, context) };
  },
};
