import * as v from "valibot";
import type { ProviderId } from "../provider-id.js";
import { carrierxMediatorSchema } from "../providers/carrierx/schema.js";
import { kaleyraCallbackSchema } from "../providers/kaleyra/schema.js";
import type { ProviderPayloads } from "../providers/payloads.js";
import { telecmiEventSchema, telecmiLegacySchema } from "../providers/telecmi/schema.js";
import {
  urlnetworksApiIncomingCallSchema,
  urlnetworksExtensionSchema,
  urlnetworksIncomingSchema,
} from "../providers/urlnetworks/schema.js";
import {
  wavecellCallEventSchema,
  wavecellLegacyAggregatedSchema,
  wavecellLegacyHandleSchema,
  wavecellSessionSummarySchema,
} from "../providers/wavecell/schema.js";

// Each provider's payload schemas, which `parseEventJSON` checks an event's `raw` against (a provider's
// payload type is the union of them). Kept in this one file for the provider definitions to take over. The
// calls are marked pure so that a bundle that does not use them drops them.
const TELECMI = /* @__PURE__ */ v.union(
  [telecmiEventSchema, telecmiLegacySchema],
  "must be a TeleCMI payload (a CDR or live event with cmiuuid, or the oldest shape with cmiuid)",
);
const URLNETWORKS = /* @__PURE__ */ v.union(
  [urlnetworksIncomingSchema, urlnetworksExtensionSchema, urlnetworksApiIncomingCallSchema],
  "must be a URL Networks payload (an incoming, extension or API event)",
);
// The 8x8 envelopes first: a legacy Call Handle event has few required keys.
const WAVECELL = /* @__PURE__ */ v.union(
  [wavecellSessionSummarySchema, wavecellCallEventSchema, wavecellLegacyAggregatedSchema, wavecellLegacyHandleSchema],
  "must be a Wavecell or 8x8 payload (an 8x8 envelope, a legacy aggregated status or Call Handle event)",
);

// `{ raw }` per provider, so that an issue's path starts at `raw`.
const HOLDERS: { readonly [P in ProviderId]: v.GenericSchema<unknown, { raw: ProviderPayloads[P] }> } = {
  carrierx: /* @__PURE__ */ v.object({ raw: carrierxMediatorSchema }),
  kaleyra: /* @__PURE__ */ v.object({ raw: kaleyraCallbackSchema }),
  telecmi: /* @__PURE__ */ v.object({ raw: TELECMI }),
  urlnetworks: /* @__PURE__ */ v.object({ raw: URLNETWORKS }),
  wavecell: /* @__PURE__ */ v.object({ raw: WAVECELL }),
};

/**
 * The schema of `{ raw }` for a provider: `raw` one of the provider's payloads (issue paths start at `raw`).
 *
 * @param provider The provider.
 * @returns The schema.
 * @example
 * ```ts
 * v.is(payloadHolderOf("telecmi"), { raw: event.raw });
 * //=> true
 * ```
 */
export function payloadHolderOf<P extends ProviderId>(
  provider: P,
): v.GenericSchema<unknown, { raw: ProviderPayloads[P] }> {
  return HOLDERS[provider];
}
