import { decodeBody } from "./decode/decode-body.js";
import type { Fields } from "./decode/fields.js";
import { invalidOption, readLimits } from "./decode/limits.js";
import { createDetector, createFieldView, type FieldViewWithKeys } from "./detect.js";
import { type CallbackError, callbackError } from "./errors.js";
import { excerpt, thrownName } from "./excerpt.js";
import { isKnownRegion } from "./normalize/phone.js";
import type { CallbackBody, ParseOptions } from "./options.js";
import type { ParseResult } from "./parse-result.js";
import {
  type EventsOf,
  isUnsupported,
  type ProviderContext,
  type ProviderDefinition,
} from "./providers/define-provider.js";
import { validate } from "./schema/validate.js";

/**
 * A callback parser: `parseCallback`, or a provider subpath's `parse`. `E` is the events it can return.
 *
 * @example
 * ```ts
 * import { parse } from "callhooks/telecmi";
 * const parseTelecmi: CallbackParser<CallEventOf<"telecmi">> = parse;
 * ```
 */
export type CallbackParser<E> = (
  body: CallbackBody,
  contentType?: string | null,
  options?: ParseOptions,
) => ParseResult<E>;

/**
 * A provider detector: `detectProvider`, or a provider subpath's `detect`. `P` is the ids it can return.
 *
 * @example
 * ```ts
 * import { detect } from "callhooks/telecmi";
 * const detectTelecmi: ProviderDetector<"telecmi"> = detect;
 * ```
 */
export type ProviderDetector<P extends string> = (
  body: CallbackBody,
  contentType?: string | null,
  options?: ParseOptions,
) => P | null;

type Prepared<D extends ProviderDefinition> =
  | {
      ok: true;
      fields: Fields;
      view: FieldViewWithKeys;
      provider: D;
      event: string | undefined;
      region: string | undefined;
    }
  | { ok: false; error: CallbackError };

const NO_OPTIONS: ParseOptions = {};

// @__NO_SIDE_EFFECTS__
function createPipeline<D extends ProviderDefinition>(providers: readonly D[]) {
  const detect = createDetector(providers);
  const byId = new Map<string, D>(providers.map((provider) => [provider.id, provider]));
  const names = providers.map((provider) => provider.id).join(", ");

  return (
    body: CallbackBody,
    contentType: string | null | undefined,
    options: ParseOptions | undefined,
  ): Prepared<D> => {
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
    const region = defaultCountry?.toUpperCase();
    const { fields } = decoded;
    const view = createFieldView(fields);
    if (wanted !== undefined) {
      const provider = byId.get(wanted);
      if (provider !== undefined) return { ok: true, fields, view, provider, event, region };
      return {
        ok: false,
        error: callbackError(
          "unknown_provider",
          `options.provider ${excerpt(String(wanted))} is not a provider of this import (${names}). Import parseCallback from "callhooks" for every provider.`,
        ),
      };
    }
    const found = detect(view);
    if (found.kind === "one") return { ok: true, fields, view, provider: found.provider, event, region };
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

/** One delivery through its provider: classify → validate → normalize, written once for every provider. */
function parseWith(
  provider: ProviderDefinition,
  fields: Fields,
  view: FieldViewWithKeys,
  event: string | undefined,
  region: string | undefined,
): ParseResult<unknown> {
  const context: ProviderContext = { event, region: region ?? provider.defaultRegion ?? undefined };
  const shapeName = provider.classify(view, context);
  if (isUnsupported(shapeName)) return unsupported(provider.id, shapeName.message);
  const shape = provider.shapes[shapeName];
  // Stryker disable next-line ConditionalExpression: a classifier answers with one of its own shapes; this guards a provider module's mistake.
  if (shape === undefined) return internalError(new Error(`${provider.id} has no shape ${shapeName}`));
  const checked = validate(shape.schema, fields, provider.id, shape.label);
  if (!checked.ok) return checked;
  const normalized = shape.normalize(checked.value, context);
  if (isUnsupported(normalized)) return unsupported(provider.id, normalized.message);
  return { ok: true, event: normalized };
}

const unsupported = (provider: string, message: string): { ok: false; error: CallbackError } => ({
  ok: false,
  error: callbackError("unsupported_event", message, provider),
});

/**
 * Builds a `parseCallback` over a set of providers: decode → detect → classify → validate → normalize.
 *
 * @param providers The provider definitions this parser knows.
 * @returns The parser; it never throws.
 * @example
 * ```ts
 * const parseTelecmi = createCallbackParser([telecmi]);
 * parseTelecmi('{"type":"cdr",…}', "application/json");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createCallbackParser<const D extends ProviderDefinition>(
  providers: readonly D[],
): CallbackParser<EventsOf<D>> {
  // Built on the first call, not at import: with createProviderDetector's, import("callhooks") 1.30× → 1.25× valibot's
  // (bench:cold).
  let prepare: ReturnType<typeof createPipeline<D>> | undefined;
  return (body, contentType, options) => {
    try {
      prepare ??= createPipeline(providers);
      const prepared = prepare(body, contentType, options);
      if (!prepared.ok) return prepared;
      const { provider, fields, view, event, region } = prepared;
      // The normalizer of a shape of provider D returns D's events: the one place their type is joined up.
      return parseWith(provider, fields, view, event, region) as ParseResult<EventsOf<D>>;
    } catch (error) {
      return internalError(error);
    }
  };
}

/**
 * Builds a `detectProvider` over a set of providers.
 *
 * @param providers The provider definitions this detector knows.
 * @returns The detector: the provider id, or `null` when none (or more than one) matches.
 * @example
 * ```ts
 * createProviderDetector([telecmi])('{"cmiuuid":"…"}', "application/json");
 * //=> "telecmi"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createProviderDetector<const D extends ProviderDefinition>(
  providers: readonly D[],
): ProviderDetector<D["id"]> {
  // Built on the first call, not at import.
  let prepare: ReturnType<typeof createPipeline<D>> | undefined;
  return (body, contentType, options) => {
    try {
      prepare ??= createPipeline(providers);
      const prepared = prepare(body, contentType, options);
      return prepared.ok ? prepared.provider.id : null;
    } catch {
      return null;
    }
  };
}
