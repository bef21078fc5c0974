import { readText } from "../../normalize/text.js";
import { type FieldView, type Unsupported, unsupportedEvent } from "../define-provider.js";

/**
 * The TeleCMI shapes callhooks maps: CDRs, live events, and the oldest shape (`cmiuid`).
 *
 * @example
 * ```ts
 * const shape: TelecmiShape = "cdr";
 * ```
 */
export type TelecmiShape = "cdr" | "event" | "legacy";

const CDR_STATUSES: ReadonlySet<string> = new Set(["answered", "missed"]);
// `ringing` is the oldest shape's "outgoing started" (notes §4.4); `missed` also comes in that shape.
const LIVE_STATUSES: ReadonlySet<string> = new Set(["waiting", "started", "ringing", "answered", "hangup"]);
const LEGACY_STATUSES: ReadonlySet<string> = new Set([...LIVE_STATUSES, "missed"]);

const lower = (value: unknown): string | null => readText(value)?.toLowerCase() ?? null;

/**
 * Tells a TeleCMI CDR, live event and oldest-shape event apart (notes §4.1, §4.4).
 *
 * @param fields The delivery's fields.
 * @returns The shape, or why it is not one callhooks maps.
 * @example
 * ```ts
 * classifyTelecmi(view);
 * //=> "event"
 * ```
 */
export function classifyTelecmi(fields: FieldView): TelecmiShape | Unsupported {
  const status = lower(fields.get("status"));
  const type = lower(fields.get("type"));
  const isLegacy = fields.get("cmiuuid") === undefined && fields.get("cmiuid") !== undefined;
  // A modern payload without `type` is read by its status: only CDRs report `missed`.
  const kind = isLegacy ? "legacy" : (type ?? (status === "missed" ? "cdr" : "event"));
  if (kind !== "cdr" && kind !== "event" && kind !== "legacy") {
    return unsupportedEvent(
      `TeleCMI sends type "cdr" or "event"; this payload has type ${JSON.stringify(kind.slice(0, 20))}, which callhooks does not map.`,
    );
  }
  const known = kind === "cdr" ? CDR_STATUSES : kind === "event" ? LIVE_STATUSES : LEGACY_STATUSES;
  if (status !== null && !known.has(status)) {
    return unsupportedEvent(
      `TeleCMI ${kind} status ${JSON.stringify(status.slice(0, 20))} is not one callhooks maps (${[...known].join(", ")}).`,
    );
  }
  return kind;
}

/**
 * Tells whether a TeleCMI payload belongs to an outgoing call. `direction` alone misleads: leg B of an
 * incoming call says `outbound` (notes §4.6.6), so the click-to-call keys decide.
 *
 * @param payload The validated payload.
 * @returns `true` for an outgoing (click-to-call or dialled) call.
 * @example
 * ```ts
 * isOutgoingCall({ leg: "b", direction: "outbound", team: "Sales_2222223" });
 * //=> false
 * ```
 */
export function isOutgoingCall(payload: {
  readonly call_id?: string | null | undefined;
  readonly request_id?: string | null | undefined;
  readonly callerid?: string | null | undefined;
  readonly click_to_call?: boolean | null | undefined;
  readonly extra_params?: unknown;
  readonly direction?: string | null | undefined;
  readonly leg?: string | null | undefined;
}): boolean {
  if (payload.call_id || payload.request_id || payload.callerid || payload.click_to_call || payload.extra_params) {
    return true;
  }
  if (payload.leg?.toLowerCase() === "b") return false;
  return payload.direction?.toLowerCase() === "outbound";
}
