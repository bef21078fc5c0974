import { callbackError } from "../errors.js";
import { excerpt } from "../excerpt.js";
import type { CallbackBody, QueryInput } from "../options.js";
import { bodyToText } from "./body-text.js";
import { type BodyKind, mediaKind } from "./content-type.js";
import { createFields, type Fields, type FieldsResult, isPlainObject } from "./fields.js";
import { decodeForm } from "./form.js";
import { parseJson } from "./json.js";
import { type Limits, sizeCap, tooDeep, tooManyFields } from "./limits.js";
import { copyParsedObject, flattenParsedForm, searchParamsToFields } from "./parsed-object.js";

/**
 * The decoded fields of one delivery (body and query merged), or why they could not be read.
 *
 * @example
 * ```ts
 * const decoded: DecodeResult = decodeBody("a=1", "application/x-www-form-urlencoded", undefined, DEFAULT_LIMITS);
 * //=> { ok: true, fields: { a: "1" } }
 * ```
 */
export type DecodeResult = FieldsResult;

const malformed = (message: string): DecodeResult => ({ ok: false, error: callbackError("malformed_body", message) });

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** The JSON body's fields, or `undefined` when the text is not JSON at all. */
function fromJsonText(text: string, limits: Limits): DecodeResult | undefined {
  const parsed = parseJson(text, limits);
  if (!parsed.ok) {
    if (parsed.reason === "too_deep") return tooDeep("body", limits.maxDepth);
    if (parsed.reason === "too_many_fields") return tooManyFields("body", limits.maxFields);
    return undefined;
  }
  if (!isPlainObject(parsed.value)) {
    return malformed(
      `The JSON body is ${describe(parsed.value)}, not an object. Providers send one JSON object per callback.`,
    );
  }
  return { ok: true, fields: parsed.value };
}

function notJson(text: string, declared: boolean): DecodeResult {
  const hint =
    declared && text.includes("=") && !text.startsWith("{")
      ? " It looks form-encoded: check the Content-Type header."
      : "";
  return malformed(`The body is not valid JSON (it starts ${excerpt(text)}).${hint}`);
}

function fromText(text: string, kind: BodyKind, contentType: unknown, limits: Limits): DecodeResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, fields: createFields() };
  const first = trimmed.charCodeAt(0);
  switch (kind) {
    case "json":
      return fromJsonText(trimmed, limits) ?? notJson(trimmed, true);
    case "form":
      // A JSON object sent with a form content type: read it as the JSON it is.
      return (first === 123 /* { */ ? fromJsonText(trimmed, limits) : undefined) ?? decodeForm(trimmed, "body", limits);
    case "unsupported":
      return {
        ok: false,
        error: callbackError(
          "unsupported_content_type",
          `The content type ${excerpt(String(contentType))} is not one callhooks reads. Providers send application/json or application/x-www-form-urlencoded; pass that header, or null to let callhooks sniff the body.`,
        ),
      };
    default:
      if (first === 123 /* { */ || first === 91 /* [ */)
        return fromJsonText(trimmed, limits) ?? notJson(trimmed, false);
      if (first === 60 /* < */) {
        return {
          ok: false,
          error: callbackError(
            "unsupported_content_type",
            "The body looks like XML or HTML. callhooks reads JSON and form-encoded callbacks only.",
          ),
        };
      }
      if (trimmed.includes("=")) return decodeForm(trimmed, "body", limits);
      return malformed(`The body is neither JSON nor form-encoded (it starts ${excerpt(trimmed)}).`);
  }
}

function queryFields(query: QueryInput, limits: Limits): DecodeResult {
  if (typeof query === "string") {
    const cap = sizeCap("query", limits);
    if (query.length > cap) {
      return {
        ok: false,
        error: callbackError(
          "body_too_large",
          `options.query is ${query.length} characters long, over the ${cap}-character limit. Raise options.maxBodyBytes if this provider really sends such queries.`,
        ),
      };
    }
    return decodeForm(query, "query", limits);
  }
  if (query instanceof URLSearchParams) return searchParamsToFields(query, "query", limits);
  if (isPlainObject(query)) return flattenParsedForm(query, "query", limits);
  return malformed(
    `options.query is ${describe(query)}. Pass the URL's query as a string, URLSearchParams or an object.`,
  );
}

function mergeQuery(query: QueryInput, body: Fields, limits: Limits): DecodeResult {
  const fromQuery = queryFields(query, limits);
  if (!fromQuery.ok) return fromQuery;
  const bodyKeys = Object.keys(body);
  if (bodyKeys.length === 0) return fromQuery;
  // Body values win, also over a query key spelled in another case (keys match without case downstream).
  const taken = new Set(bodyKeys.map((key) => key.toLowerCase()));
  for (const key of Object.keys(fromQuery.fields)) {
    if (!taken.has(key.toLowerCase())) body[key] = fromQuery.fields[key];
  }
  return { ok: true, fields: body };
}

function fromBody(body: CallbackBody, contentType: unknown, limits: Limits): DecodeResult {
  if (body === null || body === undefined) return { ok: true, fields: createFields() };
  const kind = mediaKind(contentType as string | null | undefined);
  if (typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const text = bodyToText(body, limits.maxBodyBytes);
    return text.ok ? fromText(text.text, kind, contentType, limits) : text;
  }
  if (body instanceof URLSearchParams) return searchParamsToFields(body, "body", limits);
  // What a framework parsed is held to the same policy as what callhooks decodes; a form (qs nests bracket
  // keys, repeats become arrays) is flattened back to the pairs that were sent.
  if (isPlainObject(body)) {
    return kind === "form" ? flattenParsedForm(body, "body", limits) : copyParsedObject(body, "body", limits);
  }
  if (typeof body === "object" && typeof (body as { text?: unknown }).text === "function") {
    return malformed(
      "The body is a Request or stream, not its content. Read it first (await request.text()) and pass the text.",
    );
  }
  return malformed(
    `The body is ${describe(body)}. Pass the raw body (string or bytes), URLSearchParams, or the object your framework parsed.`,
  );
}

/**
 * Decodes a delivery's body (and the URL's query, for GET deliveries) into one flat record of fields, under the
 * limits: the size cap is checked before any decoding, the field limit before any field is decoded further.
 * Body values win over query values; within each, a repeated key keeps its last value.
 *
 * @param body The body, in any `CallbackBody` form.
 * @param contentType The `Content-Type` header.
 * @param query The URL's query.
 * @param limits The size, field and depth limits.
 * @returns The fields, or the error.
 * @example
 * ```ts
 * decodeBody(null, undefined, "caller=9190000&status=ANSWER", DEFAULT_LIMITS);
 * //=> { ok: true, fields: { caller: "9190000", status: "ANSWER" } }
 * ```
 */
export function decodeBody(
  body: CallbackBody,
  contentType: string | null | undefined,
  query: QueryInput | undefined,
  limits: Limits,
): DecodeResult {
  const decoded = fromBody(body, contentType, limits);
  if (!decoded.ok) return decoded;
  const merged = query === undefined || query === null ? decoded : mergeQuery(query, decoded.fields, limits);
  if (!merged.ok) return merged;
  for (const _ in merged.fields) return merged;
  return malformed(
    "The body is empty and no query was given. For a GET delivery pass the URL's query as options.query; for a POST pass the raw body (or the parsed object).",
  );
}
