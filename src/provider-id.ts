/**
 * The providers callhooks knows. `wavecell` covers legacy Wavecell and current 8x8 shapes.
 *
 * @example
 * ```ts
 * const provider: ProviderId = "telecmi";
 * ```
 */
export type ProviderId = "carrierx" | "wavecell" | "kaleyra" | "telecmi" | "urlnetworks";
