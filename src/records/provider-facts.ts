import type { ProviderId } from "../providers/ids.js";
import { FINAL_SUMMARIES, SESSION_IS_CALL } from "../providers/record-facts.js";

// The provider facts the fold needs come from each provider's definition (`records`), through the generated
// src/providers/record-facts.ts, so that the fold's bundle holds no provider.

/**
 * Tells whether a `call.ended` event is the provider's final summary of its call (a TeleCMI CDR, an 8x8
 * session summary, a CarrierX Mediator record, a Kaleyra `call_end`, a URL Networks `incoming_hangup_*`).
 *
 * @param provider The event's provider.
 * @param id The event's id, whose first part after the provider is the native event.
 * @returns `true` for a final summary.
 * @example
 * ```ts
 * isFinalSummary("telecmi", "telecmi:cdr:answered:16132200-57fa-47b5-888d-4ab5b7e631ee");
 * //=> true
 * ```
 */
export function isFinalSummary(provider: ProviderId, id: string): boolean {
  const start = provider.length + 1;
  const end = id.indexOf(":", start);
  return (
    id.startsWith(`${provider}:`) && FINAL_SUMMARIES[provider].includes(id.slice(start, end === -1 ? id.length : end))
  );
}

/**
 * Tells whether a provider's `sessionId` names one conversation (and so keys its call record).
 *
 * @param provider The provider.
 * @returns `false` where the session id is shared by many calls (CarrierX's binding).
 * @example
 * ```ts
 * sessionNamesCall("carrierx");
 * //=> false
 * ```
 */
export function sessionNamesCall(provider: ProviderId): boolean {
  return SESSION_IS_CALL[provider];
}
