import type { Fields } from "./decode/fields.js";
import { isAbsent } from "./normalize/absent.js";
import type { ProviderId } from "./provider-id.js";
import type { CallbackProvider, FieldView } from "./providers/provider.js";

/**
 * What detection found: one provider, several (a payload that mixes fingerprints), or none.
 *
 * @example
 * ```ts
 * const found: Detection<"telecmi"> = { kind: "one", provider: telecmiProvider };
 * ```
 */
export type Detection<P extends ProviderId> =
  | { readonly kind: "one"; readonly provider: CallbackProvider<P> }
  | { readonly kind: "many"; readonly providers: readonly CallbackProvider<P>[] }
  | { readonly kind: "none" };

/**
 * A field view that also lists its lowercase keys.
 *
 * @example
 * ```ts
 * createFieldView(fields).keys;
 * //=> ["type", "cmiuuid", …]
 * ```
 */
export interface FieldViewWithKeys extends FieldView {
  /** The keys, as sent. */
  readonly keys: readonly string[];
}

/** Up to this many keys, a name not found as spelled is looked for by a scan rather than a lowercase map. */
const LINEAR_SCAN_KEYS = 32;

/**
 * Builds a field view: a key is found as spelled, else without case (the first spelling sent wins).
 *
 * @param fields The decoded fields.
 * @returns The view.
 * @example
 * ```ts
 * createFieldView(fields).get("cmiuuid");
 * ```
 */
export function createFieldView(fields: Fields): FieldViewWithKeys {
  const keys = Object.keys(fields);
  // Built only for a long key list whose name was not found as spelled (another case, or an absent key).
  let byLowerKey: Map<string, unknown> | undefined;
  const get = (name: string): unknown => {
    if (Object.hasOwn(fields, name)) return fields[name];
    const lower = name.toLowerCase();
    // A callback's dozen keys are scanned (a key of another length is skipped unread) faster than a map is built.
    if (keys.length <= LINEAR_SCAN_KEYS) {
      for (const key of keys) if (key.length === lower.length && key.toLowerCase() === lower) return fields[key];
      return undefined;
    }
    if (byLowerKey === undefined) {
      byLowerKey = new Map();
      for (const key of keys) {
        const lowerKey = key.toLowerCase();
        if (!byLowerKey.has(lowerKey)) byLowerKey.set(lowerKey, fields[key]);
      }
    }
    return byLowerKey.get(lower);
  };
  return { keys, get, has: (name) => !isAbsent(get(name)) };
}

/**
 * Builds a detector over a set of providers. It indexes each provider's fingerprint keys once, so a
 * delivery costs one lookup per key it carries, whatever the number of providers; only the providers whose
 * keys appear confirm their fingerprint.
 *
 * @param providers The providers of this build.
 * @returns The detector.
 * @example
 * ```ts
 * createDetector([telecmiProvider])(createFieldView(fields));
 * //=> { kind: "one", provider: telecmiProvider }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createDetector<P extends ProviderId>(
  providers: readonly CallbackProvider<P>[],
): (view: FieldViewWithKeys) => Detection<P> {
  const candidatesByKey = new Map<string, CallbackProvider<P>[]>();
  for (const provider of providers) {
    for (const key of provider.fingerprintKeys) {
      const list = candidatesByKey.get(key) ?? [];
      if (!list.includes(provider)) list.push(provider);
      candidatesByKey.set(key, list);
    }
  }
  return (view) => {
    const found: CallbackProvider<P>[] = [];
    const tried: CallbackProvider<P>[] = [];
    for (const key of view.keys) {
      // toLowerCase returns a lower-case key as it is: one lookup per key.
      const candidates = candidatesByKey.get(key.toLowerCase());
      if (candidates === undefined) continue;
      for (const provider of candidates) {
        if (tried.includes(provider)) continue;
        tried.push(provider);
        if (provider.matches(view)) found.push(provider);
      }
    }
    const [first] = found;
    if (first === undefined) return { kind: "none" };
    return found.length === 1 ? { kind: "one", provider: first } : { kind: "many", providers: found };
  };
}
