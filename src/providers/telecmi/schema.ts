import * as v from "valibot";
import { embeddedJson, flag, numeric, phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

// Every field of notes §4.5, in the docs' spelling. TeleCMI sends phone numbers and ids as JSON numbers
// or strings (§4.6.4): they are read as strings, never as numbers.
const common = {
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
} as const;

/**
 * A TeleCMI CDR (`type: "cdr"`) or live event (`type: "event"`), CHUB and chub-india: the leg is `cmiuuid`.
 *
 * @example
 * ```ts
 * v.parse(telecmiEventSchema, JSON.parse(body)).cmiuuid;
 * ```
 */
export const telecmiEventSchema = record({ ...common, cmiuuid: requiredText(), cmiuid: text() });

/**
 * The oldest TeleCMI shape (`cmiuid` with one "u", `parent_uid`, no `type`; notes §4.4).
 *
 * @example
 * ```ts
 * v.parse(telecmiLegacySchema, JSON.parse(body)).cmiuid;
 * ```
 */
export const telecmiLegacySchema = record({ ...common, cmiuid: requiredText(), cmiuuid: text() });

/**
 * A validated TeleCMI CDR or live event.
 *
 * @example
 * ```ts
 * const cdr: TelecmiEvent = v.parse(telecmiEventSchema, payload);
 * ```
 */
export type TelecmiEvent = v.InferOutput<typeof telecmiEventSchema>;

/**
 * A validated payload of the oldest TeleCMI shape.
 *
 * @example
 * ```ts
 * const legacy: TelecmiLegacyEvent = v.parse(telecmiLegacySchema, payload);
 * ```
 */
export type TelecmiLegacyEvent = v.InferOutput<typeof telecmiLegacySchema>;

/**
 * Any validated TeleCMI payload: the `raw` of a TeleCMI event.
 *
 * @example
 * ```ts
 * if (event.provider === "telecmi") console.log(event.raw.custom);
 * ```
 */
export type TelecmiPayload = TelecmiEvent | TelecmiLegacyEvent;

/**
 * Any TeleCMI payload: a CDR or live event, or the oldest shape. A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(telecmiPayloadSchema, JSON.parse(body));
 * ```
 */
export const telecmiPayloadSchema = v.union([telecmiEventSchema, telecmiLegacySchema]);
