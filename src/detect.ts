import type { Fields } from "./decode/fields.js";
import { isAbsent } from "./normalize/absent.js";
import type { FieldView, ProviderDefinition } from "./providers/define-provider.js";

/**
 * What detection found: one provider, several (a payload that mixes fingerprints), or none.
 *
 * @example
 * ```ts
 * const found: Detection<typeof telecmi> = { kind: "one", provider: telecmi };
 * ```
 */
export type Detection<D extends ProviderDefinition> =
  | { readonly kind: "one"; readonly provider: D }
  | { readonly kind: "many"; readonly providers: readonly D[] }
  | { readonly kind: "none" };

/**
 * A field view that also lists its keys, as sent and in lower case.
 *
 * @example
 * ```ts
 * createFieldView(fields).lowerKeys;
 * //=> ["type", "cmiuuid", …]
 * ```
 */
export interface FieldViewWithKeys extends FieldView {
  /** The keys, as sent. */
  readonly keys: readonly string[];
  /** The same keys in lower case, in the same order. */
  readonly lowerKeys: readonly string[];
}

class KeyView implements FieldViewWithKeys {
  readonly keys: readonly string[];
  readonly #fields: Fields;
  // Computed on first need (detection, or a name not found as spelled).
  #lowerKeys: readonly string[] | undefined;

  constructor(fields: Fields) {
    this.keys = Object.keys(fields);
    this.#fields = fields;
  }

  get lowerKeys(): readonly string[] {
    this.#lowerKeys ??= this.keys.map((key) => key.toLowerCase());
    return this.#lowerKeys;
  }

  get(name: string): unknown {
    const fields = this.#fields;
    if (Object.hasOwn(fields, name)) return fields[name];
    // Else the first key sent that matches without case (a scan: a map or a lower-case-only shortcut was measured
    // to save under 1 % of a parse, npm run bench:stages -- --tricks).
    const lower = name.toLowerCase();
    const { keys, lowerKeys } = this;
    for (let index = 0; index < keys.length; index++) {
      if (lowerKeys[index] === lower) return fields[keys[index] as string];
    }
    return undefined;
  }

  has(name: string): boolean {
    return !isAbsent(this.get(name));
  }
}

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
  return new KeyView(fields);
}

const NONE = { kind: "none" } as const;
const NO_CANDIDATES: readonly number[] = [];

/**
 * Builds a detector over a set of providers. It indexes each provider's fingerprint keys once, so a
 * delivery costs one lookup per key it carries, whatever the number of providers; only the providers whose
 * keys appear confirm their fingerprint. (The candidates of the last key list were kept, for a provider that sends
 * the same keys delivery after delivery: under 5 % of a parse, npm run bench:stages -- --tricks.)
 *
 * @param providers The providers of this build.
 * @returns The detector.
 * @example
 * ```ts
 * createDetector([telecmi])(createFieldView(fields));
 * //=> { kind: "one", provider: telecmi }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createDetector<D extends ProviderDefinition>(
  providers: readonly D[],
): (view: FieldViewWithKeys) => Detection<D> {
  const candidatesByKey = new Map<string, number[]>();
  providers.forEach((provider, index) => {
    for (const key of provider.fingerprint.keys) {
      const list = candidatesByKey.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      candidatesByKey.set(key, list);
    }
  });
  const ones: Detection<D>[] = providers.map((provider) => ({ kind: "one", provider }));
  /** The providers whose fingerprint keys a key list holds, each once, in the order of their first key. */
  const candidatesOf = (lowerKeys: readonly string[]): number[] => {
    const found: number[] = [];
    for (const key of lowerKeys) {
      for (const index of candidatesByKey.get(key) ?? NO_CANDIDATES) if (!found.includes(index)) found.push(index);
    }
    return found;
  };
  return (view) => {
    const candidates = candidatesOf(view.lowerKeys);
    let first = -1;
    let found: D[] | undefined;
    for (const index of candidates) {
      const provider = providers[index] as D;
      if (!provider.fingerprint.matches(view)) continue;
      if (first === -1) first = index;
      else if (found === undefined) found = [providers[first] as D, provider];
      else found.push(provider);
    }
    if (found !== undefined) return { kind: "many", providers: found };
    return first === -1 ? NONE : (ones[first] as Detection<D>);
  };
}
