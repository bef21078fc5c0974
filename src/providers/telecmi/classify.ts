import { readText } from "../../normalize/text.js";
import { type FieldView, type Unsupported, unsupportedEvent } from "../define-provider.js";

/**
 * The TeleCMI shapes callhooks maps: CHUB and PIOPIY CDRs and live events, PIOPIY's prefixed live events, its
 * answer-URL and action-URL (DTMF) requests, and the oldest `cmiuid` shape's live events and CDRs.
 *
 * @example
 * ```ts
 * const shape: TelecmiShape = "piopiy-event";
 * ```
 */
export type TelecmiShape = "cdr" | "event" | "piopiy-event" | "piopiy-answer" | "piopiy-dtmf" | "legacy" | "legacy-cdr";

const CDR_STATUSES: ReadonlySet<string> = new Set(["answered", "missed"]);
// `ringing` is the oldest shape's "outgoing started" (docs/providers/telecmi.md#oldest-cmiuid-shape).
const LIVE_STATUSES: ReadonlySet<string> = new Set(["waiting", "started", "ringing", "answered", "hangup"]);
const LEGACY_STATUSES: ReadonlySet<string> = new Set([...LIVE_STATUSES, "missed"]);
// What follows `in_`/`out_` in a PIOPIY live status: the documented `started`, `answered` and `bridged`, and the
// CHUB words `ringing` and `hangup` (docs/providers/telecmi.md#piopiy-prefixed-statuses).
const PIOPIY_LIVE_STATUSES: ReadonlySet<string> = new Set(["started", "ringing", "answered", "bridged", "hangup"]);
// Keys only a CDR carries: CHUB's talk and wait seconds, PIOPIY's duration, times and billing
// (docs/providers/telecmi.md#untyped-cdrs).
const CDR_KEYS = [
  "answeredsec",
  "waitedsec",
  "duration",
  "start_time",
  "answer_time",
  "end_time",
  "call_rate",
  "balance",
];

const lower = (value: unknown): string | null => readText(value)?.toLowerCase() ?? null;
const quoted = (text: string): string => JSON.stringify(text.slice(0, 20));
const hasCdrKey = (fields: FieldView): boolean => CDR_KEYS.some((key) => fields.has(key));

/**
 * A status split into PIOPIY's direction prefix (`in_`, `out_`) and the rest.
 *
 * @example
 * ```ts
 * const split: SplitStatus = { prefix: "out", rest: "bridged" };
 * ```
 */
export interface SplitStatus {
  /** The direction the status names, or `null` for an unprefixed (CHUB-style) status. */
  readonly prefix: "in" | "out" | null;
  /** The status without its prefix. */
  readonly rest: string;
}

/**
 * Splits PIOPIY's direction prefix off a lower-case status (docs/providers/telecmi.md#piopiy-prefixed-statuses).
 *
 * @param status The status, lower case.
 * @returns The prefix and the rest.
 * @example
 * ```ts
 * splitStatus("out_bridged");
 * //=> { prefix: "out", rest: "bridged" }
 * ```
 */
export function splitStatus(status: string): SplitStatus {
  if (status.startsWith("in_") && status.length > 3) return { prefix: "in", rest: status.slice(3) };
  if (status.startsWith("out_") && status.length > 4) return { prefix: "out", rest: status.slice(4) };
  return { prefix: null, rest: status };
}

function classifyLegacy(status: string | null, type: string | null, fields: FieldView): TelecmiShape | Unsupported {
  if (status !== null && !LEGACY_STATUSES.has(status)) {
    return unsupportedEvent(
      `TeleCMI legacy status ${quoted(status)} is not one callhooks maps (${[...LEGACY_STATUSES].join(", ")}).`,
    );
  }
  // The 2019 samples' CDRs: `type: "cdr"` in the last revision; before it, a missed call or a talk/wait time.
  const isCdr = type === "cdr" || (type !== "event" && (status === "missed" || hasCdrKey(fields)));
  if (!isCdr) return "legacy";
  if (status !== null && !CDR_STATUSES.has(status)) {
    return unsupportedEvent(
      `TeleCMI legacy cdr status ${quoted(status)} is not one callhooks maps (${[...CDR_STATUSES].join(", ")}).`,
    );
  }
  return "legacy-cdr";
}

/** A delivery without `status` and `type`: a PIOPIY answer-URL or action-URL request, if it looks like one. */
function classifyRequest(fields: FieldView): TelecmiShape | null {
  if (fields.has("dtmf")) return "piopiy-dtmf";
  // The answer-URL request is `action`, `from`, `to`, `time` and `cmiuuid`: a leg, a conversation or CDR figures
  // mean a live event or CDR that lost its status (docs/providers/telecmi.md#piopiy-answer-url-request).
  if (fields.has("action") || !(fields.has("leg") || fields.has("conversation_uuid") || hasCdrKey(fields))) {
    return "piopiy-answer";
  }
  return null;
}

/**
 * Tells the TeleCMI shapes apart (docs/providers/telecmi.md#detection): media-stream statuses are not call events;
 * the oldest shape is keyed on `cmiuid`; a delivery with neither `status` nor `type` is a PIOPIY answer-URL or
 * DTMF request; a CDR says `type: "cdr"` or, untyped, carries a CDR-only key or `missed`; a PIOPIY live status is
 * prefixed with its direction.
 *
 * @param fields The delivery's fields.
 * @returns The shape, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyTelecmi(view);
 * //=> "piopiy-event"
 * ```
 */
export function classifyTelecmi(fields: FieldView): TelecmiShape | Unsupported {
  const status = lower(fields.get("status"));
  // `ws_status` is looked for only without a status: a key not sent costs a scan of every key sent
  // (measured: +8-15 % on a CHUB CDR's parse when looked for first).
  if (status === null ? fields.has("ws_status") : status.startsWith("stream_")) {
    return unsupportedEvent(
      `TeleCMI PIOPIY ${status === null ? "stream status" : `status ${quoted(status)}`} reports a media stream (WebSocket), not a call event: acknowledge it with 200.`,
    );
  }
  const type = lower(fields.get("type"));
  if (fields.get("cmiuuid") === undefined && fields.get("cmuuid") === undefined && fields.get("cmiuid") !== undefined) {
    return classifyLegacy(status, type, fields);
  }
  if (status === null && type === null) {
    const request = classifyRequest(fields);
    if (request !== null) return request;
  }
  if (type !== null && type !== "cdr" && type !== "event") {
    return unsupportedEvent(
      `TeleCMI sends type "cdr" or "event"; this payload has type ${quoted(type)}, which callhooks does not map.`,
    );
  }
  const { prefix, rest } = splitStatus(status ?? "");
  if (type === "cdr" || (type === null && (rest === "missed" || hasCdrKey(fields)))) {
    if (status !== null && !CDR_STATUSES.has(rest)) {
      return unsupportedEvent(
        `TeleCMI cdr status ${quoted(status)} is not one callhooks maps (${[...CDR_STATUSES].join(", ")}).`,
      );
    }
    return "cdr";
  }
  if (prefix !== null) {
    if (PIOPIY_LIVE_STATUSES.has(rest)) return "piopiy-event";
    return unsupportedEvent(
      `TeleCMI PIOPIY live status ${quoted(status ?? "")} is not one callhooks maps (in_ or out_, then ${[...PIOPIY_LIVE_STATUSES].join(", ")}).`,
    );
  }
  if (status !== null && !LIVE_STATUSES.has(status)) {
    return unsupportedEvent(
      `TeleCMI event status ${quoted(status)} is not one callhooks maps (${[...LIVE_STATUSES].join(", ")}).`,
    );
  }
  return "event";
}

/** The keys that mark a call placed by click-to-call or through the API. */
interface OutboundMarks {
  readonly call_id?: string | null | undefined;
  readonly request_id?: string | null | undefined;
  readonly click_to_call?: boolean | null | undefined;
  readonly out?: boolean | null | undefined;
  readonly api_init?: boolean | null | undefined;
}

/**
 * Tells whether a payload carries a mark of a call placed by click-to-call or the API: `call_id`, `request_id`,
 * `click_to_call`, or PIOPIY's `out`/`api_init`. Custom parameters (`extra_params`) and `callerid` are not such
 * marks: PIOPIY sends them on inbound calls too (docs/providers/telecmi.md#custom-params-on-inbound).
 *
 * @param payload The validated payload.
 * @returns `true` when one is there.
 * @example
 * ```ts
 * hasOutboundMarks({ request_id: "GQqYoKtV3Tn25SVqbWwdzPkNwMBo9hhLwWadm9N71N5" });
 * //=> true
 * ```
 */
export function hasOutboundMarks(payload: OutboundMarks): boolean {
  return Boolean(payload.call_id || payload.request_id || payload.click_to_call || payload.out || payload.api_init);
}

/**
 * The leg of a payload: `leg` as sent (`a`/`b`, any case); else `b` for a leg whose conversation is another leg's
 * on a call nobody placed by click-to-call or API, as CHUB India's incoming leg-B "started" event, which has no
 * `leg` (docs/providers/telecmi.md#leg-b-direction).
 *
 * @param payload The validated payload.
 * @returns The leg, or `null`.
 * @example
 * ```ts
 * legOf({ conversation_uuid: "7bf5fbab-…", cmiuuid: "93fa1889-…", team: "Enquiry_1111113" });
 * //=> "b"
 * ```
 */
export function legOf(
  payload: OutboundMarks & {
    readonly leg?: string | null | undefined;
    readonly conversation_uuid?: string | null | undefined;
    readonly cmiuuid?: string | null | undefined;
  },
): "a" | "b" | null {
  const sent = payload.leg?.toLowerCase();
  if (sent === "a" || sent === "b") return sent;
  const { conversation_uuid: conversation, cmiuuid } = payload;
  return conversation && cmiuuid && conversation !== cmiuuid && !hasOutboundMarks(payload) ? "b" : null;
}

/**
 * Tells whether a TeleCMI payload belongs to an outgoing call. The click-to-call and API marks decide; else leg B
 * is the agent's leg of an incoming call, though it says `outbound` (docs/providers/telecmi.md#leg-b-direction);
 * else `direction` as sent.
 *
 * @param payload The validated payload.
 * @returns `true` for an outgoing (click-to-call, API-placed or dialled) call.
 * @example
 * ```ts
 * isOutgoingCall({ leg: "b", direction: "outbound", team: "Sales_2222223" });
 * //=> false
 * ```
 */
export function isOutgoingCall(
  payload: OutboundMarks & {
    readonly direction?: string | null | undefined;
    readonly leg?: string | null | undefined;
    readonly conversation_uuid?: string | null | undefined;
    readonly cmiuuid?: string | null | undefined;
  },
): boolean {
  if (hasOutboundMarks(payload)) return true;
  if (legOf(payload) === "b") return false;
  return payload.direction?.toLowerCase() === "outbound";
}
