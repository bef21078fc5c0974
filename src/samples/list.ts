import type { ProviderId } from "../providers/registry.js";
import { SAMPLES_BY_PROVIDER } from "./data/index.js";
import type { SampleDelivery } from "./sample-delivery.js";

/**
 * Lists the bundled samples: every fixture of every provider (or of one), in name order.
 *
 * @param provider A provider id, to list its samples only (an unknown id lists none).
 * @returns New copies of the samples: changing one changes no other caller's.
 * @example
 * ```ts
 * import * as samples from "callhooks/samples";
 * samples.list("kaleyra").filter((sample) => sample.type === "call.ended").map((sample) => sample.name);
 * //=> ["kaleyra/call-end-callee-only.query", "kaleyra/call-end-caller-only.query", …]
 * ```
 */
export function list(provider?: ProviderId): SampleDelivery[] {
  const groups: readonly (readonly SampleDelivery[])[] =
    provider === undefined
      ? Object.values(SAMPLES_BY_PROVIDER)
      : Object.hasOwn(SAMPLES_BY_PROVIDER, provider)
        ? [SAMPLES_BY_PROVIDER[provider]]
        : [];
  return groups.flatMap((group) => group.map((sample) => ({ ...sample })));
}
