import type { Fields } from "../decode/fields.js";
import type { CallEventOf } from "../events.js";
import type { ParseResult } from "../parse-result.js";
import type { ProviderId } from "../provider-id.js";

/**
 * Read access to a delivery's fields by name, as spelled or without case, for fingerprints.
 *
 * @example
 * ```ts
 * view.get("cmiuuid");
 * //=> "16132200-57fa-47b5-888d-4ab5b7e631ee"
 * ```
 */
export interface FieldView {
  /** The value of the key spelled `name`, else of the first key that matches it without case. */
  get(name: string): unknown;
  /** Whether such a key is there and its value is not absent. */
  has(name: string): boolean;
}

/**
 * What a provider needs besides the fields.
 *
 * @example
 * ```ts
 * const context: ProviderContext = { event: "call_end", defaultCountry: "IN" };
 * ```
 */
export interface ProviderContext {
  /** The native event name from `options.event`. */
  readonly event: string | undefined;
  /** The region from `options.defaultCountry`, upper case. */
  readonly defaultCountry: string | undefined;
}

/**
 * A provider module: its fingerprint and its parser. The pipeline knows nothing else about it.
 *
 * @example
 * ```ts
 * const parse = createCallbackParser([telecmiProvider]);
 * ```
 */
export interface CallbackProvider<P extends ProviderId = ProviderId> {
  /** The provider id. */
  readonly id: P;
  /** The provider's name, for messages. */
  readonly name: string;
  /** The keys (lower case) whose presence, in any case, makes this provider a candidate (its fingerprint keys). */
  readonly fingerprintKeys: readonly string[];
  /** Confirms the provider's strong fingerprint. */
  matches(fields: FieldView): boolean;
  /** Classifies, validates and normalizes one delivery. */
  parse(fields: Fields, view: FieldView, context: ProviderContext): ParseResult<CallEventOf<P>>;
}
