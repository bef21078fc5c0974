import type { CallEventType } from "../events.js";
import type { ProviderId } from "../providers/registry.js";
import { SAMPLES_BY_PROVIDER } from "./data/index.js";
import { override } from "./override.js";
import type { SampleOverrides, SampleResult } from "./sample-delivery.js";

const unknown = (message: string): SampleResult => ({ ok: false, error: { code: "unknown_sample", message } });

/**
 * A provider's sample delivery of an event type, with fields set in the provider's own shape: for a user's unit
 * tests, a real-shaped delivery of exactly the call they need. The sample is the first of that provider and type in
 * name order (`list(provider)` shows them all; `get(name)` picks one).
 *
 * @param provider The provider id.
 * @param type The event type the delivery parses to.
 * @param overrides Fields to set (see `override`): dotted JSON paths, or form and query parameters.
 * @returns `{ ok: true, delivery }`, or `unknown_sample` (no such provider, or none of its samples is of that type)
 *   or `invalid_override`. Never throws.
 * @example
 * ```ts
 * import * as samples from "callhooks/samples";
 * const sent = samples.delivery("telecmi", "call.ended", { cmiuuid: "call-1", billedsec: 42 });
 * if (sent.ok) parseCallback(sent.delivery.body, sent.delivery.contentType);
 * //=> { ok: true, event: { type: "call.ended", callId: "call-1", durationSec: 42, … } }
 * ```
 */
export function delivery(provider: ProviderId, type: CallEventType, overrides: SampleOverrides = {}): SampleResult {
  if (typeof provider !== "string" || !Object.hasOwn(SAMPLES_BY_PROVIDER, provider)) {
    return unknown(
      `No provider is called ${JSON.stringify(provider)}: use one of ${Object.keys(SAMPLES_BY_PROVIDER).join(", ")}.`,
    );
  }
  const own = SAMPLES_BY_PROVIDER[provider];
  const sample = own.find((candidate) => candidate.type === type);
  if (sample === undefined) {
    const all = own.map((candidate) => candidate.type).filter((found) => found !== null);
    const types = all.filter((found, index) => all.indexOf(found) === index);
    return unknown(
      `No ${provider} sample is a ${JSON.stringify(type)} event: its samples are ${types.join(", ")} events.`,
    );
  }
  return override(sample, overrides);
}
