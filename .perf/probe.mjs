var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
function callbackError(code, message2, provider, issues) {
  const error = { code, message: message2 };
  if (provider !== void 0) error.provider = provider;
  if (issues !== void 0) error.issues = issues;
  return error;
}
var EXCERPT_LENGTH = 40;
function excerpt(value2) {
  const printable = value2.slice(0, EXCERPT_LENGTH + 1).replace(/[\u0000-\u001f\u007f]/g, " ");
  return JSON.stringify(printable.length > EXCERPT_LENGTH ? `${printable.slice(0, EXCERPT_LENGTH)}\u2026` : printable);
}

// src/decode/body-text.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var tooLarge = (size2, maxBytes2) => ({
  ok: false,
  error: callbackError(
    "body_too_large",
    `The body is ${size2} bytes, over the ${maxBytes2}-byte limit. Raise options.maxBodyBytes if this provider really sends such bodies.`,
  ),
});
function utf8ByteLength(text2) {
  let bytes2 = 0;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code < 128) bytes2 += 1;
    else if (code < 2048) bytes2 += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text2.length) {
      const next = text2.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes2 += 4;
        i++;
      } else bytes2 += 3;
    } else bytes2 += 3;
  }
  return bytes2;
}
function bodyToText(body, maxBytes2) {
  if (typeof body === "string") {
    if (body.length > maxBytes2) return tooLarge(`at least ${body.length}`, maxBytes2);
    if (body.length * 3 > maxBytes2) {
      const bytes3 = utf8ByteLength(body);
      if (bytes3 > maxBytes2) return tooLarge(String(bytes3), maxBytes2);
    }
    return { ok: true, text: body.charCodeAt(0) === 65279 ? body.slice(1) : body };
  }
  if (body.byteLength > maxBytes2) return tooLarge(String(body.byteLength), maxBytes2);
  const bytes2 = ArrayBuffer.isView(body)
    ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    : new Uint8Array(body);
  try {
    return { ok: true, text: utf8.decode(bytes2) };
  } catch {
    return {
      ok: false,
      error: callbackError(
        "malformed_body",
        "The body is not valid UTF-8. Pass the bytes exactly as received, or a string decoded from them as UTF-8.",
      ),
    };
  }
}

// src/decode/content-type.ts
function mediaKind(contentType) {
  if (typeof contentType !== "string") return "sniff";
  const semicolon = contentType.indexOf(";");
  const media = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  if (media === "application/json" || media.endsWith("+json") || media === "text/json") return "json";
  if (media === "application/x-www-form-urlencoded") return "form";
  if (media === "" || media === "text/plain" || media === "application/octet-stream") return "sniff";
  return "unsupported";
}

// src/decode/fields.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isSafeKey(key) {
  return !FORBIDDEN_KEYS.has(key);
}
function createFields() {
  return {};
}
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  const proto = Object.getPrototypeOf(value2);
  return (
    proto === null ||
    proto === Object.prototype ||
    (proto !== null &&
      Object.getPrototypeOf(proto) === null &&
      Object.prototype.toString.call(value2) === "[object Object]")
  );
}
function toFields(source, target = createFields()) {
  for (const key of Object.keys(source)) {
    if (!isSafeKey(key) || Object.hasOwn(target, key)) continue;
    target[key] = source[key];
  }
  return target;
}
function searchParamsToFields(params, target = createFields()) {
  params.forEach((value2, key) => {
    if (isSafeKey(key) && !Object.hasOwn(target, key)) target[key] = value2;
  });
  return target;
}

// src/decode/json.ts
var hasRiskyKey = (text2) =>
  text2.includes("__proto__") || text2.includes("constructor") || text2.includes("prototype") || text2.includes("\\u");
function dropForbiddenKeys(key, value2) {
  return key === "__proto__" || key === "constructor" || key === "prototype" ? void 0 : value2;
}
function parseOnce(text2) {
  if (!hasRiskyKey(text2)) return { ok: true, value: JSON.parse(text2), clean: true };
  return { ok: true, value: JSON.parse(text2, dropForbiddenKeys), clean: false };
}
function parseJson(text2) {
  try {
    return parseOnce(text2);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "too_deep" };
  }
  const repaired = quoteLeadingZeroNumbers(text2);
  if (repaired === null) return { ok: false, reason: "syntax" };
  try {
    return parseOnce(repaired);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? "too_deep" : "syntax" };
  }
}
var ZERO = 48;
var NINE = 57;
var QUOTE = 34;
var BACKSLASH = 92;
var isDigit = (code) => code >= ZERO && code <= NINE;
function quoteLeadingZeroNumbers(text2) {
  let out = "";
  let copiedUpTo = 0;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      continue;
    }
    if (code !== ZERO || !isDigit(text2.charCodeAt(i + 1))) continue;
    const before = text2.charCodeAt(i - 1);
    if (isDigit(before) || before === 46 || before === 45 || before === 43 || before === 101 || before === 69) continue;
    let end = i + 1;
    while (isDigit(text2.charCodeAt(end))) end++;
    out += `${text2.slice(copiedUpTo, i)}"${text2.slice(i, end)}"`;
    copiedUpTo = end;
    i = end - 1;
  }
  return copiedUpTo === 0 ? null : out + text2.slice(copiedUpTo);
}

// src/decode/decode-body.ts
var malformed = (message2) => ({ ok: false, error: callbackError("malformed_body", message2) });
function describe(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "an array";
  return `a ${typeof value2}`;
}
function fromJsonText(text2, declared) {
  const parsed = parseJson(text2);
  if (!parsed.ok) {
    if (parsed.reason === "too_deep")
      return malformed("The JSON body is nested too deeply to read. No provider sends such a body.");
    const hint =
      declared && text2.includes("=") && !text2.trimStart().startsWith("{")
        ? " It looks form-encoded: check the Content-Type header."
        : "";
    return malformed(`The body is not valid JSON (it starts ${excerpt(text2.trimStart())}).${hint}`);
  }
  if (!isPlainObject(parsed.value)) {
    return malformed(
      `The JSON body is ${describe(parsed.value)}, not an object. Providers send one JSON object per callback.`,
    );
  }
  return { ok: true, fields: parsed.clean ? parsed.value : toFields(parsed.value) };
}
function fromFormText(text2) {
  return searchParamsToFields(new URLSearchParams(text2));
}
function fromText(text2, contentType) {
  const kind = mediaKind(contentType);
  const trimmed = text2.trim();
  if (trimmed === "") return { ok: true, fields: createFields() };
  const first = trimmed.charCodeAt(0);
  switch (kind) {
    case "json":
      return fromJsonText(trimmed, true);
    case "form":
      if (first === 123) {
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
      if (first === 123 || first === 91) return fromJsonText(trimmed, false);
      if (first === 60) {
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
function queryFields(query) {
  if (typeof query === "string") return searchParamsToFields(new URLSearchParams(query));
  if (query instanceof URLSearchParams) return searchParamsToFields(query);
  if (!isPlainObject(query)) return void 0;
  const fields = createFields();
  for (const key of Object.keys(query)) {
    const value2 = query[key];
    const first = Array.isArray(value2) ? value2[0] : value2;
    if (first !== void 0 && isSafeKey(key)) fields[key] = first;
  }
  return fields;
}
function mergeQuery(query, body) {
  if (query === void 0 || query === null) return { ok: true, fields: body };
  const fromQuery = queryFields(query);
  if (fromQuery === void 0) {
    return malformed(
      `options.query is ${describe(query)}. Pass the URL's query as a string, URLSearchParams or an object.`,
    );
  }
  const bodyKeys = Object.keys(body);
  if (bodyKeys.length === 0) return { ok: true, fields: fromQuery };
  const taken = new Set(bodyKeys.map((key) => key.toLowerCase()));
  for (const key of Object.keys(fromQuery)) {
    if (!taken.has(key.toLowerCase())) body[key] = fromQuery[key];
  }
  return { ok: true, fields: body };
}
function decodeBody(body, contentType, query, maxBodyBytes) {
  let decoded;
  if (body === null || body === void 0) {
    decoded = { ok: true, fields: createFields() };
  } else if (typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const text2 = bodyToText(body, maxBodyBytes);
    decoded = text2.ok ? fromText(text2.text, contentType) : text2;
  } else if (body instanceof URLSearchParams) {
    decoded = { ok: true, fields: searchParamsToFields(body) };
  } else if (isPlainObject(body)) {
    decoded = { ok: true, fields: toFields(body) };
  } else if (typeof body === "object" && typeof body.text === "function") {
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

// src/normalize/absent.ts
function isAbsent(value2) {
  if (value2 === void 0 || value2 === null) return true;
  if (typeof value2 !== "string") return false;
  const trimmed = value2.trim();
  return trimmed === "" || trimmed === "null" || trimmed === "NULL" || trimmed === "Null";
}

// src/detect.ts
function createFieldView(fields) {
  const keys = Object.keys(fields);
  let byLowerKey;
  const get = (name) => {
    if (Object.hasOwn(fields, name)) return fields[name];
    if (byLowerKey === void 0) {
      byLowerKey = /* @__PURE__ */ new Map();
      for (const key of keys) {
        const lower2 = key.toLowerCase();
        if (!byLowerKey.has(lower2)) byLowerKey.set(lower2, fields[key]);
      }
    }
    return byLowerKey.get(name.toLowerCase());
  };
  return { keys, get, has: (name) => !isAbsent(get(name)) };
}
// @__NO_SIDE_EFFECTS__
function createDetector(providers) {
  const candidatesByKey = /* @__PURE__ */ new Map();
  for (const provider of providers) {
    for (const key of provider.fingerprintKeys) {
      const list = candidatesByKey.get(key) ?? [];
      if (!list.includes(provider)) list.push(provider);
      candidatesByKey.set(key, list);
    }
  }
  return (view) => {
    const found = [];
    const tried = [];
    for (const key of view.keys) {
      const candidates = candidatesByKey.get(key) ?? candidatesByKey.get(key.toLowerCase());
      if (candidates === void 0) continue;
      for (const provider of candidates) {
        if (tried.includes(provider)) continue;
        tried.push(provider);
        if (provider.matches(view)) found.push(provider);
      }
    }
    const [first] = found;
    if (first === void 0) return { kind: "none" };
    return found.length === 1 ? { kind: "one", provider: first } : { kind: "many", providers: found };
  };
}

// node_modules/valibot/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  BASE64_REGEX: () => BASE64_REGEX,
  BIC_REGEX: () => BIC_REGEX,
  CUID2_REGEX: () => CUID2_REGEX,
  DECIMAL_REGEX: () => DECIMAL_REGEX,
  DIGITS_REGEX: () => DIGITS_REGEX,
  DOMAIN_REGEX: () => DOMAIN_REGEX,
  EMAIL_REGEX: () => EMAIL_REGEX,
  EMOJI_REGEX: () => EMOJI_REGEX,
  HEXADECIMAL_REGEX: () => HEXADECIMAL_REGEX,
  HEX_COLOR_REGEX: () => HEX_COLOR_REGEX,
  IMEI_REGEX: () => IMEI_REGEX,
  IPV4_REGEX: () => IPV4_REGEX,
  IPV6_REGEX: () => IPV6_REGEX,
  IP_REGEX: () => IP_REGEX,
  ISO_DATE_REGEX: () => ISO_DATE_REGEX,
  ISO_DATE_TIME_REGEX: () => ISO_DATE_TIME_REGEX,
  ISO_DATE_TIME_SECOND_REGEX: () => ISO_DATE_TIME_SECOND_REGEX,
  ISO_TIMESTAMP_REGEX: () => ISO_TIMESTAMP_REGEX,
  ISO_TIME_REGEX: () => ISO_TIME_REGEX,
  ISO_TIME_SECOND_REGEX: () => ISO_TIME_SECOND_REGEX,
  ISO_WEEK_REGEX: () => ISO_WEEK_REGEX,
  ISRC_REGEX: () => ISRC_REGEX,
  JWS_COMPACT_REGEX: () => JWS_COMPACT_REGEX,
  KSUID_REGEX: () => KSUID_REGEX,
  MAC48_REGEX: () => MAC48_REGEX,
  MAC64_REGEX: () => MAC64_REGEX,
  MAC_REGEX: () => MAC_REGEX,
  NANO_ID_REGEX: () => NANO_ID_REGEX,
  OCTAL_REGEX: () => OCTAL_REGEX,
  RFC_EMAIL_REGEX: () => RFC_EMAIL_REGEX,
  SLUG_REGEX: () => SLUG_REGEX,
  ULID_REGEX: () => ULID_REGEX,
  UUID_REGEX: () => UUID_REGEX,
  ValiError: () => ValiError,
  _addIssue: () => _addIssue,
  _cloneDataset: () => _cloneDataset,
  _formatCase: () => _formatCase,
  _getByteCount: () => _getByteCount,
  _getCodePointCount: () => _getCodePointCount,
  _getGraphemeCount: () => _getGraphemeCount,
  _getLastMetadata: () => _getLastMetadata,
  _getWordCount: () => _getWordCount,
  _isLuhnAlgo: () => _isLuhnAlgo,
  _isSameValueZero: () => _isSameValueZero,
  _isValidObjectKey: () => _isValidObjectKey,
  _isValueMatch: () => _isValueMatch,
  _joinExpects: () => _joinExpects,
  _standardSchema: () => _standardSchema,
  _stringify: () => _stringify,
  any: () => any,
  args: () => args,
  argsAsync: () => argsAsync,
  array: () => array,
  arrayAsync: () => arrayAsync,
  assert: () => assert,
  awaitAsync: () => awaitAsync,
  base64: () => base64,
  bic: () => bic,
  bigint: () => bigint,
  blob: () => blob,
  boolean: () => boolean,
  brand: () => brand,
  bytes: () => bytes,
  cache: () => cache,
  cacheAsync: () => cacheAsync,
  check: () => check,
  checkAsync: () => checkAsync,
  checkItems: () => checkItems,
  checkItemsAsync: () => checkItemsAsync,
  codePoints: () => codePoints,
  config: () => config,
  creditCard: () => creditCard,
  cuid2: () => cuid2,
  custom: () => custom,
  customAsync: () => customAsync,
  date: () => date,
  decimal: () => decimal,
  deleteGlobalConfig: () => deleteGlobalConfig,
  deleteGlobalMessage: () => deleteGlobalMessage,
  deleteSchemaMessage: () => deleteSchemaMessage,
  deleteSpecificMessage: () => deleteSpecificMessage,
  description: () => description,
  digits: () => digits,
  domain: () => domain,
  email: () => email,
  emoji: () => emoji,
  empty: () => empty,
  endsWith: () => endsWith,
  entries: () => entries,
  entriesFromList: () => entriesFromList,
  entriesFromObjects: () => entriesFromObjects,
  enum: () => enum_,
  enum_: () => enum_,
  everyItem: () => everyItem,
  exactOptional: () => exactOptional,
  exactOptionalAsync: () => exactOptionalAsync,
  examples: () => examples,
  excludes: () => excludes,
  fallback: () => fallback,
  fallbackAsync: () => fallbackAsync,
  file: () => file,
  filterItems: () => filterItems,
  findItem: () => findItem,
  finite: () => finite,
  flatten: () => flatten,
  flavor: () => flavor,
  forward: () => forward,
  forwardAsync: () => forwardAsync,
  function: () => function_,
  function_: () => function_,
  getDefault: () => getDefault,
  getDefaults: () => getDefaults,
  getDefaultsAsync: () => getDefaultsAsync,
  getDescription: () => getDescription,
  getDotPath: () => getDotPath,
  getExamples: () => getExamples,
  getFallback: () => getFallback,
  getFallbacks: () => getFallbacks,
  getFallbacksAsync: () => getFallbacksAsync,
  getGlobalConfig: () => getGlobalConfig,
  getGlobalMessage: () => getGlobalMessage,
  getMetadata: () => getMetadata,
  getSchemaMessage: () => getSchemaMessage,
  getSpecificMessage: () => getSpecificMessage,
  getTitle: () => getTitle,
  graphemes: () => graphemes,
  gtValue: () => gtValue,
  guard: () => guard,
  hash: () => hash,
  hexColor: () => hexColor,
  hexadecimal: () => hexadecimal,
  imei: () => imei,
  includes: () => includes,
  instance: () => instance,
  integer: () => integer,
  intersect: () => intersect,
  intersectAsync: () => intersectAsync,
  ip: () => ip,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  is: () => is,
  isOfKind: () => isOfKind,
  isOfType: () => isOfType,
  isValiError: () => isValiError,
  isbn: () => isbn,
  isoDate: () => isoDate,
  isoDateTime: () => isoDateTime,
  isoDateTimeSecond: () => isoDateTimeSecond,
  isoTime: () => isoTime,
  isoTimeSecond: () => isoTimeSecond,
  isoTimestamp: () => isoTimestamp,
  isoWeek: () => isoWeek,
  isrc: () => isrc,
  jwsCompact: () => jwsCompact,
  keyof: () => keyof,
  ksuid: () => ksuid,
  lazy: () => lazy,
  lazyAsync: () => lazyAsync,
  length: () => length,
  literal: () => literal,
  looseObject: () => looseObject,
  looseObjectAsync: () => looseObjectAsync,
  looseTuple: () => looseTuple,
  looseTupleAsync: () => looseTupleAsync,
  ltValue: () => ltValue,
  mac: () => mac,
  mac48: () => mac48,
  mac64: () => mac64,
  map: () => map,
  mapAsync: () => mapAsync,
  mapItems: () => mapItems,
  maxBytes: () => maxBytes,
  maxCodePoints: () => maxCodePoints,
  maxEntries: () => maxEntries,
  maxGraphemes: () => maxGraphemes,
  maxLength: () => maxLength,
  maxSize: () => maxSize,
  maxValue: () => maxValue,
  maxWords: () => maxWords,
  message: () => message,
  metadata: () => metadata,
  mimeType: () => mimeType,
  minBytes: () => minBytes,
  minCodePoints: () => minCodePoints,
  minEntries: () => minEntries,
  minGraphemes: () => minGraphemes,
  minLength: () => minLength,
  minSize: () => minSize,
  minValue: () => minValue,
  minWords: () => minWords,
  multipleOf: () => multipleOf,
  nan: () => nan,
  nanoid: () => nanoid,
  never: () => never,
  nonEmpty: () => nonEmpty,
  nonNullable: () => nonNullable,
  nonNullableAsync: () => nonNullableAsync,
  nonNullish: () => nonNullish,
  nonNullishAsync: () => nonNullishAsync,
  nonOptional: () => nonOptional,
  nonOptionalAsync: () => nonOptionalAsync,
  normalize: () => normalize,
  notBytes: () => notBytes,
  notCodePoints: () => notCodePoints,
  notEntries: () => notEntries,
  notGraphemes: () => notGraphemes,
  notLength: () => notLength,
  notSize: () => notSize,
  notValue: () => notValue,
  notValues: () => notValues,
  notWords: () => notWords,
  null: () => null_,
  null_: () => null_,
  nullable: () => nullable,
  nullableAsync: () => nullableAsync,
  nullish: () => nullish,
  nullishAsync: () => nullishAsync,
  number: () => number,
  object: () => object,
  objectAsync: () => objectAsync,
  objectWithRest: () => objectWithRest,
  objectWithRestAsync: () => objectWithRestAsync,
  octal: () => octal,
  omit: () => omit,
  optional: () => optional,
  optionalAsync: () => optionalAsync,
  parse: () => parse,
  parseAsync: () => parseAsync,
  parseBoolean: () => parseBoolean,
  parseJson: () => parseJson2,
  parser: () => parser,
  parserAsync: () => parserAsync,
  partial: () => partial,
  partialAsync: () => partialAsync,
  partialCheck: () => partialCheck,
  partialCheckAsync: () => partialCheckAsync,
  pick: () => pick,
  picklist: () => picklist,
  pipe: () => pipe,
  pipeAsync: () => pipeAsync,
  promise: () => promise,
  rawCheck: () => rawCheck,
  rawCheckAsync: () => rawCheckAsync,
  rawTransform: () => rawTransform,
  rawTransformAsync: () => rawTransformAsync,
  readonly: () => readonly,
  record: () => record,
  recordAsync: () => recordAsync,
  reduceItems: () => reduceItems,
  regex: () => regex,
  required: () => required,
  requiredAsync: () => requiredAsync,
  returns: () => returns,
  returnsAsync: () => returnsAsync,
  rfcEmail: () => rfcEmail,
  safeInteger: () => safeInteger,
  safeParse: () => safeParse,
  safeParseAsync: () => safeParseAsync,
  safeParser: () => safeParser,
  safeParserAsync: () => safeParserAsync,
  set: () => set,
  setAsync: () => setAsync,
  setGlobalConfig: () => setGlobalConfig,
  setGlobalMessage: () => setGlobalMessage,
  setSchemaMessage: () => setSchemaMessage,
  setSpecificMessage: () => setSpecificMessage,
  size: () => size,
  slug: () => slug,
  someItem: () => someItem,
  sortItems: () => sortItems,
  startsWith: () => startsWith,
  strictObject: () => strictObject,
  strictObjectAsync: () => strictObjectAsync,
  strictTuple: () => strictTuple,
  strictTupleAsync: () => strictTupleAsync,
  string: () => string,
  stringifyJson: () => stringifyJson,
  summarize: () => summarize,
  symbol: () => symbol,
  title: () => title,
  toBigint: () => toBigint,
  toBoolean: () => toBoolean,
  toCamelCase: () => toCamelCase,
  toDate: () => toDate,
  toKebabCase: () => toKebabCase,
  toLowerCase: () => toLowerCase,
  toMaxValue: () => toMaxValue,
  toMinValue: () => toMinValue,
  toNumber: () => toNumber,
  toPascalCase: () => toPascalCase,
  toSnakeCase: () => toSnakeCase,
  toString: () => toString,
  toUpperCase: () => toUpperCase,
  transform: () => transform,
  transformAsync: () => transformAsync,
  trim: () => trim,
  trimEnd: () => trimEnd,
  trimStart: () => trimStart,
  tuple: () => tuple,
  tupleAsync: () => tupleAsync,
  tupleWithRest: () => tupleWithRest,
  tupleWithRestAsync: () => tupleWithRestAsync,
  ulid: () => ulid,
  undefined: () => undefined_,
  undefined_: () => undefined_,
  undefinedable: () => undefinedable,
  undefinedableAsync: () => undefinedableAsync,
  union: () => union,
  unionAsync: () => unionAsync,
  unknown: () => unknown,
  unwrap: () => unwrap,
  url: () => url,
  uuid: () => uuid,
  value: () => value,
  values: () => values,
  variant: () => variant,
  variantAsync: () => variantAsync,
  void: () => void_,
  void_: () => void_,
  words: () => words,
});
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0,
};
function setGlobalConfig(config$1) {
  store$4 = {
    ...store$4,
    ...config$1,
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly,
  };
}
function deleteGlobalConfig() {
  store$4 = void 0;
}
var store$3;
function setGlobalMessage(message$1, lang) {
  if (!store$3) store$3 = /* @__PURE__ */ new Map();
  store$3.set(lang, message$1);
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
function deleteGlobalMessage(lang) {
  store$3?.delete(lang);
}
var store$2;
function setSchemaMessage(message$1, lang) {
  if (!store$2) store$2 = /* @__PURE__ */ new Map();
  store$2.set(lang, message$1);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
function deleteSchemaMessage(lang) {
  store$2?.delete(lang);
}
var store$1;
function setSpecificMessage(reference, message$1, lang) {
  if (!store$1) store$1 = /* @__PURE__ */ new Map();
  if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
  store$1.get(reference).set(lang, message$1);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
function deleteSpecificMessage(reference, lang) {
  store$1?.get(reference)?.delete(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function")
    return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly,
  };
  const isSchema = context.kind === "schema";
  const message$1 =
    other?.message ??
    context.message ??
    /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ??
    (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ??
    config$1.message ??
    /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _cloneDataset(dataset) {
  return {
    typed: dataset.typed,
    value: dataset.value,
    issues: dataset.issues?.map((issue) => ({
      ...issue,
      path: issue.path && [...issue.path],
    })),
  };
}
// @__NO_SIDE_EFFECTS__
function _formatCase(input, separator, capFirst, capRest) {
  let result2 = "";
  let firstWord = true;
  let start = 0;
  let prev = 0;
  let prevPrev = 0;
  const flush = (end) => {
    if (end > start) {
      let word = input.slice(start, end).toLowerCase();
      if (firstWord ? capFirst : capRest) {
        const firstCode = word.charCodeAt(0);
        if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
        else {
          const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
          word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
        }
      }
      result2 += firstWord ? word : separator + word;
      firstWord = false;
    }
  };
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    let type;
    if (
      code === 32 ||
      code === 9 ||
      code === 10 ||
      code === 11 ||
      code === 12 ||
      code === 13 ||
      code === 45 ||
      code === 95
    ) {
      flush(index);
      start = index + 1;
      type = 0;
    } else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
    else {
      const char = input[index];
      const charLower = char.toLowerCase();
      type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
    }
    if (type === 1 && (prev === 2 || prev === 3) && index > start) {
      flush(index);
      start = index;
    } else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
      flush(index - 1);
      start = index - 1;
    }
    prevPrev = prev;
    prev = type;
  }
  flush(input.length);
  return result2;
}
var textEncoder;
// @__NO_SIDE_EFFECTS__
function _getByteCount(input) {
  if (!textEncoder) textEncoder = new TextEncoder();
  return textEncoder.encode(input).length;
}
// @__NO_SIDE_EFFECTS__
function _getCodePointCount(input) {
  let count = input.length;
  const lengthMinus1 = input.length - 1;
  for (let i = 0; i < lengthMinus1; )
    if (input.codePointAt(i) <= 65535) i++;
    else {
      i += 2;
      count--;
    }
  return count;
}
var segmenter;
// @__NO_SIDE_EFFECTS__
function _getGraphemeCount(input) {
  if (!segmenter) segmenter = new Intl.Segmenter();
  const segments = segmenter.segment(input);
  let count = 0;
  for (const _ of segments) count++;
  return count;
}
// @__NO_SIDE_EFFECTS__
function _getLastMetadata(schema, type) {
  if ("pipe" in schema) {
    const nestedSchemas = [];
    for (let index = schema.pipe.length - 1; index >= 0; index--) {
      const item = schema.pipe[index];
      if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
      else if (item.kind === "metadata" && item.type === type) return item[type];
    }
    for (const nestedSchema of nestedSchemas) {
      const result2 = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
      if (result2 !== void 0) return result2;
    }
  }
}
var store;
// @__NO_SIDE_EFFECTS__
function _getWordCount(locales, input) {
  if (!store) store = /* @__PURE__ */ new Map();
  const key = String(locales);
  let segmenter$1 = store.get(key);
  if (!segmenter$1) {
    segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
    store.set(key, segmenter$1);
  }
  const segments = segmenter$1.segment(input);
  let count = 0;
  for (const segment of segments) if (segment.isWordLike) count++;
  return count;
}
var NON_DIGIT_REGEX = /\D/gu;
// @__NO_SIDE_EFFECTS__
function _isLuhnAlgo(input) {
  const number$1 = input.replace(NON_DIGIT_REGEX, "");
  let length$1 = number$1.length;
  let bit = 1;
  let sum = 0;
  while (length$1) {
    const value$1 = +number$1[--length$1];
    bit ^= 1;
    sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value$1] : value$1;
  }
  return sum % 10 === 0;
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || (Number.isNaN(value1) && Number.isNaN(value2));
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.hasOwn(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _isValueMatch(requirement, value$1) {
  return (Number.isNaN(requirement) && Number.isNaN(value$1)) || (requirement <= value$1 && requirement >= value$1);
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig()),
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function entriesFromList(list, schema) {
  const entries$1 = {};
  for (const key of list) entries$1[key] = schema;
  return entries$1;
}
// @__NO_SIDE_EFFECTS__
function entriesFromObjects(schemas) {
  const entries$1 = {};
  for (const schema of schemas) Object.assign(entries$1, schema.entries);
  return entries$1;
}
// @__NO_SIDE_EFFECTS__
function getDotPath(issue) {
  if (issue.path) {
    let key = "";
    for (const item of issue.path)
      if (typeof item.key === "string" || typeof item.key === "number")
        if (key) key += `.${item.key}`;
        else key += item.key;
      else return null;
    return key;
  }
  return null;
}
// @__NO_SIDE_EFFECTS__
function isOfKind(kind, object$1) {
  return object$1.kind === kind;
}
// @__NO_SIDE_EFFECTS__
function isOfType(type, object$1) {
  return object$1.type === type;
}
var ValiError = class extends Error {
  /**
   * Creates a Valibot error with useful information.
   *
   * @param issues The error issues.
   */
  constructor(issues) {
    super(issues[0].message);
    this.name = "ValiError";
    this.issues = issues;
  }
};
// @__NO_SIDE_EFFECTS__
function isValiError(error) {
  return error instanceof ValiError;
}
// @__NO_SIDE_EFFECTS__
function args(schema) {
  return {
    kind: "transformation",
    type: "args",
    reference: args,
    async: false,
    schema,
    "~run"(dataset, config$1) {
      const func = dataset.value;
      dataset.value = (...args_) => {
        const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
        if (argsDataset.issues) throw new ValiError(argsDataset.issues);
        return func(...argsDataset.value);
      };
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function argsAsync(schema) {
  return {
    kind: "transformation",
    type: "args",
    reference: argsAsync,
    async: false,
    schema,
    "~run"(dataset, config$1) {
      const func = dataset.value;
      dataset.value = async (...args$1) => {
        const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
        if (argsDataset.issues) throw new ValiError(argsDataset.issues);
        return func(...argsDataset.value);
      };
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function awaitAsync() {
  return {
    kind: "transformation",
    type: "await",
    reference: awaitAsync,
    async: true,
    async "~run"(dataset) {
      dataset.value = await dataset.value;
      return dataset;
    },
  };
}
var BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
var BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
var CUID2_REGEX = /^[a-z][\da-z]*$/u;
var DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
var DIGITS_REGEX = /^\d+$/u;
var DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
var EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
var EMOJI_REGEX =
  /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
var HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
var HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
var IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
var IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
var IPV6_REGEX =
  /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
var IP_REGEX =
  /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
var ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
var ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
var ISO_DATE_TIME_SECOND_REGEX =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
var ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
var ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
var ISO_TIMESTAMP_REGEX =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
var ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
var JWS_COMPACT_REGEX =
  /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
var ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
var KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
var MAC48_REGEX =
  /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
var MAC64_REGEX =
  /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
var MAC_REGEX =
  /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
var NANO_ID_REGEX = /^[\w-]+$/u;
var OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
var RFC_EMAIL_REGEX =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
var ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
var UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;
// @__NO_SIDE_EFFECTS__
function base64(message$1) {
  return {
    kind: "validation",
    type: "base64",
    reference: base64,
    async: false,
    expects: null,
    requirement: BASE64_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function bic(message$1) {
  return {
    kind: "validation",
    type: "bic",
    reference: bic,
    async: false,
    expects: null,
    requirement: BIC_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function brand(name) {
  return {
    kind: "transformation",
    type: "brand",
    reference: brand,
    async: false,
    name,
    "~run"(dataset) {
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function bytes(requirement, message$1) {
  return {
    kind: "validation",
    type: "bytes",
    reference: bytes,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
        if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function checkAsync(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: checkAsync,
    async: true,
    expects: null,
    requirement,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (dataset.typed && !(await this.requirement(dataset.value))) _addIssue(this, "input", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function checkItems(requirement, message$1) {
  return {
    kind: "validation",
    type: "check_items",
    reference: checkItems,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed)
        for (let index = 0; index < dataset.value.length; index++) {
          const item = dataset.value[index];
          if (!this.requirement(item, index, dataset.value))
            _addIssue(this, "item", dataset, config$1, {
              input: item,
              path: [
                {
                  type: "array",
                  origin: "value",
                  input: dataset.value,
                  key: index,
                  value: item,
                },
              ],
            });
        }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function checkItemsAsync(requirement, message$1) {
  return {
    kind: "validation",
    type: "check_items",
    reference: checkItemsAsync,
    async: true,
    expects: null,
    requirement,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (dataset.typed) {
        const requirementResults = await Promise.all(dataset.value.map(this.requirement));
        for (let index = 0; index < dataset.value.length; index++)
          if (!requirementResults[index]) {
            const item = dataset.value[index];
            _addIssue(this, "item", dataset, config$1, {
              input: item,
              path: [
                {
                  type: "array",
                  origin: "value",
                  input: dataset.value,
                  key: index,
                  value: item,
                },
              ],
            });
          }
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function codePoints(requirement, message$1) {
  return {
    kind: "validation",
    type: "code_points",
    reference: codePoints,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
        if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
var CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
var SANITIZE_REGEX = /[- ]/gu;
var PROVIDER_REGEX_LIST = [
  /^3[47]\d{13}$/u,
  /^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
  /^6(?:011|5\d{2})\d{12,15}$/u,
  /^(?:2131|1800|35\d{3})\d{11}$/u,
  /^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
  /^(?:6[27]\d{14,17}|81\d{14,17})$/u,
  /^4\d{12}(?:\d{3,6})?$/u,
];
// @__NO_SIDE_EFFECTS__
function creditCard(message$1) {
  return {
    kind: "validation",
    type: "credit_card",
    reference: creditCard,
    async: false,
    expects: null,
    requirement(input) {
      let sanitized;
      return (
        CREDIT_CARD_REGEX.test(input) &&
        (sanitized = input.replace(SANITIZE_REGEX, "")) &&
        PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) &&
        /* @__PURE__ */ _isLuhnAlgo(sanitized)
      );
    },
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function cuid2(message$1) {
  return {
    kind: "validation",
    type: "cuid2",
    reference: cuid2,
    async: false,
    expects: null,
    requirement: CUID2_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function decimal(message$1) {
  return {
    kind: "validation",
    type: "decimal",
    reference: decimal,
    async: false,
    expects: null,
    requirement: DECIMAL_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function description(description_) {
  return {
    kind: "metadata",
    type: "description",
    reference: description,
    description: description_,
  };
}
// @__NO_SIDE_EFFECTS__
function digits(message$1) {
  return {
    kind: "validation",
    type: "digits",
    reference: digits,
    async: false,
    expects: null,
    requirement: DIGITS_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function domain(message$1) {
  return {
    kind: "validation",
    type: "domain",
    reference: domain,
    expects: null,
    async: false,
    requirement: DOMAIN_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function email(message$1) {
  return {
    kind: "validation",
    type: "email",
    reference: email,
    expects: null,
    async: false,
    requirement: EMAIL_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function emoji(message$1) {
  return {
    kind: "validation",
    type: "emoji",
    reference: emoji,
    async: false,
    expects: null,
    requirement: EMOJI_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function empty(message$1) {
  return {
    kind: "validation",
    type: "empty",
    reference: empty,
    async: false,
    expects: "0",
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > 0)
        _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function endsWith(requirement, message$1) {
  return {
    kind: "validation",
    type: "ends_with",
    reference: endsWith,
    async: false,
    expects: `"${requirement}"`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.endsWith(this.requirement))
        _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function entries(requirement, message$1) {
  return {
    kind: "validation",
    type: "entries",
    reference: entries,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (!dataset.typed) return dataset;
      const count = Object.keys(dataset.value).length;
      if (dataset.typed && count !== this.requirement)
        _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function everyItem(requirement, message$1) {
  return {
    kind: "validation",
    type: "every_item",
    reference: everyItem,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function examples(examples_) {
  return {
    kind: "metadata",
    type: "examples",
    reference: examples,
    examples: examples_,
  };
}
// @__NO_SIDE_EFFECTS__
function excludes(requirement, message$1) {
  const received = /* @__PURE__ */ _stringify(requirement);
  return {
    kind: "validation",
    type: "excludes",
    reference: excludes,
    async: false,
    expects: `!${received}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.includes(this.requirement))
        _addIssue(this, "content", dataset, config$1, { received });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function filterItems(operation) {
  return {
    kind: "transformation",
    type: "filter_items",
    reference: filterItems,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = dataset.value.filter(this.operation);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function findItem(operation) {
  return {
    kind: "transformation",
    type: "find_item",
    reference: findItem,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = dataset.value.find(this.operation);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function finite(message$1) {
  return {
    kind: "validation",
    type: "finite",
    reference: finite,
    async: false,
    expects: null,
    requirement: Number.isFinite,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function flavor(name) {
  return {
    kind: "transformation",
    type: "flavor",
    reference: flavor,
    async: false,
    name,
    "~run"(dataset) {
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function graphemes(requirement, message$1) {
  return {
    kind: "validation",
    type: "graphemes",
    reference: graphemes,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
        if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function gtValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "gt_value",
    reference: gtValue,
    async: false,
    expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value > this.requirement))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function guard(requirement, message$1) {
  return {
    kind: "transformation",
    type: "guard",
    reference: guard,
    async: false,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) {
        _addIssue(this, "input", dataset, config$1);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
var HASH_LENGTHS = {
  md4: 32,
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
  ripemd128: 32,
  ripemd160: 40,
  tiger128: 32,
  tiger160: 40,
  tiger192: 48,
  crc32: 8,
  crc32b: 8,
  adler32: 8,
};
// @__NO_SIDE_EFFECTS__
function hash(types, message$1) {
  return {
    kind: "validation",
    type: "hash",
    reference: hash,
    expects: null,
    async: false,
    requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function hexadecimal(message$1) {
  return {
    kind: "validation",
    type: "hexadecimal",
    reference: hexadecimal,
    async: false,
    expects: null,
    requirement: HEXADECIMAL_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function hexColor(message$1) {
  return {
    kind: "validation",
    type: "hex_color",
    reference: hexColor,
    async: false,
    expects: null,
    requirement: HEX_COLOR_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function imei(message$1) {
  return {
    kind: "validation",
    type: "imei",
    reference: imei,
    async: false,
    expects: null,
    requirement(input) {
      return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
    },
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function includes(requirement, message$1) {
  const expects = /* @__PURE__ */ _stringify(requirement);
  return {
    kind: "validation",
    type: "includes",
    reference: includes,
    async: false,
    expects,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.includes(this.requirement))
        _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ip(message$1) {
  return {
    kind: "validation",
    type: "ip",
    reference: ip,
    async: false,
    expects: null,
    requirement: IP_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ipv4(message$1) {
  return {
    kind: "validation",
    type: "ipv4",
    reference: ipv4,
    async: false,
    expects: null,
    requirement: IPV4_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ipv6(message$1) {
  return {
    kind: "validation",
    type: "ipv6",
    reference: ipv6,
    async: false,
    expects: null,
    requirement: IPV6_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
      return dataset;
    },
  };
}
function _isIsbn10(input) {
  const digits$1 = input.split("").map((c) => (c === "X" ? 10 : parseInt(c)));
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
  return sum % 11 === 0;
}
function _isIsbn13(input) {
  const digits$1 = input.split("").map((c) => parseInt(c));
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
var ISBN_SEPARATOR_REGEX = /[- ]/gu;
var ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
var ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
// @__NO_SIDE_EFFECTS__
function isbn(message$1) {
  return {
    kind: "validation",
    type: "isbn",
    reference: isbn,
    async: false,
    expects: null,
    requirement(input) {
      const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
      if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
      else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
      return false;
    },
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isrc(message$1) {
  return {
    kind: "validation",
    type: "isrc",
    reference: isrc,
    async: false,
    expects: null,
    requirement: ISRC_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoDate(message$1) {
  return {
    kind: "validation",
    type: "iso_date",
    reference: isoDate,
    async: false,
    expects: null,
    requirement: ISO_DATE_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoDateTime(message$1) {
  return {
    kind: "validation",
    type: "iso_date_time",
    reference: isoDateTime,
    async: false,
    expects: null,
    requirement: ISO_DATE_TIME_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoDateTimeSecond(message$1) {
  return {
    kind: "validation",
    type: "iso_date_time_second",
    reference: isoDateTimeSecond,
    async: false,
    expects: null,
    requirement: ISO_DATE_TIME_SECOND_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value))
        _addIssue(this, "date-time-second", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoTime(message$1) {
  return {
    kind: "validation",
    type: "iso_time",
    reference: isoTime,
    async: false,
    expects: null,
    requirement: ISO_TIME_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoTimeSecond(message$1) {
  return {
    kind: "validation",
    type: "iso_time_second",
    reference: isoTimeSecond,
    async: false,
    expects: null,
    requirement: ISO_TIME_SECOND_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoTimestamp(message$1) {
  return {
    kind: "validation",
    type: "iso_timestamp",
    reference: isoTimestamp,
    async: false,
    expects: null,
    requirement: ISO_TIMESTAMP_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function isoWeek(message$1) {
  return {
    kind: "validation",
    type: "iso_week",
    reference: isoWeek,
    async: false,
    expects: null,
    requirement: ISO_WEEK_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function jwsCompact(message$1) {
  return {
    kind: "validation",
    type: "jws_compact",
    reference: jwsCompact,
    async: false,
    expects: null,
    requirement: JWS_COMPACT_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ksuid(message$1) {
  return {
    kind: "validation",
    type: "ksuid",
    reference: ksuid,
    async: false,
    expects: null,
    requirement: KSUID_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function length(requirement, message$1) {
  return {
    kind: "validation",
    type: "length",
    reference: length,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length !== this.requirement)
        _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ltValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "lt_value",
    reference: ltValue,
    async: false,
    expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value < this.requirement))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function mac(message$1) {
  return {
    kind: "validation",
    type: "mac",
    reference: mac,
    async: false,
    expects: null,
    requirement: MAC_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function mac48(message$1) {
  return {
    kind: "validation",
    type: "mac48",
    reference: mac48,
    async: false,
    expects: null,
    requirement: MAC48_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function mac64(message$1) {
  return {
    kind: "validation",
    type: "mac64",
    reference: mac64,
    async: false,
    expects: null,
    requirement: MAC64_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function mapItems(operation) {
  return {
    kind: "transformation",
    type: "map_items",
    reference: mapItems,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = dataset.value.map(this.operation);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxBytes(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_bytes",
    reference: maxBytes,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
        if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxCodePoints(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_code_points",
    reference: maxCodePoints,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
        if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxEntries(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_entries",
    reference: maxEntries,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (!dataset.typed) return dataset;
      const count = Object.keys(dataset.value).length;
      if (dataset.typed && count > this.requirement)
        _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxGraphemes(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_graphemes",
    reference: maxGraphemes,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
        if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement)
        _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxSize(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_size",
    reference: maxSize,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.size > this.requirement)
        _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function maxWords(locales, requirement, message$1) {
  return {
    kind: "validation",
    type: "max_words",
    reference: maxWords,
    async: false,
    expects: `<=${requirement}`,
    locales,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
        if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function metadata(metadata_) {
  return {
    kind: "metadata",
    type: "metadata",
    reference: metadata,
    metadata: metadata_,
  };
}
// @__NO_SIDE_EFFECTS__
function mimeType(requirement, message$1) {
  return {
    kind: "validation",
    type: "mime_type",
    reference: mimeType,
    async: false,
    expects: /* @__PURE__ */ _joinExpects(
      requirement.map((option) => `"${option}"`),
      "|",
    ),
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.includes(dataset.value.type))
        _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minBytes(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_bytes",
    reference: minBytes,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
        if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minCodePoints(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_code_points",
    reference: minCodePoints,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
        if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minEntries(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_entries",
    reference: minEntries,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (!dataset.typed) return dataset;
      const count = Object.keys(dataset.value).length;
      if (dataset.typed && count < this.requirement)
        _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minGraphemes(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_graphemes",
    reference: minGraphemes,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
        if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement)
        _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minSize(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_size",
    reference: minSize,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.size < this.requirement)
        _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function minWords(locales, requirement, message$1) {
  return {
    kind: "validation",
    type: "min_words",
    reference: minWords,
    async: false,
    expects: `>=${requirement}`,
    locales,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
        if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function multipleOf(requirement, message$1) {
  return {
    kind: "validation",
    type: "multiple_of",
    reference: multipleOf,
    async: false,
    expects: `%${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function nanoid(message$1) {
  return {
    kind: "validation",
    type: "nanoid",
    reference: nanoid,
    async: false,
    expects: null,
    requirement: NANO_ID_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function nonEmpty(message$1) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: nonEmpty,
    async: false,
    expects: "!0",
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function normalize(form) {
  return {
    kind: "transformation",
    type: "normalize",
    reference: normalize,
    async: false,
    form,
    "~run"(dataset) {
      dataset.value = dataset.value.normalize(this.form);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notBytes(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_bytes",
    reference: notBytes,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
        if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notCodePoints(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_code_points",
    reference: notCodePoints,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
        if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notEntries(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_entries",
    reference: notEntries,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (!dataset.typed) return dataset;
      const count = Object.keys(dataset.value).length;
      if (dataset.typed && count === this.requirement)
        _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notGraphemes(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_graphemes",
    reference: notGraphemes,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
        if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_length",
    reference: notLength,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length === this.requirement)
        _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notSize(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_size",
    reference: notSize,
    async: false,
    expects: `!${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.size === this.requirement)
        _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_value",
    reference: notValue,
    async: false,
    expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notValues(requirement, message$1) {
  return {
    kind: "validation",
    type: "not_values",
    reference: notValues,
    async: false,
    expects: `!${
      /* @__PURE__ */ _joinExpects(
        requirement.map((value$1) =>
          value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1),
        ),
        "|",
      )
    }`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (
        dataset.typed &&
        this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))
      )
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function notWords(locales, requirement, message$1) {
  return {
    kind: "validation",
    type: "not_words",
    reference: notWords,
    async: false,
    expects: `!${requirement}`,
    locales,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
        if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function octal(message$1) {
  return {
    kind: "validation",
    type: "octal",
    reference: octal,
    async: false,
    expects: null,
    requirement: OCTAL_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
      return dataset;
    },
  };
}
var TRUTHY = [true, 1, "true", "1", "yes", "y", "on", "enabled"];
var FALSY = [false, 0, "false", "0", "no", "n", "off", "disabled"];
// @__NO_SIDE_EFFECTS__
function parseBoolean(config$1, message$1) {
  const normalize$1 = (v) => (typeof v === "string" ? v.toLowerCase() : v);
  const truthyRaw = config$1?.truthy ?? TRUTHY;
  const falsyRaw = config$1?.falsy ?? FALSY;
  const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
  const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
  return {
    kind: "transformation",
    type: "parse_boolean",
    reference: parseBoolean,
    expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
    config: config$1,
    message: message$1,
    async: false,
    "~run"(dataset, config$2) {
      const input = normalize$1(dataset.value);
      if (truthy.includes(input)) dataset.value = true;
      else if (falsy.includes(input)) dataset.value = false;
      else {
        _addIssue(this, "boolean", dataset, config$2);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function parseJson2(config$1, message$1) {
  return {
    kind: "transformation",
    type: "parse_json",
    reference: parseJson2,
    config: config$1,
    message: message$1,
    async: false,
    "~run"(dataset, config$2) {
      try {
        dataset.value = JSON.parse(dataset.value, this.config?.reviver);
      } catch (error) {
        if (error instanceof Error) {
          _addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
          dataset.typed = false;
        } else throw error;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function _isPartiallyTyped(dataset, paths) {
  if (dataset.issues)
    for (const path of paths)
      for (const issue of dataset.issues) {
        let typed = false;
        const bound = Math.min(path.length, issue.path?.length ?? 0);
        for (let index = 0; index < bound; index++)
          if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
            typed = true;
            break;
          }
        if (!typed) return false;
      }
  return true;
}
// @__NO_SIDE_EFFECTS__
function partialCheck(paths, requirement, message$1) {
  return {
    kind: "validation",
    type: "partial_check",
    reference: partialCheck,
    async: false,
    expects: null,
    paths,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value))
        _addIssue(this, "input", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function partialCheckAsync(paths, requirement, message$1) {
  return {
    kind: "validation",
    type: "partial_check",
    reference: partialCheckAsync,
    async: true,
    expects: null,
    paths,
    requirement,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (
        (dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) &&
        !(await this.requirement(dataset.value))
      )
        _addIssue(this, "input", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function rawCheck(action) {
  return {
    kind: "validation",
    type: "raw_check",
    reference: rawCheck,
    async: false,
    expects: null,
    "~run"(dataset, config$1) {
      action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
      });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function rawCheckAsync(action) {
  return {
    kind: "validation",
    type: "raw_check",
    reference: rawCheckAsync,
    async: true,
    expects: null,
    async "~run"(dataset, config$1) {
      await action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
      });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function rawTransform(action) {
  return {
    kind: "transformation",
    type: "raw_transform",
    reference: rawTransform,
    async: false,
    "~run"(dataset, config$1) {
      const output = action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
        NEVER: null,
      });
      if (dataset.issues) dataset.typed = false;
      else dataset.value = output;
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function rawTransformAsync(action) {
  return {
    kind: "transformation",
    type: "raw_transform",
    reference: rawTransformAsync,
    async: true,
    async "~run"(dataset, config$1) {
      const output = await action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
        NEVER: null,
      });
      if (dataset.issues) dataset.typed = false;
      else dataset.value = output;
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function readonly() {
  return {
    kind: "transformation",
    type: "readonly",
    reference: readonly,
    async: false,
    "~run"(dataset) {
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function reduceItems(operation, initial) {
  return {
    kind: "transformation",
    type: "reduce_items",
    reference: reduceItems,
    async: false,
    operation,
    initial,
    "~run"(dataset) {
      dataset.value = dataset.value.reduce(this.operation, this.initial);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function returns(schema) {
  return {
    kind: "transformation",
    type: "returns",
    reference: returns,
    async: false,
    schema,
    "~run"(dataset, config$1) {
      const func = dataset.value;
      dataset.value = (...args_) => {
        const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
        if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
        return returnsDataset.value;
      };
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function returnsAsync(schema) {
  return {
    kind: "transformation",
    type: "returns",
    reference: returnsAsync,
    async: false,
    schema,
    "~run"(dataset, config$1) {
      const func = dataset.value;
      dataset.value = async (...args_) => {
        const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
        if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
        return returnsDataset.value;
      };
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function rfcEmail(message$1) {
  return {
    kind: "validation",
    type: "rfc_email",
    reference: rfcEmail,
    expects: null,
    async: false,
    requirement: RFC_EMAIL_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function safeInteger(message$1) {
  return {
    kind: "validation",
    type: "safe_integer",
    reference: safeInteger,
    async: false,
    expects: null,
    requirement: Number.isSafeInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function size(requirement, message$1) {
  return {
    kind: "validation",
    type: "size",
    reference: size,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.size !== this.requirement)
        _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function slug(message$1) {
  return {
    kind: "validation",
    type: "slug",
    reference: slug,
    async: false,
    expects: null,
    requirement: SLUG_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function someItem(requirement, message$1) {
  return {
    kind: "validation",
    type: "some_item",
    reference: someItem,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function sortItems(operation) {
  return {
    kind: "transformation",
    type: "sort_items",
    reference: sortItems,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = dataset.value.sort(this.operation);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function startsWith(requirement, message$1) {
  return {
    kind: "validation",
    type: "starts_with",
    reference: startsWith,
    async: false,
    expects: `"${requirement}"`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.startsWith(this.requirement))
        _addIssue(this, "start", dataset, config$1, {
          received: `"${dataset.value.slice(0, this.requirement.length)}"`,
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function stringifyJson(config$1, message$1) {
  return {
    kind: "transformation",
    type: "stringify_json",
    reference: stringifyJson,
    message: message$1,
    config: config$1,
    async: false,
    "~run"(dataset, config$2) {
      try {
        const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
        if (output === void 0) {
          _addIssue(this, "JSON", dataset, config$2);
          dataset.typed = false;
        } else dataset.value = output;
      } catch (error) {
        if (error instanceof Error) {
          _addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
          dataset.typed = false;
        } else throw error;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function title(title_) {
  return {
    kind: "metadata",
    type: "title",
    reference: title,
    title: title_,
  };
}
// @__NO_SIDE_EFFECTS__
function toBigint(message$1) {
  return {
    kind: "transformation",
    type: "to_bigint",
    reference: toBigint,
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      try {
        dataset.value = BigInt(dataset.value);
      } catch {
        _addIssue(this, "bigint", dataset, config$1);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toBoolean() {
  return {
    kind: "transformation",
    type: "to_boolean",
    reference: toBoolean,
    async: false,
    "~run"(dataset) {
      dataset.value = Boolean(dataset.value);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toCamelCase() {
  return {
    kind: "transformation",
    type: "to_camel_case",
    reference: toCamelCase,
    async: false,
    "~run"(dataset) {
      dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toDate(message$1) {
  return {
    kind: "transformation",
    type: "to_date",
    reference: toDate,
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      try {
        dataset.value = new Date(dataset.value);
        if (isNaN(dataset.value)) {
          _addIssue(this, "date", dataset, config$1, { received: '"Invalid Date"' });
          dataset.typed = false;
        }
      } catch {
        _addIssue(this, "date", dataset, config$1);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toKebabCase() {
  return {
    kind: "transformation",
    type: "to_kebab_case",
    reference: toKebabCase,
    async: false,
    "~run"(dataset) {
      dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toLowerCase() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: toLowerCase,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.toLowerCase();
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toMaxValue(requirement) {
  return {
    kind: "transformation",
    type: "to_max_value",
    reference: toMaxValue,
    async: false,
    requirement,
    "~run"(dataset) {
      dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toMinValue(requirement) {
  return {
    kind: "transformation",
    type: "to_min_value",
    reference: toMinValue,
    async: false,
    requirement,
    "~run"(dataset) {
      dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toNumber(message$1) {
  return {
    kind: "transformation",
    type: "to_number",
    reference: toNumber,
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      try {
        dataset.value = Number(dataset.value);
        if (isNaN(dataset.value)) {
          _addIssue(this, "number", dataset, config$1);
          dataset.typed = false;
        }
      } catch {
        _addIssue(this, "number", dataset, config$1);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toPascalCase() {
  return {
    kind: "transformation",
    type: "to_pascal_case",
    reference: toPascalCase,
    async: false,
    "~run"(dataset) {
      dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toSnakeCase() {
  return {
    kind: "transformation",
    type: "to_snake_case",
    reference: toSnakeCase,
    async: false,
    "~run"(dataset) {
      dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toString(message$1) {
  return {
    kind: "transformation",
    type: "to_string",
    reference: toString,
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      try {
        dataset.value = String(dataset.value);
      } catch {
        _addIssue(this, "string", dataset, config$1);
        dataset.typed = false;
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function toUpperCase() {
  return {
    kind: "transformation",
    type: "to_upper_case",
    reference: toUpperCase,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.toUpperCase();
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function transform(operation) {
  return {
    kind: "transformation",
    type: "transform",
    reference: transform,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = this.operation(dataset.value);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function transformAsync(operation) {
  return {
    kind: "transformation",
    type: "transform",
    reference: transformAsync,
    async: true,
    operation,
    async "~run"(dataset) {
      dataset.value = await this.operation(dataset.value);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function trim() {
  return {
    kind: "transformation",
    type: "trim",
    reference: trim,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trim();
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function trimEnd() {
  return {
    kind: "transformation",
    type: "trim_end",
    reference: trimEnd,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trimEnd();
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function trimStart() {
  return {
    kind: "transformation",
    type: "trim_start",
    reference: trimStart,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trimStart();
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function ulid(message$1) {
  return {
    kind: "validation",
    type: "ulid",
    reference: ulid,
    async: false,
    expects: null,
    requirement: ULID_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function url(message$1) {
  return {
    kind: "validation",
    type: "url",
    reference: url,
    async: false,
    expects: null,
    requirement(input) {
      try {
        if (URL.canParse) return URL.canParse(input);
        new URL(input);
        return true;
      } catch {
        return false;
      }
    },
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function uuid(message$1) {
  return {
    kind: "validation",
    type: "uuid",
    reference: uuid,
    async: false,
    expects: null,
    requirement: UUID_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function value(requirement, message$1) {
  return {
    kind: "validation",
    type: "value",
    reference: value,
    async: false,
    expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)))
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function values(requirement, message$1) {
  return {
    kind: "validation",
    type: "values",
    reference: values,
    async: false,
    expects: `${
      /* @__PURE__ */ _joinExpects(
        requirement.map((value$1) =>
          value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1),
        ),
        "|",
      )
    }`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (
        dataset.typed &&
        !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))
      )
        _addIssue(this, "value", dataset, config$1, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value),
        });
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function words(locales, requirement, message$1) {
  return {
    kind: "validation",
    type: "words",
    reference: words,
    async: false,
    expects: `${requirement}`,
    locales,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed) {
        const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
        if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
      }
      return dataset;
    },
  };
}
var ABORT_EARLY_CONFIG = { abortEarly: true };
function assert(schema, input) {
  const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
  if (issues) throw new ValiError(issues);
}
var _LruCache = class {
  constructor(config$1) {
    this.refCount = 0;
    this.maxSize = config$1?.maxSize ?? 1e3;
    this.maxAge = config$1?.maxAge ?? Infinity;
    this.hasMaxAge = isFinite(this.maxAge);
  }
  /**
   * Stringifies an unknown input to a cache key component.
   *
   * @param input The unknown input.
   *
   * @returns A cache key component.
   */
  stringify(input) {
    const type = typeof input;
    if (type === "string") return `"${input}"`;
    if (type === "number" || type === "boolean") return `${input}`;
    if (type === "bigint") return `${input}n`;
    if (type === "object" || type === "function") {
      if (input) {
        this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
        let id = this.refIds.get(input);
        if (!id) {
          id = ++this.refCount;
          this.refIds.set(input, id);
        }
        return `#${id}`;
      }
      return "null";
    }
    return type;
  }
  /**
   * Creates a cache key from input and config.
   *
   * @param input The input value.
   * @param config The parse configuration.
   *
   * @returns The cache key.
   */
  key(input, config$1 = {}) {
    return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
  }
  /**
   * Gets a value from the cache by key.
   *
   * @param key The cache key.
   *
   * @returns The cached value.
   */
  get(key) {
    if (!this.store) return void 0;
    const entry = this.store.get(key);
    if (!entry) return void 0;
    if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
      this.store.delete(key);
      return;
    }
    this.store.delete(key);
    this.store.set(key, entry);
    return entry[0];
  }
  /**
   * Sets a value in the cache by key.
   *
   * @param key The cache key.
   * @param value The cached value.
   */
  set(key, value$1) {
    this.store ?? (this.store = /* @__PURE__ */ new Map());
    this.store.delete(key);
    const timestamp = this.hasMaxAge ? Date.now() : 0;
    this.store.set(key, [value$1, timestamp]);
    if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
  }
  /**
   * Clears all entries from the cache.
   */
  clear() {
    this.store?.clear();
  }
};
// @__NO_SIDE_EFFECTS__
function cache(schema, config$1) {
  return _standardSchema({
    ...schema,
    cacheConfig: config$1,
    cache: new _LruCache(config$1),
    "~run"(dataset, runConfig) {
      const key = this.cache.key(dataset.value, runConfig);
      let outputDataset = this.cache.get(key);
      if (!outputDataset) this.cache.set(key, (outputDataset = schema["~run"](dataset, runConfig)));
      return /* @__PURE__ */ _cloneDataset(outputDataset);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function cacheAsync(schema, config$1) {
  let activeRuns;
  return _standardSchema({
    ...schema,
    async: true,
    cacheConfig: config$1,
    cache: new _LruCache(config$1),
    async "~run"(dataset, runConfig) {
      const key = this.cache.key(dataset.value, runConfig);
      const cached = this.cache.get(key);
      if (cached) return /* @__PURE__ */ _cloneDataset(cached);
      let promise$1 = activeRuns?.get(key);
      if (!promise$1) {
        activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
        promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
        activeRuns.set(key, promise$1);
      }
      try {
        const outputDataset = await promise$1;
        this.cache.set(key, outputDataset);
        return /* @__PURE__ */ _cloneDataset(outputDataset);
      } finally {
        activeRuns?.delete(key);
      }
    },
  });
}
// @__NO_SIDE_EFFECTS__
function config(schema, config$1) {
  return _standardSchema({
    ...schema,
    "~run"(dataset, config_) {
      return schema["~run"](dataset, {
        ...config_,
        ...config$1,
      });
    },
  });
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function fallback(schema, fallback$1) {
  return _standardSchema({
    ...schema,
    fallback: fallback$1,
    "~run"(dataset, config$1) {
      const outputDataset = schema["~run"](dataset, config$1);
      return outputDataset.issues
        ? {
            typed: true,
            value: /* @__PURE__ */ getFallback(this, outputDataset, config$1),
          }
        : outputDataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function fallbackAsync(schema, fallback$1) {
  return _standardSchema({
    ...schema,
    fallback: fallback$1,
    async: true,
    async "~run"(dataset, config$1) {
      const outputDataset = await schema["~run"](dataset, config$1);
      return outputDataset.issues
        ? {
            typed: true,
            value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1),
          }
        : outputDataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function flatten(issues) {
  const flatErrors = {};
  for (const issue of issues)
    if (issue.path) {
      const dotPath = /* @__PURE__ */ getDotPath(issue);
      if (dotPath) {
        if (!flatErrors.nested) flatErrors.nested = {};
        if (Object.hasOwn(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
        else flatErrors.nested[dotPath] = [issue.message];
      } else if (flatErrors.other) flatErrors.other.push(issue.message);
      else flatErrors.other = [issue.message];
    } else if (flatErrors.root) flatErrors.root.push(issue.message);
    else flatErrors.root = [issue.message];
  return flatErrors;
}
// @__NO_SIDE_EFFECTS__
function forward(action, path) {
  return {
    ...action,
    "~run"(dataset, config$1) {
      const prevIssues = dataset.issues && [...dataset.issues];
      dataset = action["~run"](dataset, config$1);
      if (dataset.issues) {
        for (const issue of dataset.issues)
          if (!prevIssues?.includes(issue)) {
            let pathInput = dataset.value;
            for (const key of path) {
              const pathValue = pathInput[key];
              const pathItem = {
                type: "unknown",
                origin: "value",
                input: pathInput,
                key,
                value: pathValue,
              };
              if (issue.path) issue.path.push(pathItem);
              else issue.path = [pathItem];
              if (!pathValue) break;
              pathInput = pathValue;
            }
          }
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function forwardAsync(action, path) {
  return {
    ...action,
    async: true,
    async "~run"(dataset, config$1) {
      const prevIssues = dataset.issues && [...dataset.issues];
      dataset = await action["~run"](dataset, config$1);
      if (dataset.issues) {
        for (const issue of dataset.issues)
          if (!prevIssues?.includes(issue)) {
            let pathInput = dataset.value;
            for (const key of path) {
              const pathValue = pathInput[key];
              const pathItem = {
                type: "unknown",
                origin: "value",
                input: pathInput,
                key,
                value: pathValue,
              };
              if (issue.path) issue.path.push(pathItem);
              else issue.path = [pathItem];
              if (!pathValue) break;
              pathInput = pathValue;
            }
          }
      }
      return dataset;
    },
  };
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function getDefaults(schema) {
  if ("entries" in schema) {
    const object$1 = {};
    for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
    return object$1;
  }
  if ("items" in schema) return schema.items.map(getDefaults);
  return /* @__PURE__ */ getDefault(schema);
}
// @__NO_SIDE_EFFECTS__
async function getDefaultsAsync(schema) {
  if ("entries" in schema)
    return Object.fromEntries(
      await Promise.all(
        Object.entries(schema.entries).map(async ([key, value$1]) => [
          key,
          await /* @__PURE__ */ getDefaultsAsync(value$1),
        ]),
      ),
    );
  if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
  return /* @__PURE__ */ getDefault(schema);
}
// @__NO_SIDE_EFFECTS__
function getDescription(schema) {
  return /* @__PURE__ */ _getLastMetadata(schema, "description");
}
// @__NO_SIDE_EFFECTS__
function getExamples(schema) {
  const examples$1 = [];
  function depthFirstCollect(schema$1) {
    if ("pipe" in schema$1) {
      for (const item of schema$1.pipe)
        if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
        else if (item.kind === "metadata" && item.type === "examples")
          for (const example of item.examples) examples$1.push(example);
    }
  }
  depthFirstCollect(schema);
  return examples$1;
}
// @__NO_SIDE_EFFECTS__
function getFallbacks(schema) {
  if ("entries" in schema) {
    const object$1 = {};
    for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
    return object$1;
  }
  if ("items" in schema) return schema.items.map(getFallbacks);
  return /* @__PURE__ */ getFallback(schema);
}
// @__NO_SIDE_EFFECTS__
async function getFallbacksAsync(schema) {
  if ("entries" in schema)
    return Object.fromEntries(
      await Promise.all(
        Object.entries(schema.entries).map(async ([key, value$1]) => [
          key,
          await /* @__PURE__ */ getFallbacksAsync(value$1),
        ]),
      ),
    );
  if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
  return /* @__PURE__ */ getFallback(schema);
}
// @__NO_SIDE_EFFECTS__
function getMetadata(schema) {
  const result2 = {};
  function depthFirstMerge(schema$1) {
    if ("pipe" in schema$1) {
      for (const item of schema$1.pipe)
        if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
        else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result2, item.metadata);
    }
  }
  depthFirstMerge(schema);
  return result2;
}
// @__NO_SIDE_EFFECTS__
function getTitle(schema) {
  return /* @__PURE__ */ _getLastMetadata(schema, "title");
}
// @__NO_SIDE_EFFECTS__
function is(schema, input) {
  return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}
// @__NO_SIDE_EFFECTS__
function any() {
  return _standardSchema({
    kind: "schema",
    type: "any",
    reference: any,
    expects: "any",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function arrayAsync(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: arrayAsync,
    expects: "Array",
    async: true,
    item,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
        for (let key = 0; key < itemDatasets.length; key++) {
          const itemDataset = itemDatasets[key];
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: input[key],
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function bigint(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "bigint",
    reference: bigint,
    expects: "bigint",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "bigint") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function blob(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "blob",
    reference: blob,
    expects: "Blob",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof Blob) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function custom(check$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "custom",
    reference: custom,
    expects: "unknown",
    async: false,
    check: check$1,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.check(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function customAsync(check$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "custom",
    reference: customAsync,
    expects: "unknown",
    async: true,
    check: check$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (await this.check(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function date(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "date",
    reference: date,
    expects: "Date",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof Date)
        if (!isNaN(dataset.value)) dataset.typed = true;
        else _addIssue(this, "type", dataset, config$1, { received: '"Invalid Date"' });
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function enum_(enum__, message$1) {
  const options = [];
  for (const key in enum__)
    if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key))
      options.push(enum__[key]);
  return _standardSchema({
    kind: "schema",
    type: "enum",
    reference: enum_,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    enum: enum__,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function exactOptional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "exact_optional",
    reference: exactOptional,
    expects: wrapped.expects,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function exactOptionalAsync(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "exact_optional",
    reference: exactOptionalAsync,
    expects: wrapped.expects,
    async: true,
    wrapped,
    default: default_,
    async "~run"(dataset, config$1) {
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function file(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "file",
    reference: file,
    expects: "File",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof File) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function function_(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "function",
    reference: function_,
    expects: "Function",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "function") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function instance(class_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "instance",
    reference: instance,
    expects: class_.name,
    async: false,
    class: class_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof this.class) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function _merge(value1, value2) {
  if (typeof value1 === typeof value2) {
    if (
      /* @__PURE__ */ _isSameValueZero(value1, value2) ||
      (value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2))
    )
      return { value: value1 };
    if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
      const nextValue = {
        ...value1,
        ...value2,
      };
      for (const key in value2)
        if (Object.hasOwn(value1, key) && Object.hasOwn(value2, key)) {
          const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
          if (dataset.issue) return dataset;
          nextValue[key] = dataset.value;
        }
      return { value: nextValue };
    }
    if (Array.isArray(value1) && Array.isArray(value2)) {
      if (value1.length === value2.length) {
        const nextValue = [...value1];
        for (let index = 0; index < value1.length; index++) {
          const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
          if (dataset.issue) return dataset;
          nextValue[index] = dataset.value;
        }
        return { value: nextValue };
      }
    }
  }
  return { issue: true };
}
// @__NO_SIDE_EFFECTS__
function intersect(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "intersect",
    reference: intersect,
    expects: /* @__PURE__ */ _joinExpects(
      options.map((option) => option.expects),
      "&",
    ),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.length) {
        const input = dataset.value;
        let outputs;
        dataset.typed = true;
        for (const schema of this.options) {
          const optionDataset = schema["~run"]({ value: input }, config$1);
          if (optionDataset.issues) {
            if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
            else dataset.issues = optionDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!optionDataset.typed) dataset.typed = false;
          if (dataset.typed)
            if (outputs) outputs.push(optionDataset.value);
            else outputs = [optionDataset.value];
        }
        if (dataset.typed) {
          dataset.value = outputs[0];
          for (let index = 1; index < outputs.length; index++) {
            const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
            if (mergeDataset.issue) {
              _addIssue(this, "type", dataset, config$1, { received: "unknown" });
              break;
            }
            dataset.value = mergeDataset.value;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function intersectAsync(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "intersect",
    reference: intersectAsync,
    expects: /* @__PURE__ */ _joinExpects(
      options.map((option) => option.expects),
      "&",
    ),
    async: true,
    options,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (this.options.length) {
        const input = dataset.value;
        let outputs;
        dataset.typed = true;
        const optionDatasets = await Promise.all(
          this.options.map((schema) => schema["~run"]({ value: input }, config$1)),
        );
        for (const optionDataset of optionDatasets) {
          if (optionDataset.issues) {
            if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
            else dataset.issues = optionDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!optionDataset.typed) dataset.typed = false;
          if (dataset.typed)
            if (outputs) outputs.push(optionDataset.value);
            else outputs = [optionDataset.value];
        }
        if (dataset.typed) {
          dataset.value = outputs[0];
          for (let index = 1; index < outputs.length; index++) {
            const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
            if (mergeDataset.issue) {
              _addIssue(this, "type", dataset, config$1, { received: "unknown" });
              break;
            }
            dataset.value = mergeDataset.value;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function lazy(getter) {
  return _standardSchema({
    kind: "schema",
    type: "lazy",
    reference: lazy,
    expects: "unknown",
    async: false,
    getter,
    "~run"(dataset, config$1) {
      return this.getter(dataset.value)["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function lazyAsync(getter) {
  return _standardSchema({
    kind: "schema",
    type: "lazy",
    reference: lazyAsync,
    expects: "unknown",
    async: true,
    getter,
    async "~run"(dataset, config$1) {
      return (await this.getter(dataset.value))["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (
            key in input ||
            ((valueSchema.type === "exact_optional" ||
              valueSchema.type === "optional" ||
              valueSchema.type === "nullish") &&
              valueSchema.default !== void 0)
          ) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: input[key],
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input)
            if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.hasOwn(this.entries, key))
              dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function looseObjectAsync(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObjectAsync,
    expects: "Object",
    async: true,
    entries: entries$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        const valueDatasets = await Promise.all(
          Object.entries(this.entries).map(async ([key, valueSchema]) => {
            if (
              key in input ||
              ((valueSchema.type === "exact_optional" ||
                valueSchema.type === "optional" ||
                valueSchema.type === "nullish") &&
                valueSchema.default !== void 0)
            ) {
              const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
              return [key, value$1, valueSchema, await valueSchema["~run"]({ value: value$1 }, config$1)];
            }
            return [key, input[key], valueSchema, null];
          }),
        );
        for (const [key, value$1, valueSchema, valueDataset] of valueDatasets)
          if (valueDataset) {
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0)
            dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: value$1,
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input)
            if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.hasOwn(this.entries, key))
              dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function looseTuple(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_tuple",
    reference: looseTuple,
    expects: "Array",
    async: false,
    items,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < this.items.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!dataset.issues || !config$1.abortEarly)
          for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function looseTupleAsync(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_tuple",
    reference: looseTupleAsync,
    expects: "Array",
    async: true,
    items,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        const itemDatasets = await Promise.all(
          this.items.map(async (item, key) => {
            const value$1 = input[key];
            return [key, value$1, await item["~run"]({ value: value$1 }, config$1)];
          }),
        );
        for (const [key, value$1, itemDataset] of itemDatasets) {
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!dataset.issues || !config$1.abortEarly)
          for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function map(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "map",
    reference: map,
    expects: "Map",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input instanceof Map) {
        dataset.typed = true;
        dataset.value = /* @__PURE__ */ new Map();
        for (const [inputKey, inputValue] of input) {
          const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "map",
              origin: "key",
              input,
              key: inputKey,
              value: inputValue,
            };
            for (const issue of keyDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "map",
              origin: "value",
              input,
              key: inputKey,
              value: inputValue,
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          dataset.value.set(keyDataset.value, valueDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function mapAsync(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "map",
    reference: mapAsync,
    expects: "Map",
    async: true,
    key,
    value: value$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input instanceof Map) {
        dataset.typed = true;
        dataset.value = /* @__PURE__ */ new Map();
        const datasets = await Promise.all(
          [...input].map(([inputKey, inputValue]) =>
            Promise.all([
              inputKey,
              inputValue,
              this.key["~run"]({ value: inputKey }, config$1),
              this.value["~run"]({ value: inputValue }, config$1),
            ]),
          ),
        );
        for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
          if (keyDataset.issues) {
            const pathItem = {
              type: "map",
              origin: "key",
              input,
              key: inputKey,
              value: inputValue,
            };
            for (const issue of keyDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (valueDataset.issues) {
            const pathItem = {
              type: "map",
              origin: "value",
              input,
              key: inputKey,
              value: inputValue,
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          dataset.value.set(keyDataset.value, valueDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nan(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "nan",
    reference: nan,
    expects: "NaN",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (Number.isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function never(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "never",
    reference: never,
    expects: "never",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonNullable(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_nullable",
    reference: nonNullable,
    expects: "!null",
    async: false,
    wrapped,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
      if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonNullableAsync(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_nullable",
    reference: nonNullableAsync,
    expects: "!null",
    async: true,
    wrapped,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
      if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonNullish(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_nullish",
    reference: nonNullish,
    expects: "(!null & !undefined)",
    async: false,
    wrapped,
    message: message$1,
    "~run"(dataset, config$1) {
      if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
      if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonNullishAsync(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_nullish",
    reference: nonNullishAsync,
    expects: "(!null & !undefined)",
    async: true,
    wrapped,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (!(dataset.value === null || dataset.value === void 0))
        dataset = await this.wrapped["~run"](dataset, config$1);
      if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonOptional(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_optional",
    reference: nonOptional,
    expects: "!undefined",
    async: false,
    wrapped,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
      if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nonOptionalAsync(wrapped, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "non_optional",
    reference: nonOptionalAsync,
    expects: "!undefined",
    async: true,
    wrapped,
    message: message$1,
    async "~run"(dataset, config$1) {
      if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
      if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function null_(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "null",
    reference: null_,
    expects: "null",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value === null) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nullableAsync(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullableAsync,
    expects: `(${wrapped.expects} | null)`,
    async: true,
    wrapped,
    default: default_,
    async "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullish,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function nullishAsync(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullishAsync,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: true,
    wrapped,
    default: default_,
    async "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (
            key in input ||
            ((valueSchema.type === "exact_optional" ||
              valueSchema.type === "optional" ||
              valueSchema.type === "nullish") &&
              valueSchema.default !== void 0)
          ) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: input[key],
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function objectAsync(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: objectAsync,
    expects: "Object",
    async: true,
    entries: entries$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        const valueDatasets = await Promise.all(
          Object.entries(this.entries).map(async ([key, valueSchema]) => {
            if (
              key in input ||
              ((valueSchema.type === "exact_optional" ||
                valueSchema.type === "optional" ||
                valueSchema.type === "nullish") &&
                valueSchema.default !== void 0)
            ) {
              const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
              return [key, value$1, valueSchema, await valueSchema["~run"]({ value: value$1 }, config$1)];
            }
            return [key, input[key], valueSchema, null];
          }),
        );
        for (const [key, value$1, valueSchema, valueDataset] of valueDatasets)
          if (valueDataset) {
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0)
            dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: value$1,
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function objectWithRest(entries$1, rest, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object_with_rest",
    reference: objectWithRest,
    expects: "Object",
    async: false,
    entries: entries$1,
    rest,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (
            key in input ||
            ((valueSchema.type === "exact_optional" ||
              valueSchema.type === "optional" ||
              valueSchema.type === "nullish") &&
              valueSchema.default !== void 0)
          ) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: input[key],
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input)
            if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.hasOwn(this.entries, key)) {
              const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
              if (valueDataset.issues) {
                const pathItem = {
                  type: "object",
                  origin: "value",
                  input,
                  key,
                  value: input[key],
                };
                for (const issue of valueDataset.issues) {
                  if (issue.path) issue.path.unshift(pathItem);
                  else issue.path = [pathItem];
                  dataset.issues?.push(issue);
                }
                if (!dataset.issues) dataset.issues = valueDataset.issues;
                if (config$1.abortEarly) {
                  dataset.typed = false;
                  break;
                }
              }
              if (!valueDataset.typed) dataset.typed = false;
              dataset.value[key] = valueDataset.value;
            }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function objectWithRestAsync(entries$1, rest, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object_with_rest",
    reference: objectWithRestAsync,
    expects: "Object",
    async: true,
    entries: entries$1,
    rest,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        const [normalDatasets, restDatasets] = await Promise.all([
          Promise.all(
            Object.entries(this.entries).map(async ([key, valueSchema]) => {
              if (
                key in input ||
                ((valueSchema.type === "exact_optional" ||
                  valueSchema.type === "optional" ||
                  valueSchema.type === "nullish") &&
                  valueSchema.default !== void 0)
              ) {
                const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
                return [key, value$1, valueSchema, await valueSchema["~run"]({ value: value$1 }, config$1)];
              }
              return [key, input[key], valueSchema, null];
            }),
          ),
          Promise.all(
            Object.entries(input)
              .filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.hasOwn(this.entries, key))
              .map(async ([key, value$1]) => [key, value$1, await this.rest["~run"]({ value: value$1 }, config$1)]),
          ),
        ]);
        for (const [key, value$1, valueSchema, valueDataset] of normalDatasets)
          if (valueDataset) {
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0)
            dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: value$1,
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        if (!dataset.issues || !config$1.abortEarly)
          for (const [key, value$1, valueDataset] of restDatasets) {
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function optionalAsync(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optionalAsync,
    expects: `(${wrapped.expects} | undefined)`,
    async: true,
    wrapped,
    default: default_,
    async "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function promise(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "promise",
    reference: promise,
    expects: "Promise",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof Promise) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input)
          if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
            const entryValue = input[entryKey];
            const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
            if (keyDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "key",
                input,
                key: entryKey,
                value: entryValue,
              };
              for (const issue of keyDataset.issues) {
                issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = keyDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key: entryKey,
                value: entryValue,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
            if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
          }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function recordAsync(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: recordAsync,
    expects: "Object",
    async: true,
    key,
    value: value$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        const datasets = await Promise.all(
          Object.entries(input)
            .filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1))
            .map(([entryKey, entryValue]) =>
              Promise.all([
                entryKey,
                entryValue,
                this.key["~run"]({ value: entryKey }, config$1),
                this.value["~run"]({ value: entryValue }, config$1),
              ]),
            ),
        );
        for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input,
              key: entryKey,
              value: entryValue,
            };
            for (const issue of keyDataset.issues) {
              issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input,
              key: entryKey,
              value: entryValue,
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function set(value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "set",
    reference: set,
    expects: "Set",
    async: false,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input instanceof Set) {
        dataset.typed = true;
        dataset.value = /* @__PURE__ */ new Set();
        for (const inputValue of input) {
          const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "set",
              origin: "value",
              input,
              key: null,
              value: inputValue,
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!valueDataset.typed) dataset.typed = false;
          dataset.value.add(valueDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function setAsync(value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "set",
    reference: setAsync,
    expects: "Set",
    async: true,
    value: value$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input instanceof Set) {
        dataset.typed = true;
        dataset.value = /* @__PURE__ */ new Set();
        const valueDatasets = await Promise.all(
          [...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]),
        );
        for (const [inputValue, valueDataset] of valueDatasets) {
          if (valueDataset.issues) {
            const pathItem = {
              type: "set",
              origin: "value",
              input,
              key: null,
              value: inputValue,
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!valueDataset.typed) dataset.typed = false;
          dataset.value.add(valueDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (
            key in input ||
            ((valueSchema.type === "exact_optional" ||
              valueSchema.type === "optional" ||
              valueSchema.type === "nullish") &&
              valueSchema.default !== void 0)
          ) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: input[key],
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input)
            if (!Object.hasOwn(this.entries, key)) {
              _addIssue(this, "key", dataset, config$1, {
                input: key,
                expected: "never",
                path: [
                  {
                    type: "object",
                    origin: "key",
                    input,
                    key,
                    value: input[key],
                  },
                ],
              });
              break;
            }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function strictObjectAsync(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObjectAsync,
    expects: "Object",
    async: true,
    entries: entries$1,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        const valueDatasets = await Promise.all(
          Object.entries(this.entries).map(async ([key, valueSchema]) => {
            if (
              key in input ||
              ((valueSchema.type === "exact_optional" ||
                valueSchema.type === "optional" ||
                valueSchema.type === "nullish") &&
                valueSchema.default !== void 0)
            ) {
              const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
              return [key, value$1, valueSchema, await valueSchema["~run"]({ value: value$1 }, config$1)];
            }
            return [key, input[key], valueSchema, null];
          }),
        );
        for (const [key, value$1, valueSchema, valueDataset] of valueDatasets)
          if (valueDataset) {
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0)
            dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
          else if (
            valueSchema.type !== "exact_optional" &&
            valueSchema.type !== "optional" &&
            valueSchema.type !== "nullish"
          ) {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  value: value$1,
                },
              ],
            });
            if (config$1.abortEarly) break;
          }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input)
            if (!Object.hasOwn(this.entries, key)) {
              _addIssue(this, "key", dataset, config$1, {
                input: key,
                expected: "never",
                path: [
                  {
                    type: "object",
                    origin: "key",
                    input,
                    key,
                    value: input[key],
                  },
                ],
              });
              break;
            }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function strictTuple(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_tuple",
    reference: strictTuple,
    expects: "Array",
    async: false,
    items,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < this.items.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length)
          _addIssue(this, "type", dataset, config$1, {
            input: input[this.items.length],
            expected: "never",
            path: [
              {
                type: "array",
                origin: "value",
                input,
                key: this.items.length,
                value: input[this.items.length],
              },
            ],
          });
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function strictTupleAsync(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_tuple",
    reference: strictTupleAsync,
    expects: "Array",
    async: true,
    items,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        const itemDatasets = await Promise.all(
          this.items.map(async (item, key) => {
            const value$1 = input[key];
            return [key, value$1, await item["~run"]({ value: value$1 }, config$1)];
          }),
        );
        for (const [key, value$1, itemDataset] of itemDatasets) {
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length)
          _addIssue(this, "type", dataset, config$1, {
            input: input[this.items.length],
            expected: "never",
            path: [
              {
                type: "array",
                origin: "value",
                input,
                key: this.items.length,
                value: input[this.items.length],
              },
            ],
          });
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function symbol(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "symbol",
    reference: symbol,
    expects: "symbol",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "symbol") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function tuple(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "tuple",
    reference: tuple,
    expects: "Array",
    async: false,
    items,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < this.items.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function tupleAsync(items, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "tuple",
    reference: tupleAsync,
    expects: "Array",
    async: true,
    items,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        const itemDatasets = await Promise.all(
          this.items.map(async (item, key) => {
            const value$1 = input[key];
            return [key, value$1, await item["~run"]({ value: value$1 }, config$1)];
          }),
        );
        for (const [key, value$1, itemDataset] of itemDatasets) {
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function tupleWithRest(items, rest, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "tuple_with_rest",
    reference: tupleWithRest,
    expects: "Array",
    async: false,
    items,
    rest,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < this.items.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!dataset.issues || !config$1.abortEarly)
          for (let key = this.items.length; key < input.length; key++) {
            const value$1 = input[key];
            const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
            if (itemDataset.issues) {
              const pathItem = {
                type: "array",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of itemDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = itemDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!itemDataset.typed) dataset.typed = false;
            dataset.value.push(itemDataset.value);
          }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function tupleWithRestAsync(items, rest, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "tuple_with_rest",
    reference: tupleWithRestAsync,
    expects: "Array",
    async: true,
    items,
    rest,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        const [normalDatasets, restDatasets] = await Promise.all([
          Promise.all(
            this.items.map(async (item, key) => {
              const value$1 = input[key];
              return [key, value$1, await item["~run"]({ value: value$1 }, config$1)];
            }),
          ),
          Promise.all(
            input.slice(this.items.length).map(async (value$1, key) => {
              return [key + this.items.length, value$1, await this.rest["~run"]({ value: value$1 }, config$1)];
            }),
          ),
        ]);
        for (const [key, value$1, itemDataset] of normalDatasets) {
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1,
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
        if (!dataset.issues || !config$1.abortEarly)
          for (const [key, value$1, itemDataset] of restDatasets) {
            if (itemDataset.issues) {
              const pathItem = {
                type: "array",
                origin: "value",
                input,
                key,
                value: value$1,
              };
              for (const issue of itemDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = itemDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!itemDataset.typed) dataset.typed = false;
            dataset.value.push(itemDataset.value);
          }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function undefined_(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "undefined",
    reference: undefined_,
    expects: "undefined",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function undefinedable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "undefinedable",
    reference: undefinedable,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function undefinedableAsync(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "undefinedable",
    reference: undefinedableAsync,
    expects: `(${wrapped.expects} | undefined)`,
    async: true,
    wrapped,
    default: default_,
    async "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    },
  });
}
// @__NO_SIDE_EFFECTS__
function _subIssues(datasets) {
  let issues;
  if (datasets)
    for (const dataset of datasets)
      if (issues) for (const issue of dataset.issues) issues.push(issue);
      else issues = dataset.issues;
  return issues;
}
// @__NO_SIDE_EFFECTS__
function union(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: union,
    expects: /* @__PURE__ */ _joinExpects(
      options.map((option) => option.expects),
      "|",
    ),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed)
          if (optionDataset.issues)
            if (typedDatasets) typedDatasets.push(optionDataset);
            else typedDatasets = [optionDataset];
          else {
            validDataset = optionDataset;
            break;
          }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function unionAsync(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: unionAsync,
    expects: /* @__PURE__ */ _joinExpects(
      options.map((option) => option.expects),
      "|",
    ),
    async: true,
    options,
    message: message$1,
    async "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed)
          if (optionDataset.issues)
            if (typedDatasets) typedDatasets.push(optionDataset);
            else typedDatasets = [optionDataset];
          else {
            validDataset = optionDataset;
            break;
          }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function variant(key, options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "variant",
    reference: variant,
    expects: "Object",
    async: false,
    key,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        let outputDataset;
        let maxDiscriminatorPriority = 0;
        let invalidDiscriminatorKey = this.key;
        let expectedDiscriminators = [];
        const parseOptions = (variant$1, allKeys) => {
          for (const schema of variant$1.options) {
            if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
            else {
              let keysAreValid = true;
              let currentPriority = 0;
              for (const currentKey of allKeys) {
                const discriminatorSchema = schema.entries[currentKey];
                if (
                  currentKey in input
                    ? discriminatorSchema["~run"](
                        {
                          typed: false,
                          value: input[currentKey],
                        },
                        ABORT_EARLY_CONFIG,
                      ).issues
                    : discriminatorSchema.type !== "exact_optional" &&
                      discriminatorSchema.type !== "optional" &&
                      discriminatorSchema.type !== "nullish"
                ) {
                  keysAreValid = false;
                  if (
                    invalidDiscriminatorKey !== currentKey &&
                    (maxDiscriminatorPriority < currentPriority ||
                      (maxDiscriminatorPriority === currentPriority &&
                        currentKey in input &&
                        !(invalidDiscriminatorKey in input)))
                  ) {
                    maxDiscriminatorPriority = currentPriority;
                    invalidDiscriminatorKey = currentKey;
                    expectedDiscriminators = [];
                  }
                  if (invalidDiscriminatorKey === currentKey)
                    expectedDiscriminators.push(schema.entries[currentKey].expects);
                  break;
                }
                currentPriority++;
              }
              if (keysAreValid) {
                const optionDataset = schema["~run"]({ value: input }, config$1);
                if (!outputDataset || (!outputDataset.typed && optionDataset.typed)) outputDataset = optionDataset;
              }
            }
            if (outputDataset && !outputDataset.issues) break;
          }
        };
        parseOptions(this, /* @__PURE__ */ new Set([this.key]));
        if (outputDataset) return outputDataset;
        _addIssue(this, "type", dataset, config$1, {
          input: input[invalidDiscriminatorKey],
          expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
          path: [
            {
              type: "object",
              origin: "value",
              input,
              key: invalidDiscriminatorKey,
              value: input[invalidDiscriminatorKey],
            },
          ],
        });
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function variantAsync(key, options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "variant",
    reference: variantAsync,
    expects: "Object",
    async: true,
    key,
    options,
    message: message$1,
    async "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        let outputDataset;
        let maxDiscriminatorPriority = 0;
        let invalidDiscriminatorKey = this.key;
        let expectedDiscriminators = [];
        const parseOptions = async (variant$1, allKeys) => {
          for (const schema of variant$1.options) {
            if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
            else {
              let keysAreValid = true;
              let currentPriority = 0;
              for (const currentKey of allKeys) {
                const discriminatorSchema = schema.entries[currentKey];
                if (
                  currentKey in input
                    ? (
                        await discriminatorSchema["~run"](
                          {
                            typed: false,
                            value: input[currentKey],
                          },
                          ABORT_EARLY_CONFIG,
                        )
                      ).issues
                    : discriminatorSchema.type !== "exact_optional" &&
                      discriminatorSchema.type !== "optional" &&
                      discriminatorSchema.type !== "nullish"
                ) {
                  keysAreValid = false;
                  if (
                    invalidDiscriminatorKey !== currentKey &&
                    (maxDiscriminatorPriority < currentPriority ||
                      (maxDiscriminatorPriority === currentPriority &&
                        currentKey in input &&
                        !(invalidDiscriminatorKey in input)))
                  ) {
                    maxDiscriminatorPriority = currentPriority;
                    invalidDiscriminatorKey = currentKey;
                    expectedDiscriminators = [];
                  }
                  if (invalidDiscriminatorKey === currentKey)
                    expectedDiscriminators.push(schema.entries[currentKey].expects);
                  break;
                }
                currentPriority++;
              }
              if (keysAreValid) {
                const optionDataset = await schema["~run"]({ value: input }, config$1);
                if (!outputDataset || (!outputDataset.typed && optionDataset.typed)) outputDataset = optionDataset;
              }
            }
            if (outputDataset && !outputDataset.issues) break;
          }
        };
        await parseOptions(this, /* @__PURE__ */ new Set([this.key]));
        if (outputDataset) return outputDataset;
        _addIssue(this, "type", dataset, config$1, {
          input: input[invalidDiscriminatorKey],
          expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
          path: [
            {
              type: "object",
              origin: "value",
              input,
              key: invalidDiscriminatorKey,
              value: input[invalidDiscriminatorKey],
            },
          ],
        });
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function void_(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "void",
    reference: void_,
    expects: "void",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function keyof(schema, message$1) {
  return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}
// @__NO_SIDE_EFFECTS__
function message(schema, message_) {
  return _standardSchema({
    ...schema,
    "~run"(dataset, config$1) {
      return schema["~run"](dataset, {
        ...config$1,
        message: message_,
      });
    },
  });
}
// @__NO_SIDE_EFFECTS__
function omit(schema, keys) {
  const entries$1 = { ...schema.entries };
  for (const key of keys) delete entries$1[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
function parse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  if (dataset.issues) throw new ValiError(dataset.issues);
  return dataset.value;
}
async function parseAsync(schema, input, config$1) {
  const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  if (dataset.issues) throw new ValiError(dataset.issues);
  return dataset.value;
}
// @__NO_SIDE_EFFECTS__
function parser(schema, config$1) {
  const func = (input) => parse(schema, input, config$1);
  func.schema = schema;
  func.config = config$1;
  return func;
}
// @__NO_SIDE_EFFECTS__
function parserAsync(schema, config$1) {
  const func = (input) => parseAsync(schema, input, config$1);
  func.schema = schema;
  func.config = config$1;
  return func;
}
// @__NO_SIDE_EFFECTS__
function partial(schema, keys) {
  const entries$1 = {};
  for (const key in schema.entries)
    entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
// @__NO_SIDE_EFFECTS__
function partialAsync(schema, keys) {
  const entries$1 = {};
  for (const key in schema.entries)
    entries$1[key] =
      !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
// @__NO_SIDE_EFFECTS__
function pick(schema, keys) {
  const entries$1 = {};
  for (const key of keys) entries$1[key] = schema.entries[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1)
        if (item.kind !== "metadata") {
          if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
            dataset.typed = false;
            break;
          }
          if (!dataset.issues || (!config$1.abortEarly && !config$1.abortPipeEarly))
            dataset = item["~run"](dataset, config$1);
        }
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function pipeAsync(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    async: true,
    async "~run"(dataset, config$1) {
      for (const item of pipe$1)
        if (item.kind !== "metadata") {
          if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
            dataset.typed = false;
            break;
          }
          if (!dataset.issues || (!config$1.abortEarly && !config$1.abortPipeEarly))
            dataset = await item["~run"](dataset, config$1);
        }
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function required(schema, arg2, arg3) {
  const keys = Array.isArray(arg2) ? arg2 : void 0;
  const message$1 = Array.isArray(arg2) ? arg3 : arg2;
  const entries$1 = {};
  for (const key in schema.entries)
    entries$1[key] =
      !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
// @__NO_SIDE_EFFECTS__
function requiredAsync(schema, arg2, arg3) {
  const keys = Array.isArray(arg2) ? arg2 : void 0;
  const message$1 = Array.isArray(arg2) ? arg3 : arg2;
  const entries$1 = {};
  for (const key in schema.entries)
    entries$1[key] =
      !keys || keys.includes(key)
        ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1)
        : schema.entries[key];
  return _standardSchema({
    ...schema,
    entries: entries$1,
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues,
  };
}
// @__NO_SIDE_EFFECTS__
async function safeParseAsync(schema, input, config$1) {
  const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues,
  };
}
// @__NO_SIDE_EFFECTS__
function safeParser(schema, config$1) {
  const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
  func.schema = schema;
  func.config = config$1;
  return func;
}
// @__NO_SIDE_EFFECTS__
function safeParserAsync(schema, config$1) {
  const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
  func.schema = schema;
  func.config = config$1;
  return func;
}
// @__NO_SIDE_EFFECTS__
function summarize(issues) {
  let summary = "";
  for (const issue of issues) {
    if (summary) summary += "\n";
    summary += `\xD7 ${issue.message}`;
    const dotPath = /* @__PURE__ */ getDotPath(issue);
    if (dotPath)
      summary += `
  \u2192 at ${dotPath}`;
  }
  return summary;
}
// @__NO_SIDE_EFFECTS__
function unwrap(schema) {
  return schema.wrapped;
}

// src/normalize/boolean.ts
function readBoolean(value2) {
  if (typeof value2 === "boolean") return value2;
  if (value2 === void 0 || value2 === null) return null;
  if (typeof value2 === "number") return value2 === 1 ? true : value2 === 0 ? false : void 0;
  if (typeof value2 !== "string") return void 0;
  switch (value2.trim().toLowerCase()) {
    case "":
    case "true":
    case "1":
      return true;
    case "false":
    case "0":
      return false;
    case "null":
      return null;
    default:
      return void 0;
  }
}

// src/normalize/number.ts
var NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
function readNumber(value2) {
  if (typeof value2 === "number") return Number.isFinite(value2) ? value2 : void 0;
  if (isAbsent(value2)) return null;
  if (typeof value2 !== "string") return void 0;
  const trimmed = value2.trim();
  if (!NUMERIC.test(trimmed)) return void 0;
  const number2 = Number(trimmed);
  return Number.isFinite(number2) ? number2 : void 0;
}
function readDuration(value2) {
  const number2 = readNumber(value2);
  return typeof number2 === "number" && number2 < 0 ? void 0 : number2;
}

// src/normalize/text.ts
function readText(value2) {
  if (typeof value2 === "number") return Number.isFinite(value2) ? numberToText(value2) : void 0;
  if (isAbsent(value2)) return null;
  return typeof value2 === "string" ? value2.trim() : void 0;
}
function numberToText(value2) {
  return Number.isInteger(value2) && Math.abs(value2) >= 1e21 ? BigInt(value2).toString() : String(value2);
}

// node_modules/date-fns/constants.js
var daysInYear = 365.2425;
var maxTime = 10 ** 8 * 24 * 60 * 60 * 1e3;
var minTime = -maxTime;
var millisecondsInMinute = 6e4;
var millisecondsInHour = 36e5;
var secondsInHour = 3600;
var secondsInDay = secondsInHour * 24;
var secondsInWeek = secondsInDay * 7;
var secondsInYear = secondsInDay * daysInYear;
var secondsInMonth = secondsInYear / 12;
var secondsInQuarter = secondsInMonth * 3;
var constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");

// node_modules/date-fns/constructFrom.js
function constructFrom(date2, value2) {
  if (typeof date2 === "function") return date2(value2);
  if (date2 && typeof date2 === "object" && constructFromSymbol in date2) return date2[constructFromSymbol](value2);
  if (date2 instanceof Date) return new date2.constructor(value2);
  return new Date(value2);
}

// node_modules/date-fns/toDate.js
function toDate2(argument, context) {
  return constructFrom(context || argument, argument);
}

// node_modules/date-fns/isDate.js
function isDate(value2) {
  return (
    value2 instanceof Date || (typeof value2 === "object" && Object.prototype.toString.call(value2) === "[object Date]")
  );
}

// node_modules/date-fns/isValid.js
function isValid(date2) {
  return !((!isDate(date2) && typeof date2 !== "number") || isNaN(+toDate2(date2)));
}

// node_modules/date-fns/parseISO.js
function parseISO(argument, options) {
  const invalidDate = () => constructFrom(options?.in, NaN);
  const additionalDigits = options?.additionalDigits ?? 2;
  const dateStrings = splitDateString(argument);
  let date2;
  if (dateStrings.date) {
    const parseYearResult = parseYear(dateStrings.date, additionalDigits);
    date2 = parseDate(parseYearResult.restDateString, parseYearResult.year);
  }
  if (!date2 || isNaN(+date2)) return invalidDate();
  const timestamp = +date2;
  let time = 0;
  let offset;
  if (dateStrings.time) {
    time = parseTime(dateStrings.time);
    if (isNaN(time)) return invalidDate();
  }
  if (dateStrings.timezone) {
    offset = parseTimezone(dateStrings.timezone);
    if (isNaN(offset)) return invalidDate();
  } else {
    const tmpDate = new Date(timestamp + time);
    const result2 = toDate2(0, options?.in);
    result2.setFullYear(tmpDate.getUTCFullYear(), tmpDate.getUTCMonth(), tmpDate.getUTCDate());
    result2.setHours(
      tmpDate.getUTCHours(),
      tmpDate.getUTCMinutes(),
      tmpDate.getUTCSeconds(),
      tmpDate.getUTCMilliseconds(),
    );
    return result2;
  }
  return toDate2(timestamp + time + offset, options?.in);
}
var patterns = {
  dateTimeDelimiter: /[T ]/,
  timeZoneDelimiter: /[Z ]/i,
  timezone: /([Z+-].*)$/,
};
var dateRegex = /^-?(?:(\d{3})|(\d{2})(?:-?(\d{2}))?|W(\d{2})(?:-?(\d{1}))?|)$/;
var timeRegex = /^(\d{2}(?:[.,]\d*)?)(?::?(\d{2}(?:[.,]\d*)?))?(?::?(\d{2}(?:[.,]\d*)?))?$/;
var timezoneRegex = /^([+-])(\d{2})(?::?(\d{2}))?$/;
function splitDateString(dateString) {
  const dateStrings = {};
  const array2 = dateString.split(patterns.dateTimeDelimiter);
  let timeString;
  if (array2.length > 2) {
    return dateStrings;
  }
  if (/:/.test(array2[0])) {
    timeString = array2[0];
  } else {
    dateStrings.date = array2[0];
    timeString = array2[1];
    if (patterns.timeZoneDelimiter.test(dateStrings.date)) {
      dateStrings.date = dateString.split(patterns.timeZoneDelimiter)[0];
      timeString = dateString.substr(dateStrings.date.length, dateString.length);
    }
  }
  if (timeString) {
    const token = patterns.timezone.exec(timeString);
    if (token) {
      dateStrings.time = timeString.replace(token[1], "");
      dateStrings.timezone = token[1];
    } else {
      dateStrings.time = timeString;
    }
  }
  return dateStrings;
}
function parseYear(dateString, additionalDigits) {
  const regex2 = new RegExp(
    "^(?:(\\d{4}|[+-]\\d{" + (4 + additionalDigits) + "})|(\\d{2}|[+-]\\d{" + (2 + additionalDigits) + "})$)",
  );
  const captures = dateString.match(regex2);
  if (!captures) return { year: NaN, restDateString: "" };
  const year = captures[1] ? parseInt(captures[1]) : null;
  const century = captures[2] ? parseInt(captures[2]) : null;
  return {
    year: century === null ? year : century * 100,
    restDateString: dateString.slice((captures[1] || captures[2]).length),
  };
}
function parseDate(dateString, year) {
  if (year === null) return /* @__PURE__ */ new Date(NaN);
  const captures = dateString.match(dateRegex);
  if (!captures) return /* @__PURE__ */ new Date(NaN);
  const isWeekDate = !!captures[4];
  const dayOfYear = parseDateUnit(captures[1]);
  const month = parseDateUnit(captures[2]) - 1;
  const day = parseDateUnit(captures[3]);
  const week = parseDateUnit(captures[4]);
  const dayOfWeek = parseDateUnit(captures[5]) - 1;
  if (isWeekDate) {
    if (!validateWeekDate(year, week, dayOfWeek)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    return dayOfISOWeekYear(year, week, dayOfWeek);
  } else {
    const date2 = /* @__PURE__ */ new Date(0);
    if (!validateDate(year, month, day) || !validateDayOfYearDate(year, dayOfYear)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date2.setUTCFullYear(year, month, Math.max(dayOfYear, day));
    return date2;
  }
}
function parseDateUnit(value2) {
  return value2 ? parseInt(value2) : 1;
}
function parseTime(timeString) {
  const captures = timeString.match(timeRegex);
  if (!captures) return NaN;
  const hours = parseTimeUnit(captures[1]);
  const minutes = parseTimeUnit(captures[2]);
  const seconds2 = parseTimeUnit(captures[3]);
  if (!validateTime(hours, minutes, seconds2)) {
    return NaN;
  }
  return hours * millisecondsInHour + minutes * millisecondsInMinute + seconds2 * 1e3;
}
function parseTimeUnit(value2) {
  return (value2 && parseFloat(value2.replace(",", "."))) || 0;
}
function parseTimezone(timezoneString) {
  if (timezoneString === "Z") return 0;
  const captures = timezoneString.match(timezoneRegex);
  if (!captures) return 0;
  const sign = captures[1] === "+" ? -1 : 1;
  const hours = parseInt(captures[2]);
  const minutes = (captures[3] && parseInt(captures[3])) || 0;
  if (!validateTimezone(hours, minutes)) {
    return NaN;
  }
  return sign * (hours * millisecondsInHour + minutes * millisecondsInMinute);
}
function dayOfISOWeekYear(isoWeekYear, week, day) {
  const date2 = /* @__PURE__ */ new Date(0);
  date2.setUTCFullYear(isoWeekYear, 0, 4);
  const fourthOfJanuaryDay = date2.getUTCDay() || 7;
  const diff = (week - 1) * 7 + day + 1 - fourthOfJanuaryDay;
  date2.setUTCDate(date2.getUTCDate() + diff);
  return date2;
}
var daysInMonths = [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYearIndex(year) {
  return year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
}
function validateDate(year, month, date2) {
  return month >= 0 && month <= 11 && date2 >= 1 && date2 <= (daysInMonths[month] || (isLeapYearIndex(year) ? 29 : 28));
}
function validateDayOfYearDate(year, dayOfYear) {
  return dayOfYear >= 1 && dayOfYear <= (isLeapYearIndex(year) ? 366 : 365);
}
function validateWeekDate(_year, week, day) {
  return week >= 1 && week <= 53 && day >= 0 && day <= 6;
}
function validateTime(hours, minutes, seconds2) {
  if (hours === 24) {
    return minutes === 0 && seconds2 === 0;
  }
  return seconds2 >= 0 && seconds2 < 60 && minutes >= 0 && minutes < 60 && hours >= 0 && hours < 25;
}
function validateTimezone(_hours, minutes) {
  return minutes >= 0 && minutes <= 59;
}

// src/normalize/time.ts
var EPOCH = /^\d+(?:\.\d+)?$/;
var HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
var CANONICAL_UTC = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
var ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
var MS_THRESHOLD = 1e12;
function fromEpoch(epoch) {
  if (!Number.isFinite(epoch) || epoch < 0) return void 0;
  const date2 = new Date(Math.trunc(epoch) >= MS_THRESHOLD ? epoch : epoch * 1e3);
  return isValid(date2) ? date2 : void 0;
}
function readTime(value2, naiveOffset = "Z") {
  if (typeof value2 === "number") return fromEpoch(value2);
  if (isAbsent(value2)) return null;
  if (typeof value2 !== "string") return void 0;
  const trimmed = value2.trim();
  if (EPOCH.test(trimmed)) return fromEpoch(Number(trimmed));
  const canonical = CANONICAL_UTC.exec(trimmed);
  if (canonical !== null) {
    const date3 = new Date(trimmed);
    return isValid(date3) &&
      date3.getUTCFullYear() === Number(canonical[1]) &&
      date3.getUTCMonth() + 1 === Number(canonical[2]) &&
      date3.getUTCDate() === Number(canonical[3])
      ? date3
      : void 0;
  }
  if (!ISO_LIKE.test(trimmed)) return void 0;
  const withTime = trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed;
  const zoned = HAS_ZONE.test(withTime) ? withTime : `${withTime}${naiveOffset}`;
  const date2 = parseISO(zoned.replace(" ", "T").replace(/\s+/g, ""));
  return isValid(date2) ? date2 : void 0;
}

// src/schema/field.ts
function describeValue(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "an array";
  if (typeof value2 === "string") return value2.trim() === "" ? "an empty string" : "a string";
  return typeof value2 === "object" ? "an object" : `a ${typeof value2}`;
}
// @__NO_SIDE_EFFECTS__
function fieldSchema(reference, read, expected, required2) {
  return _standardSchema({
    kind: "schema",
    type: "lenient_field",
    reference,
    expects: expected,
    async: false,
    read,
    required: required2,
    message: (issue) =>
      required2 && isAbsent(issue.input)
        ? `is required (${expected}) but was empty`
        : `must be ${expected}, got ${describeValue(issue.input)}`,
    "~run"(dataset, config2) {
      const value2 = this.read(dataset.value);
      if (value2 === void 0 || (value2 === null && this.required)) {
        _addIssue(this, "type", dataset, config2);
      } else {
        dataset.value = value2;
        dataset.typed = true;
      }
      return dataset;
    },
  });
}
// @__NO_SIDE_EFFECTS__
function field(read, expected) {
  return /* @__PURE__ */ fieldSchema(field, read, expected, false);
}
// @__NO_SIDE_EFFECTS__
function requiredField(read, expected) {
  return /* @__PURE__ */ fieldSchema(requiredField, read, expected, true);
}

// src/schema/fields.ts
// @__NO_SIDE_EFFECTS__
function text() {
  return optional(field(readText, "a string"));
}
// @__NO_SIDE_EFFECTS__
function requiredText() {
  return requiredField(readText, "a non-empty string");
}
// @__NO_SIDE_EFFECTS__
function numeric() {
  return optional(field(readNumber, "a number"));
}
// @__NO_SIDE_EFFECTS__
function seconds() {
  return optional(field(readDuration, "a number of seconds, not negative"));
}
// @__NO_SIDE_EFFECTS__
function flag() {
  return optional(field(readBoolean, "a boolean (true, false, 1 or 0)"));
}
// @__NO_SIDE_EFFECTS__
function phone() {
  return optional(field(readText, "a phone number (string or digits)"));
}
var EPOCH_TEXT = /^\d+(?:\.\d+)?$/;
function readTimestampAsSent(naiveOffset) {
  return (value2) => {
    const date2 = readTime(value2, naiveOffset);
    if (date2 === void 0 || date2 === null) return date2;
    if (typeof value2 !== "string") return value2;
    const trimmed = value2.trim();
    return EPOCH_TEXT.test(trimmed) ? Number(trimmed) : trimmed;
  };
}
// @__NO_SIDE_EFFECTS__
function sentTimestamp(naiveOffset = "Z") {
  return optional(
    field(readTimestampAsSent(naiveOffset), "an ISO-8601 date-time or an epoch in seconds or milliseconds"),
  );
}
function readEmbeddedJson(value2) {
  if (typeof value2 !== "string") return value2 === void 0 ? null : value2;
  const trimmed = value2.trim();
  if (trimmed === "") return null;
  const first = trimmed.charCodeAt(0);
  if (first !== 123 && first !== 91) return trimmed;
  const parsed = parseJson(trimmed);
  return parsed.ok ? parsed.value : trimmed;
}
// @__NO_SIDE_EFFECTS__
function embeddedJson() {
  return optional(field(readEmbeddedJson, "JSON text"));
}

// src/schema/record.ts
function needsRenaming(input, known, spelling) {
  for (const key in input) {
    if (Object.hasOwn(known, key)) continue;
    if (!isSafeKey(key) || spelling.has(key.toLowerCase())) return true;
  }
  return false;
}
// @__NO_SIDE_EFFECTS__
function record2(entries2) {
  const spelling = /* @__PURE__ */ new Map();
  for (const key of Object.keys(entries2)) spelling.set(key.toLowerCase(), key);
  return pipe(
    custom(isPlainObject, "must be an object"),
    transform((input) => {
      if (!needsRenaming(input, entries2, spelling)) return input;
      const output = createFields();
      const keys = Object.keys(input);
      for (const key of keys) if (Object.hasOwn(entries2, key)) output[key] = input[key];
      for (const key of keys) {
        if (Object.hasOwn(entries2, key) || !isSafeKey(key)) continue;
        const name = spelling.get(key.toLowerCase());
        output[name !== void 0 && !Object.hasOwn(output, name) ? name : key] = input[key];
      }
      return output;
    }),
    // valibot reads unknown keys with hasOwnProperty, so a key sent as `toString` stays an unknown key.
    looseObject(entries2),
  );
}

// src/providers/telecmi/schema.ts
var common = {
  type: text(),
  status: requiredText(),
  direction: text(),
  leg: text(),
  conversation_uuid: text(),
  call_id: text(),
  parent_uid: text(),
  appid: numeric(),
  app_id: numeric(),
  user: text(),
  team: text(),
  from: phone(),
  to: phone(),
  virtual_number: phone(),
  callerid: phone(),
  time: sentTimestamp(),
  answeredsec: seconds(),
  waitedsec: seconds(),
  hangup_reason: text(),
  record: flag(),
  voicemail: flag(),
  click_to_call: flag(),
  filename: text(),
  voicename: text(),
  custom: embeddedJson(),
  extra_params: embeddedJson(),
  request_id: text(),
  ivr_name: text(),
  name: text(),
};
var telecmiEventSchema = record2({ ...common, cmiuuid: requiredText(), cmiuid: text() });
var telecmiLegacySchema = record2({ ...common, cmiuid: requiredText(), cmiuuid: text() });

// src/normalize/call-event.ts
function plainEvent(base, type) {
  return {
    provider: base.provider,
    type,
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    raw: base.raw,
  };
}
function endedEvent(base, ended) {
  return {
    provider: base.provider,
    type: "call.ended",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    outcome: ended.outcome,
    durationSec: ended.durationSec,
    startedAt: ended.startedAt,
    answeredAt: ended.answeredAt,
    endedAt: ended.endedAt,
    hangupCause: ended.hangupCause,
    recording: ended.recording,
    raw: base.raw,
  };
}
function dtmfEvent(base, digits2) {
  return {
    provider: base.provider,
    type: "call.dtmf",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    digits: digits2,
    raw: base.raw,
  };
}
function eventOfType(base, type, digits2, ended) {
  if (type === "call.dtmf") return dtmfEvent(base, digits2);
  if (type === "call.ended") return endedEvent(base, ended());
  return plainEvent(base, type);
}

// src/normalize/event-id.ts
function eventId(provider, parts) {
  let id = provider;
  for (const part of parts) {
    if (part === null || part === void 0) {
      id += ":";
      continue;
    }
    id += `:${part.includes(":") || part.includes("%") ? part.replace(/%/g, "%25").replace(/:/g, "%3A") : part}`;
  }
  return id;
}

// node_modules/libphonenumber-js/metadata.min.json.js
var metadata_min_json_default = {
  version: 4,
  country_calling_codes: {
    1: [
      "US",
      "AG",
      "AI",
      "AS",
      "BB",
      "BM",
      "BS",
      "CA",
      "DM",
      "DO",
      "GD",
      "GU",
      "JM",
      "KN",
      "KY",
      "LC",
      "MP",
      "MS",
      "PR",
      "SX",
      "TC",
      "TT",
      "VC",
      "VG",
      "VI",
    ],
    7: ["RU", "KZ"],
    20: ["EG"],
    27: ["ZA"],
    30: ["GR"],
    31: ["NL"],
    32: ["BE"],
    33: ["FR"],
    34: ["ES"],
    36: ["HU"],
    39: ["IT", "VA"],
    40: ["RO"],
    41: ["CH"],
    43: ["AT"],
    44: ["GB", "GG", "IM", "JE"],
    45: ["DK"],
    46: ["SE"],
    47: ["NO", "SJ"],
    48: ["PL"],
    49: ["DE"],
    51: ["PE"],
    52: ["MX"],
    53: ["CU"],
    54: ["AR"],
    55: ["BR"],
    56: ["CL"],
    57: ["CO"],
    58: ["VE"],
    60: ["MY"],
    61: ["AU", "CC", "CX"],
    62: ["ID"],
    63: ["PH"],
    64: ["NZ"],
    65: ["SG"],
    66: ["TH"],
    81: ["JP"],
    82: ["KR"],
    84: ["VN"],
    86: ["CN"],
    90: ["TR"],
    91: ["IN"],
    92: ["PK"],
    93: ["AF"],
    94: ["LK"],
    95: ["MM"],
    98: ["IR"],
    211: ["SS"],
    212: ["MA", "EH"],
    213: ["DZ"],
    216: ["TN"],
    218: ["LY"],
    220: ["GM"],
    221: ["SN"],
    222: ["MR"],
    223: ["ML"],
    224: ["GN"],
    225: ["CI"],
    226: ["BF"],
    227: ["NE"],
    228: ["TG"],
    229: ["BJ"],
    230: ["MU"],
    231: ["LR"],
    232: ["SL"],
    233: ["GH"],
    234: ["NG"],
    235: ["TD"],
    236: ["CF"],
    237: ["CM"],
    238: ["CV"],
    239: ["ST"],
    240: ["GQ"],
    241: ["GA"],
    242: ["CG"],
    243: ["CD"],
    244: ["AO"],
    245: ["GW"],
    246: ["IO"],
    247: ["AC"],
    248: ["SC"],
    249: ["SD"],
    250: ["RW"],
    251: ["ET"],
    252: ["SO"],
    253: ["DJ"],
    254: ["KE"],
    255: ["TZ"],
    256: ["UG"],
    257: ["BI"],
    258: ["MZ"],
    260: ["ZM"],
    261: ["MG"],
    262: ["RE", "YT"],
    263: ["ZW"],
    264: ["NA"],
    265: ["MW"],
    266: ["LS"],
    267: ["BW"],
    268: ["SZ"],
    269: ["KM"],
    290: ["SH", "TA"],
    291: ["ER"],
    297: ["AW"],
    298: ["FO"],
    299: ["GL"],
    350: ["GI"],
    351: ["PT"],
    352: ["LU"],
    353: ["IE"],
    354: ["IS"],
    355: ["AL"],
    356: ["MT"],
    357: ["CY"],
    358: ["FI", "AX"],
    359: ["BG"],
    370: ["LT"],
    371: ["LV"],
    372: ["EE"],
    373: ["MD"],
    374: ["AM"],
    375: ["BY"],
    376: ["AD"],
    377: ["MC"],
    378: ["SM"],
    380: ["UA"],
    381: ["RS"],
    382: ["ME"],
    383: ["XK"],
    385: ["HR"],
    386: ["SI"],
    387: ["BA"],
    389: ["MK"],
    420: ["CZ"],
    421: ["SK"],
    423: ["LI"],
    500: ["FK"],
    501: ["BZ"],
    502: ["GT"],
    503: ["SV"],
    504: ["HN"],
    505: ["NI"],
    506: ["CR"],
    507: ["PA"],
    508: ["PM"],
    509: ["HT"],
    590: ["GP", "BL", "MF"],
    591: ["BO"],
    592: ["GY"],
    593: ["EC"],
    594: ["GF"],
    595: ["PY"],
    596: ["MQ"],
    597: ["SR"],
    598: ["UY"],
    599: ["CW", "BQ"],
    670: ["TL"],
    672: ["NF"],
    673: ["BN"],
    674: ["NR"],
    675: ["PG"],
    676: ["TO"],
    677: ["SB"],
    678: ["VU"],
    679: ["FJ"],
    680: ["PW"],
    681: ["WF"],
    682: ["CK"],
    683: ["NU"],
    685: ["WS"],
    686: ["KI"],
    687: ["NC"],
    688: ["TV"],
    689: ["PF"],
    690: ["TK"],
    691: ["FM"],
    692: ["MH"],
    850: ["KP"],
    852: ["HK"],
    853: ["MO"],
    855: ["KH"],
    856: ["LA"],
    880: ["BD"],
    886: ["TW"],
    960: ["MV"],
    961: ["LB"],
    962: ["JO"],
    963: ["SY"],
    964: ["IQ"],
    965: ["KW"],
    966: ["SA"],
    967: ["YE"],
    968: ["OM"],
    970: ["PS"],
    971: ["AE"],
    972: ["IL"],
    973: ["BH"],
    974: ["QA"],
    975: ["BT"],
    976: ["MN"],
    977: ["NP"],
    992: ["TJ"],
    993: ["TM"],
    994: ["AZ"],
    995: ["GE"],
    996: ["KG"],
    998: ["UZ"],
  },
  countries: {
    AC: ["247", "00", "(?:[01589]\\d|[2-467])\\d{4}", [5, 6]],
    AD: [
      "376",
      "00",
      "(?:1|6\\d)\\d{7}|[135-9]\\d{5}",
      [6, 8, 9],
      [
        ["(\\d{3})(\\d{3})", "$1 $2", ["[135-9]"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["1"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]],
      ],
    ],
    AE: [
      "971",
      "00",
      "(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}",
      [5, 6, 7, 8, 9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{2,9})", "$1 $2", ["60|8"]],
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[236]|[479][2-8]"], "0$1"],
        ["(\\d{3})(\\d)(\\d{5})", "$1 $2 $3", ["[479]"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"],
      ],
      "0",
    ],
    AF: ["93", "00", "[2-7]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"]], "0"],
    AG: ["1", "011", "(?:268|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([457]\\d{6})$|1", "268$1", 0, "268"],
    AI: ["1", "011", "(?:264|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2457]\\d{6})$|1", "264$1", 0, "264"],
    AL: [
      "355",
      "00",
      "(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}",
      [6, 7, 8, 9],
      [
        ["(\\d{3})(\\d{3,4})", "$1 $2", ["80|9"], "0$1"],
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["4[2-6]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2358][2-5]|4"], "0$1"],
        ["(\\d{3})(\\d{5})", "$1 $2", ["[23578]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["6"], "0$1"],
      ],
      "0",
    ],
    AM: [
      "374",
      "00",
      "(?:[1-489]\\d|55|60|77)\\d{6}",
      [8],
      [
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[89]0"], "0 $1"],
        ["(\\d{3})(\\d{5})", "$1 $2", ["2|3[12]"], "(0$1)"],
        ["(\\d{2})(\\d{6})", "$1 $2", ["1|47"], "(0$1)"],
        ["(\\d{2})(\\d{6})", "$1 $2", ["[3-9]"], "0$1"],
      ],
      "0",
    ],
    AO: ["244", "00", "[29]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[29]"]]]],
    AR: [
      "54",
      "00",
      "(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}",
      [10, 11],
      [
        [
          "(\\d{4})(\\d{2})(\\d{4})",
          "$1 $2-$3",
          [
            "2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9])",
            "2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8]))|2(?:2[24-9]|3[1-59]|47)",
            "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5[56][46]|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]",
            "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|58|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|54(?:4|5[13-7]|6[89])|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:454|85[56])[46]|3(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]",
          ],
          "0$1",
          1,
        ],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2-$3", ["1"], "0$1", 1],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[68]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2-$3", ["[23]"], "0$1", 1],
        [
          "(\\d)(\\d{4})(\\d{2})(\\d{4})",
          "$2 15-$3-$4",
          [
            "9(?:2[2-469]|3[3-578])",
            "9(?:2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9]))",
            "9(?:2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8])))|92(?:2[24-9]|3[1-59]|47)",
            "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5(?:[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]",
            "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|5(?:4(?:4|5[13-7]|6[89])|[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]",
          ],
          "0$1",
          0,
          "$1 $2 $3-$4",
        ],
        ["(\\d)(\\d{2})(\\d{4})(\\d{4})", "$2 15-$3-$4", ["91"], "0$1", 0, "$1 $2 $3-$4"],
        ["(\\d{3})(\\d{3})(\\d{5})", "$1-$2-$3", ["8"], "0$1"],
        ["(\\d)(\\d{3})(\\d{3})(\\d{4})", "$2 15-$3-$4", ["9"], "0$1", 0, "$1 $2 $3-$4"],
      ],
      "0",
      0,
      "0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?",
      "9$1",
    ],
    AS: ["1", "011", "(?:[58]\\d\\d|684|900)\\d{7}", [10], 0, "1", 0, "([267]\\d{6})$|1", "684$1", 0, "684"],
    AT: [
      "43",
      "00",
      "1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}",
      [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      [
        ["(\\d)(\\d{3,12})", "$1 $2", ["1(?:11|[2-9])"], "0$1"],
        ["(\\d{3})(\\d{2})", "$1 $2", ["517"], "0$1"],
        ["(\\d{2})(\\d{3,5})", "$1 $2", ["5[079]"], "0$1"],
        [
          "(\\d{3})(\\d{3,10})",
          "$1 $2",
          [
            "(?:31|4)6|51|6(?:48|5[0-3579]|[6-9])|7(?:20|32|8)|[89]",
            "(?:31|4)6|51|6(?:485|5[0-3579]|[6-9])|7(?:20|32|8)|[89]",
          ],
          "0$1",
        ],
        ["(\\d{4})(\\d{3,9})", "$1 $2", ["[2-467]|5[2-6]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["5"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4,7})", "$1 $2 $3", ["5"], "0$1"],
      ],
      "0",
    ],
    AU: [
      "61",
      "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
      "1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}",
      [5, 6, 7, 8, 9, 10, 12],
      [
        ["(\\d{2})(\\d{3,4})", "$1 $2", ["16"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["16"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["14|4"], "0$1"],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[2378]"], "(0$1)"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:30|[89])"]],
      ],
      "0",
      0,
      "(183[12])|0",
      0,
      0,
      0,
      [
        [
          "(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}",
          [9],
        ],
        [
          "4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",
          [9],
        ],
        ["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
        ["190[0-26]\\d{6}", [10]],
        0,
        0,
        0,
        ["163\\d{2,6}", [5, 6, 7, 8, 9]],
        ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
        ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]],
      ],
      "0011",
    ],
    AW: ["297", "00", "(?:[25-79]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[25-9]"]]]],
    AX: [
      "358",
      "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
      "2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}",
      [5, 6, 7, 8, 9, 10, 11, 12],
      0,
      "0",
      0,
      0,
      0,
      0,
      "18",
      0,
      "00",
    ],
    AZ: [
      "994",
      "00",
      "365\\d{6}|(?:[124579]\\d|60|88)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["90"], "0$1"],
        [
          "(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
          "$1 $2 $3 $4",
          ["1[28]|2|365|46", "1[28]|2|365[45]|46", "1[28]|2|365(?:4|5[02])|46"],
          "(0$1)",
        ],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[13-9]"], "0$1"],
      ],
      "0",
    ],
    BA: [
      "387",
      "00",
      "6\\d{8}|(?:[35689]\\d|49|70)\\d{6}",
      [8, 9],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["6[1-3]|[7-9]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2-$3", ["[3-5]|6[56]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["6"], "0$1"],
      ],
      "0",
    ],
    BB: ["1", "011", "(?:246|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "246$1", 0, "246"],
    BD: [
      "880",
      "00",
      "[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}",
      [6, 7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{4,6})", "$1-$2", ["31[5-8]|[459]1"], "0$1"],
        [
          "(\\d{3})(\\d{3,7})",
          "$1-$2",
          [
            "3(?:[67]|8[013-9])|4(?:6[168]|7|[89][18])|5(?:6[128]|9)|6(?:[15]|28)|7[2-589]|8(?:0[014-9]|[12])|9[358]|(?:3[2-5]|4[235]|5[2-578]|6[0389]|76|8[3-7]|9[24])1|(?:44|66)[01346-9]",
          ],
          "0$1",
        ],
        ["(\\d{4})(\\d{3,6})", "$1-$2", ["[13-9]|2[23]"], "0$1"],
        ["(\\d)(\\d{7,8})", "$1-$2", ["2"], "0$1"],
      ],
      "0",
    ],
    BE: [
      "32",
      "00",
      "4\\d{8}|[1-9]\\d{7}",
      [8, 9],
      [
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:80|9)0"], "0$1"],
        ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[239]|4[23]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[15-8]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4"], "0$1"],
      ],
      "0",
    ],
    BF: ["226", "00", "[024-7]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[024-7]"]]]],
    BG: [
      "359",
      "00",
      "00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}",
      [6, 7, 8, 9, 12],
      [
        ["(\\d)(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"],
        ["(\\d{3})(\\d{4})", "$1 $2", ["43[1-6]|70[1-9]"], "0$1"],
        ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["[356]|4[124-7]|7[1-9]|8[1-6]|9[1-7]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:70|8)0"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3", ["43[1-7]|7"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[48]|9[08]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"],
      ],
      "0",
    ],
    BH: ["973", "00", "[136-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[13679]|8[02-4679]"]]]],
    BI: ["257", "00", "(?:[267]\\d|31)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2367]"]]]],
    BJ: ["229", "00", "01\\d{8}", [10], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["0"]]]],
    BL: [
      "590",
      "00",
      "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
      [9],
      0,
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        ["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],
        ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
        ["80[0-5]\\d{6}"],
        ["8[129]\\d{7}"],
        0,
        0,
        0,
        0,
        ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"],
      ],
    ],
    BM: ["1", "011", "(?:441|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "441$1", 0, "441"],
    BN: ["673", "00", "[2-578]\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-578]"]]]],
    BO: [
      "591",
      "00(?:1\\d)?",
      "(?:[2-7]\\d\\d|8001)\\d{5}",
      [8, 9],
      [
        ["(\\d)(\\d{7})", "$1 $2", ["[23]|4[46]|50"]],
        ["(\\d{8})", "$1", ["[5-7]"]],
        ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["8"]],
      ],
      "0",
      0,
      "0(1\\d)?",
    ],
    BQ: ["599", "00", "(?:[34]1|7\\d)\\d{5}", [7], 0, 0, 0, 0, 0, 0, "[347]"],
    BR: [
      "55",
      "00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)",
      "[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}",
      [8, 9, 10, 11],
      [
        ["(\\d{4})(\\d{4})", "$1-$2", ["300|4(?:0[02]|37|86)", "300|4(?:0(?:0|20)|370|864)"]],
        ["(\\d{3})(\\d{2,3})(\\d{4})", "$1 $2 $3", ["(?:[358]|90)0"], "0$1"],
        [
          "(\\d{2})(\\d{4})(\\d{4})",
          "$1 $2-$3",
          ["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-57]"],
          "($1)",
        ],
        ["(\\d{2})(\\d{5})(\\d{4})", "$1 $2-$3", ["[16][1-9]|[2-57-9]"], "($1)"],
      ],
      "0",
      0,
      "(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?",
      "$2",
    ],
    BS: ["1", "011", "(?:242|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([3-8]\\d{6})$|1", "242$1", 0, "242"],
    BT: [
      "975",
      "00",
      "[178]\\d{7}|[2-8]\\d{6}",
      [7, 8],
      [
        ["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-6]|7[246]|8[2-4]"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[67]|[78]"]],
      ],
    ],
    BW: [
      "267",
      "00",
      "90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}",
      [7, 8, 10],
      [
        ["(\\d{2})(\\d{5})", "$1 $2", ["90"]],
        ["(\\d{3})(\\d{4})", "$1 $2", ["[2-6]"]],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["0"]],
        ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["8"]],
      ],
    ],
    BY: [
      "375",
      "810",
      "(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}",
      [6, 7, 8, 9, 10, 11],
      [
        ["(\\d{3})(\\d{3})", "$1 $2", ["800"], "8 $1"],
        ["(\\d{3})(\\d{2})(\\d{2,4})", "$1 $2 $3", ["800"], "8 $1"],
        [
          "(\\d{4})(\\d{2})(\\d{3})",
          "$1 $2-$3",
          [
            "1(?:5[169]|6[3-5]|7[179])|2(?:1[35]|2[34]|3[3-5])",
            "1(?:5[169]|6(?:3[1-3]|4|5[125])|7(?:1[3-9]|7[0-24-6]|9[2-7]))|2(?:1[35]|2[34]|3[3-5])",
          ],
          "8 0$1",
        ],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["1(?:[56]|7[467])|2[1-3]"], "8 0$1"],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-4]"], "8 0$1"],
        ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[89]"], "8 $1"],
      ],
      "8",
      0,
      "0|80?",
      0,
      0,
      0,
      0,
      "8~10",
    ],
    BZ: [
      "501",
      "00",
      "(?:0800\\d|[2-8])\\d{6}",
      [7, 11],
      [
        ["(\\d{3})(\\d{4})", "$1-$2", ["[2-8]"]],
        ["(\\d)(\\d{3})(\\d{4})(\\d{3})", "$1-$2-$3-$4", ["0"]],
      ],
    ],
    CA: [
      "1",
      "011",
      "[2-9]\\d{9}|3\\d{6}",
      [7, 10],
      0,
      "1",
      0,
      0,
      0,
      0,
      0,
      [
        [
          "(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}",
          [10],
        ],
        ["", [10]],
        ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}", [10]],
        ["900[2-9]\\d{6}", [10]],
        [
          "52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}",
          [10],
        ],
        0,
        ["310\\d{4}", [7]],
        0,
        ["600[2-9]\\d{6}", [10]],
      ],
    ],
    CC: [
      "61",
      "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
      "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
      [6, 7, 8, 9, 10, 12],
      0,
      "0",
      0,
      "([59]\\d{7})$|0",
      "8$1",
      0,
      0,
      [
        [
          "8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}",
          [9],
        ],
        [
          "4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",
          [9],
        ],
        ["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
        ["190[0-26]\\d{6}", [10]],
        0,
        0,
        0,
        0,
        ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
        ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]],
      ],
      "0011",
    ],
    CD: [
      "243",
      "00",
      "(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}",
      [7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["88"], "0$1"],
        ["(\\d{2})(\\d{5})", "$1 $2", ["[1-6]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["5"], "0$1"],
      ],
      "0",
    ],
    CF: [
      "236",
      "00",
      "8776\\d{4}|(?:[27]\\d|61)\\d{6}",
      [8],
      [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-8]"]]],
    ],
    CG: [
      "242",
      "00",
      "222\\d{6}|(?:0\\d|80)\\d{7}",
      [9],
      [
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["8"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[02]"]],
      ],
    ],
    CH: [
      "41",
      "00",
      "8\\d{11}|[2-9]\\d{8}",
      [9, 12],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8[047]|90"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]|81"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["8"], "0$1"],
      ],
      "0",
    ],
    CI: [
      "225",
      "00",
      "[02]\\d{9}",
      [10],
      [
        ["(\\d{2})(\\d{2})(\\d)(\\d{5})", "$1 $2 $3 $4", ["2"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3 $4", ["0"]],
      ],
    ],
    CK: ["682", "00", "[2-578]\\d{4}", [5], [["(\\d{2})(\\d{3})", "$1 $2", ["[2-578]"]]]],
    CL: [
      "56",
      "(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0",
      "12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}",
      [9, 10, 11],
      [
        ["(\\d{5})(\\d{4})", "$1 $2", ["219", "2196"], "($1)"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["60|809"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["44"]],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2[1-36]"], "($1)"],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["9(?:10|[2-9])"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["3[2-5]|[47]|5[1-3578]|6[13-57]|8(?:0[1-8]|[1-9])"], "($1)"],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["60|8"]],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]],
        ["(\\d{3})(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["60"]],
      ],
    ],
    CM: [
      "237",
      "00",
      "[26]\\d{8}|88\\d{6,7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["88"]],
        ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[26]|88"]],
      ],
    ],
    CN: [
      "86",
      "00|1(?:[12]\\d|79)\\d\\d00",
      "(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}",
      [7, 8, 9, 10, 11, 12],
      [
        ["(\\d{2})(\\d{5})", "$1 $2", ["101", "1010", "10100"], "0$1"],
        [
          "(\\d{2})(\\d{5,6})",
          "$1 $2",
          [
            "(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]",
            "10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1",
            "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12",
            "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123",
          ],
          "0$1",
        ],
        ["(\\d{4})(\\d{4})", "$1 $2", ["101", "1010"]],
        [
          "(\\d{3})(\\d{5,6})",
          "$1 $2",
          [
            "3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])",
            "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]",
            "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])",
            "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])",
          ],
          "0$1",
        ],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]0"]],
        [
          "(\\d{2})(\\d{4})(\\d{4})",
          "$1 $2 $3",
          [
            "10|2(?:[02-57-9]|1[1-9])",
            "10|2(?:[02-57-9]|1[1-9])",
            "10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])",
          ],
          "0$1",
          1,
        ],
        [
          "(\\d{3})(\\d{3})(\\d{4})",
          "$1 $2 $3",
          [
            "3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]",
          ],
          "0$1",
          1,
        ],
        ["(\\d{3})(\\d{7,8})", "$1 $2", ["9"]],
        ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[3-578]"], "0$1", 1],
        ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["1[3-9]"]],
        ["(\\d{2})(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["[12]"], "0$1", 1],
      ],
      "0",
      0,
      "(1(?:[12]\\d|79)\\d\\d)|0",
      0,
      0,
      0,
      0,
      "00",
    ],
    CO: [
      "57",
      "00(?:4(?:[14]4|56)|[579])",
      "(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}",
      [8, 10, 11],
      [
        ["(\\d{4})(\\d{4})", "$1 $2", ["46"]],
        ["(\\d{3})(\\d{7})", "$1 $2", ["6|90"], "($1)"],
        ["(\\d{3})(\\d{7})", "$1 $2", ["3[0-357]|94"]],
        ["(\\d)(\\d{3})(\\d{7})", "$1-$2-$3", ["1"], "0$1", 0, "$1 $2 $3"],
      ],
      "0",
      0,
      "0([3579]|4(?:[14]4|56))?",
    ],
    CR: [
      "506",
      "00",
      "(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}",
      [8, 10],
      [
        ["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[3-9]"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[89]"]],
      ],
      0,
      0,
      "(19(?:0[0-2468]|1[09]|20|66|77|99))",
    ],
    CU: [
      "53",
      "119",
      "(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}",
      [6, 7, 8, 10],
      [
        ["(\\d{2})(\\d{4,6})", "$1 $2", ["2[1-4]|[34]"], "(0$1)"],
        ["(\\d)(\\d{6,7})", "$1 $2", ["7"], "(0$1)"],
        ["(\\d)(\\d{7})", "$1 $2", ["[56]"], "0$1"],
        ["(\\d{3})(\\d{7})", "$1 $2", ["8"], "0$1"],
      ],
      "0",
    ],
    CV: ["238", "0", "(?:[2-59]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-589]"]]]],
    CW: [
      "599",
      "00",
      "(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}",
      [7, 8],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[3467]"]],
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["9[4-8]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      "[69]",
    ],
    CX: [
      "61",
      "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
      "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
      [6, 7, 8, 9, 10, 12],
      0,
      "0",
      0,
      "([59]\\d{7})$|0",
      "8$1",
      0,
      0,
      [
        [
          "8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}",
          [9],
        ],
        [
          "4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",
          [9],
        ],
        ["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
        ["190[0-26]\\d{6}", [10]],
        0,
        0,
        0,
        0,
        ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
        ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]],
      ],
      "0011",
    ],
    CY: ["357", "00", "(?:[279]\\d|[58]0)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[257-9]"]]]],
    CZ: [
      "420",
      "00",
      "(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}",
      [9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]|9[015-7]"]],
        ["(\\d{2})(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["96"]],
        ["(\\d{2})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]],
        ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]],
      ],
    ],
    DE: [
      "49",
      "00",
      "[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}",
      [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
      [
        ["(\\d{2})(\\d{3,13})", "$1 $2", ["3[02]|40|[68]9"], "0$1"],
        [
          "(\\d{3})(\\d{3,12})",
          "$1 $2",
          [
            "2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1",
            "2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1",
          ],
          "0$1",
        ],
        [
          "(\\d{4})(\\d{2,11})",
          "$1 $2",
          [
            "[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]",
            "[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]",
          ],
          "0$1",
        ],
        ["(\\d{3})(\\d{4})", "$1 $2", ["138"], "0$1"],
        ["(\\d{5})(\\d{2,10})", "$1 $2", ["3"], "0$1"],
        ["(\\d{3})(\\d{5,11})", "$1 $2", ["181"], "0$1"],
        ["(\\d{3})(\\d)(\\d{4,10})", "$1 $2 $3", ["1(?:3|80)|9"], "0$1"],
        ["(\\d{3})(\\d{7,8})", "$1 $2", ["1[67]"], "0$1"],
        ["(\\d{3})(\\d{7,12})", "$1 $2", ["8"], "0$1"],
        ["(\\d{5})(\\d{6})", "$1 $2", ["185", "1850", "18500"], "0$1"],
        ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["7"], "0$1"],
        ["(\\d{4})(\\d{7})", "$1 $2", ["18[68]"], "0$1"],
        ["(\\d{4})(\\d{7})", "$1 $2", ["15[1279]"], "0$1"],
        ["(\\d{5})(\\d{6})", "$1 $2", ["15[03-68]", "15(?:[0568]|3[13]|41)"], "0$1"],
        ["(\\d{3})(\\d{8})", "$1 $2", ["18"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{7,8})", "$1 $2 $3", ["1(?:6[023]|7)"], "0$1"],
        ["(\\d{4})(\\d{2})(\\d{7})", "$1 $2 $3", ["15[279]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{8})", "$1 $2 $3", ["15"], "0$1"],
      ],
      "0",
    ],
    DJ: ["253", "00", "(?:2\\d|77)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[27]"]]]],
    DK: ["45", "00", "[2-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-9]"]]]],
    DM: ["1", "011", "(?:[58]\\d\\d|767|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "767$1", 0, "767"],
    DO: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "8001|8[024]9"],
    DZ: [
      "213",
      "00",
      "(?:[1-4]|[5-79]\\d|80)\\d{7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-4]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["9"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-8]"], "0$1"],
      ],
      "0",
    ],
    EC: [
      "593",
      "00",
      "1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}",
      [8, 9, 10, 11],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2-$3", ["[2-7]"], "(0$1)", 0, "$1-$2-$3"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1"]],
      ],
      "0",
    ],
    EE: [
      "372",
      "00",
      "8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}",
      [7, 8, 10],
      [
        [
          "(\\d{3})(\\d{4})",
          "$1 $2",
          [
            "[369]|4[3-8]|5(?:[0-2]|5[0-478]|6[45])|7[1-9]|88",
            "[369]|4[3-8]|5(?:[02]|1(?:[0-8]|95)|5[0-478]|6(?:4[0-4]|5[1-589]))|7[1-9]|88",
          ],
        ],
        ["(\\d{4})(\\d{3,4})", "$1 $2", ["[45]|8(?:00|[1-49])", "[45]|8(?:00[1-9]|[1-49])"]],
        ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["7"]],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]],
      ],
    ],
    EG: [
      "20",
      "00",
      "[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}",
      [8, 9, 10],
      [
        ["(\\d)(\\d{7,8})", "$1 $2", ["[23]"], "0$1"],
        ["(\\d{2})(\\d{6,7})", "$1 $2", ["1[35]|[4-6]|8[2468]|9[235-7]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{8})", "$1 $2", ["1"], "0$1"],
      ],
      "0",
    ],
    EH: [
      "212",
      "00",
      "[5-8]\\d{8}",
      [9],
      0,
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        ["528[89]\\d{5}"],
        ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"],
        ["80[0-7]\\d{6}"],
        ["89\\d{7}"],
        0,
        0,
        0,
        0,
        ["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"],
      ],
    ],
    ER: ["291", "00", "[178]\\d{6}", [7], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[178]"], "0$1"]], "0"],
    ES: [
      "34",
      "00",
      "400\\d{6}|(?:51|[6-9]\\d)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]00"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[4-9]"]],
      ],
    ],
    ET: [
      "251",
      "00",
      "(?:11|[2-57-9]\\d)\\d{7}",
      [9],
      [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-57-9]"], "0$1"]],
      "0",
    ],
    FI: [
      "358",
      "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
      "[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}",
      [5, 6, 7, 8, 9, 10, 11, 12],
      [
        ["(\\d{5})", "$1", ["20[2-59]"], "0$1"],
        ["(\\d{3})(\\d{3,7})", "$1 $2", ["(?:[1-3]0|[68])0|70[07-9]"], "0$1"],
        ["(\\d{2})(\\d{4,8})", "$1 $2", ["[14]|2[09]|50|7[135]"], "0$1"],
        ["(\\d{2})(\\d{6,10})", "$1 $2", ["7"], "0$1"],
        ["(\\d)(\\d{4,9})", "$1 $2", ["(?:19|[2568])[1-8]|3(?:0[1-9]|[1-9])|9"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      "1[03-79]|[2-9]",
      0,
      "00",
    ],
    FJ: [
      "679",
      "0(?:0|52)",
      "45\\d{5}|(?:0800\\d|[235-9])\\d{6}",
      [7, 11],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|45"]],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    FK: ["500", "00", "[2-7]\\d{4}", [5]],
    FM: ["691", "00", "(?:[39]\\d\\d|820)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[389]"]]]],
    FO: [
      "298",
      "00",
      "[2-9]\\d{5}",
      [6],
      [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"]]],
      0,
      0,
      "(10(?:01|[12]0|88))",
    ],
    FR: [
      "33",
      "00",
      "[1-9]\\d{8}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0 $1"],
        ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[1-79]"], "0$1"],
      ],
      "0",
    ],
    GA: [
      "241",
      "00",
      "(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}",
      [7, 8],
      [
        ["(\\d)(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-7]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["11|[67]"], "0$1"],
      ],
      0,
      0,
      "0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})",
      "$1",
    ],
    GB: [
      "44",
      "00",
      "[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}",
      [7, 9, 10],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["800", "8001", "80011", "800111", "8001111"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["845", "8454", "84546", "845464"], "0$1"],
        ["(\\d{3})(\\d{6})", "$1 $2", ["800"], "0$1"],
        [
          "(\\d{5})(\\d{4,5})",
          "$1 $2",
          [
            "1(?:38|5[23]|69|76|94)",
            "1(?:(?:38|69)7|5(?:24|39)|768|946)",
            "1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)",
          ],
          "0$1",
        ],
        ["(\\d{4})(\\d{5,6})", "$1 $2", ["1(?:[2-69][02-9]|[78])"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[25]|7(?:0|6[02-9])", "[25]|7(?:0|6(?:[03-9]|2[356]))"], "0$1"],
        ["(\\d{4})(\\d{6})", "$1 $2", ["7"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1389]"], "0$1"],
      ],
      "0",
      0,
      "0|180020",
      0,
      0,
      0,
      [
        [
          "(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}",
          [9, 10],
        ],
        [
          "7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}",
          [10],
        ],
        ["80[08]\\d{7}|800\\d{6}|8001111"],
        ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d", [7, 10]],
        ["70\\d{8}", [10]],
        0,
        ["(?:3[0347]|55)\\d{8}", [10]],
        ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]],
        ["56\\d{8}", [10]],
      ],
      0,
      " x",
    ],
    GD: ["1", "011", "(?:473|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "473$1", 0, "473"],
    GE: [
      "995",
      "00",
      "(?:[3-57]\\d\\d|800)\\d{6}",
      [9],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["32"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[57]"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[348]"], "0$1"],
      ],
      "0",
    ],
    GF: [
      "594",
      "00",
      "(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]|80[6-9]|9[47]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[89]"], "0$1"],
      ],
      "0",
    ],
    GG: [
      "44",
      "00",
      "(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?",
      [7, 9, 10],
      0,
      "0",
      0,
      "([25-9]\\d{5})$|0|180020",
      "1481$1",
      0,
      0,
      [
        ["1481[25-9]\\d{5}", [10]],
        ["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]],
        ["80[08]\\d{7}|800\\d{6}|8001111"],
        ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d", [7, 10]],
        ["70\\d{8}", [10]],
        0,
        ["(?:3[0347]|55)\\d{8}", [10]],
        ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]],
        ["56\\d{8}", [10]],
      ],
    ],
    GH: [
      "233",
      "00",
      "[235]\\d{8}|800\\d{5,6}",
      [8, 9],
      [
        ["(\\d{3})(\\d{5})", "$1 $2", ["8"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2358]"], "0$1"],
      ],
      "0",
    ],
    GI: ["350", "00", "(?:[25]\\d|60)\\d{6}", [8], [["(\\d{3})(\\d{5})", "$1 $2", ["2"]]]],
    GL: ["299", "00", "(?:19|[2-689]\\d|70)\\d{4}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["19|[2-9]"]]]],
    GM: [
      "220",
      "00",
      "[48]\\d{8}|[2-9]\\d{6}",
      [7, 9],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|4(?:[0-35]|4[16-9])"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]"]],
      ],
    ],
    GN: [
      "224",
      "00",
      "722\\d{6}|(?:3|6\\d)\\d{7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["3"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[67]"]],
      ],
    ],
    GP: [
      "590",
      "00",
      "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|80[6-9]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        [
          "(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}",
        ],
        ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
        ["80[0-5]\\d{6}"],
        ["8[129]\\d{7}"],
        0,
        0,
        0,
        0,
        ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"],
      ],
    ],
    GQ: [
      "240",
      "00",
      "222\\d{6}|(?:3\\d|55|[89]0)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235]"]],
        ["(\\d{3})(\\d{6})", "$1 $2", ["[89]"]],
      ],
    ],
    GR: [
      "30",
      "00",
      "5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}",
      [10, 11, 12],
      [
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["21|7"]],
        ["(\\d{4})(\\d{6})", "$1 $2", ["2(?:2|3[2-57-9]|4[2-469]|5[2-59]|6[2-9]|7[2-69]|8[2-49])|5"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2689]"]],
        ["(\\d{3})(\\d{3,4})(\\d{5})", "$1 $2 $3", ["8"]],
      ],
    ],
    GT: [
      "502",
      "00",
      "80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}",
      [8, 11],
      [
        ["(\\d{4})(\\d{4})", "$1 $2", ["[2-8]"]],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]],
      ],
    ],
    GU: ["1", "011", "(?:[58]\\d\\d|671|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "671$1", 0, "671"],
    GW: [
      "245",
      "00",
      "[49]\\d{8}|4\\d{6}",
      [7, 9],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["40"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"]],
      ],
    ],
    GY: ["592", "001", "(?:[2-8]\\d{3}|9008)\\d{3}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]]],
    HK: [
      "852",
      "00(?:30|5[09]|[126-9]?)",
      "8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}",
      [5, 6, 7, 8, 9, 11],
      [
        ["(\\d{3})(\\d{2,5})", "$1 $2", ["900", "9003"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]],
        ["(\\d{3})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    HN: ["504", "00", "8\\d{10}|[237-9]\\d{7}", [8, 11], [["(\\d{4})(\\d{4})", "$1-$2", ["[237-9]"]]]],
    HR: [
      "385",
      "00",
      "[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}",
      [7, 8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["6[01]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["8"], "0$1"],
        ["(\\d)(\\d{4})(\\d{3})", "$1 $2 $3", ["1"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6|7[245]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-57]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"],
      ],
      "0",
    ],
    HT: ["509", "00", "[2-589]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["[2-589]"]]]],
    HU: [
      "36",
      "00",
      "[235-7]\\d{8}|[1-9]\\d{7}",
      [8, 9],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "(06 $1)"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6|8[2-57-9]|9[2-69]"], "(06 $1)"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "06 $1"],
      ],
      "06",
    ],
    ID: [
      "62",
      "00[89]",
      "00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}",
      [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      [
        ["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["15"]],
        ["(\\d{2})(\\d{5,9})", "$1 $2", ["2[124]|[36]1"], "(0$1)"],
        ["(\\d{3})(\\d{5,7})", "$1 $2", ["800"], "0$1"],
        ["(\\d{3})(\\d{5,8})", "$1 $2", ["[2-79]"], "(0$1)"],
        ["(\\d{3})(\\d{3,4})(\\d{3})", "$1-$2-$3", ["8[1-35-9]"], "0$1"],
        ["(\\d{3})(\\d{6,8})", "$1 $2", ["1"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["804"], "0$1"],
        ["(\\d{3})(\\d)(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["80"], "0$1"],
        ["(\\d{3})(\\d{4})(\\d{4,5})", "$1-$2-$3", ["8"], "0$1"],
      ],
      "0",
    ],
    IE: [
      "353",
      "00",
      "(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}",
      [7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{5})", "$1 $2", ["2[24-9]|47|58|6[237-9]|9[35-9]"], "(0$1)"],
        ["(\\d{3})(\\d{5})", "$1 $2", ["[45]0"], "(0$1)"],
        ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2569]|4[1-69]|7[14]"], "(0$1)"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["81"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[78]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["4"], "(0$1)"],
        ["(\\d{2})(\\d)(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["8"], "0$1"],
      ],
      "0",
    ],
    IL: [
      "972",
      "0(?:0|1(?:05|[2-9]))",
      "1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}",
      [7, 8, 9, 10, 11, 12],
      [
        ["(\\d{4})(\\d{3})", "$1-$2", ["125"]],
        ["(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3", ["121"]],
        ["(\\d)(\\d{3})(\\d{4})", "$1-$2-$3", ["[2-489]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1-$2-$3", ["12"]],
        ["(\\d{4})(\\d{6})", "$1-$2", ["159"]],
        ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3-$4", ["1[7-9]"]],
        ["(\\d{3})(\\d{1,2})(\\d{3})(\\d{4})", "$1-$2 $3-$4", ["15"]],
      ],
      "0",
    ],
    IM: [
      "44",
      "00",
      "1624\\d{6}|(?:[3578]\\d|90)\\d{8}",
      [10],
      0,
      "0",
      0,
      "([25-8]\\d{5})$|0|180020",
      "1624$1",
      0,
      "74576|(?:16|7[56])24",
    ],
    IN: [
      "91",
      "00",
      "(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}",
      [8, 9, 10, 11, 12, 13],
      [
        [
          "(\\d{8})",
          "$1",
          [
            "5(?:0|2[23]|3[03]|[67]1|88)",
            "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)",
            "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)",
          ],
          0,
          1,
        ],
        ["(\\d{4})(\\d{4,5})", "$1 $2", ["180", "1800"], 0, 1],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["140"], 0, 1],
        [
          "(\\d{2})(\\d{4})(\\d{4})",
          "$1 $2 $3",
          [
            "11|2[02]|33|4[04]|79[1-5]|80[2-46]",
            "11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])",
            "11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])",
          ],
          "0$1",
          1,
        ],
        [
          "(\\d{3})(\\d{3})(\\d{4})",
          "$1 $2 $3",
          [
            "1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]",
            "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]",
            "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]",
          ],
          "0$1",
          1,
        ],
        [
          "(\\d{4})(\\d{3})(\\d{3})",
          "$1 $2 $3",
          [
            "1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807",
            "1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]",
            "1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]",
          ],
          "0$1",
          1,
        ],
        ["(\\d{5})(\\d{5})", "$1 $2", ["16|[6-9]"], "0$1", 1],
        ["(\\d{4})(\\d{2,4})(\\d{4})", "$1 $2 $3", ["18[06]", "18[06]0"], 0, 1],
        ["(\\d{4})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["18"], 0, 1],
      ],
      "0",
    ],
    IO: ["246", "00", "3\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["3"]]]],
    IQ: [
      "964",
      "00",
      "(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}",
      [8, 9, 10],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-6]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"],
      ],
      "0",
    ],
    IR: [
      "98",
      "00",
      "[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}",
      [4, 5, 6, 7, 10],
      [
        ["(\\d{4,5})", "$1", ["96"], "0$1"],
        [
          "(\\d{2})(\\d{4,5})",
          "$1 $2",
          ["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])[12689]"],
          "0$1",
        ],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[1-8]"], "0$1"],
      ],
      "0",
    ],
    IS: [
      "354",
      "00|1(?:0(?:01|[12]0)|100)",
      "(?:38\\d|[4-9])\\d{6}",
      [7, 9],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[4-9]"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["3"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    IT: [
      "39",
      "00",
      "0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?",
      [6, 7, 8, 9, 10, 11, 12],
      [
        ["(\\d{2})(\\d{4,6})", "$1 $2", ["0[26]"]],
        [
          "(\\d{3})(\\d{3,6})",
          "$1 $2",
          ["0[13-57-9][0159]|8(?:03|4[17]|9[2-5])", "0[13-57-9][0159]|8(?:03|4[17]|9(?:2|3[04]|[45][0-4]))"],
        ],
        ["(\\d{4})(\\d{2,6})", "$1 $2", ["0(?:[13-579][2-46-8]|8[236-8])"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["894"]],
        ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[26]|5"]],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1(?:44|[679])|[378]|43"]],
        ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[13-57-9][0159]|14"]],
        ["(\\d{2})(\\d{4})(\\d{5})", "$1 $2 $3", ["0[26]"]],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]],
        ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[03]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      [
        [
          "0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}",
        ],
        ["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]],
        ["80(?:0\\d{3}|3)\\d{3}", [6, 9]],
        [
          "(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}",
          [6, 8, 9, 10],
        ],
        ["1(?:78\\d|99)\\d{6}", [9, 10]],
        ["3[2-8]\\d{9,10}", [11, 12]],
        0,
        0,
        ["55\\d{8}", [10]],
        ["84(?:[08]\\d{3}|[17])\\d{3}", [6, 9]],
      ],
    ],
    JE: [
      "44",
      "00",
      "1534\\d{6}|(?:[3578]\\d|90)\\d{8}",
      [10],
      0,
      "0",
      0,
      "([0-24-8]\\d{5})$|0|180020",
      "1534$1",
      0,
      0,
      [
        ["1534[0-24-8]\\d{5}"],
        ["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"],
        ["80(?:07(?:35|81)|8901)\\d{4}"],
        ["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}"],
        ["701511\\d{4}"],
        0,
        [
          "(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}",
        ],
        ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}"],
        ["56\\d{8}"],
      ],
    ],
    JM: ["1", "011", "(?:[58]\\d\\d|658|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "658|876"],
    JO: [
      "962",
      "00",
      "(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}",
      [8, 9],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2356]|87"], "(0$1)"],
        ["(\\d{3})(\\d{5,6})", "$1 $2", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1 $2", ["70"], "0$1"],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[47]"], "0$1"],
      ],
      "0",
    ],
    JP: [
      "81",
      "010",
      "00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}",
      [8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3", ["(?:12|57|99)0"], "0$1"],
        [
          "(\\d{4})(\\d)(\\d{4})",
          "$1-$2-$3",
          [
            "1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])",
            "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]",
            "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]",
          ],
          "0$1",
        ],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["60"], "0$1"],
        [
          "(\\d)(\\d{4})(\\d{4})",
          "$1-$2-$3",
          ["3|4(?:2[09]|7[01])|6[1-9]", "3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"],
          "0$1",
        ],
        [
          "(\\d{2})(\\d{3})(\\d{4})",
          "$1-$2-$3",
          [
            "1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])",
            "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]",
            "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]",
          ],
          "0$1",
        ],
        ["(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3", ["[14]|[289][2-9]|5[3-9]|7[2-4679]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["800"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[25-9]"], "0$1"],
      ],
      "0",
      0,
      "(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0",
      "$1",
    ],
    KE: [
      "254",
      "000",
      "(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}",
      [7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{5,7})", "$1 $2", ["[24-6]"], "0$1"],
        ["(\\d{3})(\\d{6})", "$1 $2", ["[17]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"],
      ],
      "0",
    ],
    KG: [
      "996",
      "00",
      "8\\d{9}|[235-9]\\d{8}",
      [9, 10],
      [
        ["(\\d{4})(\\d{5})", "$1 $2", ["3(?:1[346]|[24-79])"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-79]|88"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d)(\\d{2,3})", "$1 $2 $3 $4", ["8"], "0$1"],
      ],
      "0",
    ],
    KH: [
      "855",
      "00[14-9]",
      "1\\d{9}|[1-9]\\d{7,8}",
      [8, 9, 10],
      [
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-9]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]],
      ],
      "0",
    ],
    KI: ["686", "00", "(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}", [5, 8], 0, "0"],
    KM: ["269", "00", "[3478]\\d{6}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[3478]"]]]],
    KN: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "869$1", 0, "869"],
    KP: [
      "850",
      "00|99",
      "85\\d{6}|(?:19\\d|[2-7])\\d{7}",
      [8, 10],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"],
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"],
      ],
      "0",
    ],
    KR: [
      "82",
      "00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))",
      "00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}",
      [5, 6, 8, 9, 10, 11, 12, 13, 14],
      [
        ["(\\d{2})(\\d{3,4})", "$1-$2", ["(?:3[1-3]|[46][1-4]|5[1-5])1"], "0$1"],
        ["(\\d{4})(\\d{4})", "$1-$2", ["1"]],
        ["(\\d)(\\d{3,4})(\\d{4})", "$1-$2-$3", ["2"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[36]0|8"], "0$1"],
        ["(\\d{2})(\\d{3,4})(\\d{4})", "$1-$2-$3", ["[1346]|5[1-5]"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"],
        ["(\\d{2})(\\d{5})(\\d{4})", "$1-$2-$3", ["5"], "0$1"],
      ],
      "0",
      0,
      "0(8(?:[1-46-8]|5\\d\\d))?",
    ],
    KW: [
      "965",
      "00",
      "18\\d{5}|(?:[2569]\\d|41)\\d{6}",
      [7, 8],
      [
        ["(\\d{4})(\\d{3,4})", "$1 $2", ["[169]|2(?:[235]|4[1-35-9])|52"]],
        ["(\\d{3})(\\d{5})", "$1 $2", ["[245]"]],
      ],
    ],
    KY: ["1", "011", "(?:345|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "345$1", 0, "345"],
    KZ: ["7", "810", "8\\d{13}|[78]\\d{9}", [10, 14], 0, "8", 0, 0, 0, 0, "7", 0, "8~10"],
    LA: [
      "856",
      "00",
      "(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}",
      [8, 9, 10],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2[13]|3[14]|[4-8]"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["3"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2"], "0$1"],
      ],
      "0",
    ],
    LB: [
      "961",
      "00",
      "[27-9]\\d{7}|[13-9]\\d{6}",
      [7, 8],
      [
        ["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[13-69]|7(?:[2-57]|62|8[0-6]|9[04-9])|8[02-9]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27-9]"]],
      ],
      "0",
    ],
    LC: ["1", "011", "(?:[58]\\d\\d|758|900)\\d{7}", [10], 0, "1", 0, "([2-8]\\d{6})$|1", "758$1", 0, "758"],
    LI: [
      "423",
      "00",
      "[68]\\d{8}|(?:[2378]\\d|90)\\d{5}",
      [7, 9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2379]|8(?:0[09]|7)", "[2379]|8(?:0(?:02|9)|7)"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["69"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]],
      ],
      "0",
      0,
      "(1001)|0",
    ],
    LK: [
      "94",
      "00",
      "[1-9]\\d{8}",
      [9],
      [
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1-689]"], "0$1"],
      ],
      "0",
    ],
    LR: [
      "231",
      "00",
      "(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}",
      [7, 8, 9],
      [
        ["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["4[67]|[56]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-578]"], "0$1"],
      ],
      "0",
    ],
    LS: ["266", "00", "(?:[256]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2568]"]]]],
    LT: [
      "370",
      "00",
      "(?:[3469]\\d|52|[78]0)\\d{6}",
      [8],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["52[0-7]"], "(0-$1)", 1],
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0 $1", 1],
        ["(\\d{2})(\\d{6})", "$1 $2", ["37|4(?:[15]|6[1-8])"], "(0-$1)", 1],
        ["(\\d{3})(\\d{5})", "$1 $2", ["[3-6]"], "(0-$1)", 1],
      ],
      "0",
      0,
      "[08]",
    ],
    LU: [
      "352",
      "00",
      "35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}",
      [4, 5, 6, 7, 8, 9, 10, 11],
      [
        ["(\\d{2})(\\d{3})", "$1 $2", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]],
        ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]],
        ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["20[2-689]"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4", ["20"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,5})", "$1 $2 $3 $4", ["[3-57]|8[13-9]|9(?:0[89]|[2-579])|(?:2|80)[2-9]"]],
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["80[01]|90[015]"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["20"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4 $5", ["20"]],
      ],
      0,
      0,
      "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)",
    ],
    LV: ["371", "00", "(?:[268]\\d|78|90)\\d{6}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2679]|8[01]"]]]],
    LY: ["218", "00", "[2-9]\\d{8}", [9], [["(\\d{2})(\\d{7})", "$1-$2", ["[2-9]"], "0$1"]], "0"],
    MA: [
      "212",
      "00",
      "[5-8]\\d{8}",
      [9],
      [
        ["(\\d{4})(\\d{5})", "$1-$2", ["892"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1-$2", ["8(?:0[0-7]|9)"], "0$1"],
        ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[5-8]"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      "[5-8]",
    ],
    MC: [
      "377",
      "00",
      "(?:[3489]|[67]\\d)\\d{7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["4"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[389]"]],
        ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[67]"], "0$1"],
      ],
      "0",
    ],
    MD: [
      "373",
      "00",
      "(?:[235-7]\\d|[89]0)\\d{6}",
      [8],
      [
        ["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["22|3"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[25-7]"], "0$1"],
      ],
      "0",
    ],
    ME: [
      "382",
      "00",
      "(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}",
      [8, 9],
      [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "0$1"]],
      "0",
    ],
    MF: [
      "590",
      "00",
      "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
      [9],
      0,
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        ["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],
        ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
        ["80[0-5]\\d{6}"],
        ["8[129]\\d{7}"],
        0,
        0,
        0,
        0,
        ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"],
      ],
    ],
    MG: [
      "261",
      "00",
      "[23]\\d{8}",
      [9],
      [["(\\d{2})(\\d{2})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["[23]"], "0$1"]],
      "0",
      0,
      "([24-9]\\d{6})$|0",
      "20$1",
    ],
    MH: ["692", "011", "329\\d{4}|(?:[256]\\d|45)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1-$2", ["[2-6]"]]], "1"],
    MK: [
      "389",
      "00",
      "[2-578]\\d{7}",
      [8],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2|34[47]|4(?:[37]7|5[47]|64)"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[347]"], "0$1"],
        ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[58]"], "0$1"],
      ],
      "0",
    ],
    ML: ["223", "00", "[24-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24-9]"]]]],
    MM: [
      "95",
      "00",
      "1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}",
      [6, 7, 8, 9, 10],
      [
        ["(\\d)(\\d{2})(\\d{3})", "$1 $2 $3", ["16|2"], "0$1"],
        [
          "(\\d{2})(\\d{2})(\\d{3})",
          "$1 $2 $3",
          ["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"],
          "0$1",
        ],
        ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[12]|452|678|86", "[12]|452|6788|86"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[4-7]|8[1-35]"], "0$1"],
        ["(\\d)(\\d{3})(\\d{4,6})", "$1 $2 $3", ["9(?:2[0-4]|[35-9]|4[137-9])"], "0$1"],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"],
        ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["92"], "0$1"],
        ["(\\d)(\\d{5})(\\d{4})", "$1 $2 $3", ["9"], "0$1"],
      ],
      "0",
    ],
    MN: [
      "976",
      "001",
      "[12]\\d{7,9}|[5-9]\\d{7}",
      [8, 9, 10],
      [
        ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["11|2[16]"], "0$1"],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[5-9]"]],
        ["(\\d{3})(\\d{5,6})", "$1 $2", ["[12]2[1-3]"], "0$1"],
        [
          "(\\d{4})(\\d{5,6})",
          "$1 $2",
          ["[12](?:27|3[2-8]|4[2-68]|5[1-4689])", "[12](?:27|3[2-8]|4[2-68]|5[1-4689])[0-3]"],
          "0$1",
        ],
        ["(\\d{5})(\\d{4,5})", "$1 $2", ["[12]"], "0$1"],
      ],
      "0",
    ],
    MO: [
      "853",
      "00",
      "0800\\d{3}|(?:28|[68]\\d)\\d{6}",
      [7, 8],
      [
        ["(\\d{4})(\\d{3})", "$1 $2", ["0"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[268]"]],
      ],
    ],
    MP: ["1", "011", "[58]\\d{9}|(?:67|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "670$1", 0, "670"],
    MQ: [
      "596",
      "00",
      "7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|8(?:0[6-9]|[36])"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"],
      ],
      "0",
    ],
    MR: [
      "222",
      "00",
      "(?:[2-4]\\d\\d|800)\\d{5}",
      [8],
      [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-48]"]]],
    ],
    MS: ["1", "011", "(?:[58]\\d\\d|664|900)\\d{7}", [10], 0, "1", 0, "([34]\\d{6})$|1", "664$1", 0, "664"],
    MT: ["356", "00", "3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2357-9]"]]]],
    MU: [
      "230",
      "0(?:0|[24-7]0|3[03])",
      "(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}",
      [7, 8, 10],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[2-46]|8[013]"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[57]"]],
        ["(\\d{5})(\\d{5})", "$1 $2", ["8"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "020",
    ],
    MV: [
      "960",
      "0(?:0|19)",
      "(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}",
      [7, 10],
      [
        ["(\\d{3})(\\d{4})", "$1-$2", ["[34679]"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    MW: [
      "265",
      "00",
      "(?:[1289]\\d|31|77)\\d{7}|1\\d{6}",
      [7, 9],
      [
        ["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["1[2-9]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-37-9]"], "0$1"],
      ],
      "0",
    ],
    MX: [
      "52",
      "0[09]",
      "[2-9]\\d{9}",
      [10],
      [
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["33|5[56]|81"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-9]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    MY: [
      "60",
      "00",
      "1\\d{8,9}|(?:3\\d|[4-9])\\d{7}",
      [8, 9, 10],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1-$2 $3", ["[4-79]"], "0$1"],
        [
          "(\\d{2})(\\d{3})(\\d{3,4})",
          "$1-$2 $3",
          ["1(?:[02469]|[378][1-9]|53)|8", "1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"],
          "0$1",
        ],
        ["(\\d)(\\d{4})(\\d{4})", "$1-$2 $3", ["3"], "0$1"],
        ["(\\d)(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3-$4", ["1(?:[367]|80)"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2 $3", ["15"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2 $3", ["1"], "0$1"],
      ],
      "0",
    ],
    MZ: [
      "258",
      "00",
      "(?:2|8\\d)\\d{7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2|8[2-9]"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]],
      ],
    ],
    NA: [
      "264",
      "00",
      "[68]\\d{7,8}",
      [8, 9],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["88"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["87"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"],
      ],
      "0",
    ],
    NC: ["687", "00", "(?:050|[2-57-9]\\d\\d)\\d{3}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1.$2.$3", ["[02-57-9]"]]]],
    NE: [
      "227",
      "00",
      "[027-9]\\d{7}",
      [8],
      [
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["08"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[089]|2[013]|7[0467]"]],
      ],
    ],
    NF: [
      "672",
      "00",
      "[13]\\d{5}",
      [6],
      [
        ["(\\d{2})(\\d{4})", "$1 $2", ["1[0-3]"]],
        ["(\\d)(\\d{5})", "$1 $2", ["[13]"]],
      ],
      0,
      0,
      "([0-258]\\d{4})$",
      "3$1",
    ],
    NG: [
      "234",
      "009",
      "(?:20|9\\d)\\d{8}|[78]\\d{9,13}",
      [10, 11, 12, 13, 14],
      [
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[7-9]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["20[129]"], "0$1"],
        ["(\\d{4})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[78]"], "0$1"],
        ["(\\d{3})(\\d{5})(\\d{5,6})", "$1 $2 $3", ["[78]"], "0$1"],
      ],
      "0",
    ],
    NI: ["505", "00", "(?:1800|[25-8]\\d{3})\\d{4}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[125-8]"]]]],
    NL: [
      "31",
      "00",
      "(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}",
      [5, 6, 7, 8, 9, 10, 11],
      [
        ["(\\d{3})(\\d{4,7})", "$1 $2", ["[89]0"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1 $2", ["66"], "0$1"],
        ["(\\d)(\\d{8})", "$1 $2", ["6"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-578]|91"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3", ["9"], "0$1"],
      ],
      "0",
    ],
    NO: [
      "47",
      "00",
      "(?:0|[2-9]\\d{3})\\d{4}",
      [5, 8],
      [
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["8"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      "[02-689]|7[0-8]",
    ],
    NP: [
      "977",
      "00",
      "(?:1\\d|9)\\d{9}|[1-9]\\d{7}",
      [8, 10, 11],
      [
        ["(\\d)(\\d{7})", "$1-$2", ["1[2-6]"], "0$1"],
        ["(\\d{2})(\\d{6})", "$1-$2", ["1[01]|[2-8]|9(?:[1-59]|[67][2-6])"], "0$1"],
        ["(\\d{3})(\\d{7})", "$1-$2", ["9"]],
      ],
      "0",
    ],
    NR: ["674", "00", "(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[24-9]"]]]],
    NU: ["683", "00", "(?:[4-7]|888\\d)\\d{3}", [4, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["8"]]]],
    NZ: [
      "64",
      "0(?:0|161)",
      "[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}",
      [5, 6, 7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{3,8})", "$1 $2", ["8[1-79]"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["50[036-8]|8|90", "50(?:[0367]|88)|8|90"], "0$1"],
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["24|[346]|7[2-57-9]|9[2-9]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2(?:10|74)|[589]"], "0$1"],
        ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1|2[028]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,5})", "$1 $2 $3", ["2(?:[169]|7[0-35-9])|7"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    OM: [
      "968",
      "00",
      "(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}",
      [7, 8, 9],
      [
        ["(\\d{3})(\\d{4,6})", "$1 $2", ["[58]"]],
        ["(\\d{2})(\\d{6})", "$1 $2", ["2"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[179]"]],
      ],
    ],
    PA: [
      "507",
      "00",
      "(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}",
      [7, 8, 10, 11],
      [
        ["(\\d{3})(\\d{4})", "$1-$2", ["[1-57-9]"]],
        ["(\\d{4})(\\d{4})", "$1-$2", ["[68]"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]],
      ],
    ],
    PE: [
      "51",
      "00|19(?:1[124]|77|90)00",
      "(?:[14-8]|9\\d)\\d{7}",
      [8, 9],
      [
        ["(\\d{3})(\\d{5})", "$1 $2", ["80"], "(0$1)"],
        ["(\\d)(\\d{7})", "$1 $2", ["1"], "(0$1)"],
        ["(\\d{2})(\\d{6})", "$1 $2", ["[4-8]"], "(0$1)"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"]],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
      " Anexo ",
    ],
    PF: [
      "689",
      "00",
      "4\\d{5}(?:\\d{2})?|8\\d{7,8}",
      [6, 8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["44"]],
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4|8[7-9]"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]],
      ],
    ],
    PG: [
      "675",
      "00|140[1-3]",
      "(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}",
      [7, 8],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["18|[2-69]|85[02-46-9]"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[78]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    PH: [
      "63",
      "00",
      "(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}",
      [6, 8, 9, 10, 11, 12, 13],
      [
        ["(\\d)(\\d{5})", "$1 $2", ["2"], "(0$1)"],
        [
          "(\\d{4})(\\d{4,6})",
          "$1 $2",
          [
            "3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2",
            "3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))",
          ],
          "(0$1)",
        ],
        ["(\\d{5})(\\d{4})", "$1 $2", ["346|4(?:27|9[35])|883", "3469|4(?:279|9(?:30|56))|8834"], "(0$1)"],
        ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|8[2-8]"], "(0$1)"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]],
        ["(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["1"]],
      ],
      "0",
    ],
    PK: [
      "92",
      "00",
      "122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}",
      [8, 9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{3})(\\d{2,7})", "$1 $2 $3", ["[89]0"], "0$1"],
        ["(\\d{4})(\\d{5})", "$1 $2", ["1"]],
        [
          "(\\d{3})(\\d{6,7})",
          "$1 $2",
          [
            "2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8])",
            "9(?:2[3-8]|98)|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:22|3[27-9]|4[2-6]|6[3569]|9[25-7]))[2-9]",
          ],
          "(0$1)",
        ],
        ["(\\d{2})(\\d{7,8})", "$1 $2", ["(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]"], "(0$1)"],
        ["(\\d{5})(\\d{5})", "$1 $2", ["58"], "(0$1)"],
        ["(\\d{3})(\\d{7})", "$1 $2", ["3"], "0$1"],
        [
          "(\\d{2})(\\d{3})(\\d{3})(\\d{3})",
          "$1 $2 $3 $4",
          ["2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91"],
          "(0$1)",
        ],
        ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[24-9]"], "(0$1)"],
      ],
      "0",
    ],
    PL: [
      "48",
      "00",
      "(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}",
      [6, 7, 8, 9, 10],
      [
        ["(\\d{5})", "$1", ["19"]],
        ["(\\d{3})(\\d{3})", "$1 $2", ["11|20|64"]],
        [
          "(\\d{2})(\\d{2})(\\d{3})",
          "$1 $2 $3",
          [
            "30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])1",
            "30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])19",
          ],
        ],
        ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["64"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["21|39|45|5[0137]|6[0469]|7[02389]|8(?:0[14]|8)"]],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[2-8]|[2-7]|8[1-79]|9[145]"]],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["8"]],
      ],
    ],
    PM: [
      "508",
      "00",
      "[78]\\d{8}|[2-9]\\d{5}",
      [6, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"],
      ],
      "0",
    ],
    PR: ["1", "011", "(?:[589]\\d\\d|787)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "787|939"],
    PS: [
      "970",
      "00",
      "[2489]2\\d{6}|(?:1\\d|5)\\d{8}",
      [8, 9, 10],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2489]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["5"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]],
      ],
      "0",
    ],
    PT: [
      "351",
      "00",
      "1693\\d{5}|(?:[26-9]\\d|30)\\d{7}",
      [9],
      [
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["2[12]"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["16|[236-9]"]],
      ],
    ],
    PW: ["680", "01[12]", "(?:[24-8]\\d\\d|345|900)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]]],
    PY: [
      "595",
      "00",
      "[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}",
      [6, 7, 8, 9, 10, 11],
      [
        ["(\\d{3})(\\d{3,6})", "$1 $2", ["[2-9]0"], "0$1"],
        ["(\\d{2})(\\d{5})", "$1 $2", ["3[289]|4[246-8]|61|7[1-3]|8[1-36]"], "(0$1)"],
        ["(\\d{3})(\\d{4,5})", "$1 $2", ["2[279]|3[13-5]|4[359]|5|6(?:[34]|7[1-46-8])|7[46-8]|85"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2[14-68]|3[26-9]|4[1246-8]|6(?:1|75)|7[1-35]|8[1-36]"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["87"]],
        ["(\\d{3})(\\d{6})", "$1 $2", ["9(?:[5-79]|8[1-8])"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"]],
      ],
      "0",
    ],
    QA: [
      "974",
      "00",
      "800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}",
      [7, 8, 9, 11],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["2[136]|8"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[3-7]"]],
      ],
    ],
    RE: [
      "262",
      "00",
      "709\\d{6}|(?:26|[689]\\d)\\d{7}",
      [9],
      [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-9]"], "0$1"]],
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        ["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}"],
        ["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"],
        ["80\\d{7}"],
        ["89[1-37-9]\\d{6}"],
        0,
        0,
        0,
        0,
        ["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}"],
        ["8(?:1[019]|2[0156]|84|90)\\d{6}"],
      ],
    ],
    RO: [
      "40",
      "00",
      "(?:[2378]\\d|90)\\d{7}|[23]\\d{5}",
      [6, 9],
      [
        ["(\\d{3})(\\d{3})", "$1 $2", ["2[3-6]", "2[3-6]\\d9"], "0$1"],
        ["(\\d{2})(\\d{4})", "$1 $2", ["219|31"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[23]1"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[237-9]"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      " int ",
    ],
    RS: [
      "381",
      "00",
      "38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}",
      [6, 7, 8, 9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{3,9})", "$1 $2", ["(?:2[389]|39)0|[7-9]"], "0$1"],
        ["(\\d{2})(\\d{5,10})", "$1 $2", ["[1-36]"], "0$1"],
      ],
      "0",
    ],
    RU: [
      "7",
      "810",
      "8\\d{13}|[347-9]\\d{9}",
      [10, 14],
      [
        [
          "(\\d{4})(\\d{2})(\\d{2})(\\d{2})",
          "$1 $2 $3 $4",
          [
            "7(?:1[0-8]|2[1-9])",
            "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:1[23]|[2-9]2))",
            "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:13[03-69]|62[013-9]))|72[1-57-9]2",
          ],
          "8 ($1)",
          1,
        ],
        [
          "(\\d{5})(\\d)(\\d{2})(\\d{2})",
          "$1 $2 $3 $4",
          [
            "7(?:1[0-68]|2[1-9])",
            "7(?:1(?:[06][3-6]|[18]|2[35]|[3-5][3-5])|2(?:[13][3-5]|[24-689]|7[457]))",
            "7(?:1(?:0(?:[356]|4[023])|[18]|2(?:3[013-9]|5)|3[45]|43[013-79]|5(?:3[1-8]|4[1-7]|5)|6(?:3[0-35-9]|[4-6]))|2(?:1(?:3[178]|[45])|[24-689]|3[35]|7[457]))|7(?:14|23)4[0-8]|71(?:33|45)[1-79]",
          ],
          "8 ($1)",
          1,
        ],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "8 ($1)", 1],
        ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[349]|8(?:[02-7]|1[1-8])"], "8 ($1)", 1],
        ["(\\d{4})(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["8"], "8 ($1)"],
      ],
      "8",
      0,
      0,
      0,
      0,
      "[3489]",
      0,
      "8~10",
    ],
    RW: [
      "250",
      "00",
      "(?:06|[27]\\d\\d|[89]00)\\d{6}",
      [8, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0$1"],
      ],
      "0",
    ],
    SA: [
      "966",
      "00",
      "(?:[15]\\d|800|92)\\d{7}",
      [9, 10],
      [
        ["(\\d{4})(\\d{5})", "$1 $2", ["9"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]],
      ],
      "0",
    ],
    SB: [
      "677",
      "0[01]",
      "[6-9]\\d{6}|[1-6]\\d{4}",
      [5, 7],
      [["(\\d{2})(\\d{5})", "$1 $2", ["6[89]|7|8[4-9]|9(?:[0-8]|9[0-8])"]]],
    ],
    SC: [
      "248",
      "010|0[0-2]",
      "(?:[2489]\\d|64)\\d{5}",
      [7],
      [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[246]|9[57]"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    SD: ["249", "00", "[19]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[19]"], "0$1"]], "0"],
    SE: [
      "46",
      "00",
      "(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}",
      [6, 7, 8, 9, 10, 12],
      [
        ["(\\d{2})(\\d{2,3})(\\d{2})", "$1-$2 $3", ["20"], "0$1", 0, "$1 $2 $3"],
        ["(\\d{3})(\\d{4})", "$1-$2", ["9(?:00|39|44|9)"], "0$1", 0, "$1 $2"],
        ["(\\d{2})(\\d{3})(\\d{2})", "$1-$2 $3", ["[12][136]|3[356]|4[0246]|6[03]|90[1-9]"], "0$1", 0, "$1 $2 $3"],
        ["(\\d)(\\d{2,3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"],
        [
          "(\\d{3})(\\d{2,3})(\\d{2})",
          "$1-$2 $3",
          [
            "1[2457]|2(?:[247-9]|5[0138])|3[0247-9]|4[1357-9]|5[0-35-9]|6(?:[125689]|4[02-57]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])",
          ],
          "0$1",
          0,
          "$1 $2 $3",
        ],
        ["(\\d{3})(\\d{2,3})(\\d{3})", "$1-$2 $3", ["9(?:00|39|44)"], "0$1", 0, "$1 $2 $3"],
        [
          "(\\d{2})(\\d{2,3})(\\d{2})(\\d{2})",
          "$1-$2 $3 $4",
          ["1[13689]|2[0136]|3[1356]|4[0246]|54|6[03]|90[1-9]"],
          "0$1",
          0,
          "$1 $2 $3 $4",
        ],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["10|7"], "0$1", 0, "$1 $2 $3 $4"],
        ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"],
        [
          "(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
          "$1-$2 $3 $4",
          ["[13-5]|2(?:[247-9]|5[0138])|6(?:[124-689]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"],
          "0$1",
          0,
          "$1 $2 $3 $4",
        ],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{3})", "$1-$2 $3 $4", ["9"], "0$1", 0, "$1 $2 $3 $4"],
        ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4 $5", ["[26]"], "0$1", 0, "$1 $2 $3 $4 $5"],
      ],
      "0",
    ],
    SG: [
      "65",
      "0[0-3]\\d",
      "(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}",
      [8, 10, 11],
      [
        ["(\\d{4})(\\d{4})", "$1 $2", ["[369]|8(?:0[1-9]|[1-9])"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]],
        ["(\\d{4})(\\d{4})(\\d{3})", "$1 $2 $3", ["7"]],
        ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]],
      ],
    ],
    SH: ["290", "00", "(?:[2569]\\d|8)\\d{3}", [4, 5], 0, 0, 0, 0, 0, 0, "[2569]"],
    SI: [
      "386",
      "00|10(?:22|66|88|99)",
      "[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}",
      [5, 6, 7, 8],
      [
        ["(\\d{2})(\\d{3,6})", "$1 $2", ["8[09]|9"], "0$1"],
        ["(\\d{3})(\\d{5})", "$1 $2", ["59|8"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[37][01]|4[013]|51|6"], "0$1"],
        ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-57]"], "(0$1)"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    SJ: ["47", "00", "0\\d{4}|(?:[489]\\d|79)\\d{6}", [5, 8], 0, 0, 0, 0, 0, 0, "79"],
    SK: [
      "421",
      "00",
      "[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}",
      [6, 7, 9],
      [
        ["(\\d)(\\d{2})(\\d{3,4})", "$1 $2 $3", ["21"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["[3-5][1-8]1", "[3-5][1-8]1[67]"], "0$1"],
        ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[689]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[3-5]"], "0$1"],
      ],
      "0",
    ],
    SL: ["232", "00", "(?:[237-9]\\d|66)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[236-9]"], "(0$1)"]], "0"],
    SM: [
      "378",
      "00",
      "(?:0549|[5-7]\\d)\\d{6}",
      [8, 10],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]"]],
        ["(\\d{4})(\\d{6})", "$1 $2", ["0"]],
      ],
      0,
      0,
      "([89]\\d{5})$",
      "0549$1",
    ],
    SN: [
      "221",
      "00",
      "(?:[378]\\d|93)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[379]"]],
      ],
    ],
    SO: [
      "252",
      "00",
      "[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}",
      [6, 7, 8, 9],
      [
        ["(\\d{2})(\\d{4})", "$1 $2", ["8[125]"]],
        ["(\\d{6})", "$1", ["[134]"]],
        ["(\\d)(\\d{6})", "$1 $2", ["[15]|2[0-79]|3[0-46-8]|4[0-7]"]],
        ["(\\d{2})(\\d{5,7})", "$1 $2", ["1|28|9[2-9]"]],
        ["(\\d)(\\d{7})", "$1 $2", ["[267]|904"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[346-9]"]],
      ],
      "0",
    ],
    SR: [
      "597",
      "00",
      "(?:[2-5]|[6-9]\\d)\\d{5}",
      [6, 7],
      [
        ["(\\d{2})(\\d{2})(\\d{2})", "$1-$2-$3", ["56"]],
        ["(\\d{3})(\\d{3})", "$1-$2", ["[2-5]"]],
        ["(\\d{3})(\\d{4})", "$1-$2", ["[6-9]"]],
      ],
    ],
    SS: ["211", "00", "[19]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[19]"], "0$1"]], "0"],
    ST: ["239", "00", "(?:22|9\\d)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[29]"]]]],
    SV: [
      "503",
      "00",
      "[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?",
      [7, 8, 11],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[89]"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[25-7]"]],
        ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[89]"]],
      ],
    ],
    SX: ["1", "011", "7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "(5\\d{6})$|1", "721$1", 0, "721"],
    SY: [
      "963",
      "00",
      "[1-359]\\d{8}|[1-5]\\d{7}",
      [8, 9],
      [
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-4]|5[1-3]"], "0$1", 1],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[59]"], "0$1", 1],
      ],
      "0",
    ],
    SZ: [
      "268",
      "00",
      "0800\\d{4}|(?:[237]\\d|900)\\d{6}",
      [8, 9],
      [
        ["(\\d{4})(\\d{4})", "$1 $2", ["[0237]"]],
        ["(\\d{5})(\\d{4})", "$1 $2", ["9"]],
      ],
    ],
    TA: ["290", "00", "8\\d{3}", [4], 0, 0, 0, 0, 0, 0, "8"],
    TC: ["1", "011", "(?:[58]\\d\\d|649|900)\\d{7}", [10], 0, "1", 0, "([2-479]\\d{6})$|1", "649$1", 0, "649"],
    TD: [
      "235",
      "00|16",
      "(?:22|[3689]\\d|77)\\d{6}",
      [8],
      [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[236-9]"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
    ],
    TG: ["228", "00", "[279]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[279]"]]]],
    TH: [
      "66",
      "00[1-9]",
      "(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}",
      [8, 9, 10, 13],
      [
        ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[13-9]"], "0$1"],
        ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]],
      ],
      "0",
    ],
    TJ: [
      "992",
      "810",
      "(?:[0-57-9]\\d|66)\\d{7}",
      [9],
      [
        ["(\\d{6})(\\d)(\\d{2})", "$1 $2 $3", ["331", "3317"]],
        ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["44[02-479]|[34]7"]],
        ["(\\d{4})(\\d)(\\d{4})", "$1 $2 $3", ["3(?:[1245]|3[12])"]],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["\\d"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "8~10",
    ],
    TK: ["690", "00", "[2-47]\\d{3,6}", [4, 5, 6, 7]],
    TL: [
      "670",
      "00",
      "7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}",
      [7, 8],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["[2-489]|70"]],
        ["(\\d{4})(\\d{4})", "$1 $2", ["7"]],
      ],
    ],
    TM: [
      "993",
      "810",
      "[1-7]\\d{7}",
      [8],
      [
        ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["12"], "(8 $1)"],
        ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-5]"], "(8 $1)"],
        ["(\\d{2})(\\d{6})", "$1 $2", ["[67]"], "8 $1"],
      ],
      "8",
      0,
      0,
      0,
      0,
      0,
      0,
      "8~10",
    ],
    TN: ["216", "00", "[2-57-9]\\d{7}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-57-9]"]]]],
    TO: [
      "676",
      "00",
      "(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}",
      [5, 7],
      [
        ["(\\d{2})(\\d{3})", "$1-$2", ["[2-4]|50|6[09]|7[0-24-69]|8[05]"]],
        ["(\\d{4})(\\d{3})", "$1 $2", ["0"]],
        ["(\\d{3})(\\d{4})", "$1 $2", ["[5-9]"]],
      ],
    ],
    TR: [
      "90",
      "00",
      "4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}",
      [7, 10, 12, 13],
      [
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["512|8[01589]|90"], "0$1", 1],
        ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["5"], "0$1", 1],
        ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24][1-8]|3[1-9]"], "(0$1)", 1],
        ["(\\d{3})(\\d{3})(\\d{6,7})", "$1 $2 $3", ["80"], "0$1", 1],
      ],
      "0",
    ],
    TT: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-46-8]\\d{6})$|1", "868$1", 0, "868"],
    TV: [
      "688",
      "00",
      "(?:2|7\\d\\d|90)\\d{4}",
      [5, 6, 7],
      [
        ["(\\d{2})(\\d{3})", "$1 $2", ["2"]],
        ["(\\d{2})(\\d{4})", "$1 $2", ["90"]],
        ["(\\d{2})(\\d{5})", "$1 $2", ["7"]],
      ],
    ],
    TW: [
      "886",
      "0(?:0[25-79]|19)",
      "[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}",
      [7, 8, 9, 10, 11],
      [
        ["(\\d{2})(\\d)(\\d{4})", "$1 $2 $3", ["202"], "0$1"],
        ["(\\d{3})(\\d{5})", "$1 $2", ["826"], "0$1"],
        ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["83"], "0$1"],
        ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["82"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[25]0|37|49|8[09]"], "0$1"],
        [
          "(\\d)(\\d{3,4})(\\d{4})",
          "$1 $2 $3",
          ["[23568]|4(?:0[02-48]|[1-478])|7[1-9]", "[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"],
          "0$1",
        ],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"], "0$1"],
        ["(\\d{2})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["7"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      "#",
    ],
    TZ: [
      "255",
      "00[056]",
      "(?:[25-8]\\d|41|90)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[24]"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1 $2", ["5"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[67]"], "0$1"],
      ],
      "0",
    ],
    UA: [
      "380",
      "00",
      "[89]\\d{9}|[3-9]\\d{8}",
      [9, 10],
      [
        [
          "(\\d{3})(\\d{3})(\\d{3})",
          "$1 $2 $3",
          [
            "6[12][29]|(?:3[1-8]|4[136-8]|5[12457]|6[49])2|(?:56|65)[24]",
            "6[12][29]|(?:35|4[1378]|5[12457]|6[49])2|(?:56|65)[24]|(?:3[1-46-8]|46)2[013-9]",
          ],
          "0$1",
        ],
        [
          "(\\d{4})(\\d{5})",
          "$1 $2",
          [
            "3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6[0135689]|7[4-6])|6(?:[12][3-7]|[459])",
            "3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6(?:[015689]|3[02389])|7[4-6])|6(?:[12][3-7]|[459])",
          ],
          "0$1",
        ],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|89|9[1-9]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      "0~0",
    ],
    UG: [
      "256",
      "00[057]",
      "800\\d{6}|(?:[29]0|[347]\\d)\\d{7}",
      [9],
      [
        ["(\\d{4})(\\d{5})", "$1 $2", ["202", "2024", "20240"], "0$1"],
        [
          "(\\d{3})(\\d{6})",
          "$1 $2",
          ["20[0-35-7]|4(?:6[45]|[7-9])|[7-9]", "20(?:[0135-7]|2[5-9])|4(?:6[45]|[7-9])|[7-9]"],
          "0$1",
        ],
        ["(\\d{2})(\\d{7})", "$1 $2", ["[2-4]"], "0$1"],
      ],
      "0",
    ],
    US: [
      "1",
      "011",
      "[2-9]\\d{9}|3\\d{6}",
      [10],
      [
        ["(\\d{3})(\\d{4})", "$1-$2", ["310"], 0, 1],
        ["(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3", ["[2-9]"], 0, 1, "$1-$2-$3"],
      ],
      "1",
      0,
      0,
      0,
      0,
      0,
      [
        [
          "983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}",
        ],
        [""],
        ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"],
        ["900[2-9]\\d{6}"],
        [
          "52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",
        ],
      ],
    ],
    UY: [
      "598",
      "0(?:0|1[3-9]\\d)",
      "0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}",
      [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      [
        ["(\\d{4,5})", "$1", ["21"]],
        ["(\\d{3})(\\d{3,4})", "$1 $2", ["0"]],
        ["(\\d{3})(\\d{4})", "$1 $2", ["[49]0|8"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"],
        ["(\\d{4})(\\d{4})", "$1 $2", ["[124]"]],
        ["(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["0"]],
        ["(\\d{3})(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3 $4", ["0"]],
      ],
      "0",
      0,
      0,
      0,
      0,
      0,
      0,
      "00",
      " int. ",
    ],
    UZ: [
      "998",
      "00",
      "(?:20|33|[5-9]\\d)\\d{7}",
      [9],
      [["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[235-9]"]]],
    ],
    VA: [
      "39",
      "00",
      "0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}",
      [6, 7, 8, 9, 10, 11, 12],
      0,
      0,
      0,
      0,
      0,
      0,
      "06698",
    ],
    VC: ["1", "011", "(?:[58]\\d\\d|784|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "784$1", 0, "784"],
    VE: [
      "58",
      "00",
      "[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}",
      [10],
      [["(\\d{3})(\\d{7})", "$1-$2", ["[24-689]"], "0$1"]],
      "0",
    ],
    VG: ["1", "011", "(?:284|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-578]\\d{6})$|1", "284$1", 0, "284"],
    VI: ["1", "011", "[58]\\d{9}|(?:34|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "340$1", 0, "340"],
    VN: [
      "84",
      "00",
      "[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}",
      [7, 8, 9, 10],
      [
        ["(\\d{4})(\\d{4,6})", "$1 $2", ["1(?:2[02]|[89])"], 0, 1],
        ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[26]|6"], "0$1", 1],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1357-9]"], "0$1", 1],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["2[48]"], "0$1", 1],
        ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["2"], "0$1", 1],
      ],
      "0",
    ],
    VU: ["678", "00", "[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}", [5, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["[57-9]"]]]],
    WF: [
      "681",
      "00",
      "(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}",
      [6, 9],
      [
        ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[47-9]"]],
        ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]],
      ],
    ],
    WS: [
      "685",
      "0",
      "(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}",
      [5, 6, 7, 10],
      [
        ["(\\d{5})", "$1", ["[2-5]|6[1-9]"]],
        ["(\\d{3})(\\d{3,7})", "$1 $2", ["[68]"]],
        ["(\\d{2})(\\d{5})", "$1 $2", ["7"]],
      ],
    ],
    XK: [
      "383",
      "00",
      "2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}",
      [8, 9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-4]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2|39"], "0$1"],
        ["(\\d{2})(\\d{7,10})", "$1 $2", ["3"], "0$1"],
      ],
      "0",
    ],
    YE: [
      "967",
      "00",
      "(?:1|7\\d)\\d{7}|[1-7]\\d{6}",
      [7, 8, 9],
      [
        ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-6]|7(?:[24-6]|8[0-7])"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"], "0$1"],
      ],
      "0",
    ],
    YT: [
      "262",
      "00",
      "(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}",
      [9],
      0,
      "0",
      0,
      0,
      0,
      0,
      0,
      [
        ["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}"],
        ["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"],
        ["80\\d{7}"],
        0,
        0,
        0,
        0,
        0,
        ["9(?:(?:39|47)8[01]|769\\d)\\d{4}"],
      ],
    ],
    ZA: [
      "27",
      "00",
      "[1-79]\\d{8}|8\\d{4,9}",
      [5, 6, 7, 8, 9, 10],
      [
        ["(\\d{2})(\\d{3,4})", "$1 $2", ["8[1-4]"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["8[1-4]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["860"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-9]"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"],
      ],
      "0",
    ],
    ZM: [
      "260",
      "00",
      "800\\d{6}|(?:21|[579]\\d|63)\\d{7}",
      [9],
      [
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[28]"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1 $2", ["[579]"], "0$1"],
      ],
      "0",
    ],
    ZW: [
      "263",
      "00",
      "8\\d{6}(?:\\d{3})?|[235-8]\\d{8}",
      [7, 9, 10],
      [
        ["(\\d{3})(\\d{4})", "$1 $2", ["80"], "0$1"],
        ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["29[013-9]"], "0$1"],
        ["(\\d{2})(\\d{7})", "$1 $2", ["[256]|39|8[13-59]"], "(0$1)"],
        ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"],
        ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["3"], "0$1"],
        ["(\\d{4})(\\d{6})", "$1 $2", ["8"], "0$1"],
      ],
      "0",
    ],
  },
  nonGeographic: {
    800: [
      "800",
      0,
      "(?:00|[1-9]\\d)\\d{6}",
      [8],
      [["(\\d{4})(\\d{4})", "$1 $2", ["\\d"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, 0, ["(?:00|[1-9]\\d)\\d{6}"]],
    ],
    808: [
      "808",
      0,
      "[1-9]\\d{7}",
      [8],
      [["(\\d{4})(\\d{4})", "$1 $2", ["[1-9]"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, 0, 0, 0, 0, 0, 0, 0, 0, ["[1-9]\\d{7}"]],
    ],
    870: [
      "870",
      0,
      "7\\d{11}|[235-7]\\d{8}",
      [9, 12],
      [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-7]"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, ["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"], 0, 0, 0, 0, 0, 0, ["2\\d{8}", [9]]],
    ],
    878: [
      "878",
      0,
      "10\\d{10}",
      [12],
      [["(\\d{2})(\\d{5})(\\d{5})", "$1 $2 $3", ["1"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, 0, 0, 0, 0, 0, 0, 0, ["10\\d{10}"]],
    ],
    881: [
      "881",
      0,
      "6\\d{9}|[0-36-9]\\d{8}",
      [9, 10],
      [
        ["(\\d)(\\d{3})(\\d{5})", "$1 $2 $3", ["[0-37-9]"]],
        ["(\\d)(\\d{3})(\\d{5,6})", "$1 $2 $3", ["6"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, ["6\\d{9}|[0-36-9]\\d{8}"]],
    ],
    882: [
      "882",
      0,
      "[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?",
      [7, 8, 9, 10, 11, 12],
      [
        ["(\\d{2})(\\d{5})", "$1 $2", ["16|342"]],
        ["(\\d{2})(\\d{6})", "$1 $2", ["49"]],
        ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["1[36]|9"]],
        ["(\\d{2})(\\d{4})(\\d{3})", "$1 $2 $3", ["3[23]"]],
        ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["16"]],
        ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|23|3(?:[15]|4[57])|4|5[12]"]],
        ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["34"]],
        ["(\\d{2})(\\d{4,5})(\\d{5})", "$1 $2 $3", ["[1-35]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      [
        0,
        ["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}", [7, 8, 9, 10, 12]],
        0,
        0,
        0,
        ["348[57]\\d{7}", [11]],
        0,
        0,
        [
          "1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}",
        ],
      ],
    ],
    883: [
      "883",
      0,
      "(?:[1-4]\\d|51)\\d{6,10}",
      [8, 9, 10, 11, 12],
      [
        ["(\\d{3})(\\d{3})(\\d{2,8})", "$1 $2 $3", ["[14]|2[24-689]|3[02-689]|51[24-9]"]],
        ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["510"]],
        ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["21"]],
        ["(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3", ["51[13]"]],
        ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[235]"]],
      ],
      0,
      0,
      0,
      0,
      0,
      0,
      [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        [
          "(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}",
        ],
      ],
    ],
    888: [
      "888",
      0,
      "\\d{11}",
      [11],
      [["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3"]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, 0, 0, 0, 0, 0, ["\\d{11}"]],
    ],
    979: [
      "979",
      0,
      "[1359]\\d{8}",
      [9],
      [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[1359]"]]],
      0,
      0,
      0,
      0,
      0,
      0,
      [0, 0, 0, ["[1359]\\d{8}"]],
    ],
  },
};

// node_modules/libphonenumber-js/min/exports/withMetadataArgument.js
function withMetadataArgument(func, _arguments) {
  var args2 = Array.prototype.slice.call(_arguments);
  args2.push(metadata_min_json_default);
  return func.apply(this, args2);
}

// node_modules/libphonenumber-js/es6/tools/semver-compare.js
function semver_compare_default(a, b) {
  a = a.split("-");
  b = b.split("-");
  var pa = a[0].split(".");
  var pb = b[0].split(".");
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb = Number(pb[i]);
    if (na > nb) return 1;
    if (nb > na) return -1;
    if (!isNaN(na) && isNaN(nb)) return 1;
    if (isNaN(na) && !isNaN(nb)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}

// node_modules/libphonenumber-js/es6/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object2) {
  return object2 !== void 0 && object2 !== null && object2.constructor === objectConstructor;
}

// node_modules/libphonenumber-js/es6/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string2) {
  return CALLING_CODE_REG_EXP.test(string2);
}

// node_modules/libphonenumber-js/es6/metadata.js
function _typeof(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof(o)
  );
}
function _classCallCheck(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    (o.enumerable = o.enumerable || false),
      (o.configurable = true),
      "value" in o && (o.writable = true),
      Object.defineProperty(e, _toPropertyKey(o.key), o);
  }
}
function _createClass(e, r, t) {
  return (
    r && _defineProperties(e.prototype, r),
    t && _defineProperties(e, t),
    Object.defineProperty(e, "prototype", { writable: false }),
    e
  );
}
function _toPropertyKey(t) {
  var i = _toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
var Metadata = /* @__PURE__ */ (() => {
  function Metadata2(metadata2) {
    _classCallCheck(this, Metadata2);
    validateMetadata(metadata2);
    this.metadata = metadata2;
    setVersion.call(this, metadata2);
  }
  return _createClass(Metadata2, [
    {
      key: "getCountries",
      value: function getCountries() {
        return Object.keys(this.metadata.countries).filter((_) => _ !== "001");
      },
    },
    {
      key: "getCountryMetadata",
      value: function getCountryMetadata(countryCode) {
        return this.metadata.countries[countryCode];
      },
    },
    {
      key: "nonGeographic",
      value: function nonGeographic() {
        if (this.v1 || this.v2 || this.v3) return;
        return this.metadata.nonGeographic || this.metadata.nonGeographical;
      },
    },
    {
      key: "hasCountry",
      value: function hasCountry(country) {
        return this.getCountryMetadata(country) !== void 0;
      },
    },
    {
      key: "hasCallingCode",
      value: function hasCallingCode(callingCode) {
        if (this.getCountryCodesForCallingCode(callingCode)) {
          return true;
        }
        if (this.nonGeographic()) {
          if (this.nonGeographic()[callingCode]) {
            return true;
          }
        } else {
          var countryCodes = this.countryCallingCodes()[callingCode];
          if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
            return true;
          }
        }
      },
    },
    {
      key: "isNonGeographicCallingCode",
      value: function isNonGeographicCallingCode(callingCode) {
        if (this.nonGeographic()) {
          return this.nonGeographic()[callingCode] ? true : false;
        } else {
          return this.getCountryCodesForCallingCode(callingCode) ? false : true;
        }
      },
      // Deprecated.
    },
    {
      key: "country",
      value: function country(countryCode) {
        return this.selectNumberingPlan(countryCode);
      },
      /**
       * Selects a telephone numbering plan based on either a country code or a calling code.
       * @param {string} argument — Country code or calling code.
       * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
       */
    },
    {
      key: "selectNumberingPlan",
      value: function selectNumberingPlan(argument, legacyArgumentCallingCode) {
        var countryCode;
        var callingCode;
        if (argument) {
          if (isCallingCode(argument)) {
            callingCode = argument;
          } else {
            countryCode = argument;
          }
        }
        if (legacyArgumentCallingCode) {
          callingCode = legacyArgumentCallingCode;
        }
        if (countryCode && countryCode !== "001") {
          var countryMetadata = this.getCountryMetadata(countryCode);
          if (!countryMetadata) {
            throw new Error("Unknown country: ".concat(countryCode));
          }
          this.numberingPlan = new NumberingPlan(countryMetadata, this);
        } else if (callingCode) {
          if (!this.hasCallingCode(callingCode)) {
            throw new Error("Unknown calling code: ".concat(callingCode));
          }
          this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
        } else {
          this.numberingPlan = void 0;
        }
        return this;
      },
    },
    {
      key: "getCountryCodesForCallingCode",
      value: function getCountryCodesForCallingCode(callingCode) {
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes) {
          if (countryCodes.length === 1 && countryCodes[0].length === 3) {
            return;
          }
          return countryCodes;
        }
      },
    },
    {
      key: "getCountryCodeForCallingCode",
      value: function getCountryCodeForCallingCode(callingCode) {
        var countryCodes = this.getCountryCodesForCallingCode(callingCode);
        if (countryCodes) {
          return countryCodes[0];
        }
      },
    },
    {
      key: "getNumberingPlanMetadata",
      value: function getNumberingPlanMetadata(callingCode) {
        var countryCode = this.getCountryCodeForCallingCode(callingCode);
        if (countryCode) {
          return this.getCountryMetadata(countryCode);
        }
        if (this.nonGeographic()) {
          var metadata2 = this.nonGeographic()[callingCode];
          if (metadata2) {
            return metadata2;
          }
        } else {
          var countryCodes = this.countryCallingCodes()[callingCode];
          if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
            return this.metadata.countries["001"];
          }
        }
      },
      // Deprecated.
    },
    {
      key: "countryCallingCode",
      value: function countryCallingCode() {
        return this.numberingPlan.callingCode();
      },
      // Deprecated.
    },
    {
      key: "IDDPrefix",
      value: function IDDPrefix() {
        return this.numberingPlan.IDDPrefix();
      },
      // Deprecated.
    },
    {
      key: "defaultIDDPrefix",
      value: function defaultIDDPrefix() {
        return this.numberingPlan.defaultIDDPrefix();
      },
      // Deprecated.
    },
    {
      key: "nationalNumberPattern",
      value: function nationalNumberPattern() {
        return this.numberingPlan.nationalNumberPattern();
      },
      // Deprecated.
    },
    {
      key: "possibleLengths",
      value: function possibleLengths() {
        return this.numberingPlan.possibleLengths();
      },
      // Deprecated.
    },
    {
      key: "formats",
      value: function formats() {
        return this.numberingPlan.formats();
      },
      // Deprecated.
    },
    {
      key: "nationalPrefixForParsing",
      value: function nationalPrefixForParsing() {
        return this.numberingPlan.nationalPrefixForParsing();
      },
      // Deprecated.
    },
    {
      key: "nationalPrefixTransformRule",
      value: function nationalPrefixTransformRule() {
        return this.numberingPlan.nationalPrefixTransformRule();
      },
      // Deprecated.
    },
    {
      key: "leadingDigits",
      value: function leadingDigits() {
        return this.numberingPlan.leadingDigits();
      },
      // Deprecated.
    },
    {
      key: "hasTypes",
      value: function hasTypes() {
        return this.numberingPlan.hasTypes();
      },
      // Deprecated.
    },
    {
      key: "type",
      value: function type(_type) {
        return this.numberingPlan.type(_type);
      },
      // Deprecated.
    },
    {
      key: "ext",
      value: function ext() {
        return this.numberingPlan.ext();
      },
    },
    {
      key: "countryCallingCodes",
      value: function countryCallingCodes() {
        if (this.v1) return this.metadata.country_phone_code_to_countries;
        return this.metadata.country_calling_codes;
      },
      // Deprecated.
    },
    {
      key: "chooseCountryByCountryCallingCode",
      value: function chooseCountryByCountryCallingCode(callingCode) {
        return this.selectNumberingPlan(callingCode);
      },
    },
    {
      key: "hasSelectedNumberingPlan",
      value: function hasSelectedNumberingPlan() {
        return this.numberingPlan !== void 0;
      },
    },
  ]);
})();
var NumberingPlan = /* @__PURE__ */ (() => {
  function NumberingPlan2(metadata2, globalMetadataObject) {
    _classCallCheck(this, NumberingPlan2);
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata2;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  return _createClass(NumberingPlan2, [
    {
      key: "callingCode",
      value: function callingCode() {
        return this.metadata[0];
      },
      // When multiple countries share the same calling code,
      // all phone number formatting rules are included in the metadata
      // of the "default" country for that calling code.
      // Any other countries' metdata doesn't include any formatting rules.
      // Google developers said that such storage architecture was chosen for performance reasons.
      //
      // For example, for NANPA region ("North American Numbering Plan Administration",
      // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
      // are contained in the metadata of `US` country.
      //
      // This is not public API.
      //
    },
    {
      key: "_getDefaultCountryMetadataForThisCallingCode",
      value: function _getDefaultCountryMetadataForThisCallingCode() {
        return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
      },
      // Deprecated.
    },
    {
      key: "getDefaultCountryMetadataForRegion",
      value: function getDefaultCountryMetadataForRegion() {
        return this._getDefaultCountryMetadataForThisCallingCode();
      },
      // Is always present.
    },
    {
      key: "IDDPrefix",
      value: function IDDPrefix() {
        if (this.v1 || this.v2) return;
        return this.metadata[1];
      },
      // Is only present when a country supports multiple IDD prefixes.
    },
    {
      key: "defaultIDDPrefix",
      value: function defaultIDDPrefix() {
        if (this.v1 || this.v2) return;
        return this.metadata[12];
      },
    },
    {
      key: "nationalNumberPattern",
      value: function nationalNumberPattern() {
        if (this.v1 || this.v2) return this.metadata[1];
        return this.metadata[2];
      },
      // "possible length" data is always present in Google's metadata.
    },
    {
      key: "possibleLengths",
      value: function possibleLengths() {
        if (this.v1) return;
        return this.metadata[this.v2 ? 2 : 3];
      },
    },
    {
      key: "_getFormats",
      value: function _getFormats(metadata2) {
        return metadata2[this.v1 ? 2 : this.v2 ? 3 : 4];
      },
      // For countries of the same region (e.g. NANPA)
      // formats are all stored in the "main" country for that region.
      // E.g. "RU" and "KZ", "US" and "CA".
    },
    {
      key: "formats",
      value: function formats() {
        var formats2 =
          this._getFormats(this.metadata) ||
          this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) ||
          [];
        return formats2.map((_) => new Format(_, this));
      },
    },
    {
      key: "nationalPrefix",
      value: function nationalPrefix() {
        return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
      },
    },
    {
      key: "_getNationalPrefixFormattingRule",
      value: function _getNationalPrefixFormattingRule(metadata2) {
        return metadata2[this.v1 ? 4 : this.v2 ? 5 : 6];
      },
      // For countries of the same region (e.g. NANPA)
      // national prefix formatting rule is stored in the "main" country for that region.
      // E.g. "RU" and "KZ", "US" and "CA".
    },
    {
      key: "nationalPrefixFormattingRule",
      value: function nationalPrefixFormattingRule() {
        return (
          this._getNationalPrefixFormattingRule(this.metadata) ||
          this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode())
        );
      },
    },
    {
      key: "_nationalPrefixForParsing",
      value: function _nationalPrefixForParsing() {
        return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
      },
    },
    {
      key: "nationalPrefixForParsing",
      value: function nationalPrefixForParsing() {
        return this._nationalPrefixForParsing() || this.nationalPrefix();
      },
    },
    {
      key: "nationalPrefixTransformRule",
      value: function nationalPrefixTransformRule() {
        return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
      },
    },
    {
      key: "_getNationalPrefixIsOptionalWhenFormatting",
      value: function _getNationalPrefixIsOptionalWhenFormatting() {
        return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
      },
      // For countries of the same region (e.g. NANPA)
      // "national prefix is optional when formatting" flag is
      // stored in the "main" country for that region.
      // E.g. "RU" and "KZ", "US" and "CA".
    },
    {
      key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
      value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
        return (
          this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) ||
          this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode())
        );
      },
    },
    {
      key: "leadingDigits",
      value: function leadingDigits() {
        return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
      },
    },
    {
      key: "types",
      value: function types() {
        return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
      },
    },
    {
      key: "hasTypes",
      value: function hasTypes() {
        if (this.types() && this.types().length === 0) {
          return false;
        }
        return !!this.types();
      },
    },
    {
      key: "type",
      value: function type(_type2) {
        if (this.hasTypes() && getType(this.types(), _type2)) {
          return new Type(getType(this.types(), _type2), this);
        }
      },
    },
    {
      key: "ext",
      value: function ext() {
        if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
        return this.metadata[13] || DEFAULT_EXT_PREFIX;
      },
    },
  ]);
})();
var Format = /* @__PURE__ */ (() => {
  function Format2(format, metadata2) {
    _classCallCheck(this, Format2);
    this._format = format;
    this.metadata = metadata2;
  }
  return _createClass(Format2, [
    {
      key: "pattern",
      value: function pattern() {
        return this._format[0];
      },
    },
    {
      key: "format",
      value: function format() {
        return this._format[1];
      },
    },
    {
      key: "leadingDigitsPatterns",
      value: function leadingDigitsPatterns() {
        return this._format[2] || [];
      },
    },
    {
      key: "nationalPrefixFormattingRule",
      value: function nationalPrefixFormattingRule() {
        return this._format[3] || this.metadata.nationalPrefixFormattingRule();
      },
    },
    {
      key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
      value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
        return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
      },
    },
    {
      key: "nationalPrefixIsMandatoryWhenFormattingInNationalFormat",
      value: function nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
        return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
      },
      // Checks whether national prefix formatting rule contains national prefix.
    },
    {
      key: "usesNationalPrefix",
      value: function usesNationalPrefix() {
        return this.nationalPrefixFormattingRule() && // Check that national prefix formatting rule is not a "dummy" one.
          !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule())
          ? true
          : false;
      },
    },
    {
      key: "internationalFormat",
      value: function internationalFormat() {
        return this._format[5] || this.format();
      },
    },
  ]);
})();
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = /* @__PURE__ */ (() => {
  function Type2(type, metadata2) {
    _classCallCheck(this, Type2);
    this.type = type;
    this.metadata = metadata2;
  }
  return _createClass(Type2, [
    {
      key: "pattern",
      value: function pattern() {
        if (this.metadata.v1) return this.type;
        return this.type[0];
      },
    },
    {
      key: "possibleLengths",
      value: function possibleLengths() {
        if (this.metadata.v1) return;
        return this.type[1] || this.metadata.possibleLengths();
      },
    },
  ]);
})();
function getType(types, type) {
  switch (type) {
    case "FIXED_LINE":
      return types[0];
    case "MOBILE":
      return types[1];
    case "TOLL_FREE":
      return types[2];
    case "PREMIUM_RATE":
      return types[3];
    case "PERSONAL_NUMBER":
      return types[4];
    case "VOICEMAIL":
      return types[5];
    case "UAN":
      return types[6];
    case "PAGER":
      return types[7];
    case "VOIP":
      return types[8];
    case "SHARED_COST":
      return types[9];
  }
}
function validateMetadata(metadata2) {
  if (!metadata2) {
    throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
  }
  if (!isObject(metadata2) || !isObject(metadata2.countries)) {
    throw new Error(
      "[libphonenumber-js] `metadata` argument was passed but it's not a valid metadata. Must be an object having `.countries` child object property. Got ".concat(
        isObject(metadata2)
          ? "an object of shape: { " + Object.keys(metadata2).join(", ") + " }"
          : "a " + typeOf(metadata2) + ": " + metadata2,
        ".",
      ),
    );
  }
}
var typeOf = function typeOf2(_) {
  return _typeof(_);
};
function getCountryCallingCode(country, metadataJson) {
  var metadata2 = new Metadata(metadataJson);
  if (metadata2.hasCountry(country)) {
    return metadata2.selectNumberingPlan(country).countryCallingCode();
  }
  throw new Error("Unknown country: ".concat(country));
}
function isSupportedCountry(country, metadataJson) {
  return Object.hasOwn(metadataJson.countries, country);
}
function setVersion(metadata2) {
  var version = metadata2.version;
  if (typeof version === "number") {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare_default(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare_default(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}

// node_modules/libphonenumber-js/es6/helpers/mergeArrays.js
function _createForOfIteratorHelperLoose(r, e) {
  var t = ("undefined" != typeof Symbol && r[Symbol.iterator]) || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray(r)) || (e && r && "number" == typeof r.length)) {
    t && (r = t);
    var o = 0;
    return () => (o >= r.length ? { done: true } : { done: false, value: r[o++] });
  }
  throw new TypeError(
    "Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.",
  );
}
function _unsupportedIterableToArray(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return (
      "Object" === t && r.constructor && (t = r.constructor.name),
      "Map" === t || "Set" === t
        ? Array.from(r)
        : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)
          ? _arrayLikeToArray(r, a)
          : void 0
    );
  }
}
function _arrayLikeToArray(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function mergeArrays(a, b) {
  var merged = a.slice();
  for (var _iterator = _createForOfIteratorHelperLoose(b), _step; !(_step = _iterator()).done; ) {
    var element = _step.value;
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort((a2, b2) => a2 - b2);
}

// node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js
function checkNumberLength(nationalNumber, country, metadata2) {
  return checkNumberLengthForType(nationalNumber, void 0, country, metadata2);
}
function checkNumberLengthForType(nationalNumber, type, country, metadata2) {
  if (country) {
    metadata2 = new Metadata(metadata2.metadata);
    metadata2.selectNumberingPlan(country);
  }
  var type_info = metadata2.type(type);
  var possible_lengths = (type_info && type_info.possibleLengths()) || metadata2.possibleLengths();
  if (!possible_lengths) {
    return "IS_POSSIBLE";
  }
  if (type === "FIXED_LINE_OR_MOBILE") {
    if (!metadata2.type("FIXED_LINE")) {
      return checkNumberLengthForType(nationalNumber, "MOBILE", country, metadata2);
    }
    var mobile_type = metadata2.type("MOBILE");
    if (mobile_type) {
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
    }
  } else if (type && !type_info) {
    return "INVALID_LENGTH";
  }
  var actual_length = nationalNumber.length;
  var minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return "IS_POSSIBLE";
  }
  if (minimum_length > actual_length) {
    return "TOO_SHORT";
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return "TOO_LONG";
  }
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

// node_modules/libphonenumber-js/es6/isPossible.js
function isPossiblePhoneNumber(input, options, metadataJson) {
  if (options === void 0) {
    options = {};
  }
  var metadata2 = new Metadata(metadataJson);
  if (options.v2) {
    if (!input.countryCallingCode) {
      throw new Error("Invalid phone number object passed");
    }
    metadata2.selectNumberingPlan(input.country || input.countryCallingCode);
  } else {
    if (!input.phone) {
      return false;
    }
    if (input.country) {
      if (!metadata2.hasCountry(input.country)) {
        throw new Error("Unknown country: ".concat(input.country));
      }
      metadata2.selectNumberingPlan(input.country);
    } else {
      if (!input.countryCallingCode) {
        throw new Error("Invalid phone number object passed");
      }
      metadata2.selectNumberingPlan(input.countryCallingCode);
    }
  }
  if (metadata2.possibleLengths()) {
    return isPossibleNumber(input.phone || input.nationalNumber, metadata2);
  }
  if (input.countryCallingCode && metadata2.isNonGeographicCallingCode(input.countryCallingCode)) {
    return true;
  }
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}
function isPossibleNumber(nationalNumber, metadata2) {
  switch (checkNumberLength(nationalNumber, void 0, metadata2)) {
    case "IS_POSSIBLE":
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}

// node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js
function matchesEntirely(text2, regularExpressionText) {
  text2 = text2 || "";
  return new RegExp("^(?:" + regularExpressionText + ")$").test(text2);
}

// node_modules/libphonenumber-js/es6/helpers/getNumberType.js
function _createForOfIteratorHelperLoose2(r, e) {
  var t = ("undefined" != typeof Symbol && r[Symbol.iterator]) || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray2(r)) || (e && r && "number" == typeof r.length)) {
    t && (r = t);
    var o = 0;
    return () => (o >= r.length ? { done: true } : { done: false, value: r[o++] });
  }
  throw new TypeError(
    "Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.",
  );
}
function _unsupportedIterableToArray2(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray2(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return (
      "Object" === t && r.constructor && (t = r.constructor.name),
      "Map" === t || "Set" === t
        ? Array.from(r)
        : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)
          ? _arrayLikeToArray2(r, a)
          : void 0
    );
  }
}
function _arrayLikeToArray2(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var NON_FIXED_LINE_PHONE_TYPES = [
  "MOBILE",
  "PREMIUM_RATE",
  "TOLL_FREE",
  "SHARED_COST",
  "VOIP",
  "PERSONAL_NUMBER",
  "PAGER",
  "UAN",
  "VOICEMAIL",
];
function getNumberType(input, options, metadataJson) {
  options = options || {};
  if (!input.country && !input.countryCallingCode) {
    return;
  }
  var metadata2 = new Metadata(metadataJson);
  metadata2.selectNumberingPlan(input.country || input.countryCallingCode);
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  if (!matchesEntirely(nationalNumber, metadata2.nationalNumberPattern())) {
    return;
  }
  if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata2)) {
    if (metadata2.type("MOBILE") && metadata2.type("MOBILE").pattern() === "") {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (!metadata2.type("MOBILE")) {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata2)) {
      return "FIXED_LINE_OR_MOBILE";
    }
    return "FIXED_LINE";
  }
  for (
    var _iterator = _createForOfIteratorHelperLoose2(NON_FIXED_LINE_PHONE_TYPES), _step;
    !(_step = _iterator()).done;
  ) {
    var type = _step.value;
    if (isNumberTypeEqualTo(nationalNumber, type, metadata2)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata2) {
  var typeDefinition = metadata2.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}

// node_modules/libphonenumber-js/es6/isValid.js
function isValidNumber(input, options, metadataJson) {
  options = options || {};
  var metadata2 = new Metadata(metadataJson);
  metadata2.selectNumberingPlan(input.country || input.countryCallingCode);
  if (metadata2.hasTypes()) {
    return getNumberType(input, options, metadata2.metadata) !== void 0;
  }
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  return matchesEntirely(nationalNumber, metadata2.nationalNumberPattern());
}

// node_modules/libphonenumber-js/es6/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string2) {
  return COUNTRY_CODE_REG_EXP.test(string2);
}

// node_modules/libphonenumber-js/es6/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  var country;
  var callingCode;
  var metadata2 = new Metadata(metadataJson);
  if (isCountryCode(countryOrCallingCode)) {
    country = countryOrCallingCode;
    metadata2.selectNumberingPlan(country);
    callingCode = metadata2.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata2.isNonGeographicCallingCode(callingCode)) {
        country = "001";
      }
    }
  }
  return {
    country,
    callingCode,
  };
}

// node_modules/libphonenumber-js/es6/helpers/getPossibleCountriesForNumber.js
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata2) {
  var _metadata = new Metadata(metadata2);
  var possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter((country) => couldNationalNumberBelongToCountry(nationalNumber, country, metadata2));
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
  var metadata2 = new Metadata(metadataJson);
  metadata2.selectNumberingPlan(country);
  return metadata2.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}

// node_modules/libphonenumber-js/es6/constants.js
var MIN_LENGTH_FOR_NSN = 2;
var MAX_LENGTH_FOR_NSN = 17;
var MAX_LENGTH_COUNTRY_CODE = 3;
var VALID_DIGITS = "0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9";
var DASHES = "-\u2010-\u2015\u2212\u30FC\uFF0D";
var SLASHES = "\uFF0F/";
var DOTS = "\uFF0E.";
var WHITESPACE = " \xA0\xAD\u200B\u2060\u3000";
var BRACKETS = "()\uFF08\uFF09\uFF3B\uFF3D\\[\\]";
var TILDES = "~\u2053\u223C\uFF5E";
var VALID_PUNCTUATION = ""
  .concat(DASHES)
  .concat(SLASHES)
  .concat(DOTS)
  .concat(WHITESPACE)
  .concat(BRACKETS)
  .concat(TILDES);
var PLUS_CHARS = "+\uFF0B";

// node_modules/libphonenumber-js/es6/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number2, country, callingCode, metadataJson) {
  if (!country) {
    return;
  }
  var metadata2 = new Metadata(metadataJson);
  metadata2.selectNumberingPlan(country || callingCode);
  var IDDPrefixPattern = new RegExp(metadata2.IDDPrefix());
  if (number2.search(IDDPrefixPattern) !== 0) {
    return;
  }
  number2 = number2.slice(number2.match(IDDPrefixPattern)[0].length);
  var matchedGroups = number2.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === "0") {
      return;
    }
  }
  return number2;
}

// node_modules/libphonenumber-js/es6/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
function extractNationalNumberFromPossiblyIncompleteNumber(number2, metadata2) {
  if (number2 && metadata2.numberingPlan.nationalPrefixForParsing()) {
    var prefixPattern = new RegExp("^(?:" + metadata2.numberingPlan.nationalPrefixForParsing() + ")");
    var prefixMatch = prefixPattern.exec(number2);
    if (prefixMatch) {
      var nationalNumber;
      var carrierCode;
      var capturedGroupsCount = prefixMatch.length - 1;
      var hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata2.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number2.replace(prefixPattern, metadata2.nationalPrefixTransformRule());
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      } else {
        var prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number2.slice(prefixBeforeNationalNumber.length);
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      var nationalPrefix;
      if (hasCapturedGroups) {
        var possiblePositionOfTheFirstCapturedGroup = number2.indexOf(prefixMatch[1]);
        var possibleNationalPrefix = number2.slice(0, possiblePositionOfTheFirstCapturedGroup);
        if (possibleNationalPrefix === metadata2.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata2.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber,
        nationalPrefix,
        carrierCode,
      };
    }
  }
  return {
    nationalNumber: number2,
  };
}

// node_modules/libphonenumber-js/es6/helpers/getCountryByNationalNumber.js
function _createForOfIteratorHelperLoose3(r, e) {
  var t = ("undefined" != typeof Symbol && r[Symbol.iterator]) || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray3(r)) || (e && r && "number" == typeof r.length)) {
    t && (r = t);
    var o = 0;
    return () => (o >= r.length ? { done: true } : { done: false, value: r[o++] });
  }
  throw new TypeError(
    "Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.",
  );
}
function _unsupportedIterableToArray3(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray3(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return (
      "Object" === t && r.constructor && (t = r.constructor.name),
      "Map" === t || "Set" === t
        ? Array.from(r)
        : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)
          ? _arrayLikeToArray3(r, a)
          : void 0
    );
  }
}
function _arrayLikeToArray3(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  var metadata2 = new Metadata(metadataJson);
  for (var _iterator = _createForOfIteratorHelperLoose3(countries), _step; !(_step = _iterator()).done; ) {
    var country = _step.value;
    metadata2.selectNumberingPlan(country);
    if (metadata2.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata2.leadingDigits()) === 0) {
        return country;
      }
    } else if (
      getNumberType(
        {
          phone: nationalNumber,
          country,
        },
        void 0,
        metadata2.metadata,
      )
    ) {
      return country;
    }
  }
}

// node_modules/libphonenumber-js/es6/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE2 = false;
function getCountryByCallingCode(callingCode, _ref) {
  var nationalNumber = _ref.nationalNumber,
    metadata2 = _ref.metadata;
  if (USE_NON_GEOGRAPHIC_COUNTRY_CODE2) {
    if (metadata2.isNonGeographicCallingCode(callingCode)) {
      return "001";
    }
  }
  var possibleCountries = metadata2.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata2.metadata);
}

// node_modules/libphonenumber-js/es6/helpers/extractNationalNumber.js
function extractNationalNumber(number2, country, metadata2) {
  var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(number2, metadata2),
    carrierCode = _extractNationalNumbe.carrierCode,
    nationalNumber = _extractNationalNumbe.nationalNumber;
  if (nationalNumber !== number2) {
    if (!shouldHaveExtractedNationalPrefix(number2, nationalNumber, metadata2)) {
      return {
        nationalNumber: number2,
      };
    }
    if (metadata2.numberingPlan.possibleLengths()) {
      if (!country) {
        country = getCountryByCallingCode(metadata2.numberingPlan.callingCode(), {
          nationalNumber,
          metadata: metadata2,
        });
      }
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata2)) {
        return {
          nationalNumber: number2,
        };
      }
    }
  }
  return {
    nationalNumber,
    carrierCode,
  };
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata2) {
  if (
    matchesEntirely(nationalNumberBefore, metadata2.nationalNumberPattern()) &&
    !matchesEntirely(nationalNumberAfter, metadata2.nationalNumberPattern())
  ) {
    return false;
  }
  return true;
}
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata2) {
  switch (checkNumberLength(nationalNumber, country, metadata2)) {
    case "TOO_SHORT":
    case "INVALID_LENGTH":
      return false;
    default:
      return true;
  }
}

// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(
  number2,
  country,
  defaultCountry,
  defaultCallingCode,
  metadataJson,
) {
  if (!(country || defaultCountry || defaultCallingCode)) {
    return {
      number: number2,
    };
  }
  var countryCallingCode =
    country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
  if (number2.indexOf(countryCallingCode) === 0) {
    var metadata2 = new Metadata(metadataJson);
    metadata2.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
    var possibleShorterNumber = number2.slice(countryCallingCode.length);
    var _extractNationalNumbe = extractNationalNumber(possibleShorterNumber, void 0, metadata2),
      possibleShorterNationalNumber = _extractNationalNumbe.nationalNumber;
    var _extractNationalNumbe2 = extractNationalNumber(number2, void 0, metadata2),
      nationalNumber = _extractNationalNumbe2.nationalNumber;
    if (
      (!matchesEntirely(nationalNumber, metadata2.nationalNumberPattern()) &&
        matchesEntirely(possibleShorterNationalNumber, metadata2.nationalNumberPattern())) ||
      checkNumberLength(nationalNumber, void 0, metadata2) === "TOO_LONG"
    ) {
      return {
        countryCallingCode,
        number: possibleShorterNumber,
      };
    }
  }
  return {
    number: number2,
  };
}

// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCode.js
function extractCountryCallingCode(number2, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number2) {
    return {};
  }
  var isNumberWithIddPrefix;
  if (number2[0] !== "+") {
    var numberWithoutIDD = stripIddPrefix(number2, country || defaultCountry, defaultCallingCode, metadataJson);
    if (numberWithoutIDD && numberWithoutIDD !== number2) {
      isNumberWithIddPrefix = true;
      number2 = "+" + numberWithoutIDD;
    } else {
      if (country || defaultCountry || defaultCallingCode) {
        var _extractCountryCallin = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(
            number2,
            country,
            defaultCountry,
            defaultCallingCode,
            metadataJson,
          ),
          countryCallingCode = _extractCountryCallin.countryCallingCode,
          shorterNumber = _extractCountryCallin.number;
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
            countryCallingCode,
            number: shorterNumber,
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number: number2,
      };
    }
  }
  if (number2[1] === "0") {
    return {};
  }
  var metadata2 = new Metadata(metadataJson);
  var i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number2.length) {
    var _countryCallingCode = number2.slice(1, i);
    if (metadata2.hasCallingCode(_countryCallingCode)) {
      metadata2.selectNumberingPlan(_countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
        countryCallingCode: _countryCallingCode,
        number: number2.slice(i),
      };
    }
    i++;
  }
  return {};
}

// node_modules/libphonenumber-js/es6/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp("[".concat(VALID_PUNCTUATION, "]+"), "g"), " ").trim();
}

// node_modules/libphonenumber-js/es6/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number2, format, _ref) {
  var useInternationalFormat = _ref.useInternationalFormat,
    withNationalPrefix = _ref.withNationalPrefix,
    carrierCode = _ref.carrierCode,
    metadata2 = _ref.metadata;
  var formattedNumber = number2.replace(
    new RegExp(format.pattern()),
    useInternationalFormat
      ? format.internationalFormat()
      : // This library doesn't use `domestic_carrier_code_formatting_rule`,
        // because that one is only used when formatting phone numbers
        // for dialing from a mobile phone, and this is not a dialing library.
        // carrierCode && format.domesticCarrierCodeFormattingRule()
        // 	// First, replace the $CC in the formatting rule with the desired carrier code.
        // 	// Then, replace the $FG in the formatting rule with the first group
        // 	// and the carrier code combined in the appropriate way.
        // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
        // 	: (
        // 		withNationalPrefix && format.nationalPrefixFormattingRule()
        // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
        // 			: format.format()
        // 	)
        withNationalPrefix && format.nationalPrefixFormattingRule()
        ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
        : format.format(),
  );
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}

// node_modules/libphonenumber-js/es6/helpers/getIddPrefix.js
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country, callingCode, metadata2) {
  var countryMetadata = new Metadata(metadata2);
  countryMetadata.selectNumberingPlan(country || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}

// node_modules/libphonenumber-js/es6/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
var getExtensionDigitsPattern = function getExtensionDigitsPattern2(maxLength2) {
  return "([".concat(VALID_DIGITS, "]{1,").concat(maxLength2, "})");
};
function createExtensionPattern(purpose) {
  var extLimitAfterExplicitLabel = "20";
  var extLimitAfterLikelyLabel = "15";
  var extLimitAfterAmbiguousChar = "9";
  var extLimitWhenNotSure = "6";
  var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
  var possibleCharsAfterExtLabel = "[:\\.\uFF0E]?[ \xA0\\t,-]*";
  var optionalExtnSuffix = "#?";
  var explicitExtLabels = "(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)";
  var ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)";
  var ambiguousSeparator = "[- ]+";
  var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  var explicitExtn =
    possibleSeparatorsBetweenNumberAndExtLabel +
    explicitExtLabels +
    possibleCharsAfterExtLabel +
    getExtensionDigitsPattern(extLimitAfterExplicitLabel) +
    optionalExtnSuffix;
  var ambiguousExtn =
    possibleSeparatorsBetweenNumberAndExtLabel +
    ambiguousExtLabels +
    possibleCharsAfterExtLabel +
    getExtensionDigitsPattern(extLimitAfterAmbiguousChar) +
    optionalExtnSuffix;
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
  var autoDiallingExtn =
    possibleSeparatorsNumberExtLabelNoComma +
    autoDiallingAndExtLabelsFound +
    possibleCharsAfterExtLabel +
    getExtensionDigitsPattern(extLimitAfterLikelyLabel) +
    optionalExtnSuffix;
  var onlyCommasExtn =
    possibleSeparatorsNumberExtLabelNoComma +
    "(?:,)+" +
    possibleCharsAfterExtLabel +
    getExtensionDigitsPattern(extLimitAfterAmbiguousChar) +
    optionalExtnSuffix;
  return (
    rfcExtn +
    "|" +
    explicitExtn +
    "|" +
    ambiguousExtn +
    "|" +
    americanStyleExtnWithSuffix +
    "|" +
    autoDiallingExtn +
    "|" +
    onlyCommasExtn
  );
}

// node_modules/libphonenumber-js/es6/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{" + MIN_LENGTH_FOR_NSN + "}";
var VALID_PHONE_NUMBER =
  "[" +
  PLUS_CHARS +
  "]{0,1}(?:[" +
  VALID_PUNCTUATION +
  "]*[" +
  VALID_DIGITS +
  "]){3,}[" +
  VALID_PUNCTUATION +
  VALID_DIGITS +
  "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp(
  "^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$",
  "i",
);
var VALID_PHONE_NUMBER_WITH_EXTENSION =
  VALID_PHONE_NUMBER + // Phone number extensions
  "(?:" +
  createExtensionPattern() +
  ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
  // Either a short two-digit-only phone number
  "^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$",
  "i",
);
function isViablePhoneNumber(number2) {
  return number2.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number2);
}
function isViablePhoneNumberStart(number2) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number2);
}

// node_modules/libphonenumber-js/es6/helpers/RFC3966.js
function formatRFC3966(_ref) {
  var number2 = _ref.number,
    ext = _ref.ext;
  if (!number2) {
    return "";
  }
  if (number2[0] !== "+") {
    throw new Error('"formatRFC3966()" expects "number" to be in E.164 format.');
  }
  return "tel:".concat(number2).concat(ext ? ";ext=" + ext : "");
}

// node_modules/libphonenumber-js/es6/format.js
var DEFAULT_OPTIONS = {
  formatExtension: function formatExtension(formattedNumber, extension, metadata2) {
    return "".concat(formattedNumber).concat(metadata2.ext()).concat(extension);
  },
};
function formatNumber(input, format, options, metadataJson) {
  if (options) {
    options = merge({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  var metadata2 = new Metadata(metadataJson);
  if (input.country && input.country !== "001") {
    if (!metadata2.hasCountry(input.country)) {
      throw new Error("Unknown country: ".concat(input.country));
    }
    metadata2.selectNumberingPlan(input.country);
  } else if (input.countryCallingCode) {
    metadata2.selectNumberingPlan(input.countryCallingCode);
  } else return input.phone || "";
  var countryCallingCode = metadata2.countryCallingCode();
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  var number2;
  switch (format) {
    case "NATIONAL":
      if (!nationalNumber) {
        return "";
      }
      number2 = formatNationalNumber(nationalNumber, input.carrierCode, "NATIONAL", metadata2, options);
      return addExtension(number2, input.ext, metadata2, options.formatExtension);
    case "INTERNATIONAL":
      if (!nationalNumber) {
        return "+".concat(countryCallingCode);
      }
      number2 = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata2, options);
      number2 = "+".concat(countryCallingCode, " ").concat(number2);
      return addExtension(number2, input.ext, metadata2, options.formatExtension);
    case "E.164":
      return "+".concat(countryCallingCode).concat(nationalNumber);
    case "RFC3966":
      return formatRFC3966({
        number: "+".concat(countryCallingCode).concat(nationalNumber),
        ext: input.ext,
      });
    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case "IDD":
      if (!options.fromCountry) {
        return;
      }
      var formattedNumber = formatIDD(
        nationalNumber,
        input.carrierCode,
        countryCallingCode,
        options.fromCountry,
        metadata2,
      );
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input.ext, metadata2, options.formatExtension);
    default:
      throw new Error('Unknown "format" argument passed to "formatNumber()": "'.concat(format, '"'));
  }
}
function formatNationalNumber(number2, carrierCode, formatAs, metadata2, options) {
  var format = chooseFormatForNumber(metadata2.formats(), number2);
  if (!format) {
    return number2;
  }
  return formatNationalNumberUsingFormat(number2, format, {
    useInternationalFormat: formatAs === "INTERNATIONAL",
    withNationalPrefix:
      format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false
        ? false
        : true,
    carrierCode,
    metadata: metadata2,
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  return pickFirstMatchingElement(availableFormats, (format) => {
    if (format.leadingDigitsPatterns().length > 0) {
      var lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata2, formatExtension2) {
  return ext ? formatExtension2(formattedNumber, ext, metadata2) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata2) {
  var fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata2.metadata);
  if (fromCountryCallingCode === countryCallingCode) {
    var formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata2);
    if (countryCallingCode === "1") {
      return countryCallingCode + " " + formattedNumber;
    }
    return formattedNumber;
  }
  var iddPrefix = getIddPrefix(fromCountry, void 0, metadata2.metadata);
  if (iddPrefix) {
    return ""
      .concat(iddPrefix, " ")
      .concat(countryCallingCode, " ")
      .concat(formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata2));
  }
}
function merge() {
  var i = 1;
  for (var _len = arguments.length, objects = new Array(_len), _key = 0; _key < _len; _key++) {
    objects[_key] = arguments[_key];
  }
  while (i < objects.length) {
    if (objects[i]) {
      for (var key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  var i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6/PhoneNumber.js
function _typeof2(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof2 =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof2(o)
  );
}
function ownKeys(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter((r2) => Object.getOwnPropertyDescriptor(e, r2).enumerable)), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2
      ? ownKeys(Object(t), true).forEach((r2) => {
          _defineProperty(e, r2, t[r2]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t))
        : ownKeys(Object(t)).forEach((r2) => {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
  }
  return e;
}
function _defineProperty(e, r, t) {
  return (
    (r = _toPropertyKey2(r)) in e
      ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true })
      : (e[r] = t),
    e
  );
}
function _classCallCheck2(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties2(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    (o.enumerable = o.enumerable || false),
      (o.configurable = true),
      "value" in o && (o.writable = true),
      Object.defineProperty(e, _toPropertyKey2(o.key), o);
  }
}
function _createClass2(e, r, t) {
  return (
    r && _defineProperties2(e.prototype, r),
    t && _defineProperties2(e, t),
    Object.defineProperty(e, "prototype", { writable: false }),
    e
  );
}
function _toPropertyKey2(t) {
  var i = _toPrimitive2(t, "string");
  return "symbol" == _typeof2(i) ? i : i + "";
}
function _toPrimitive2(t, r) {
  if ("object" != _typeof2(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof2(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var PhoneNumber = /* @__PURE__ */ (() => {
  function PhoneNumber2(countryOrCountryCallingCode, nationalNumber, metadata2) {
    _classCallCheck2(this, PhoneNumber2);
    if (!countryOrCountryCallingCode) {
      throw new TypeError("First argument is required");
    }
    if (typeof countryOrCountryCallingCode !== "string") {
      throw new TypeError("First argument must be a string");
    }
    if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) {
      throw new TypeError("`metadata` argument not passed");
    }
    if (isObject(nationalNumber) && isObject(nationalNumber.countries)) {
      metadata2 = nationalNumber;
      var e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      var _extractCountryCallin = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata2),
        _countryCallingCode = _extractCountryCallin.countryCallingCode,
        number2 = _extractCountryCallin.number;
      nationalNumber = number2;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error("Invalid `number` argument passed: too short");
      }
    }
    if (!nationalNumber) {
      throw new TypeError("`nationalNumber` argument is required");
    }
    if (typeof nationalNumber !== "string") {
      throw new TypeError("`nationalNumber` argument must be a string");
    }
    validateMetadata(metadata2);
    var _getCountryAndCalling = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata2),
      country = _getCountryAndCalling.country,
      countryCallingCode = _getCountryAndCalling.callingCode;
    this.country = country;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = "+" + this.countryCallingCode + this.nationalNumber;
    this.getMetadata = () => metadata2;
  }
  return _createClass2(PhoneNumber2, [
    {
      key: "setExt",
      value: function setExt(ext) {
        this.ext = ext;
      },
    },
    {
      key: "getPossibleCountries",
      value: function getPossibleCountries() {
        if (this.country) {
          return [this.country];
        }
        return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
      },
    },
    {
      key: "isPossible",
      value: function isPossible() {
        return isPossiblePhoneNumber(
          this,
          {
            v2: true,
          },
          this.getMetadata(),
        );
      },
    },
    {
      key: "isValid",
      value: function isValid2() {
        return isValidNumber(
          this,
          {
            v2: true,
          },
          this.getMetadata(),
        );
      },
    },
    {
      key: "isNonGeographic",
      value: function isNonGeographic() {
        var metadata2 = new Metadata(this.getMetadata());
        return metadata2.isNonGeographicCallingCode(this.countryCallingCode);
      },
    },
    {
      key: "isEqual",
      value: function isEqual(phoneNumber) {
        return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
      },
      // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
      //
      // Later, it became apparent that it's not really a true equivalent.
      // The reason is that a `PhoneNumber` instance is not created
      // when the phone number string is too short for it to be considered a valid phone number:
      // * When there must be at least 2 national (significant) number digits: `"1"`.
      // * When the country calling code part of an international number is incomplete: `"+12"`.
      //
      // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
      // of using it instead of `validatePhoneNumberLength()` while ignoring
      // the "too short to be even possible" case from phone number length validation.
      // And ignoring that case wouldn't make any sense in a real-world application
      // because it would still be a valid case that should be handled.
      //
      // Because of that, this method was eventually commented out in order to not introduce
      // that kind of an anti-pattern.
      //
      // validateLength() {
      // 	const result = checkNumberLength(
      // 		this.nationalNumber,
      // 		undefined,
      // 		this.getMetadata()
      // 	)
      // 	if (result !== 'IS_POSSIBLE') {
      // 		return result
      // 	}
      // }
    },
    {
      key: "getType",
      value: function getType2() {
        return getNumberType(
          this,
          {
            v2: true,
          },
          this.getMetadata(),
        );
      },
    },
    {
      key: "format",
      value: function format(_format, options) {
        return formatNumber(
          this,
          _format,
          options
            ? _objectSpread(
                _objectSpread({}, options),
                {},
                {
                  v2: true,
                },
              )
            : {
                v2: true,
              },
          this.getMetadata(),
        );
      },
    },
    {
      key: "formatNational",
      value: function formatNational(options) {
        return this.format("NATIONAL", options);
      },
    },
    {
      key: "formatInternational",
      value: function formatInternational(options) {
        return this.format("INTERNATIONAL", options);
      },
    },
    {
      key: "getURI",
      value: function getURI(options) {
        return this.format("RFC3966", options);
      },
    },
  ]);
})();
var E164_NUMBER_REGEXP = /^\+\d+$/;

// node_modules/libphonenumber-js/es6/ParseError.js
function _typeof3(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof3 =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof3(o)
  );
}
function _defineProperties3(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    (o.enumerable = o.enumerable || false),
      (o.configurable = true),
      "value" in o && (o.writable = true),
      Object.defineProperty(e, _toPropertyKey3(o.key), o);
  }
}
function _createClass3(e, r, t) {
  return (
    r && _defineProperties3(e.prototype, r),
    t && _defineProperties3(e, t),
    Object.defineProperty(e, "prototype", { writable: false }),
    e
  );
}
function _toPropertyKey3(t) {
  var i = _toPrimitive3(t, "string");
  return "symbol" == _typeof3(i) ? i : i + "";
}
function _toPrimitive3(t, r) {
  if ("object" != _typeof3(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof3(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _classCallCheck3(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _callSuper(t, o, e) {
  return (
    (o = _getPrototypeOf(o)),
    _possibleConstructorReturn(
      t,
      _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e),
    )
  );
}
function _possibleConstructorReturn(t, e) {
  if (e && ("object" == _typeof3(e) || "function" == typeof e)) return e;
  if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
  return _assertThisInitialized(t);
}
function _assertThisInitialized(e) {
  if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
  return e;
}
function _inherits(t, e) {
  if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
  (t.prototype = Object.create(e && e.prototype, { constructor: { value: t, writable: true, configurable: true } })),
    Object.defineProperty(t, "prototype", { writable: false }),
    e && _setPrototypeOf(t, e);
}
function _wrapNativeSuper(t) {
  var r = "function" == typeof Map ? /* @__PURE__ */ new Map() : void 0;
  return (
    (_wrapNativeSuper = function _wrapNativeSuper2(t2) {
      if (null === t2 || !_isNativeFunction(t2)) return t2;
      if ("function" != typeof t2) throw new TypeError("Super expression must either be null or a function");
      if (void 0 !== r) {
        if (r.has(t2)) return r.get(t2);
        r.set(t2, Wrapper);
      }
      function Wrapper() {
        return _construct(t2, arguments, _getPrototypeOf(this).constructor);
      }
      return (
        (Wrapper.prototype = Object.create(t2.prototype, {
          constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true },
        })),
        _setPrototypeOf(Wrapper, t2)
      );
    }),
    _wrapNativeSuper(t)
  );
}
function _construct(t, e, r) {
  if (_isNativeReflectConstruct()) return Reflect.construct.apply(null, arguments);
  var o = [null];
  o.push.apply(o, e);
  var p = new (t.bind.apply(t, o))();
  return (r && _setPrototypeOf(p, r.prototype), p);
}
function _isNativeReflectConstruct() {
  try {
    var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], () => {}));
  } catch (t2) {}
  return (_isNativeReflectConstruct = function _isNativeReflectConstruct2() {
    return !!t;
  })();
}
function _isNativeFunction(t) {
  try {
    return -1 !== Function.toString.call(t).indexOf("[native code]");
  } catch (n) {
    return "function" == typeof t;
  }
}
function _setPrototypeOf(t, e) {
  return (
    (_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : (t2, e2) => ((t2.__proto__ = e2), t2)),
    _setPrototypeOf(t, e)
  );
}
function _getPrototypeOf(t) {
  return (
    (_getPrototypeOf = Object.setPrototypeOf
      ? Object.getPrototypeOf.bind()
      : (t2) => t2.__proto__ || Object.getPrototypeOf(t2)),
    _getPrototypeOf(t)
  );
}
var ParseError = /* @__PURE__ */ ((_Error) => {
  function ParseError2(code) {
    var _this;
    _classCallCheck3(this, ParseError2);
    _this = _callSuper(this, ParseError2, [code]);
    Object.setPrototypeOf(_this, ParseError2.prototype);
    _this.name = _this.constructor.name;
    return _this;
  }
  _inherits(ParseError2, _Error);
  return _createClass3(ParseError2);
})(/* @__PURE__ */ _wrapNativeSuper(Error));

// node_modules/libphonenumber-js/es6/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number2) {
  var start = number2.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  var numberWithoutExtension = number2.slice(0, start);
  var matches = number2.match(EXTN_PATTERN);
  var i = 1;
  while (i < matches.length) {
    if (matches[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches[i],
      };
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6/helpers/parseDigits.js
var DIGITS = {
  0: "0",
  1: "1",
  2: "2",
  3: "3",
  4: "4",
  5: "5",
  6: "6",
  7: "7",
  8: "8",
  9: "9",
  "\uFF10": "0",
  // Fullwidth digit 0
  "\uFF11": "1",
  // Fullwidth digit 1
  "\uFF12": "2",
  // Fullwidth digit 2
  "\uFF13": "3",
  // Fullwidth digit 3
  "\uFF14": "4",
  // Fullwidth digit 4
  "\uFF15": "5",
  // Fullwidth digit 5
  "\uFF16": "6",
  // Fullwidth digit 6
  "\uFF17": "7",
  // Fullwidth digit 7
  "\uFF18": "8",
  // Fullwidth digit 8
  "\uFF19": "9",
  // Fullwidth digit 9
  "\u0660": "0",
  // Arabic-indic digit 0
  "\u0661": "1",
  // Arabic-indic digit 1
  "\u0662": "2",
  // Arabic-indic digit 2
  "\u0663": "3",
  // Arabic-indic digit 3
  "\u0664": "4",
  // Arabic-indic digit 4
  "\u0665": "5",
  // Arabic-indic digit 5
  "\u0666": "6",
  // Arabic-indic digit 6
  "\u0667": "7",
  // Arabic-indic digit 7
  "\u0668": "8",
  // Arabic-indic digit 8
  "\u0669": "9",
  // Arabic-indic digit 9
  "\u06F0": "0",
  // Eastern-Arabic digit 0
  "\u06F1": "1",
  // Eastern-Arabic digit 1
  "\u06F2": "2",
  // Eastern-Arabic digit 2
  "\u06F3": "3",
  // Eastern-Arabic digit 3
  "\u06F4": "4",
  // Eastern-Arabic digit 4
  "\u06F5": "5",
  // Eastern-Arabic digit 5
  "\u06F6": "6",
  // Eastern-Arabic digit 6
  "\u06F7": "7",
  // Eastern-Arabic digit 7
  "\u06F8": "8",
  // Eastern-Arabic digit 8
  "\u06F9": "9",
  // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}

// node_modules/libphonenumber-js/es6/parseIncompletePhoneNumber.js
function _createForOfIteratorHelperLoose4(r, e) {
  var t = ("undefined" != typeof Symbol && r[Symbol.iterator]) || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray4(r)) || (e && r && "number" == typeof r.length)) {
    t && (r = t);
    var o = 0;
    return () => (o >= r.length ? { done: true } : { done: false, value: r[o++] });
  }
  throw new TypeError(
    "Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.",
  );
}
function _unsupportedIterableToArray4(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray4(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return (
      "Object" === t && r.constructor && (t = r.constructor.name),
      "Map" === t || "Set" === t
        ? Array.from(r)
        : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)
          ? _arrayLikeToArray4(r, a)
          : void 0
    );
  }
}
function _arrayLikeToArray4(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function parseIncompletePhoneNumber(string2) {
  var result2 = "";
  for (var _iterator = _createForOfIteratorHelperLoose4(string2.split("")), _step; !(_step = _iterator()).done; ) {
    var character = _step.value;
    result2 += parsePhoneNumberCharacter(character, result2) || "";
  }
  return result2;
}
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  if (character === "+") {
    if (prevParsedCharacters) {
      if (typeof eventListener === "function") {
        eventListener("end");
      }
      return;
    }
    return "+";
  }
  return parseDigit(character);
}

// node_modules/libphonenumber-js/es6/helpers/extractPhoneContext.js
var PLUS_SIGN = "+";
var RFC3966_VISUAL_SEPARATOR_ = "[\\-\\.\\(\\)]?";
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|" + RFC3966_VISUAL_SEPARATOR_ + ")";
var RFC3966_GLOBAL_NUMBER_DIGITS_ =
  "^\\" + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var VALID_ALPHA_ = "a-zA-Z";
var RFC3966_TOPLABEL_ = "[" + VALID_ALPHA_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
function extractPhoneContext(numberToExtractFrom) {
  var indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  if (indexOfPhoneContext < 0) {
    return null;
  }
  var phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  if (phoneContextStart >= numberToExtractFrom.length) {
    return "";
  }
  var phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}

// node_modules/libphonenumber-js/es6/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, _ref) {
  var extractFormattedPhoneNumber = _ref.extractFormattedPhoneNumber;
  var phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError("NOT_A_NUMBER");
  }
  var phoneNumberString;
  if (phoneContext === null) {
    phoneNumberString = extractFormattedPhoneNumber(numberToParse) || "";
  } else {
    phoneNumberString = "";
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }
    var indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    var indexOfNationalNumber;
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    var indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }
  var indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  if (phoneNumberString !== "") {
    return phoneNumberString;
  }
}

// node_modules/libphonenumber-js/es6/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE3 = false;
function parse2(text2, options, metadataJson) {
  options = options || {};
  var metadata2 = new Metadata(metadataJson);
  if (options.defaultCountry && !metadata2.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    throw new Error("Unknown country: ".concat(options.defaultCountry));
  }
  var _parseInput = parseInput(text2, options.v2, options.extract),
    formattedPhoneNumber = _parseInput.number,
    ext = _parseInput.ext,
    error = _parseInput.error;
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === "TOO_SHORT") {
        throw new ParseError("TOO_SHORT");
      }
      throw new ParseError("NOT_A_NUMBER");
    }
    return {};
  }
  var _parsePhoneNumber = parsePhoneNumber(
      formattedPhoneNumber,
      options.defaultCountry,
      options.defaultCallingCode,
      // If `country` is returned, its numbering plan will also be selected in `metadata`.
      // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
      // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
      metadata2,
    ),
    country = _parsePhoneNumber.country,
    nationalNumber = _parsePhoneNumber.nationalNumber,
    countryCallingCode = _parsePhoneNumber.countryCallingCode,
    countryCallingCodeSource = _parsePhoneNumber.countryCallingCodeSource,
    carrierCode = _parsePhoneNumber.carrierCode;
  if (!metadata2.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    return {};
  }
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_SHORT");
    }
    return {};
  }
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_LONG");
    }
    return {};
  }
  if (options.v2) {
    var phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata2.metadata);
    if (country) {
      phoneNumber.country = country;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }
  var valid = (options.extended ? metadata2.hasSelectedNumberingPlan() : country)
    ? matchesEntirely(nationalNumber, metadata2.nationalNumberPattern())
    : false;
  if (!options.extended) {
    return valid ? result(country, nationalNumber, ext) : {};
  }
  return {
    country,
    countryCallingCode,
    carrierCode,
    valid,
    possible: valid
      ? true
      : options.extended === true && metadata2.possibleLengths() && isPossibleNumber(nationalNumber, metadata2)
        ? true
        : false,
    phone: nationalNumber,
    ext,
  };
}
function _extractFormattedPhoneNumber(text2, extract, throwOnError) {
  if (!text2) {
    return;
  }
  if (text2.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError("TOO_LONG");
    }
    return;
  }
  if (extract === false) {
    return text2;
  }
  var startsAt = text2.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text2.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
function parseInput(text2, v2, extract) {
  var number2 = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text2, {
    extractFormattedPhoneNumber: function extractFormattedPhoneNumber(text3) {
      return _extractFormattedPhoneNumber(text3, extract, v2);
    },
  });
  if (!number2) {
    return {};
  }
  if (!isViablePhoneNumber(number2)) {
    if (isViablePhoneNumberStart(number2)) {
      return {
        error: "TOO_SHORT",
      };
    }
    return {};
  }
  var withExtensionStripped = extractExtension(number2);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number: number2,
  };
}
function result(country, nationalNumber, ext) {
  var result2 = {
    country,
    phone: nationalNumber,
  };
  if (ext) {
    result2.ext = ext;
  }
  return result2;
}
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata2) {
  var _extractCountryCallin = extractCountryCallingCode(
      parseIncompletePhoneNumber(formattedPhoneNumber),
      void 0,
      // `defaultCountry` and `defaultCallingCode` are only used to detect
      // if it's an "international" phone number or not. They won't be used
      // to derive the resulting `countryCallingCode` from them, or anything like that.
      defaultCountry,
      defaultCallingCode,
      metadata2.metadata,
    ),
    countryCallingCodeSource = _extractCountryCallin.countryCallingCodeSource,
    countryCallingCode = _extractCountryCallin.countryCallingCode,
    number2 = _extractCountryCallin.number;
  var country;
  if (countryCallingCode) {
    metadata2.selectNumberingPlan(countryCallingCode);
  } else if (number2 && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country = defaultCountry;
      metadata2.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata2.numberingPlan.callingCode();
    } else {
      metadata2.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE3) {
        if (metadata2.isNonGeographicCallingCode(countryCallingCode)) {
          country = "001";
        }
      }
    }
  } else return {};
  if (!number2) {
    return {
      countryCallingCodeSource,
      countryCallingCode,
    };
  }
  var _extractNationalNumbe = extractNationalNumber(parseIncompletePhoneNumber(number2), void 0, metadata2),
    nationalNumber = _extractNationalNumbe.nationalNumber,
    carrierCode = _extractNationalNumbe.carrierCode;
  var exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber,
    metadata: metadata2,
  });
  if (exactCountry) {
    country = exactCountry;
    if (exactCountry === "001") {
    } else {
      metadata2.selectNumberingPlan(country);
    }
  }
  return {
    country,
    countryCallingCode,
    countryCallingCodeSource,
    nationalNumber,
    carrierCode,
  };
}

// node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js
function _typeof4(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof4 =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof4(o)
  );
}
function ownKeys2(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter((r2) => Object.getOwnPropertyDescriptor(e, r2).enumerable)), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread2(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2
      ? ownKeys2(Object(t), true).forEach((r2) => {
          _defineProperty2(e, r2, t[r2]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t))
        : ownKeys2(Object(t)).forEach((r2) => {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
  }
  return e;
}
function _defineProperty2(e, r, t) {
  return (
    (r = _toPropertyKey4(r)) in e
      ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true })
      : (e[r] = t),
    e
  );
}
function _toPropertyKey4(t) {
  var i = _toPrimitive4(t, "string");
  return "symbol" == _typeof4(i) ? i : i + "";
}
function _toPrimitive4(t, r) {
  if ("object" != _typeof4(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof4(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumberWithError(text2, options, metadata2) {
  return parse2(
    text2,
    _objectSpread2(
      _objectSpread2({}, options),
      {},
      {
        v2: true,
      },
    ),
    metadata2,
  );
}

// node_modules/libphonenumber-js/es6/normalizeArguments.js
function _typeof5(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof5 =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof5(o)
  );
}
function ownKeys3(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter((r2) => Object.getOwnPropertyDescriptor(e, r2).enumerable)), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread3(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2
      ? ownKeys3(Object(t), true).forEach((r2) => {
          _defineProperty3(e, r2, t[r2]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t))
        : ownKeys3(Object(t)).forEach((r2) => {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
  }
  return e;
}
function _defineProperty3(e, r, t) {
  return (
    (r = _toPropertyKey5(r)) in e
      ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true })
      : (e[r] = t),
    e
  );
}
function _toPropertyKey5(t) {
  var i = _toPrimitive5(t, "string");
  return "symbol" == _typeof5(i) ? i : i + "";
}
function _toPrimitive5(t, r) {
  if ("object" != _typeof5(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof5(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _slicedToArray(r, e) {
  return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray5(r, e) || _nonIterableRest();
}
function _nonIterableRest() {
  throw new TypeError(
    "Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.",
  );
}
function _unsupportedIterableToArray5(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray5(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return (
      "Object" === t && r.constructor && (t = r.constructor.name),
      "Map" === t || "Set" === t
        ? Array.from(r)
        : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)
          ? _arrayLikeToArray5(r, a)
          : void 0
    );
  }
}
function _arrayLikeToArray5(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit(r, l) {
  var t = null == r ? null : ("undefined" != typeof Symbol && r[Symbol.iterator]) || r["@@iterator"];
  if (null != t) {
    var e,
      n,
      i,
      u,
      a = [],
      f = true,
      o = false;
    try {
      if (((i = (t = t.call(r)).next), 0 === l)) {
        if (Object(t) !== t) return;
        f = false;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true);
    } catch (r2) {
      (o = true), (n = r2);
    } finally {
      try {
        if (!f && null != t["return"] && ((u = t["return"]()), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles(r) {
  if (Array.isArray(r)) return r;
}
function normalizeArguments(args2) {
  var _Array$prototype$slic = Array.prototype.slice.call(args2),
    _Array$prototype$slic2 = _slicedToArray(_Array$prototype$slic, 4),
    arg_1 = _Array$prototype$slic2[0],
    arg_2 = _Array$prototype$slic2[1],
    arg_3 = _Array$prototype$slic2[2],
    arg_4 = _Array$prototype$slic2[3];
  var text2;
  var options;
  var metadata2;
  if (typeof arg_1 === "string") {
    text2 = arg_1;
  } else throw new TypeError("A text for parsing must be a string.");
  if (!arg_2 || typeof arg_2 === "string") {
    if (arg_4) {
      options = arg_3;
      metadata2 = arg_4;
    } else {
      options = void 0;
      metadata2 = arg_3;
    }
    if (arg_2) {
      options = _objectSpread3(
        {
          defaultCountry: arg_2,
        },
        options,
      );
    }
  } else if (isObject(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata2 = arg_3;
    } else {
      metadata2 = arg_2;
    }
  } else throw new Error("Invalid second argument: ".concat(arg_2));
  return {
    text: text2,
    options,
    metadata: metadata2,
  };
}

// node_modules/libphonenumber-js/es6/parsePhoneNumber_.js
function _typeof6(o) {
  "@babel/helpers - typeof";
  return (
    (_typeof6 =
      "function" == typeof Symbol && "symbol" == typeof Symbol.iterator
        ? (o2) => typeof o2
        : (o2) =>
            o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype
              ? "symbol"
              : typeof o2),
    _typeof6(o)
  );
}
function ownKeys4(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter((r2) => Object.getOwnPropertyDescriptor(e, r2).enumerable)), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread4(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2
      ? ownKeys4(Object(t), true).forEach((r2) => {
          _defineProperty4(e, r2, t[r2]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t))
        : ownKeys4(Object(t)).forEach((r2) => {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
  }
  return e;
}
function _defineProperty4(e, r, t) {
  return (
    (r = _toPropertyKey6(r)) in e
      ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true })
      : (e[r] = t),
    e
  );
}
function _toPropertyKey6(t) {
  var i = _toPrimitive6(t, "string");
  return "symbol" == _typeof6(i) ? i : i + "";
}
function _toPrimitive6(t, r) {
  if ("object" != _typeof6(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof6(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumber2(text2, options, metadata2) {
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata2)) {
    options = _objectSpread4(
      _objectSpread4({}, options),
      {},
      {
        defaultCountry: void 0,
      },
    );
  }
  try {
    return parsePhoneNumberWithError(text2, options, metadata2);
  } catch (error) {
    if (error instanceof ParseError) {
    } else {
      throw error;
    }
  }
}

// node_modules/libphonenumber-js/es6/parsePhoneNumber.js
function parsePhoneNumber3() {
  var _normalizeArguments = normalizeArguments(arguments),
    text2 = _normalizeArguments.text,
    options = _normalizeArguments.options,
    metadata2 = _normalizeArguments.metadata;
  return parsePhoneNumber2(text2, options, metadata2);
}

// node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js
function parsePhoneNumber4() {
  return withMetadataArgument(parsePhoneNumber3, arguments);
}

// node_modules/libphonenumber-js/min/exports/isSupportedCountry.js
function isSupportedCountry2() {
  return withMetadataArgument(isSupportedCountry, arguments);
}

// src/normalize/phone.ts
var E164 = /^\+[1-9]\d{6,14}$/;
var INTERNATIONAL_DIGITS = /^[1-9]\d{6,14}$/;
var SEPARATORS = /[\s().-]/g;
function isKnownRegion(region) {
  return isSupportedCountry2(region);
}
function toE164(sent, style) {
  const compact = sent.replace(SEPARATORS, "");
  if (compact.startsWith("+")) return E164.test(compact) ? compact : null;
  if (compact.startsWith("00")) {
    const digits2 = compact.slice(2);
    return INTERNATIONAL_DIGITS.test(digits2) ? `+${digits2}` : null;
  }
  if (!/^\d+$/.test(compact)) return null;
  const region = style.region !== void 0 && isSupportedCountry2(style.region) ? style.region : void 0;
  if (style.international && INTERNATIONAL_DIGITS.test(compact)) {
    if (region !== void 0 && !parsePhoneNumber4(`+${compact}`)?.isValid()) {
      const national = parsePhoneNumber4(compact, region);
      if (national?.isValid() && national.nationalNumber === compact) return national.number;
    }
    return `+${compact}`;
  }
  if (region === void 0) return null;
  const parsed = parsePhoneNumber4(compact, region);
  return parsed !== void 0 && E164.test(parsed.number) ? parsed.number : null;
}
function readPhoneNumber(value2, style) {
  const sent = readText(value2);
  if (sent === null || sent === void 0) return null;
  return { raw: sent, e164: toE164(sent, style) };
}

// src/normalize/phone-style.ts
function numberStyle(international, providerRegion, defaultCountry) {
  return { international, region: defaultCountry ?? providerRegion };
}

// src/providers/telecmi/classify.ts
var CDR_STATUSES = /* @__PURE__ */ new Set(["answered", "missed"]);
var LIVE_STATUSES = /* @__PURE__ */ new Set(["waiting", "started", "ringing", "answered", "hangup"]);
var LEGACY_STATUSES = /* @__PURE__ */ new Set([...LIVE_STATUSES, "missed"]);
var lower = (value2) => readText(value2)?.toLowerCase() ?? null;
function classifyTelecmi(fields) {
  const status = lower(fields.get("status"));
  const type = lower(fields.get("type"));
  const isLegacy = fields.get("cmiuuid") === void 0 && fields.get("cmiuid") !== void 0;
  const kind = isLegacy ? "legacy" : (type ?? (status === "missed" ? "cdr" : "event"));
  if (kind !== "cdr" && kind !== "event" && kind !== "legacy") {
    return {
      kind: "unsupported",
      message: `TeleCMI sends type "cdr" or "event"; this payload has type ${JSON.stringify(kind.slice(0, 20))}, which callhooks does not map.`,
    };
  }
  const known = kind === "cdr" ? CDR_STATUSES : kind === "event" ? LIVE_STATUSES : LEGACY_STATUSES;
  if (status !== null && !known.has(status)) {
    return {
      kind: "unsupported",
      message: `TeleCMI ${kind} status ${JSON.stringify(status.slice(0, 20))} is not one callhooks maps (${[...known].join(", ")}).`,
    };
  }
  return { kind, status };
}
function isOutgoingCall(payload) {
  if (payload.call_id || payload.request_id || payload.callerid || payload.click_to_call || payload.extra_params) {
    return true;
  }
  if (payload.leg?.toLowerCase() === "b") return false;
  return payload.direction?.toLowerCase() === "outbound";
}

// src/providers/telecmi/normalize.ts
var OUTCOME_BY_HANGUP_REASON = /* @__PURE__ */ new Map([
  ["sent_bye", "completed"],
  ["recv_bye", "completed"],
  ["recv_cancel", "canceled"],
  ["sent_reject", "rejected"],
]);
function liveHangupOutcome(payload) {
  const byReason = payload.hangup_reason ? OUTCOME_BY_HANGUP_REASON.get(payload.hangup_reason.toLowerCase()) : void 0;
  if (byReason !== void 0) return byReason;
  return payload.answeredsec ? "completed" : "unknown";
}
function recordingOf(payload) {
  const filename = payload.filename ?? payload.voicename ?? null;
  return filename === null ? null : { url: null, filename };
}
function normalizeTelecmi(payload, kind, status, context) {
  const callId = payload.cmiuuid ?? payload.cmiuid;
  const outgoing = isOutgoingCall(payload);
  const style = numberStyle(true, void 0, context.defaultCountry);
  const occurredAt = readTime(payload.time) ?? null;
  const sentLeg = payload.leg?.toLowerCase();
  const leg = sentLeg === "a" || sentLeg === "b" ? sentLeg : null;
  const base = {
    provider: "telecmi",
    id: eventId("telecmi", [kind, status, callId]),
    callId,
    sessionId: payload.conversation_uuid ?? payload.call_id ?? payload.parent_uid ?? null,
    leg,
    direction: outgoing ? "outbound" : "inbound",
    from: readPhoneNumber(payload.from ?? payload.callerid, style),
    to: readPhoneNumber(payload.to, style),
    virtualNumber: readPhoneNumber(payload.virtual_number, style),
    occurredAt,
    raw: payload,
  };
  if (kind === "cdr" || status === "missed" || status === "hangup") {
    const cdr = kind === "cdr" || status === "missed";
    return endedEvent(base, {
      outcome: cdr ? (status === "answered" ? "completed" : "missed") : liveHangupOutcome(payload),
      durationSec: payload.answeredsec ?? payload.waitedsec ?? null,
      startedAt: null,
      answeredAt: null,
      endedAt: cdr ? null : occurredAt,
      hangupCause: payload.hangup_reason ?? null,
      recording: recordingOf(payload),
    });
  }
  if (status === "answered") return plainEvent(base, "call.answered");
  return plainEvent(base, status === "started" && outgoing ? "call.initiated" : "call.ringing");
}

// src/options.ts
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

// src/parse-callback.ts
var invalidOption = (name, message2) => ({
  ok: false,
  error: callbackError("invalid_payload", `options.${name} ${message2}`, void 0, [
    { path: ["options", name], message: `options.${name} ${message2}` },
  ]),
});
// @__NO_SIDE_EFFECTS__
function createPipeline(providers) {
  const detect = createDetector(providers);
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const names = providers.map((provider) => provider.id).join(", ");
  return (body, contentType, options) => {
    const { provider: wanted, event, query, defaultCountry, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options ?? {};
    if (typeof maxBodyBytes !== "number" || !(maxBodyBytes >= 0)) {
      return invalidOption("maxBodyBytes", "must be a number of bytes, 0 or more.");
    }
    if (
      defaultCountry !== void 0 &&
      (typeof defaultCountry !== "string" || !isKnownRegion(defaultCountry.toUpperCase()))
    ) {
      return invalidOption("defaultCountry", 'must be an ISO 3166 alpha-2 region such as "AU" or "IN".');
    }
    if (event !== void 0 && typeof event !== "string") return invalidOption("event", "must be a string.");
    const decoded = decodeBody(body, contentType, query, maxBodyBytes);
    if (!decoded.ok) return decoded;
    const context = { event, defaultCountry: defaultCountry?.toUpperCase() };
    const { fields } = decoded;
    const view = createFieldView(fields);
    if (wanted !== void 0) {
      const provider = byId.get(wanted);
      if (provider !== void 0) return { ok: true, fields, view, provider, context };
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
        `No provider of this import (${names}) recognises a payload with the keys ${shown}${keys.length > 6 ? ", \u2026" : ""}. Pass options.provider if the route knows it (Kaleyra always needs it), and check that the whole body was passed.`,
      ),
    };
  };
}
var internalError = (error) => ({
  ok: false,
  error: callbackError(
    "malformed_body",
    `callhooks could not read this delivery (${error instanceof Error ? error.name : "unknown error"}). Pass the body as a string, bytes or a plain object; if it was one, please report this with the payload's shape.`,
  ),
});
// @__NO_SIDE_EFFECTS__
function createCallbackParser(providers) {
  const prepare = /* @__PURE__ */ createPipeline(providers);
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

// src/schema/issues.ts
function dotted(path) {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}
function messageOf(issue) {
  if (issue.kind === "schema" && issue.input === void 0 && issue.expected?.startsWith('"')) return "is required";
  if (issue.expected === "never" && issue.message.startsWith("Invalid key:")) return "is not a known parameter";
  return issue.message;
}
function toCallbackIssues(issues, subject = "The payload") {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key);
    return { path, message: `${dotted(path) || subject} ${messageOf(issue)}.` };
  });
}
function summarizeIssues(issues) {
  const listed = issues
    .slice(0, 3)
    .map((issue) => issue.message.replace(/\.$/, ""))
    .join("; ");
  return issues.length > 3 ? `${listed}; \u2026` : listed;
}

// src/schema/validate.ts
function validate(schema, fields, provider, what) {
  const result2 = safeParse(schema, fields);
  if (result2.success) return { ok: true, value: result2.output };
  const issues = toCallbackIssues(result2.issues);
  return {
    ok: false,
    error: callbackError(
      "invalid_payload",
      `This ${what} callback is not valid: ${summarizeIssues(issues)}. See error.issues; check that the whole body reached callhooks, unaltered.`,
      provider,
      issues,
    ),
  };
}
function unsupported(provider, message2) {
  return { ok: false, error: callbackError("unsupported_event", message2, provider) };
}

// src/providers/carrierx/classify.ts
function classifyCarrierx(fields) {
  if (
    readText(fields.get("endpoint_type"))?.toLowerCase() === "mediator" ||
    readText(fields.get("type"))?.toLowerCase() === "mediator" ||
    (fields.get("dr_sid") !== void 0 && fields.get("number_redirect") !== void 0)
  ) {
    return "mediator";
  }
  if (fields.has("message_sid") || fields.has("message_segments") || fields.has("from_did") || fields.has("to_did")) {
    return "sms";
  }
  if (fields.has("call_sid") && (fields.get("meeting_room_sid") !== void 0 || fields.get("access_code") !== void 0)) {
    return "conference";
  }
  if (fields.has("CallSid") && fields.get("RequestUrl") !== void 0) return "flexml";
  return "other";
}

// src/providers/carrierx/normalize.ts
function directionOf(payload) {
  const direction = payload.direction?.toLowerCase();
  if (direction === "inbound" || direction === "outbound") return direction;
  const usage = payload.event_type?.toLowerCase();
  return usage === "binding" ? "inbound" : usage === "dialout" ? "outbound" : null;
}
function normalizeCarrierx(payload, context) {
  const style = numberStyle(true, void 0, context.defaultCountry);
  const answeredAt = readTime(payload.date_talk) ?? null;
  const endedAt = readTime(payload.date_stop) ?? null;
  return {
    provider: "carrierx",
    type: "call.ended",
    id: eventId("carrierx", ["mediator", payload.dr_sid]),
    callId: payload.dr_sid,
    sessionId: payload.reference_sid ?? null,
    leg: null,
    direction: directionOf(payload),
    from: readPhoneNumber(payload.number_src, style),
    to: readPhoneNumber(payload.number_dst, style),
    virtualNumber: readPhoneNumber(payload.number_redirect, style),
    occurredAt: endedAt,
    outcome: answeredAt === null ? "missed" : "completed",
    durationSec: payload.duration ?? null,
    startedAt: readTime(payload.date_start) ?? null,
    answeredAt,
    endedAt,
    hangupCause: null,
    recording: null,
    raw: payload,
  };
}

// src/providers/carrierx/schema.ts
var carrierxAttributesSchema = record2({
  announce: text(),
  cnam: text(),
  fix_anonymous_cid: flag(),
  hide_origination_did: flag(),
  ringback: text(),
  use_call_confirmation: text(),
});
var carrierxMediatorSchema = record2({
  attributes: optional(nullable(carrierxAttributesSchema)),
  date_insert: sentTimestamp(),
  date_start: sentTimestamp(),
  date_stop: sentTimestamp(),
  date_talk: sentTimestamp(),
  direction: text(),
  dr_sid: requiredText(),
  dtmf: text(),
  duration: seconds(),
  endpoint_sid: text(),
  endpoint_type: text(),
  event_type: text(),
  number_dst: phone(),
  number_redirect: phone(),
  number_src: phone(),
  partner_sid: text(),
  reference_sid: text(),
  type: text(),
  version: numeric(),
});

// src/providers/carrierx/provider.ts
var UNSUPPORTED = {
  sms: "This is a CarrierX SMS/MMS message record (sms callback). callhooks maps call events only; handle messages separately.",
  conference:
    "This is a CarrierX conference Call object (app_conference_call callback). callhooks maps Mediator call records only.",
  flexml:
    "This is a CarrierX FlexML request, which expects FlexML instructions in reply. callhooks maps Mediator call records only.",
  other:
    'This CarrierX object is not a Mediator record (no endpoint_type "mediator"). callhooks maps Mediator call records only.',
};
var carrierxProvider = {
  id: "carrierx",
  name: "CarrierX",
  // Notes §6: the keys of the Mediator record, the SMS/MDR object, the conference Call and FlexML.
  fingerprintKeys: ["endpoint_type", "dr_sid", "message_sid", "call_sid", "callsid"],
  matches: (fields) =>
    readLower(fields.get("endpoint_type")) === "mediator" ||
    (fields.get("dr_sid") !== void 0 &&
      (fields.get("number_redirect") !== void 0 || fields.get("reference_sid") !== void 0)) ||
    (fields.has("message_sid") && fields.has("partner_sid")) ||
    (fields.has("call_sid") && (fields.get("meeting_room_sid") !== void 0 || fields.get("access_code") !== void 0)) ||
    (fields.has("CallSid") && fields.get("RequestUrl") !== void 0 && fields.get("OriginalFrom") !== void 0),
  parse(fields, view, context) {
    const kind = classifyCarrierx(view);
    if (kind !== "mediator") return unsupported("carrierx", UNSUPPORTED[kind]);
    const checked = validate(carrierxMediatorSchema, fields, "carrierx", "CarrierX Mediator");
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeCarrierx(checked.value, context) };
  },
};
function readLower(value2) {
  return typeof value2 === "string" ? value2.trim().toLowerCase() : null;
}

// src/providers/kaleyra/schema.ts
var PLACEHOLDER = /^\{\{?\w+\}?\}$/;
function isUnfilledPlaceholder(value2) {
  return typeof value2 === "string" && PLACEHOLDER.test(value2.trim());
}
var placeholderAsAbsent = (value2) => (isUnfilledPlaceholder(value2) ? null : value2);
// @__NO_SIDE_EFFECTS__
function withoutPlaceholder(schema) {
  return pipe(unknown(), transform(placeholderAsAbsent), schema);
}
// @__NO_SIDE_EFFECTS__
function optionalField(schema) {
  return optional(/* @__PURE__ */ withoutPlaceholder(schema));
}
var KALEYRA_NAIVE_OFFSET = "+05:30";
var kaleyraCallbackSchema = record2({
  // The event name the customer put in the URL (`?event=call_end`, notes §3.4.4).
  event: /* @__PURE__ */ optionalField(text()),
  caller: /* @__PURE__ */ optionalField(phone()),
  receiver: /* @__PURE__ */ optionalField(phone()),
  status: /* @__PURE__ */ optionalField(text()),
  // Per-leg statuses of a click-to-call: status1 = first (agent) leg, status2 = second (customer) leg (§3.3).
  status1: /* @__PURE__ */ optionalField(text()),
  status2: /* @__PURE__ */ optionalField(text()),
  duration: /* @__PURE__ */ optionalField(seconds()),
  billsec: /* @__PURE__ */ optionalField(seconds()),
  starttime: /* @__PURE__ */ optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
  endtime: /* @__PURE__ */ optionalField(sentTimestamp(KALEYRA_NAIVE_OFFSET)),
  recordpath: /* @__PURE__ */ optionalField(text()),
  callerid: /* @__PURE__ */ optionalField(phone()),
  id: /* @__PURE__ */ withoutPlaceholder(requiredText()),
});

// src/providers/kaleyra/classify.ts
var KALEYRA_API_EVENTS = {
  outbound: ["call_start", "call_answer", "call_end"],
  "click-to-call": ["from_call_start", "to_call_start", "from_call_answer", "to_call_answer", "call_end"],
};
var EVENT_NAMES = /* @__PURE__ */ new Set([...KALEYRA_API_EVENTS.outbound, ...KALEYRA_API_EVENTS["click-to-call"]]);
var VALID_NAMES =
  "call_start, call_answer, call_end (Outbound Calling API); from_call_start, to_call_start, from_call_answer, to_call_answer, call_end (Click to Call API)";
var LEGACY_STATUSES2 = /* @__PURE__ */ new Set(["ANSWER", "BUSY", "NOANSWER", "CANCEL", "FAILED", "CONGESTION"]);
var SUPPORTING_KEYS = ["status1", "status2", "billsec", "recordpath"];
function hasLegacyKeySet(fields, anyCase) {
  const receiver = fields.get("receiver");
  if (!fields.has("receiver") || isUnfilledPlaceholder(receiver)) return false;
  const status = readText(fields.get("status"));
  if (typeof status !== "string" || !LEGACY_STATUSES2.has(anyCase ? status.toUpperCase() : status)) return false;
  return SUPPORTING_KEYS.some((key) => fields.get(key) !== void 0);
}
function readEventName(value2) {
  if (isUnfilledPlaceholder(value2)) return null;
  const name = readText(value2);
  return typeof name === "string" && name !== "" ? name : null;
}
function resolveKaleyraEvent(fields, optionEvent) {
  const named = readEventName(optionEvent) ?? readEventName(fields.get("event"));
  if (named === null) {
    if (hasLegacyKeySet(fields, true)) return { ok: true, event: "call_end" };
    return {
      ok: false,
      message: `This Kaleyra delivery does not name its event, and it is not a legacy call record (receiver and a status such as ANSWER or NOANSWER). Pass options.event, or put the event in the callback URL (?event=call_end&\u2026). Events: ${VALID_NAMES}.`,
    };
  }
  const event = named.toLowerCase();
  if (EVENT_NAMES.has(event)) return { ok: true, event };
  return {
    ok: false,
    message: `Kaleyra event ${excerpt(named)} is not one callhooks maps. Events: ${VALID_NAMES}.`,
  };
}

// src/providers/kaleyra/normalize.ts
var OUTCOME_BY_STATUS = new Map(
  Object.entries({
    // CONTRACT.md: the legacy template's statuses (notes §3.3).
    ANSWER: "completed",
    NOANSWER: "missed",
    BUSY: "busy",
    CANCEL: "canceled",
    FAILED: "failed",
    CONGESTION: "failed",
    // Kaleyra's own final call statuses (https://developers.kaleyra.io/docs/call-statuses): the per-channel
    // variants of a click-to-call, a rejection, and calls that were never placed.
    REJECTED: "rejected",
    BUSY_CHANNEL1: "busy",
    BUSY_CHANNEL2: "busy",
    NOANSWER_CHANNEL1: "missed",
    NOANSWER_CHANNEL2: "missed",
    FAILED_CHANNEL1: "failed",
    FAILED_CHANNEL2: "failed",
    NOROUTE: "failed",
    MAXUSE: "failed",
    BRIDGE_UNAVAILABLE: "failed",
    // Kaleyra's operator statuses (https://support.kaleyra.com/support/solutions/articles/3000091788).
    CHANUNAVAIL: "failed",
    NOANSWER_LEG1: "missed",
    NOANSWER_LEG2: "missed",
    FAILED_LEG1: "failed",
    FAILED_LEG2: "failed",
    // Not listed: the call-log statuses ANSWERED-A, ANSWERED-B, ACCEPTED and FORWARDED (notes §3.3) come from
    // a third party's code with no meaning documented anywhere (which party answered? was a forwarded call
    // talked?), so they read as "unknown" and stay readable in `hangupCause` and `raw.status`.
  }),
);
function outcomeOfKaleyraStatus(status) {
  if (!status) return "unknown";
  return OUTCOME_BY_STATUS.get(status.toUpperCase()) ?? "unknown";
}
var TYPE_OF_EVENT = {
  call_start: "call.initiated",
  from_call_start: "call.initiated",
  to_call_start: "call.initiated",
  call_answer: "call.answered",
  from_call_answer: "call.answered",
  to_call_answer: "call.answered",
  call_end: "call.ended",
};
var LEG_OF_EVENT = {
  call_start: null,
  call_answer: null,
  call_end: null,
  from_call_start: "a",
  from_call_answer: "a",
  to_call_start: "b",
  to_call_answer: "b",
};
var HTTP_URL = /^https?:\/\/\S+$/i;
function recordingOf2(recordpath) {
  if (!recordpath) return null;
  return HTTP_URL.test(recordpath) ? { url: recordpath, filename: null } : { url: null, filename: recordpath };
}
function answeredAtOf(outcome, billsec, startedAt, endedAt) {
  if (outcome !== "completed" || endedAt === null || billsec === null || billsec === void 0) return null;
  const answeredAt = new Date(endedAt.getTime() - billsec * 1e3);
  return startedAt !== null && answeredAt < startedAt ? null : answeredAt;
}
function normalizeKaleyra(payload, event, context) {
  const style = numberStyle(true, void 0, context.defaultCountry);
  const startedAt = readTime(payload.starttime, KALEYRA_NAIVE_OFFSET) ?? null;
  const type = TYPE_OF_EVENT[event];
  const endedAt = type === "call.ended" ? (readTime(payload.endtime, KALEYRA_NAIVE_OFFSET) ?? null) : null;
  const base = {
    provider: "kaleyra",
    // The event name tells the legs apart (`from_`/`to_`), `id` the calls.
    id: eventId("kaleyra", [event, payload.id]),
    callId: payload.id,
    // Kaleyra sends one id for the whole call: both click-to-call channels and every event carry it.
    sessionId: payload.id,
    leg: LEG_OF_EVENT[event],
    // Both APIs of the doc (Outbound Calling, Click to Call) and the legacy dial.click2call place calls from
    // the customer's account (S002, notes §3.1, §3.3): no Kaleyra callback reports an inbound call.
    direction: "outbound",
    from: readPhoneNumber(payload.caller, style),
    to: readPhoneNumber(payload.receiver, style),
    // `callerid` is the caller id Kaleyra presents to the parties it dials: the customer's Kaleyra number (the
    // click-to-call `bridge` DID, notes §3.1), i.e. the provider-rented number `virtualNumber` stands for.
    virtualNumber: readPhoneNumber(payload.callerid, style),
    // Kaleyra sends no answer time with the variables of the template (notes §3.3).
    occurredAt: type === "call.initiated" ? startedAt : type === "call.ended" ? endedAt : null,
    raw: payload,
  };
  if (type !== "call.ended") return plainEvent(base, type);
  const outcome = outcomeOfKaleyraStatus(payload.status);
  return endedEvent(base, {
    outcome,
    // `billsec` (talk time) is the duration figure; `duration` (dial to hang-up, ringing included) stays in raw.
    durationSec: payload.billsec ?? null,
    startedAt,
    answeredAt: answeredAtOf(outcome, payload.billsec, startedAt, endedAt),
    endedAt,
    // The only end reason Kaleyra sends; the per-leg `status1`/`status2` stay in raw.
    hangupCause: payload.status ?? null,
    recording: recordingOf2(payload.recordpath),
  });
}

// src/providers/kaleyra/provider.ts
var kaleyraProvider = {
  id: "kaleyra",
  name: "Kaleyra",
  // `receiver` is part of the strong fingerprint, so only deliveries that carry it are looked at.
  fingerprintKeys: ["receiver"],
  // Notes §6: receiver + an upper-case template status + a supporting key. `status` alone never decides:
  // TeleCMI sends `answered`/`missed`, Wavecell `CONNECTED` (notes §6), and none of them sends `receiver`.
  matches: (fields) => hasLegacyKeySet(fields, false),
  parse(fields, view, context) {
    const resolved = resolveKaleyraEvent(view, context.event);
    if (!resolved.ok) return unsupported("kaleyra", resolved.message);
    const checked = validate(kaleyraCallbackSchema, fields, "kaleyra", `Kaleyra ${resolved.event}`);
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeKaleyra(checked.value, resolved.event, context) };
  },
};

// src/providers/telecmi/provider.ts
var TELECMI_TYPES = /* @__PURE__ */ new Set(["cdr", "event"]);
var telecmiProvider = {
  id: "telecmi",
  name: "TeleCMI",
  fingerprintKeys: ["cmiuuid", "cmiuid", "conversation_uuid", "appid", "app_id"],
  matches: (fields) =>
    fields.get("cmiuuid") !== void 0 ||
    fields.get("cmiuid") !== void 0 || // Without its id key, a TeleCMI payload is still told by `type` and the app id (notes §6).
    (TELECMI_TYPES.has(fields.get("type")) &&
      (fields.has("appid") || fields.has("app_id") || fields.has("conversation_uuid"))),
  parse(fields, view, context) {
    const shape = classifyTelecmi(view);
    if (shape.kind === "unsupported") return unsupported("telecmi", shape.message);
    const schema = shape.kind === "legacy" ? telecmiLegacySchema : telecmiEventSchema;
    const checked = validate(schema, fields, "telecmi", `TeleCMI ${shape.kind}`);
    if (!checked.ok) return checked;
    const status = checked.value.status.toLowerCase();
    return { ok: true, event: normalizeTelecmi(checked.value, shape.kind, status, context) };
  },
};

// src/providers/urlnetworks/classify.ts
var INCOMING = /* @__PURE__ */ new Set(["incoming_ringing", "incoming_hangup_success", "incoming_hangup_missed"]);
var EXTENSION = /* @__PURE__ */ new Set(["extension_ringing", "extension_answered", "extension_hangup"]);
function classifyUrlnetworks(fields) {
  const method = readText(fields.get("method"))?.toLowerCase() ?? null;
  if (method === null) {
    if (fields.get("dialed_number") !== void 0) return { kind: "api", event: "incoming_call" };
    return {
      kind: "unsupported",
      message:
        "This URL Networks payload has no method. callhooks maps the HTTP and extension events and the API Incoming Call event.",
    };
  }
  if (INCOMING.has(method)) {
    return { kind: "incoming", event: method };
  }
  if (EXTENSION.has(method)) {
    if (method === "extension_ringing") {
      if (fields.has("hangup_cause")) return { kind: "extension", event: "extension_hangup" };
      if (fields.has("agent_uuid")) return { kind: "extension", event: "extension_answered" };
    }
    return { kind: "extension", event: method };
  }
  return {
    kind: "unsupported",
    message: `URL Networks method ${JSON.stringify(method.slice(0, 40))} is not one callhooks maps (incoming_ringing, incoming_hangup_success, incoming_hangup_missed, extension_ringing, extension_answered, extension_hangup).`,
  };
}

// src/providers/urlnetworks/hangup-cause.ts
var OUTCOME_BY_CAUSE = new Map(
  Object.entries({
    NORMAL_CLEARING: "completed",
    USER_BUSY: "busy",
    NO_ANSWER: "missed",
    NO_USER_RESPONSE: "missed",
    CALL_REJECTED: "rejected",
    ORIGINATOR_CANCEL: "canceled",
    LOSE_RACE: "canceled",
    PICKED_OFF: "canceled",
    UNALLOCATED_NUMBER: "failed",
    NO_ROUTE_DESTINATION: "failed",
    CHANNEL_UNACCEPTABLE: "failed",
    DESTINATION_OUT_OF_ORDER: "failed",
    INVALID_NUMBER_FORMAT: "failed",
    NETWORK_OUT_OF_ORDER: "failed",
    SWITCH_CONGESTION: "failed",
    OUTGOING_CALL_BARRED: "failed",
    INCOMPATIBLE_DESTINATION: "failed",
    WRONG_CALL_STATE: "failed",
    RECOVERY_ON_TIMER_EXPIRE: "failed",
    MEDIA_TIMEOUT: "failed",
  }),
);
function outcomeOfHangupCause(cause) {
  if (!cause) return "unknown";
  return OUTCOME_BY_CAUSE.get(cause.toUpperCase()) ?? "unknown";
}

// src/providers/urlnetworks/normalize.ts
var REGION = "AU";
function directionOf2(payload) {
  const value2 = (payload.direction ?? payload.description)?.toLowerCase() ?? "";
  if (value2.startsWith("inbound")) return "inbound";
  if (value2.startsWith("outbound")) return "outbound";
  return null;
}
function secondsBetween(start, end) {
  if (start === null || end === null || end < start) return null;
  return (end.getTime() - start.getTime()) / 1e3;
}
function normalizeUrlnetworks(payload, shape, context) {
  const national = numberStyle(false, REGION, context.defaultCountry);
  const international = numberStyle(true, REGION, context.defaultCountry);
  if (shape.kind === "api") {
    const api = payload;
    const dialed = readPhoneNumber(api.dialed_number, international);
    return {
      provider: "urlnetworks",
      type: "call.ringing",
      // The API event carries no call id and no time (URLN-API): the id is made of what it does carry.
      id: eventId("urlnetworks", [
        "incoming_call",
        api.dialed_number,
        api.caller_id_number,
        api.dialplan_id,
        api.condition_id,
      ]),
      callId: "",
      sessionId: null,
      leg: null,
      direction: "inbound",
      from: readPhoneNumber(api.caller_id_number, international),
      to: dialed,
      virtualNumber: dialed,
      occurredAt: null,
      raw: api,
    };
  }
  const event = payload;
  const did = readPhoneNumber(event.external_did, international);
  const startedAt = readTime(event.start_time) ?? null;
  const extension = shape.kind === "extension" ? event : null;
  const incoming = extension === null ? event : null;
  const endedAt = incoming === null ? null : (readTime(incoming.end_time) ?? null);
  const ringing = shape.event === "incoming_ringing" || shape.event === "extension_ringing";
  const base = {
    provider: "urlnetworks",
    // Several extensions ring for one call (a ring group): the extension tells their events apart.
    id: eventId(
      "urlnetworks",
      extension === null
        ? [shape.event, event.call_event_uuid]
        : [shape.event, event.call_event_uuid, extension.extension_user_id ?? extension.agent_uuid],
    ),
    // `call_event_uuid` is the only id, shared by every event of the call (notes §5.6.6).
    callId: event.call_event_uuid,
    sessionId: event.call_event_uuid,
    leg: extension === null ? "a" : "b",
    direction: directionOf2(event),
    from: readPhoneNumber(event.from, national),
    to: did,
    virtualNumber: did,
    // URL Networks sends the call's start_time, and end_time with HTTP Hangup; no other event time.
    occurredAt: ringing ? startedAt : endedAt,
    raw: event,
  };
  if (ringing) return plainEvent(base, "call.ringing");
  if (shape.event === "extension_answered") return plainEvent(base, "call.answered");
  if (extension !== null) {
    return endedEvent(base, {
      outcome: outcomeOfHangupCause(extension.hangup_cause),
      durationSec: null,
      startedAt,
      answeredAt: null,
      endedAt: null,
      hangupCause: extension.hangup_cause ?? null,
      recording: null,
    });
  }
  return endedEvent(base, {
    outcome: shape.event === "incoming_hangup_success" ? "completed" : "missed",
    durationSec: secondsBetween(startedAt, endedAt),
    startedAt,
    answeredAt: null,
    endedAt,
    hangupCause: null,
    recording: incoming?.recording_url ? { url: incoming.recording_url, filename: null } : null,
  });
}

// src/providers/urlnetworks/schema.ts
function readFormCallerId(value2) {
  if (typeof value2 === "string" && value2.charCodeAt(0) === 32 && /^ +\d/.test(value2)) {
    return `+${value2.trimStart()}`.trimEnd();
  }
  return readText(value2);
}
var callerId = () => optional(field(readFormCallerId, "a caller id"));
var common2 = {
  service_id: text(),
  direction: text(),
  // The extension tables name `direction` `description` (notes §5.6.4).
  description: text(),
  dialplan_id: text(),
  condition_id: text(),
  dialplan_name: text(),
  condition_name: text(),
  caller_name: text(),
  display_from: callerId(),
  start_time: sentTimestamp(),
  from: callerId(),
  external_did: phone(),
};
var urlnetworksIncomingSchema = record2({
  ...common2,
  call_event_uuid: requiredText(),
  method: requiredText(),
  http_ringing_url: text(),
  http_hangup_url: text(),
  http_post_recording_url: flag(),
  recording_url: text(),
  end_time: sentTimestamp(),
  // Sent as a bare key with no `=` (notes §5.3): present-but-empty reads as true.
  call_completed: flag(),
});
var urlnetworksExtensionSchema = record2({
  ...common2,
  call_event_uuid: requiredText(),
  method: requiredText(),
  extension_name: text(),
  extension_user_id: text(),
  agent_uuid: text(),
  hangup_cause: text(),
});
var urlnetworksApiIncomingCallSchema = record2({
  dialed_number: requiredText(),
  caller_id_number: phone(),
  dialplan_id: text(),
  condition_id: text(),
  dialplan_name: text(),
  condition_name: text(),
});

// src/providers/urlnetworks/provider.ts
var EVENT_METHOD = /^(?:incoming|extension)_/i;
var urlnetworksProvider = {
  id: "urlnetworks",
  name: "URL Networks",
  fingerprintKeys: ["call_event_uuid", "dialed_number"],
  // Notes §6: `call_event_uuid` + an incoming_/extension_ method, or the API Event's three keys.
  matches: (fields) =>
    (fields.get("call_event_uuid") !== void 0 && EVENT_METHOD.test(String(fields.get("method") ?? ""))) ||
    (fields.get("dialed_number") !== void 0 && fields.has("caller_id_number") && fields.has("dialplan_id")),
  parse(fields, view, context) {
    const shape = classifyUrlnetworks(view);
    if (shape.kind === "unsupported") return unsupported("urlnetworks", shape.message);
    const schema =
      shape.kind === "api"
        ? urlnetworksApiIncomingCallSchema
        : shape.kind === "extension"
          ? urlnetworksExtensionSchema
          : urlnetworksIncomingSchema;
    const checked = validate(schema, fields, "urlnetworks", `URL Networks ${shape.event}`);
    if (!checked.ok) return checked;
    return { ok: true, event: normalizeUrlnetworks(checked.value, shape, context) };
  },
};

// src/providers/wavecell/classify.ts
var KIND_BY_EVENT_TYPE = /* @__PURE__ */ new Map([
  ["CALL_STATUS", "call-status"],
  ["CALL_ACTION", "call-action"],
  ["SESSION_SUMMARY", "session-summary"],
]);
var upper = (value2) => readText(value2)?.toUpperCase() ?? null;
function classifyWavecell(fields) {
  if (fields.get("namespace") !== void 0 || isPlainObject(fields.get("payload"))) {
    const eventType = upper(fields.get("eventType"));
    if (eventType === null) return { kind: "call-status" };
    const kind = KIND_BY_EVENT_TYPE.get(eventType);
    if (kind !== void 0) return { kind };
    return {
      kind: "unsupported",
      message: `8x8 eventType ${JSON.stringify(eventType.slice(0, 40))} is not one callhooks maps (CALL_STATUS, CALL_ACTION, SESSION_SUMMARY). Number-pool events such as VIRTUAL_NUMBER_UPDATE are not call events.`,
    };
  }
  if (fields.get("details") !== void 0 && fields.get("sourceMsisdn") === void 0) {
    return { kind: "legacy-aggregated" };
  }
  return { kind: "legacy-handle" };
}
var TYPE_BY_CALL_STATUS = /* @__PURE__ */ new Map([
  ["CALL_INITIATED", "call.initiated"],
  ["CALL_RECEIVED", "call.ringing"],
  ["CALL_CONNECTED", "call.answered"],
  ["CALL_DISCONNECTED", "call.ended"],
  ["DTMF_RECEIVED", "call.dtmf"],
]);
var TYPE_BY_LEGACY_EVENT = /* @__PURE__ */ new Map([
  ["CALL_RECEIVED", "call.ringing"],
  ["DTMF_RECEIVED", "call.dtmf"],
]);
function classifyCallStatus(kind, status, digits2) {
  const name = status.toUpperCase();
  const quoted = JSON.stringify(name.slice(0, 40));
  if (kind === "legacy-handle") {
    const type2 = TYPE_BY_LEGACY_EVENT.get(name);
    if (type2 !== void 0) return { type: type2 };
    return {
      type: "unsupported",
      message: `Wavecell Call Handle eventType ${quoted} is not one callhooks maps (CALL_RECEIVED, DTMF_RECEIVED).`,
    };
  }
  const type = TYPE_BY_CALL_STATUS.get(name);
  if (type !== void 0) return { type };
  if (name === "ACTION_COMPLETED") {
    if (digits2 !== null) return { type: "call.dtmf" };
    return {
      type: "unsupported",
      message:
        "This 8x8 ACTION_COMPLETED event carries no digits (eventData.dtmf is null): an action finished without capturing any. callhooks maps ACTION_COMPLETED only as the digits of a sayAndCapture; reply with the next callflow from the JSON body itself.",
    };
  }
  if (name === "CALL_UPDATED") {
    return {
      type: "unsupported",
      message:
        "8x8 documents CALL_UPDATED without saying what changed, so callhooks maps it to no event. The leg's progress comes as CALL_CONNECTED and CALL_DISCONNECTED; acknowledge this one with 200.",
    };
  }
  return {
    type: "unsupported",
    message: `8x8 callStatus ${quoted} is not one callhooks maps (CALL_INITIATED, CALL_RECEIVED, CALL_CONNECTED, CALL_DISCONNECTED, DTMF_RECEIVED, ACTION_COMPLETED).`,
  };
}

// src/providers/wavecell/outcome.ts
var OUTCOME_BY_SESSION_STATUS = new Map(
  Object.entries({
    COMPLETED: "completed",
    NO_ANSWER: "missed",
    BUSY: "busy",
    CANCELED: "canceled",
    FAILED: "failed",
    ERROR: "failed",
    COMPLETED_UNSUBSCRIBED: "completed",
    COMPLETED_UNSUB_ERROR: "completed",
  }),
);
var SEPARATORS2 = /[\s-]+/g;
function outcomeOfSessionStatus(status, connected) {
  if (!status) return "unknown";
  const key = status.trim().toUpperCase().replace(SEPARATORS2, "_");
  if (key === "UNSUBSCRIBED_CONTACT") return connected ? "completed" : "failed";
  return OUTCOME_BY_SESSION_STATUS.get(key) ?? "unknown";
}
var OUTCOME_BY_SIP_CODE = /* @__PURE__ */ new Map([
  [486, "busy"],
  [600, "busy"],
  [408, "missed"],
  [480, "missed"],
  [487, "canceled"],
  [603, "rejected"],
]);
function outcomeOfDisconnect(callDuration, sipCode) {
  if (typeof callDuration === "number" && callDuration > 0) return "completed";
  if (typeof sipCode !== "number") return "unknown";
  return OUTCOME_BY_SIP_CODE.get(sipCode) ?? (sipCode >= 300 ? "failed" : "unknown");
}

// src/providers/wavecell/normalize.ts
var numbersOf = (context) => numberStyle(true, void 0, context.defaultCountry);
var timeOf = (value2) => readTime(value2) ?? null;
var textOf = (value2) => (value2 === null || value2 === void 0 ? null : String(value2));
function legacyDirection(direction) {
  return direction === 0 ? "inbound" : direction === 1 ? "outbound" : null;
}
function callDirection(direction) {
  const value2 = direction?.toUpperCase();
  return value2 === "INBOUND" ? "inbound" : value2 === "OUTBOUND" ? "outbound" : null;
}
function refVirtualNumber(leg, from, to) {
  if (leg.destinationRefId) return to;
  return leg.sourceRefId ? from : null;
}
function capturedDigits(event) {
  const data = event.payload.eventData;
  const fromData = typeof data === "object" && data !== null ? data.dtmf : void 0;
  return fromData ?? event.payload.dtmf ?? null;
}
function normalizeLegacyHandle(payload, type, context) {
  const numbers = numbersOf(context);
  const direction = legacyDirection(payload.direction);
  const from = readPhoneNumber(payload.sourceMsisdn, numbers);
  const to = readPhoneNumber(payload.targetMsisdn, numbers);
  const digits2 = payload.dtmf ?? "";
  const parts = ["legacy-handle", payload.eventType.toUpperCase(), payload.callId, textOf(payload.timestamp)];
  const occurredAt = timeOf(payload.timestamp);
  const base = {
    provider: "wavecell",
    id: eventId("wavecell", type === "call.dtmf" ? [...parts, digits2] : parts),
    callId: payload.callId,
    sessionId: payload.sessionId ?? null,
    leg: null,
    direction,
    from,
    to,
    virtualNumber: direction === "inbound" ? to : direction === "outbound" ? from : null,
    occurredAt,
    raw: payload,
  };
  return eventOfType(base, type, digits2, () => ({
    outcome: outcomeOfDisconnect(payload.duration, payload.sipStatus),
    durationSec: payload.duration ?? null,
    startedAt: null,
    answeredAt: null,
    endedAt: occurredAt,
    hangupCause: null,
    recording: null,
  }));
}
function normalizeCallEvent(event, kind, type, context) {
  const numbers = numbersOf(context);
  const { payload } = event;
  const from = readPhoneNumber(payload.source, numbers);
  const to = readPhoneNumber(payload.destination, numbers);
  const occurredAt = timeOf(payload.timestamp);
  const base = {
    provider: "wavecell",
    id: eventId("wavecell", [
      kind,
      payload.callStatus.toUpperCase(),
      payload.callId,
      payload.eventId ?? textOf(payload.timestamp),
    ]),
    callId: payload.callId,
    sessionId: payload.sessionId ?? null,
    // A single-leg event does not say whether its leg is the first or the second of the session.
    leg: null,
    direction: callDirection(payload.callDirection),
    from,
    to,
    virtualNumber: refVirtualNumber(payload, from, to),
    occurredAt,
    raw: event,
  };
  const sipCode = payload.sipCode ?? null;
  return eventOfType(base, type, capturedDigits(event) ?? "", () => ({
    outcome: outcomeOfDisconnect(payload.callDuration, sipCode),
    durationSec: payload.callDuration ?? null,
    startedAt: null,
    answeredAt: null,
    endedAt: occurredAt,
    hangupCause: sipCode !== null && sipCode >= 300 ? String(sipCode) : null,
    recording: null,
  }));
}
function summaryEvent(session, first, raw) {
  const answeredAt = first?.answeredAt ?? null;
  const durationSec = first?.durationSec ?? null;
  const endedAt = timeOf(session.endTime) ?? first?.endedAt ?? null;
  const connected = answeredAt !== null || (durationSec ?? 0) > 0;
  const outcome = outcomeOfSessionStatus(session.status, connected);
  return {
    provider: "wavecell",
    type: "call.ended",
    id: eventId("wavecell", [session.kind, session.status?.toUpperCase(), session.sessionId]),
    // A session has several legs; the event speaks for the first (callA), the leg that opened the session.
    callId: first?.callId ?? session.sessionId,
    sessionId: session.sessionId,
    leg: first?.callId ? "a" : null,
    direction: first?.direction ?? null,
    from: first?.from ?? null,
    to: first?.to ?? null,
    virtualNumber: first?.virtualNumber ?? null,
    occurredAt: endedAt,
    outcome,
    durationSec,
    startedAt: timeOf(session.startTime) ?? first?.startedAt ?? null,
    answeredAt,
    endedAt,
    hangupCause: session.hangupCause,
    recording: null,
    raw,
  };
}
function normalizeSessionSummary(event, context) {
  const numbers = numbersOf(context);
  const { payload } = event;
  const leg = payload.details?.callA ?? null;
  let first = null;
  if (leg !== null) {
    const from = readPhoneNumber(leg.source, numbers);
    const to = readPhoneNumber(leg.destination, numbers);
    first = {
      callId: leg.callId ?? null,
      direction: callDirection(leg.callDirection),
      from,
      to,
      virtualNumber: refVirtualNumber(leg, from, to),
      startedAt: timeOf(leg.initiatedTimestamp),
      answeredAt: timeOf(leg.connectedTimestamp),
      endedAt: timeOf(leg.disconnectedTimestamp),
      durationSec: leg.callDuration ?? null,
    };
  }
  const errors = payload.errorDetails;
  return summaryEvent(
    {
      kind: "session-summary",
      sessionId: payload.sessionId,
      status: payload.sessionStatus ?? null,
      startTime: payload.startTime,
      endTime: payload.endTime,
      hangupCause: errors?.errorMsg ?? errors?.errorCode ?? null,
    },
    first,
    event,
  );
}
function normalizeLegacyAggregated(payload, context) {
  const numbers = numbersOf(context);
  const leg = payload.details?.callA ?? null;
  let first = null;
  if (leg !== null) {
    const direction = legacyDirection(leg.direction);
    const from = readPhoneNumber(leg.source, numbers);
    const to = readPhoneNumber(leg.target, numbers);
    first = {
      callId: leg.id ?? null,
      direction,
      from,
      to,
      virtualNumber: leg.numberReferenceId ? (direction === "outbound" ? from : to) : null,
      startedAt: timeOf(leg.initiatedTimestamp),
      answeredAt: timeOf(leg.connectedTimestamp),
      endedAt: timeOf(leg.disconnectedTimestamp),
      durationSec: leg.duration ?? null,
    };
  }
  return summaryEvent(
    {
      kind: "legacy-aggregated",
      sessionId: payload.sessionId,
      status: payload.status ?? null,
      startTime: payload.startTime,
      endTime: payload.endTime,
      hangupCause: null,
    },
    first,
    payload,
  );
}

// src/providers/wavecell/schema.ts
var wavecellLegacyHandleSchema = record2({
  callId: requiredText(),
  sessionId: text(),
  eventType: requiredText(),
  direction: numeric(),
  referenceId: text(),
  timestamp: sentTimestamp(),
  sourceMsisdn: phone(),
  targetMsisdn: phone(),
  status: text(),
  duration: seconds(),
  // Documented as a Number (§2.4.2): read as the string of digits, so that `#`, `*` and leading zeros,
  // which only a string can carry, come through as sent.
  dtmf: text(),
  sipStatus: numeric(),
});
var wavecellLegacyLegSchema = record2({
  id: text(),
  direction: numeric(),
  type: text(),
  numberReferenceId: text(),
  initiatedTimestamp: sentTimestamp(),
  connectedTimestamp: sentTimestamp(),
  disconnectedTimestamp: sentTimestamp(),
  source: phone(),
  target: phone(),
  sourceCountryCode: text(),
  targetCountryCode: text(),
  status: text(),
  duration: seconds(),
});
var wavecellLegacyAggregatedSchema = record2({
  sessionId: requiredText(),
  subAccountId: text(),
  status: text(),
  startTime: sentTimestamp(),
  endTime: sentTimestamp(),
  // Kept as sent: `MakeCall`, `MAKE_CALL`, `PLAY_TTS`, … (§2.4.7).
  lastAction: text(),
  callCount: numeric(),
  details: optional(
    nullable(
      record2({
        callA: optional(nullable(wavecellLegacyLegSchema)),
        callB: optional(nullable(wavecellLegacyLegSchema)),
      }),
    ),
  ),
});
var wavecellEventDataSchema = record2({ dtmf: text(), asrCaptured: text() });
var wavecellCallPayloadSchema = record2({
  eventId: text(),
  callId: requiredText(),
  sessionId: text(),
  subAccountId: text(),
  callStatus: requiredText(),
  // Kept as sent, the 8X8-IVRHANDLE placeholder `"INBOUND | OUTBOUND"` included (§2.4.10).
  callDirection: text(),
  callType: text(),
  source: phone(),
  destination: phone(),
  sourceFormat: text(),
  destinationFormat: text(),
  sourceCountryCode: text(),
  destinationCountryCode: text(),
  sourceRefId: text(),
  destinationRefId: text(),
  // An Integer in the call-status table, a String in the VCA guide (§2.4.6).
  callDuration: seconds(),
  sipCode: numeric(),
  // An object everywhere but in the 8X8-IVRHANDLE example, where it is the string "additional event data"
  // (§2.4.10): a string is kept as it is, not an error.
  eventData: optional(
    union([null_(), string(), wavecellEventDataSchema], "must be an object with dtmf, a string, or null"),
  ),
  // The VCA guide's field table lists `dtmf` beside the payload's fields (§2.3a).
  dtmf: text(),
  timestamp: sentTimestamp(),
  clientActionId: text(),
});
var wavecellCallEventSchema = record2({
  namespace: text(),
  eventType: requiredText(),
  description: text(),
  payload: wavecellCallPayloadSchema,
});
var wavecellCallQualitySchema = record2({ mos: numeric(), packetLossRate: numeric(), jitter: numeric() });
var wavecellSessionLegSchema = record2({
  callId: text(),
  callDirection: text(),
  callType: text(),
  initiatedTimestamp: sentTimestamp(),
  connectedTimestamp: sentTimestamp(),
  disconnectedTimestamp: sentTimestamp(),
  source: phone(),
  destination: phone(),
  sourceFormat: text(),
  destinationFormat: text(),
  sourceCountryCode: text(),
  destinationCountryCode: text(),
  sourceRefId: text(),
  destinationRefId: text(),
  callStatus: text(),
  callDuration: seconds(),
  callQuality: optional(nullable(wavecellCallQualitySchema)),
});
var wavecellErrorDetailsSchema = record2({ errorMsg: text(), errorCode: text() });
var wavecellSessionPayloadSchema = record2({
  sessionId: requiredText(),
  subAccountId: text(),
  sessionStatus: text(),
  startTime: sentTimestamp(),
  endTime: sentTimestamp(),
  // Kept as sent: documented as `makeCall`/`say`, sent as `MAKE_CALL`, `PLAY_TTS`, `SAY`, … (§2.4.7).
  lastAction: text(),
  callCount: numeric(),
  details: optional(
    nullable(
      record2({
        callA: optional(nullable(wavecellSessionLegSchema)),
        callB: optional(nullable(wavecellSessionLegSchema)),
      }),
    ),
  ),
  errorDetails: optional(nullable(wavecellErrorDetailsSchema)),
});
var wavecellSessionSummarySchema = record2({
  namespace: text(),
  eventType: requiredText(),
  description: text(),
  payload: wavecellSessionPayloadSchema,
});

// src/providers/wavecell/provider.ts
var EVENT_NAME = { "call-status": "8x8 CALL_STATUS", "call-action": "8x8 CALL_ACTION" };
function matchesWavecell(fields) {
  if (readText(fields.get("namespace"))?.toUpperCase() === "VOICE" && isPlainObject(fields.get("payload"))) {
    return true;
  }
  if (fields.get("sourceMsisdn") !== void 0 || fields.get("targetMsisdn") !== void 0) return true;
  return (
    fields.get("namespace") === void 0 &&
    fields.has("subAccountId") &&
    fields.get("details") !== void 0 &&
    fields.get("lastAction") !== void 0
  );
}
var wavecellProvider = {
  id: "wavecell",
  name: "Wavecell/8x8",
  fingerprintKeys: ["namespace", "sourcemsisdn", "targetmsisdn", "subaccountid"],
  matches: matchesWavecell,
  parse(fields, view, context) {
    const shape = classifyWavecell(view);
    switch (shape.kind) {
      case "unsupported":
        return unsupported("wavecell", shape.message);
      case "legacy-handle": {
        const checked = validate(wavecellLegacyHandleSchema, fields, "wavecell", "Wavecell Call Handle");
        if (!checked.ok) return checked;
        const resolved = classifyCallStatus("legacy-handle", checked.value.eventType, checked.value.dtmf ?? null);
        if (resolved.type === "unsupported") return unsupported("wavecell", resolved.message);
        return { ok: true, event: normalizeLegacyHandle(checked.value, resolved.type, context) };
      }
      case "legacy-aggregated": {
        const checked = validate(wavecellLegacyAggregatedSchema, fields, "wavecell", "Wavecell aggregated call status");
        if (!checked.ok) return checked;
        return { ok: true, event: normalizeLegacyAggregated(checked.value, context) };
      }
      case "session-summary": {
        const checked = validate(wavecellSessionSummarySchema, fields, "wavecell", "8x8 SESSION_SUMMARY");
        if (!checked.ok) return checked;
        return { ok: true, event: normalizeSessionSummary(checked.value, context) };
      }
      default: {
        const checked = validate(wavecellCallEventSchema, fields, "wavecell", EVENT_NAME[shape.kind]);
        if (!checked.ok) return checked;
        const resolved = classifyCallStatus(
          shape.kind,
          checked.value.payload.callStatus,
          capturedDigits(checked.value),
        );
        if (resolved.type === "unsupported") return unsupported("wavecell", resolved.message);
        return { ok: true, event: normalizeCallEvent(checked.value, shape.kind, resolved.type, context) };
      }
    }
  },
};

// src/providers/all.ts
var ALL_PROVIDERS = [wavecellProvider, telecmiProvider, urlnetworksProvider, carrierxProvider, kaleyraProvider];

// src/index.ts
var parseCallback = /* @__PURE__ */ createCallbackParser(ALL_PROVIDERS);

export {
  classifyTelecmi,
  createFieldView,
  decodeBody,
  dist_exports as v,
  normalizeTelecmi,
  parseCallback,
  readPhoneNumber,
  readTime,
  telecmiEventSchema,
};
