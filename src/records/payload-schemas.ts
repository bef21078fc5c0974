import * as v from "valibot";
import { PROVIDERS, type ProviderId, type ProviderPayloads } from "../providers/registry.js";

// `{ raw }` per provider, with `raw` checked by the provider's payload schema (its definition's `payload`), so that
// an issue's path starts at `raw`. Pure: a bundle without parseEventJSON drops them.
type Holder<P extends ProviderId> = v.GenericSchema<unknown, { raw: ProviderPayloads[P] }>;
const HOLDERS: ReadonlyMap<string, v.GenericSchema> = /* @__PURE__ */ new Map(
  PROVIDERS.map((definition) => [definition.id, v.object({ raw: definition.payload })]),
);

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
  return HOLDERS.get(provider) as Holder<P>;
}
