import { distance } from "fastest-levenshtein";

// Past this length a mistyped name is no typo of a short one: no distance is worked out (the cost is the product of
// the lengths).
const MAX_TYPED = 80;

/**
 * The known name closest to what was typed, if it is a typo of it: at most two edits away (Levenshtein), the first
 * in `known`'s order on a tie.
 *
 * @param typed What the user typed.
 * @param known The names it may be a typo of.
 * @returns The suggestion, or `undefined` when none is that close.
 * @example
 * ```ts
 * suggest("lisen", ["parse", "listen", "send"]);
 * //=> "listen"
 * ```
 */
export function suggest(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > MAX_TYPED) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    if (Math.abs(name.length - typed.length) >= bestDistance) continue;
    const edits = distance(typed, name);
    if (edits < bestDistance) {
      best = name;
      bestDistance = edits;
    }
  }
  return best;
}

/**
 * ` (did you mean X?)` for a typo of a known name, else nothing.
 *
 * @param typed What the user typed.
 * @param known The names it may be a typo of.
 * @param shown How to show the suggestion (default: as it is).
 * @returns The text to append to an error line.
 * @example
 * ```ts
 * didYouMean("prot", ["port", "host"], (name) => `--${name}`);
 * //=> " (did you mean --port?)"
 * ```
 */
export function didYouMean(typed: string, known: readonly string[], shown = (name: string) => name): string {
  const found = suggest(typed, known);
  return found === undefined ? "" : ` (did you mean ${shown(found)}?)`;
}
