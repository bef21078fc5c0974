import type { EventBase, EventOf } from "./events.js";
import type { ProviderId, ProviderPayloads } from "./providers/registry.js";

/**
 * The events one provider can produce, `raw` typed as that provider's payload.
 *
 * @example
 * ```ts
 * function onTelecmi(event: CallEventOf<"telecmi">) { event.raw.cmiuuid; }
 * ```
 */
export type CallEventOf<P extends ProviderId> = P extends ProviderId ? EventOf<P, ProviderPayloads[P]> : never;

/**
 * The normalized call event: a union on `type` and on `provider` (narrowing `provider` narrows `raw`).
 *
 * @example
 * ```ts
 * if (event.type === "call.ended" && event.provider === "carrierx") event.raw.dr_sid;
 * ```
 */
export type CallEvent = CallEventOf<ProviderId>;

/**
 * The fields every event carries.
 *
 * @example
 * ```ts
 * function log(event: CallEventBase) { console.log(event.provider, event.callId); }
 * ```
 */
export type CallEventBase<P extends ProviderId = ProviderId> = P extends ProviderId
  ? EventBase<P, ProviderPayloads[P]>
  : never;

/**
 * A call was placed (outbound) or started.
 *
 * @example
 * ```ts
 * if (event.type === "call.initiated") console.log("dialling", event.to?.e164);
 * ```
 */
export type CallInitiatedEvent<P extends ProviderId = ProviderId> = Extract<CallEventOf<P>, { type: "call.initiated" }>;

/**
 * A call is ringing (or waiting to be answered).
 *
 * @example
 * ```ts
 * if (event.type === "call.ringing") showPopup(event.from?.raw);
 * ```
 */
export type CallRingingEvent<P extends ProviderId = ProviderId> = Extract<CallEventOf<P>, { type: "call.ringing" }>;

/**
 * A call was answered.
 *
 * @example
 * ```ts
 * if (event.type === "call.answered") startTimer(event.callId);
 * ```
 */
export type CallAnsweredEvent<P extends ProviderId = ProviderId> = Extract<CallEventOf<P>, { type: "call.answered" }>;

/**
 * A call ended, with its outcome and figures.
 *
 * @example
 * ```ts
 * if (event.type === "call.ended") save(event.callId, event.outcome, event.durationSec);
 * ```
 */
export type CallEndedEvent<P extends ProviderId = ProviderId> = Extract<CallEventOf<P>, { type: "call.ended" }>;

/**
 * The caller pressed keys.
 *
 * @example
 * ```ts
 * if (event.type === "call.dtmf" && event.digits === "1") transferToSales();
 * ```
 */
export type CallDtmfEvent<P extends ProviderId = ProviderId> = Extract<CallEventOf<P>, { type: "call.dtmf" }>;
