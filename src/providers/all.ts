import type { ProviderId } from "../provider-id.js";
import { carrierxProvider } from "./carrierx/provider.js";
import { kaleyraProvider } from "./kaleyra/provider.js";
import type { CallbackProvider } from "./provider.js";
import { telecmiProvider } from "./telecmi/provider.js";
import { urlnetworksProvider } from "./urlnetworks/provider.js";
import { wavecellProvider } from "./wavecell/provider.js";

/**
 * Every provider module, in the detection order of notes §6: one line per provider.
 *
 * @example
 * ```ts
 * createCallbackParser(ALL_PROVIDERS);
 * ```
 */
export const ALL_PROVIDERS: readonly CallbackProvider<ProviderId>[] = [
  wavecellProvider,
  telecmiProvider,
  urlnetworksProvider,
  carrierxProvider,
  kaleyraProvider,
];
