import type { CarrierxPayload } from "./carrierx/schema.js";
import type { KaleyraPayload } from "./kaleyra/schema.js";
import type { TelecmiPayload } from "./telecmi/schema.js";
import type { UrlnetworksPayload } from "./urlnetworks/schema.js";
import type { WavecellPayload } from "./wavecell/schema.js";

/**
 * The `raw` payload type of each provider: one line per provider.
 *
 * @example
 * ```ts
 * type Raw = ProviderPayloads["telecmi"];
 * ```
 */
export interface ProviderPayloads {
  /** CarrierX Mediator records. */
  carrierx: CarrierxPayload;
  /** Legacy Wavecell and current 8x8 events. */
  wavecell: WavecellPayload;
  /** Kaleyra callback-URL deliveries. */
  kaleyra: KaleyraPayload;
  /** TeleCMI CDRs and live events. */
  telecmi: TelecmiPayload;
  /** URL Networks Hosted PBX events. */
  urlnetworks: UrlnetworksPayload;
}
