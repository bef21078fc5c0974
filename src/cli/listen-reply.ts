import type { CallEvent } from "../call-event.js";
import { createFieldView } from "../detect.js";
import { isUnsupported } from "../providers/define-provider.js";
import { PROVIDERS } from "../providers/registry.js";

/**
 * The HTTP 200 body a provider expects back, where it expects one.
 *
 * @example
 * ```ts
 * const reply: ListenReply = { contentType: "application/json", body: '{"callflow":[{"action":"hangup"}]}' };
 * ```
 */
export interface ListenReply {
  /** The reply's content type. */
  readonly contentType: string;
  /** The reply body. */
  readonly body: string;
}

/**
 * What `callhooks listen` answers an event with: the `defaultReply` its provider declares for the event's shape
 * (8x8 `CALL_ACTION` and a legacy Call Handle event wait for instructions), else an empty 200.
 *
 * @param event The event.
 * @returns The reply, or `null` for an empty 200.
 * @example
 * ```ts
 * listenReply(callActionEvent)?.body;
 * //=> '{"callflow":[{"action":"hangup"}]}'
 * ```
 */
export function listenReply(event: CallEvent): ListenReply | null {
  const provider = PROVIDERS.find((definition) => definition.id === event.provider);
  if (provider === undefined) return null;
  // The raw payload is the delivery's validated fields: its shape is classified again, as the parse did.
  const shapeName = provider.classify(createFieldView(event.raw as Readonly<Record<string, unknown>>), {
    event: undefined,
    region: undefined,
  });
  if (isUnsupported(shapeName)) return null;
  const shapes: Readonly<Record<string, { readonly defaultReply?: ListenReply }>> = provider.shapes;
  return shapes[shapeName]?.defaultReply ?? null;
}
