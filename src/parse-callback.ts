import { decodeBody } from "./decode/decode-body.js";
import type { Fields } from "./decode/fields.js";
import { invalidOption, readLimits } from "./decode/limits.js";
import { createDetector, createFieldView, type FieldViewWithKeys } from "./detect.js";
import { type CallbackError, callbackError, excerpt, thrownName } from "./errors.js";
import type { CallEventOf } from "./events.js";
import { isKnownRegion } from "./normalize/phone.js";
import type { CallbackBody, ParseOptions } from "./options.js";
import type { ParseResult } from "./parse-result.js";
import type { ProviderId } from "./provider-id.js";
import type { CallbackProvider, ProviderContext } from "./providers/provider.js";

/**
 * A callback parser over a set of providers.
 *
 * @example
 * ```ts
 * const parse: CallbackParser<"telecmi"> = createCallbackParser([telecmiProvider]);
 * ```
 */
export type CallbackParser<P extends ProviderId> = (
  body: CallbackBody,
  contentType?: string | null,
  options?: ParseOptions,
) => ParseResult<CallEventOf<P>>;

/**
 * A provider detector over a set of providers.
 *
 * @example
 * ```ts
 * const detect: ProviderDetector<"telecmi"> = createProviderDetector([telecmiProvider]);
 * ```
 */
export type ProviderDetector<P extends ProviderId> = (
  body: CallbackBody,
  contentType?: string | null,
  options?: ParseOptions,
) => P | null;

type Prepared<P extends ProviderId> =
  | { ok: true; fields: Fields; view: FieldViewWithKeys; provider: CallbackProvider<P>; context: ProviderContext }
  | { ok: false; error: CallbackError };

const NO_OPTIONS: ParseOptions = {};

// @__NO_SIDE_EFFECTS__
function createPipeline<P extends ProviderId>(providers: readonly CallbackProvider<P>[]) {
  const detect = createDetector(providers);
  const byId = new Map<string, CallbackProvider<P>>(providers.map((provider) => [provider.id, provider]));
  const names = providers.map((provider) => provider.id).join(", ");

  return (
    body: CallbackBody,
    contentType: string | null | undefined,
    options: ParseOptions | undefined,
  ): Prepared<P> => {
    const { provider: wanted, event, query, defaultCountry } = options ?? NO_OPTIONS;
    const limits = readLimits(options);
    if (!limits.ok) return limits;
    if (
      defaultCountry !== undefined &&
      (typeof defaultCountry !== "string" || !isKnownRegion(defaultCountry.toUpperCase()))
    ) {
      return invalidOption("defaultCountry", 'must be an ISO 3166 alpha-2 region such as "AU" or "IN".');
    }
    if (event !== undefined && typeof event !== "string") return invalidOption("event", "must be a string.");
    const decoded = decodeBody(body, contentType, query, limits.limits);
    if (!decoded.ok) return decoded;
    const context: ProviderContext = { event, defaultCountry: defaultCountry?.toUpperCase() };
    const { fields } = decoded;
    const view = createFieldView(fields);
    if (wanted !== undefined) {
      const provider = byId.get(wanted);
      if (provider !== undefined) return { ok: true, fields, view, provider, context };
      return {
        ok: false,
        error: callbackError(
          "unknown_provider",
          `options.provider ${excerpt(String(wanted))} is not a provider of this import (${names}). Import parseCallback from "callhooks" for every provider.`,
        ),
      };
    }
    const found = detect(view);
    if (found.kind === "one") return { ok: true, fields, view, provider: found.provider, context };
    if (found.kind === "many") {
      const which = found.providers.map((provider) => provider.name).join(" and ");
      return {
        ok: false,
        error: callbackError(
          "unknown_provider",
          `The payload carries the fingerprints of ${which} at once, so its provider cannot be told. Pass options.provider from the route that received it.`,
        ),
      };
    }
    const keys = Object.keys(fields);
    const shown = keys
      .slice(0, 6)
      .map((key) => excerpt(key))
      .join(", ");
    return {
      ok: false,
      error: callbackError(
        "unknown_provider",
        `No provider of this import (${names}) recognises a payload with the keys ${shown}${keys.length > 6 ? ", …" : ""}. Pass options.provider if the route knows it (Kaleyra always needs it), and check that the whole body was passed.`,
      ),
    };
  };
}

const internalError = (error: unknown): { ok: false; error: CallbackError } => ({
  ok: false,
  error: callbackError(
    "malformed_body",
    `callhooks could not read this delivery (${thrownName(error, "unknown error")}). Pass the body as a string, bytes or a plain object; if it was one, please report this with the payload's shape.`,
  ),
});

/**
 * Builds a `parseCallback` over a set of providers: decode → detect → validate → normalize.
 *
 * @param providers The providers this parser knows.
 * @returns The parser; it never throws.
 * @example
 * ```ts
 * const parseTelecmi = createCallbackParser([telecmiProvider]);
 * parseTelecmi('{"type":"cdr",…}', "application/json");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createCallbackParser<P extends ProviderId>(
  providers: readonly CallbackProvider<P>[],
): CallbackParser<P> {
  const prepare = createPipeline(providers);
  return (body, contentType, options) => {
    try {
      const prepared = prepare(body, contentType, options);
      if (!prepared.ok) return prepared;
      return prepared.provider.parse(prepared.fields, prepared.view, prepared.context);
    } catch (error) {
      return internalError(error);
    }
  };
}

/**
 * Builds a `detectProvider` over a set of providers.
 *
 * @param providers The providers this detector knows.
 * @returns The detector: the provider id, or `null` when none (or more than one) matches.
 * @example
 * ```ts
 * createProviderDetector([telecmiProvider])('{"cmiuuid":"…"}', "application/json");
 * //=> "telecmi"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createProviderDetector<P extends ProviderId>(
  providers: readonly CallbackProvider<P>[],
): ProviderDetector<P> {
  const prepare = createPipeline(providers);
  return (body, contentType, options) => {
    try {
      const prepared = prepare(body, contentType, options);
      return prepared.ok ? prepared.provider.id : null;
    } catch {
      return null;
    }
  };
}
