import type { CallEvent } from "../call-event.js";
import type { PhoneNumber } from "../events.js";

const party = (number: PhoneNumber | null): string => (number === null ? "?" : (number.e164 ?? number.raw));

/**
 * Formats one event as the readable line `callhooks listen` prints.
 *
 * @param event The event.
 * @param receivedAt When it arrived.
 * @param request The method and path it came on.
 * @returns The line, without a newline.
 * @example
 * ```ts
 * formatEventLine(event, new Date(), "POST /webhooks");
 * //=> "10:15:02 POST /webhooks  telecmi call.ended  +914471000000 → +919845012345  callId 16132200-…"
 * ```
 */
export function formatEventLine(event: CallEvent, receivedAt: Date, request: string): string {
  const time = receivedAt.toISOString().slice(11, 19);
  const outcome =
    event.type === "call.ended" ? ` (${event.outcome})` : event.type === "call.dtmf" ? ` ${event.digits}` : "";
  return `${time} ${request}  ${event.provider} ${event.type}${outcome}  ${party(event.from)} → ${party(event.to)}  callId ${event.callId || "(none)"}`;
}
