import * as v from "valibot";
import { isXmlSafe } from "./xml.js";

const XML_SAFE_RULE = "must not contain control characters (other than tab and line breaks) or unpaired surrogates";

/**
 * A FlexML text value (text content or attribute): a string, not blank, that XML can hold.
 *
 * @param maxLength The most characters CarrierX accepts, where it documents a limit.
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(xmlText(), "\u0000").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function xmlText(maxLength = Number.MAX_SAFE_INTEGER) {
  return v.pipe(
    v.string("must be a string"),
    v.check((value: string) => value.trim() !== "", "must not be empty"),
    v.maxLength(maxLength, `must be at most ${maxLength} characters`),
    v.check(isXmlSafe, XML_SAFE_RULE),
  );
}

/**
 * A FlexML text value that may be empty (a `Parameter` value).
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(xmlValue(), "").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function xmlValue() {
  return v.pipe(v.string("must be a string"), v.check(isXmlSafe, XML_SAFE_RULE));
}

const NO_SPACE = /^\S+$/;

/**
 * A URL attribute or text: absolute or relative (CarrierX resolves relative ones against the requesting document),
 * without spaces.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(url(), "/api/menu?step=2").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function url() {
  return v.pipe(xmlText(), v.regex(NO_SPACE, "must be a URL, absolute or relative, without spaces"));
}

/**
 * An identifier such as a Storage `containerSid` or `fileSid`: text without spaces.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(sid(), "f6070be2-9abd-4726-870c-c86c9aac5c7e").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function sid() {
  return v.pipe(xmlText(), v.regex(NO_SPACE, "must be an id, without spaces"));
}

/**
 * A boolean attribute, written `true` or `false`.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(flag(), "true").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function flag() {
  return v.boolean("must be true or false");
}

/**
 * The HTTP method of an `action` request: `POST` (CarrierX's default) or `GET`.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(method(), "get").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function method() {
  return v.picklist(["POST", "GET"], 'must be "POST" or "GET"');
}

const KEYS = /^[0-9#*]+$/;

/**
 * Phone keys: `0`–`9`, `#` and `*`, one or more.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(phoneKeys(), "12#").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phoneKeys() {
  return v.pipe(v.string("must be a string"), v.regex(KEYS, "must be phone keys: 0–9, # or *"));
}

/** One phone key. */
export const PHONE_KEYS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "#", "*"] as const;

/**
 * Exactly one phone key: `0`–`9`, `#` or `*`.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(phoneKey(), "#").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phoneKey() {
  return v.picklist(PHONE_KEYS, "must be one phone key: 0–9, # or *");
}

const DTMF = /^[0-9#*,]+$/;

/**
 * DTMF to send: `0`–`9`, `#`, `*`, and `,` for a half-second pause.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(dtmf(), ",,,,12").success;
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function dtmf() {
  return v.pipe(v.string("must be a string"), v.regex(DTMF, "must be DTMF: 0–9, #, * and , (a half-second pause)"));
}
