import * as v from "valibot";
import { PROVIDERS, type ProviderId, type ProviderPayloads } from "../providers/registry.js";
import { once } from "../schema/deferred.js";

type Holder<P extends ProviderId> = v.GenericSchema<unknown, { raw: ProviderPayloads[P] }>;

/** `{ raw }` per provider, `raw` checked by the provider's payload schema (its definition's `payload`). */
// @__NO_SIDE_EFFECTS__
function holdersOf(providers: typeof PROVIDERS): ReadonlyMap<string, v.GenericSchema> {
  return new Map(providers.map((definition) => [definition.id, v.object({ raw: definition.payload })]));
}

// Built on first use (not at import), by a pure call, so that a bundle without parseEventJSON (the fold alone)
// drops it and every provider with it.
const holders = /* @__PURE__ */ once(() => holdersOf(PROVIDERS));

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
export function payloadHolderOf<P extends ProviderId>(provider: P): Holder<P> {
  // Each definition's `payload` is typed by defineProvider as the union of its shapes' outputs: ProviderPayloads[P].
  return holders().get(provider) as Holder<P>;
}
