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
// payload type is the union of them). Kept in this one file for the provider definitions to take over.
const PAYLOAD_SCHEMAS: { readonly [P in ProviderId]: v.GenericSchema<unknown, ProviderPayloads[P]> } = {
  carrierx: carrierxMediatorSchema,
  kaleyra: kaleyraCallbackSchema,
  telecmi: v.union(
    [telecmiEventSchema, telecmiLegacySchema],
    "must be a TeleCMI payload (a CDR or live event with cmiuuid, or the oldest shape with cmiuid)",
  ),
  urlnetworks: v.union(
    [urlnetworksIncomingSchema, urlnetworksExtensionSchema, urlnetworksApiIncomingCallSchema],
    "must be a URL Networks payload (an incoming, extension or API event)",
  ),
  // The 8x8 envelopes first: a legacy Call Handle event has few required keys.
  wavecell: v.union(
    [wavecellSessionSummarySchema, wavecellCallEventSchema, wavecellLegacyAggregatedSchema, wavecellLegacyHandleSchema],
    "must be a Wavecell or 8x8 payload (an 8x8 envelope, a legacy aggregated status or Call Handle event)",
  ),
};

const HOLDERS: { readonly [P in ProviderId]: v.GenericSchema<unknown, { raw: ProviderPayloads[P] }> } = {
  carrierx: v.object({ raw: PAYLOAD_SCHEMAS.carrierx }),
  kaleyra: v.object({ raw: PAYLOAD_SCHEMAS.kaleyra }),
  telecmi: v.object({ raw: PAYLOAD_SCHEMAS.telecmi }),
  urlnetworks: v.object({ raw: PAYLOAD_SCHEMAS.urlnetworks }),
  wavecell: v.object({ raw: PAYLOAD_SCHEMAS.wavecell }),
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
