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
 * A field view that also lists its keys, as sent.
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

/** A name of printable ASCII characters alone: the spelling of every name a provider module reads. */
const ASCII = /^[ -~]*$/;

class KeyView implements FieldViewWithKeys {
  readonly keys: readonly string[];
  readonly #fields: Fields;

  constructor(fields: Fields) {
    this.keys = Object.keys(fields);
    this.#fields = fields;
  }

  get(name: string): unknown {
    const fields = this.#fields;
    if (Object.hasOwn(fields, name)) return fields[name];
    // Else the first key sent that matches without case: a scan that lower-cases only the keys of the name's length
    // when the name is ASCII (a key that lower-cases to ASCII text keeps its length; test/detect.test.ts holds it to
    // lower-casing every key). With the detector's filter below: 7-9 % of a parse (bench:stages -- --tricks).
    const lower = name.toLowerCase();
    const { keys } = this;
    const sameLengthOnly = ASCII.test(lower);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      if (sameLengthOnly && key.length !== lower.length) continue;
      if (key.toLowerCase() === lower) return fields[key];
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

/** The bit of a first character (ASCII) in a mask of first letters: its lower case's low five bits. */
const letterBit = (code: number): number => 1 << ((code | 0x20) & 31);
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
  // A key can be a fingerprint key in another case only if it has the same length (a key that lower-cases to ASCII
  // text keeps its length) and, when its first character is ASCII, the same first letter: the other keys are passed
  // over without lower-casing them. Per length, a mask of first letters (their low five bits; a clash only means a
  // key is looked up for nothing). test/detect.test.ts holds it to looking every key up in lower case. 7-9 % of a parse
  // with KeyView.get's (bench:stages -- --tricks).
  const firstLetters = new Map<number, number>();
  for (const key of candidatesByKey.keys()) {
    firstLetters.set(key.length, (firstLetters.get(key.length) ?? 0) | letterBit(key.charCodeAt(0)));
  }
  const ones: Detection<D>[] = providers.map((provider) => ({ kind: "one", provider }));
  /** The providers whose fingerprint keys a key list holds, each once, in the order of their first key. */
  const candidatesOf = (keys: readonly string[]): number[] => {
    const found: number[] = [];
    for (const key of keys) {
      const letters = firstLetters.get(key.length);
      if (letters === undefined) continue;
      const first = key.charCodeAt(0);
      if (first < 128 && (letters & letterBit(first)) === 0) continue;
      const list = candidatesByKey.get(key) ?? candidatesByKey.get(key.toLowerCase()) ?? NO_CANDIDATES;
      for (const index of list) if (!found.includes(index)) found.push(index);
    }
    return found;
  };
  return (view) => {
    const candidates = candidatesOf(view.keys);
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
