import type { CallEvent } from "../call-event.js";
import type { ProviderId } from "../providers/ids.js";
import { sessionNamesCall } from "./provider-facts.js";
import { PROVIDER_IDS } from "./value-schemas.js";

const PROVIDERS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(PROVIDER_IDS);

const idOf = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Builds the key of the call an event belongs to: the provider, then the session id every leg of the
 * conversation shares, else the call id (CarrierX: always the call id, since its session id names the binding
 * that many calls go through). Events with one key belong in one `CallRecord`; use it to route
 * events to one queue partition, database row or Durable Object per call.
 *
 * @param event The event.
 * @returns The key, or `null` when the event names no call (URL Networks' API "Incoming Call" carries no call
 *   id) or is not an event. Never throws.
 * @example
 * ```ts
 * callKey(event);
 * //=> "telecmi:5202a928-3c1e-4b6f-9d47-2a8e61f0c3b5"
 * ```
 */
export function callKey(event: CallEvent): string | null {
  try {
    if (typeof event !== "object" || event === null) return null;
    const provider = event.provider as unknown;
    if (!PROVIDERS.has(provider)) return null;
    const session = sessionNamesCall(provider as ProviderId) ? idOf(event.sessionId) : null;
    const id = session ?? idOf(event.callId);
    return id === null ? null : `${provider as string}:${id}`;
  } catch {
    // A getter or Proxy that throws: not an event callhooks made.
    return null;
  }
}
