import type { NumberStyle } from "./phone.js";

/**
 * The number style of a provider, with `options.defaultCountry` overriding the provider's own region.
 *
 * @param international Whether the provider sends international digits without `+`.
 * @param providerRegion The provider's region for national numbers, if it has one.
 * @param defaultCountry `options.defaultCountry`, upper case.
 * @returns The style.
 * @example
 * ```ts
 * numberStyle(false, "AU", undefined);
 * //=> { international: false, region: "AU" }
 * ```
 */
export function numberStyle(
  international: boolean,
  providerRegion: string | undefined,
  defaultCountry: string | undefined,
): NumberStyle {
  return { international, region: defaultCountry ?? providerRegion };
}
