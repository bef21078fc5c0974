import { excerpt } from "../../excerpt.js";
import { readText } from "../../normalize/text.js";
import { type FieldView, type Unsupported, unsupportedEvent } from "../define-provider.js";
import { isUnfilledPlaceholder } from "./schema.js";

/**
 * The callback events of each Kaleyra voice API, in the order of Kaleyra's doc
 * (https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis).
 *
 * @example
 * ```ts
 * KALEYRA_API_EVENTS["click-to-call"];
 * //=> ["from_call_start", "to_call_start", "from_call_answer", "to_call_answer", "call_end"]
 * ```
 */
export const KALEYRA_API_EVENTS = {
  outbound: ["call_start", "call_answer", "call_end"],
  "click-to-call": ["from_call_start", "to_call_start", "from_call_answer", "to_call_answer", "call_end"],
} as const;

/**
 * callhooks' names for the three callback URLs of a legacy Kaleyra IVR (call masking): a call landed on the
 * virtual number, the caller keyed digits, the call ended. Kaleyra names none of them: the route (or an
 * `event=` the customer writes into each URL) says which one fired (docs/providers/kaleyra.md#ivr-callbacks).
 *
 * @example
 * ```ts
 * KALEYRA_IVR_EVENTS;
 * //=> ["ivr_lookup", "ivr_keypress", "ivr_call_end"]
 * ```
 */
export const KALEYRA_IVR_EVENTS = ["ivr_lookup", "ivr_keypress", "ivr_call_end"] as const;

/**
 * A Kaleyra voice API that takes a `callback` parameter: the Outbound Calling API or the Click to Call API.
 *
 * @example
 * ```ts
 * const api: KaleyraApi = "click-to-call";
 * ```
 */
export type KaleyraApi = keyof typeof KALEYRA_API_EVENTS;

/**
 * A legacy IVR callback, by callhooks' name for it (Kaleyra has none).
 *
 * @example
 * ```ts
 * const event: KaleyraIvrEventName = "ivr_keypress";
 * ```
 */
export type KaleyraIvrEventName = (typeof KALEYRA_IVR_EVENTS)[number];

/**
 * A Kaleyra callback event: Kaleyra's own names (lower case, as its doc spells them) and callhooks' names for
 * the legacy IVR callbacks.
 *
 * @example
 * ```ts
 * const event: KaleyraEventName = "to_call_answer";
 * ```
 */
export type KaleyraEventName = KaleyraApiEventName | KaleyraIvrEventName;

/**
 * An event of the Outbound Calling or Click to Call API (Kaleyra's names).
 *
 * @example
 * ```ts
 * const event: KaleyraApiEventName = "call_end";
 * ```
 */
export type KaleyraApiEventName = (typeof KALEYRA_API_EVENTS)[KaleyraApi][number];

const EVENT_NAMES: ReadonlyMap<string, KaleyraEventName> = new Map(
  [...KALEYRA_API_EVENTS.outbound, ...KALEYRA_API_EVENTS["click-to-call"], ...KALEYRA_IVR_EVENTS].map((name) => [
    name,
    name,
  ]),
);
const VALID_NAMES =
  "call_start, call_answer, call_end (Outbound Calling API); from_call_start, to_call_start, from_call_answer, to_call_answer, call_end (Click to Call API); ivr_lookup, ivr_keypress, ivr_call_end (callhooks' names for legacy IVR callback URLs)";

// The legacy template's statuses, upper case as Kaleyra's operator list writes them
// (https://support.kaleyra.com/support/solutions/articles/3000091788-api-operator-status-for-voice).
const LEGACY_STATUSES: ReadonlySet<string> = new Set(["ANSWER", "BUSY", "NOANSWER", "CANCEL", "FAILED", "CONGESTION"]);
// The supporting keys of the legacy template; a key sent empty (`billsec=`) still counts
// (docs/providers/kaleyra.md#detection).
const SUPPORTING_KEYS = ["status1", "status2", "billsec", "recordpath"] as const;

/**
 * Tells whether a delivery carries Kaleyra's legacy template (docs/providers/kaleyra.md#detection): a
 * `receiver`, a `status` of the template, and at least one supporting key (`status1`, `status2`, `billsec`,
 * `recordpath`).
 *
 * Hint: with `anyCase: false` (detection) the status must be upper case, because TeleCMI (`answered`,
 * `missed`) and Wavecell (`CONNECTED`) send a `status` too; with `anyCase: true` (the route named Kaleyra) its
 * case does not matter.
 *
 * @param fields The delivery's fields.
 * @param anyCase Whether `status` may come in any case.
 * @returns `true` when the legacy key set is there.
 * @example
 * ```ts
 * hasLegacyKeySet(createFieldView({ receiver: "919900112233", status: "NOANSWER", billsec: "" }), false);
 * //=> true
 * ```
 */
export function hasLegacyKeySet(fields: FieldView, anyCase: boolean): boolean {
  const receiver = fields.get("receiver");
  if (!fields.has("receiver") || isUnfilledPlaceholder(receiver)) return false;
  const status = readText(fields.get("status"));
  if (typeof status !== "string" || !LEGACY_STATUSES.has(anyCase ? status.toUpperCase() : status)) return false;
  return SUPPORTING_KEYS.some((key) => fields.get(key) !== undefined);
}

function readEventName(value: unknown): string | null {
  if (isUnfilledPlaceholder(value)) return null;
  const name = readText(value);
  return typeof name === "string" && name !== "" ? name : null;
}

/**
 * Resolves a Kaleyra delivery's event. The payload has no fixed discriminator
 * (docs/providers/kaleyra.md#event-not-in-payload), so the event is `options.event` (the route knows it), else
 * an `event` key of the body or the query (body first, as the pipeline merges them), else, for a delivery with
 * the legacy key set, `call_end`. Names match without case: Kaleyra's doc itself writes `Call_start` and
 * `call_start` (docs/providers/kaleyra.md#doc-typos-in-event-names).
 *
 * @param fields The delivery's fields.
 * @param optionEvent `options.event`.
 * @returns The event, or why it cannot be told.
 * @example
 * ```ts
 * resolveKaleyraEvent(createFieldView({ event: "From_Call_Answer" }), undefined);
 * //=> "from_call_answer"
 * ```
 */
export function resolveKaleyraEvent(
  fields: FieldView,
  optionEvent: string | undefined,
): KaleyraEventName | Unsupported {
  const named = readEventName(optionEvent) ?? readEventName(fields.get("event"));
  if (named === null) {
    if (hasLegacyKeySet(fields, true)) return "call_end";
    return unsupportedEvent(
      `This Kaleyra delivery does not name its event, and it is not a legacy call record (receiver and a status such as ANSWER or NOANSWER). Pass options.event, or put the event in the callback URL (?event=call_end&…). Events: ${VALID_NAMES}.`,
    );
  }
  const event = EVENT_NAMES.get(named.toLowerCase());
  if (event !== undefined) return event;
  return unsupportedEvent(`Kaleyra event ${excerpt(named)} is not one callhooks maps. Events: ${VALID_NAMES}.`);
}
