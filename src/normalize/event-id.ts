const PERCENT = /%/g;
const COLON = /:/g;

/**
 * Builds the dedupe id of an event from the provider, its native event and the ids that tell one event of
 * that kind from another (call leg, extension, …). The same delivery always gives the same id.
 *
 * @param provider The provider.
 * @param parts The native event and its identifying values, in a fixed order; an absent part is empty, so
 *   parts never shift.
 * @returns The id, its parts joined by `:` (a `:` or `%` inside a part is percent-encoded).
 * @example
 * ```ts
 * eventId("telecmi", ["cdr", "answered", "16132200-57fa-47b5-888d-4ab5b7e631ee"]);
 * //=> "telecmi:cdr:answered:16132200-57fa-47b5-888d-4ab5b7e631ee"
 * ```
 */
export function eventId(provider: string, parts: readonly (string | null | undefined)[]): string {
  let id: string = provider;
  for (const part of parts) {
    if (part === null || part === undefined) {
      id += ":";
      continue;
    }
    id += `:${part.includes(":") || part.includes("%") ? part.replace(PERCENT, "%25").replace(COLON, "%3A") : part}`;
  }
  return id;
}
