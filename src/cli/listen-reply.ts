import { createFieldView } from "../detect.js";
import type { CallEvent } from "../events.js";
import { callflow, classifyWavecell, commands } from "../providers/wavecell/index.js";

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
 * What `callhooks listen` answers an event with. Only Wavecell/8x8 asks for instructions: an 8x8
 * `CALL_ACTION` and a legacy Call Handle event wait for the next call-flow step (notes §2.1, §2.3). A dev
 * receiver has no call logic, so it sends the shortest reply the builders accept: hang up (an empty list is
 * not a documented reply). Every other event gets an empty 200.
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
  if (event.provider !== "wavecell") return null;
  const kind = classifyWavecell(createFieldView(event.raw as unknown as Record<string, unknown>)).kind;
  const reply =
    kind === "call-action"
      ? callflow([{ action: "hangup" }])
      : kind === "legacy-handle"
        ? commands([{ function: "Hangup" }])
        : null;
  return reply?.ok ? { contentType: "application/json", body: reply.body } : null;
}
