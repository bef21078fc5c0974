import type { CarrierxPayload } from "./carrierx/schema.js";
import type { TelecmiPayload } from "./telecmi/schema.js";
import type { UrlnetworksPayload } from "./urlnetworks/schema.js";

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
  /** TeleCMI CDRs and live events. */
  telecmi: TelecmiPayload;
  /** URL Networks Hosted PBX events. */
  urlnetworks: UrlnetworksPayload;
}
