import { carrierx } from "./carrierx/definition.js";
import type { PayloadOf } from "./define-provider.js";
import { kaleyra } from "./kaleyra/definition.js";
import { telecmi } from "./telecmi/definition.js";
import { urlnetworks } from "./urlnetworks/definition.js";
import { wavecell } from "./wavecell/definition.js";

/**
 * Every provider callhooks knows, one line each. `ProviderId`, the payload map, the package's subpaths
 * (`npm run wiring`), the CLI's provider list and the per-provider tests are derived from this list.
 *
 * @example
 * ```ts
 * PROVIDERS.map((provider) => provider.id);
 * //=> ["wavecell", "telecmi", "urlnetworks", "carrierx", "kaleyra"]
 * ```
 */
export const PROVIDERS = [wavecell, telecmi, urlnetworks, carrierx, kaleyra] as const;

/**
 * The providers callhooks knows. `wavecell` covers legacy Wavecell and current 8x8 shapes.
 *
 * @example
 * ```ts
 * const provider: ProviderId = "telecmi";
 * ```
 */
export type ProviderId = (typeof PROVIDERS)[number]["id"];

/**
 * The `raw` payload type of each provider.
 *
 * @example
 * ```ts
 * type Raw = ProviderPayloads["telecmi"];
 * ```
 */
export type ProviderPayloads = { [D in (typeof PROVIDERS)[number] as D["id"]]: PayloadOf<D> };
