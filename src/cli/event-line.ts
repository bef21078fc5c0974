import type { CallEvent } from "../call-event.js";
import type { PhoneNumber } from "../events.js";
import { terminalText } from "./terminal-text.js";

const party = (number: PhoneNumber | null): string => (number === null ? "?" : terminalText(number.e164 ?? number.raw));

/**
 * Formats one event as the readable line `callhooks listen` prints. Every field the sender chose (the
 * numbers, the digits, the call id, the path) is escaped with `terminalText`.
 *
 * @param event The event.
 * @param receivedAt When it arrived.
 * @param request The method and path it came on (escaped here).
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
    event.type === "call.ended"
      ? ` (${event.outcome})`
      : event.type === "call.dtmf"
        ? ` ${terminalText(event.digits)}`
        : "";
  const callId = event.callId === "" ? "(none)" : terminalText(event.callId);
  return `${time} ${terminalText(request)}  ${event.provider} ${event.type}${outcome}  ${party(event.from)} → ${party(event.to)}  callId ${callId}`;
}
