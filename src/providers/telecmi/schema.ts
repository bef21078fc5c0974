import * as v from "valibot";
import { embeddedJson, flag, numeric, phone, requiredText, seconds, sentTimestamp, text } from "../../schema/fields.js";
import { record } from "../../schema/record.js";

// Every field of the CHUB and PIOPIY webhooks, in the docs' spelling (docs/providers/telecmi.md#events). TeleCMI
// sends phone numbers and ids as JSON numbers or strings (docs/providers/telecmi.md#numbers-as-json-numbers): they
// are read as strings, never as numbers.
// @__NO_SIDE_EFFECTS__
function commonFields() {
  return {
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
    // PIOPIY: the virtual number shown, the CDR's talk seconds and times (epoch seconds), its billing (kept as the
    // decimal text sent, never arithmetic), and the marks of an API-placed outbound call.
    vn: phone(),
    duration: seconds(),
    start_time: sentTimestamp(),
    answer_time: sentTimestamp(),
    end_time: sentTimestamp(),
    call_rate: text(),
    balance: text(),
    out: flag(),
    api_init: flag(),
  } as const;
}

/**
 * A TeleCMI CDR (`type: "cdr"`, or untyped with CDR-only keys) or live event (`type: "event"`, or a PIOPIY
 * `in_*`/`out_*` status), CHUB and PIOPIY: the leg is `cmiuuid`.
 *
 * @example
 * ```ts
 * v.parse(telecmiEventSchema, JSON.parse(body)).cmiuuid;
 * ```
 */
export const telecmiEventSchema = record(() => ({ ...commonFields(), cmiuuid: requiredText(), cmiuid: text() }));

/**
 * The oldest TeleCMI shape (`cmiuid` with one "u", `parent_uid`; docs/providers/telecmi.md#oldest-cmiuid-shape).
 *
 * @example
 * ```ts
 * v.parse(telecmiLegacySchema, JSON.parse(body)).cmiuid;
 * ```
 */
export const telecmiLegacySchema = record(() => ({ ...commonFields(), cmiuid: requiredText(), cmiuuid: text() }));

/**
 * The request PIOPIY sends to the app's answer URL when a call reaches a PIOPIY number (or an API call is placed):
 * `action` is the call's direction, not a PCMO action (docs/providers/telecmi.md#piopiy-answer-url-request).
 *
 * @example
 * ```ts
 * v.parse(telecmiAnswerSchema, { action: "inbound", cmiuuid: "28b9fc5f-…", time: 1670568234000 }).action;
 * //=> "inbound"
 * ```
 */
export const telecmiAnswerSchema = record(() => ({
  action: text(),
  cmiuuid: requiredText(),
  from: phone(),
  to: phone(),
  time: sentTimestamp(),
  conversation_uuid: text(),
  extra_params: embeddedJson(),
}));

// Built at import all the same: v.pipe (telecmiDtmfSchema) copies its keys, `entries` too. Deferring it as well
// (a `deferred` pipe and union) saved ≈ 0.02× of import("callhooks") but put that helper in TeleCMI's chunk, which
// then came into every bundle of applyEvent (6.5 → 13.5 kB): left as it is.
const dtmfRequestSchema = record(() => ({
  dtmf: requiredText(),
  cmuuid: text(),
  cmiuuid: text(),
  from: phone(),
  to: phone(),
  extra_params: embeddedJson(),
}));

/**
 * The request an `input` or `play_get_input` PCMO action sends to its action URL with the digits collected. The
 * docs' sample spells the call id `cmuuid`, their table `cmiuuid`: either is accepted, one is required
 * (docs/providers/telecmi.md#dtmf-id-spelling).
 *
 * @example
 * ```ts
 * v.parse(telecmiDtmfSchema, { dtmf: "1234", cmuuid: "41aa4bb1-…" }).dtmf;
 * //=> "1234"
 * ```
 */
export const telecmiDtmfSchema = v.pipe(
  dtmfRequestSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    // Not an object: the record schema has said so already.
    if (typeof dataset.value !== "object" || dataset.value === null) return;
    const sent = dataset.value as Record<string, unknown>;
    if (typeof sent.cmuuid === "string" || typeof sent.cmiuuid === "string") return;
    addIssue({
      message: "is required (the call id; the docs also spell it cmiuuid)",
      path: [{ type: "object", origin: "key", input: sent, key: "cmuuid", value: sent.cmuuid }],
    });
  }),
);

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
 * A validated PIOPIY answer-URL request.
 *
 * @example
 * ```ts
 * const request: TelecmiAnswerRequest = v.parse(telecmiAnswerSchema, payload);
 * ```
 */
export type TelecmiAnswerRequest = v.InferOutput<typeof telecmiAnswerSchema>;

/**
 * A validated PIOPIY action-URL request with DTMF digits.
 *
 * @example
 * ```ts
 * const request: TelecmiDtmfRequest = v.parse(telecmiDtmfSchema, payload);
 * ```
 */
export type TelecmiDtmfRequest = v.InferOutput<typeof telecmiDtmfSchema>;

/**
 * Any validated TeleCMI payload: the `raw` of a TeleCMI event.
 *
 * @example
 * ```ts
 * if (event.provider === "telecmi") console.log(event.raw.extra_params);
 * ```
 */
export type TelecmiPayload = TelecmiEvent | TelecmiLegacyEvent | TelecmiAnswerRequest | TelecmiDtmfRequest;

/**
 * Any TeleCMI payload: a CDR or live event, the oldest shape, or a PIOPIY answer-URL or action-URL (DTMF) request.
 * A valibot (and Standard) schema.
 *
 * @example
 * ```ts
 * v.is(telecmiPayloadSchema, JSON.parse(body));
 * ```
 */
export const telecmiPayloadSchema = v.union([
  telecmiEventSchema,
  telecmiLegacySchema,
  telecmiAnswerSchema,
  telecmiDtmfSchema,
]);
