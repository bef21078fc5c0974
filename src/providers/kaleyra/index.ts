import { createCallbackParser, createProviderDetector } from "../../parse-callback.js";
import { withPhoneDataCheck } from "../phone-data-check.js";
import { kaleyra } from "./definition.js";

/**
 * Parses a Kaleyra callback (GET query, form or JSON). Same options and result as `parseCallback`.
 *
 * Hint: Kaleyra's keys are whatever the customer put in the callback URL or profile, so pass
 * `provider: "kaleyra"` and, unless the URL carries `event=…`, `event` (`"call_end"`, `"to_call_answer"`, …, or
 * callhooks' `"ivr_lookup"`, `"ivr_keypress"`, `"ivr_call_end"` for legacy IVR URLs). callhooks reads keys named
 * after Kaleyra's placeholders (`caller={caller}&keypress={keypress}`); a delivery without `{id}` gets an id made
 * of the values it carries (docs/providers/kaleyra.md#no-call-id).
 *
 * @param body The raw request body (`null` for a GET delivery), or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options: `query` for a GET delivery, `event` when the URL does not name it.
 * @returns The parse result; never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/kaleyra";
 * const result = parse(null, null, { provider: "kaleyra", query: new URL(req.url).searchParams });
 * if (result.ok && result.event.type === "call.ended") console.log(result.event.outcome, result.event.raw.status2);
 * ```
 */
export const parse = /* @__PURE__ */ withPhoneDataCheck(createCallbackParser([kaleyra]), "callhooks/kaleyra");

/**
 * Tells whether a body is a Kaleyra callback. Only the legacy template's key set (`receiver`, an upper-case
 * `status`, `status1`/`status2`/`billsec`/`recordpath`) can be told (docs/providers/kaleyra.md#detection); any
 * other Kaleyra delivery needs `provider: "kaleyra"`.
 *
 * @param body The raw request body, or the object a framework parsed.
 * @param contentType The `Content-Type` header.
 * @param options The parse options.
 * @returns `"kaleyra"`, or `null`.
 * @example
 * ```ts
 * detect(null, null, { query: "caller=919845012345&receiver=919900112233&status=ANSWER&billsec=41&id=8841502317" });
 * //=> "kaleyra"
 * ```
 */
export const detect = /* @__PURE__ */ createProviderDetector([kaleyra]);

export type { KaleyraApi, KaleyraEventName } from "./classify.js";
export {
  buildCallbackParam,
  KALEYRA_CALLBACK_LIMIT,
  type KaleyraCallbackEvent,
  type KaleyraCallbackParam,
  type KaleyraCallbackSpec,
  type KaleyraCallbackTargets,
} from "./replies/callback-param.js";
export { type KaleyraPayload, kaleyraPayloadSchema } from "./schema.js";
