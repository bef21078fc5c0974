import { type CallbackError, callbackError } from "../errors.js";
import { excerpt } from "../excerpt.js";
import type { CallbackBody, QueryInput } from "../options.js";
import { bodyToText } from "./body-text.js";
import { mediaKind } from "./content-type.js";
import { createFields, type Fields, isPlainObject, isSafeKey, searchParamsToFields, toFields } from "./fields.js";
import { decodeForm } from "./form.js";
import { parseJson } from "./json.js";

/**
 * The decoded fields of one delivery (body and query merged), or why they could not be read.
 *
 * @example
 * ```ts
 * const decoded: DecodeResult = decodeBody("a=1", "application/x-www-form-urlencoded", undefined, 1024);
 * //=> { ok: true, fields: { a: "1" } }
 * ```
 */
export type DecodeResult = { ok: true; fields: Fields } | { ok: false; error: CallbackError };

const malformed = (message: string): DecodeResult => ({ ok: false, error: callbackError("malformed_body", message) });

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function fromJsonText(text: string, declared: boolean): DecodeResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    if (parsed.reason === "too_deep")
      return malformed("The JSON body is nested too deeply to read. No provider sends such a body.");
    const hint =
      declared && text.includes("=") && !text.trimStart().startsWith("{")
        ? " It looks form-encoded: check the Content-Type header."
        : "";
    // Stryker disable next-line MethodExpression: fromText passes trimmed text only, so trimStart and trimEnd leave it as it is.
    return malformed(`The body is not valid JSON (it starts ${excerpt(text.trimStart())}).${hint}`);
  }
  if (!isPlainObject(parsed.value)) {
    return malformed(
      `The JSON body is ${describe(parsed.value)}, not an object. Providers send one JSON object per callback.`,
    );
  }
  return { ok: true, fields: parsed.value };
}

function fromFormText(text: string): Fields {
  return decodeForm(text);
}

function fromText(text: string, contentType: string | null | undefined): DecodeResult {
  const kind = mediaKind(contentType);
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, fields: createFields() };
  const first = trimmed.charCodeAt(0);
  switch (kind) {
    case "json":
      return fromJsonText(trimmed, true);
    case "form":
      // A JSON object sent with a form content type: read it as the JSON it is.
      if (first === 123 /* { */) {
        // Stryker disable next-line BooleanLiteral: the text starts with `{`, so no hint is added either way, and a failed read is discarded.
        const json = fromJsonText(trimmed, false);
        if (json.ok) return json;
      }
      return { ok: true, fields: fromFormText(trimmed) };
    case "unsupported":
      return {
        ok: false,
        error: callbackError(
          "unsupported_content_type",
          `The content type ${excerpt(String(contentType))} is not one callhooks reads. Providers send application/json or application/x-www-form-urlencoded; pass that header, or null to let callhooks sniff the body.`,
        ),
      };
    default:
      if (first === 123 /* { */ || first === 91 /* [ */) return fromJsonText(trimmed, false);
      if (first === 60 /* < */) {
        return {
          ok: false,
          error: callbackError(
            "unsupported_content_type",
            "The body looks like XML or HTML. callhooks reads JSON and form-encoded callbacks only.",
          ),
        };
      }
      if (trimmed.includes("=")) return { ok: true, fields: fromFormText(trimmed) };
      return malformed(`The body is neither JSON nor form-encoded (it starts ${excerpt(trimmed)}).`);
  }
}

function queryFields(query: QueryInput): Fields | undefined {
  if (typeof query === "string") return decodeForm(query);
  if (query instanceof URLSearchParams) return searchParamsToFields(query);
  if (!isPlainObject(query)) return undefined;
  const fields = createFields();
  for (const key of Object.keys(query)) {
    const value = query[key];
    // A repeated key in a framework's parsed query (`?a=1&a=2` → ["1", "2"]) keeps its first value.
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && isSafeKey(key)) fields[key] = first;
  }
  return fields;
}

function mergeQuery(query: QueryInput | undefined, body: Fields): DecodeResult {
  if (query === undefined || query === null) return { ok: true, fields: body };
  const fromQuery = queryFields(query);
  if (fromQuery === undefined) {
    return malformed(
      `options.query is ${describe(query)}. Pass the URL's query as a string, URLSearchParams or an object.`,
    );
  }
  const bodyKeys = Object.keys(body);
  if (bodyKeys.length === 0) return { ok: true, fields: fromQuery };
  // Body values win, also over a query key spelled in another case (keys match without case downstream).
  const taken = new Set(bodyKeys.map((key) => key.toLowerCase()));
  for (const key of Object.keys(fromQuery)) {
    if (!taken.has(key.toLowerCase())) body[key] = fromQuery[key];
  }
  return { ok: true, fields: body };
}

/**
 * Decodes a delivery's body (and the URL's query, for GET deliveries) into one flat record of fields.
 * The body-size cap is checked before any decoding; body values win over query values.
 *
 * @param body The body, in any `CallbackBody` form.
 * @param contentType The `Content-Type` header.
 * @param query The URL's query.
 * @param maxBodyBytes The largest body accepted, in bytes.
 * @returns The fields, or the error.
 * @example
 * ```ts
 * decodeBody(null, undefined, "caller=9190000&status=ANSWER", 1024);
 * //=> { ok: true, fields: { caller: "9190000", status: "ANSWER" } }
 * ```
 */
export function decodeBody(
  body: CallbackBody,
  contentType: string | null | undefined,
  query: QueryInput | undefined,
  maxBodyBytes: number,
): DecodeResult {
  let decoded: DecodeResult;
  if (body === null || body === undefined) {
    decoded = { ok: true, fields: createFields() };
  } else if (typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const text = bodyToText(body, maxBodyBytes);
    decoded = text.ok ? fromText(text.text, contentType) : text;
  } else if (body instanceof URLSearchParams) {
    decoded = { ok: true, fields: searchParamsToFields(body) };
  } else if (isPlainObject(body)) {
    decoded = { ok: true, fields: toFields(body) };
  } else if (typeof body === "object" && typeof (body as { text?: unknown }).text === "function") {
    return malformed(
      "The body is a Request or stream, not its content. Read it first (await request.text()) and pass the text.",
    );
  } else {
    return malformed(
      `The body is ${describe(body)}. Pass the raw body (string or bytes), URLSearchParams, or the object your framework parsed.`,
    );
  }
  if (!decoded.ok) return decoded;
  const merged = mergeQuery(query, decoded.fields);
  if (!merged.ok) return merged;
  for (const _ in merged.fields) return merged;
  return malformed(
    "The body is empty and no query was given. For a GET delivery pass the URL's query as options.query; for a POST pass the raw body (or the parsed object).",
  );
}
