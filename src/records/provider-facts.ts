import type { ProviderId } from "../provider-id.js";

// The provider-specific facts the fold needs, kept in this one file for the provider definitions to take over.

// Which `call.ended` events are a provider's final summary of the call, named by the native event that starts
// each event id (`telecmi:cdr:answered:…`), so the fold reads it without looking into `raw`.
const FINAL_SUMMARY_EVENTS: { readonly [P in ProviderId]: ReadonlySet<string> } = {
  // Every CarrierX call event is a Mediator record, sent once the call is over
  // (https://docs.carrierx.com/mediator/quick-starts/callbacks-via-portal).
  carrierx: /* @__PURE__ */ new Set(["mediator"]),
  // `call_end` is Kaleyra's only end event; the start and answer events carry no figures.
  kaleyra: /* @__PURE__ */ new Set(["call_end"]),
  // A CDR (`type: "cdr"`) follows the live events of each leg (https://doc.telecmi.com/chub/docs/incoming-answered).
  telecmi: /* @__PURE__ */ new Set(["cdr"]),
  // `incoming_hangup_success` / `incoming_hangup_missed` close the call; `extension_hangup` ends one extension
  // (https://url.net.au/help/hosted-pbx/http-endpoint-events).
  urlnetworks: /* @__PURE__ */ new Set(["incoming_hangup_success", "incoming_hangup_missed"]),
  // 8x8's SESSION_SUMMARY and the legacy aggregated call status sum up the session after its legs' events
  // (https://developer.wavecell.com/voice/number-masking-information/aggregated-call-status).
  wavecell: /* @__PURE__ */ new Set(["session-summary", "legacy-aggregated"]),
};

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
    id.startsWith(`${provider}:`) && FINAL_SUMMARY_EVENTS[provider].has(id.slice(start, end === -1 ? id.length : end))
  );
}

// Providers whose `sessionId` names something wider than one conversation. CarrierX's `reference_sid` is the
// binding or dialout the call went through (https://docs.carrierx.com/mediator/quick-starts/callbacks-via-portal):
// every call through one binding shares it, so a CarrierX call is keyed by its own record id (`dr_sid`).
const SESSION_SPANS_CALLS: ReadonlySet<ProviderId> = /* @__PURE__ */ new Set<ProviderId>(["carrierx"]);

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
  return !SESSION_SPANS_CALLS.has(provider);
}
