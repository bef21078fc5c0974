import { type CallbackError, callbackError } from "../errors.js";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_FIELDS, type ParseOptions } from "../options.js";

/**
 * The limits one delivery is decoded under, the same for a body callhooks decodes and one a framework decoded.
 *
 * @example
 * ```ts
 * const limits: Limits = { maxBodyBytes: 1_048_576, maxFields: 1000, maxDepth: 64 };
 * ```
 */
export interface Limits {
  /** The largest body, in bytes (a parsed body: the characters of its keys and text). */
  readonly maxBodyBytes: number;
  /** The most fields in the body, and apart in the query: form pairs, or JSON keys and array items. */
  readonly maxFields: number;
  /** The deepest nesting of objects and arrays; the body itself is level 1. */
  readonly maxDepth: number;
}

/**
 * The limits of a parse without options.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxFields;
 * //=> 1000
 * ```
 */
export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  maxFields: DEFAULT_MAX_FIELDS,
  maxDepth: DEFAULT_MAX_DEPTH,
};

/**
 * An `invalid_payload` error about an option, with the path `["options", name]`.
 *
 * @param name The option.
 * @param message What it must be.
 * @returns The failed result.
 * @example
 * ```ts
 * invalidOption("maxFields", "must be a number of fields, 1 or more.").error.issues;
 * //=> [{ path: ["options", "maxFields"], message: "options.maxFields must be a number of fields, 1 or more." }]
 * ```
 */
export function invalidOption(name: string, message: string): { ok: false; error: CallbackError } {
  const text = `options.${name} ${message}`;
  return {
    ok: false,
    error: callbackError("invalid_payload", text, undefined, [{ path: ["options", name], message: text }]),
  };
}

const DEFAULTS = { ok: true, limits: DEFAULT_LIMITS } as const;

const isAtLeast = (value: unknown, least: number): value is number => typeof value === "number" && value >= least;

/**
 * Reads the limits out of the parse options, checking each.
 *
 * @param options The parse options.
 * @returns The limits, or an `invalid_payload` error naming the option.
 * @example
 * ```ts
 * readLimits({ maxFields: 0 }).ok;
 * //=> false
 * ```
 */
export function readLimits(
  options: ParseOptions | undefined,
): { readonly ok: true; readonly limits: Limits } | { ok: false; error: CallbackError } {
  if (options === undefined || options === null) return DEFAULTS;
  const { maxBodyBytes, maxFields, maxDepth } = options;
  if (maxBodyBytes === undefined && maxFields === undefined && maxDepth === undefined) return DEFAULTS;
  if (maxBodyBytes !== undefined && !isAtLeast(maxBodyBytes, 0)) {
    return invalidOption("maxBodyBytes", "must be a number of bytes, 0 or more.");
  }
  if (maxFields !== undefined && !isAtLeast(maxFields, 1)) {
    return invalidOption("maxFields", "must be a number of fields, 1 or more.");
  }
  if (maxDepth !== undefined && !isAtLeast(maxDepth, 1)) {
    return invalidOption("maxDepth", "must be a number of levels, 1 or more.");
  }
  return {
    ok: true,
    limits: {
      maxBodyBytes: maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxFields: maxFields ?? DEFAULT_MAX_FIELDS,
      maxDepth: maxDepth ?? DEFAULT_MAX_DEPTH,
    },
  };
}

/**
 * The most characters a body or a query may hold. A query is held to the body's cap but never to less than the
 * default 1 MiB: `maxBodyBytes: 0` still takes a GET delivery (a URL's query is small; the bound only stops a
 * hostile `options.query`).
 *
 * @param where `"body"` or `"query"`.
 * @param limits The limits.
 * @returns The cap, in characters (each at least one byte).
 * @example
 * ```ts
 * sizeCap("query", { ...DEFAULT_LIMITS, maxBodyBytes: 0 });
 * //=> 1048576
 * ```
 */
export function sizeCap(where: "body" | "query", limits: Limits): number {
  return where === "body" ? limits.maxBodyBytes : Math.max(limits.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
}

/**
 * The `too_many_fields` error.
 *
 * @param where `"body"` or `"query"`.
 * @param maxFields The limit.
 * @returns The failed result.
 * @example
 * ```ts
 * tooManyFields("body", 1000).error.code;
 * //=> "too_many_fields"
 * ```
 */
export function tooManyFields(where: "body" | "query", maxFields: number): { ok: false; error: CallbackError } {
  return {
    ok: false,
    error: callbackError(
      "too_many_fields",
      `The ${where} holds more than ${maxFields} fields (form pairs, or JSON keys and array items at any depth); providers send fewer than 100. Raise options.maxFields if this provider really sends more.`,
    ),
  };
}

/**
 * The `malformed_body` error of a body nested past the limit.
 *
 * @param where `"body"` or `"query"`.
 * @param maxDepth The limit.
 * @returns The failed result.
 * @example
 * ```ts
 * tooDeep("body", 64).error.code;
 * //=> "malformed_body"
 * ```
 */
export function tooDeep(where: "body" | "query", maxDepth: number): { ok: false; error: CallbackError } {
  return {
    ok: false,
    error: callbackError(
      "malformed_body",
      `The ${where} is nested more than ${maxDepth} levels deep; providers send three or four. Raise options.maxDepth if this provider really nests deeper.`,
    ),
  };
}
