import { carrierx } from "./carrierx/definition.js";
import type { PayloadOf } from "./define-provider.js";
import type { ProviderId } from "./ids.js";
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

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * Compiles only while the generated `ProviderId` (src/providers/ids.ts, `npm run wiring`) is exactly the registry's
 * ids: a stale one is a type error here.
 *
 * @example
 * ```ts
 * const agreed: IdsAgree = true;
 * ```
 */
export type IdsAgree = Assert<Same<(typeof PROVIDERS)[number]["id"], ProviderId>>;

export type { ProviderId };

/**
 * The `raw` payload type of each provider.
 *
 * @example
 * ```ts
 * type Raw = ProviderPayloads["telecmi"];
 * ```
 */
export type ProviderPayloads = { [D in (typeof PROVIDERS)[number] as D["id"]]: PayloadOf<D> };
