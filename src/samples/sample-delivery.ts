import type { CallEventType } from "../events.js";
import type { ProviderId } from "../providers/registry.js";

/**
 * One delivery as a provider sends it: a bundled fixture (`list`, `get`, `delivery`), or one edited with `override`.
 * A GET delivery (Kaleyra, TeleCMI in GET mode) has its fields in `query` and no body; a POST has its body, as
 * JSON or form, and an empty `query`.
 *
 * @example
 * ```ts
 * const sample: SampleDelivery = {
 *   provider: "kaleyra",
 *   name: "kaleyra/call-end.query",
 *   type: "call.ended",
 *   method: "GET",
 *   contentType: null,
 *   body: null,
 *   query: "event=call_end&caller=…",
 * };
 * ```
 */
export interface SampleDelivery {
  /** The provider that sends it. */
  readonly provider: ProviderId;
  /** The sample's name: the provider, then the fixture's file name (`telecmi/cdr-incoming-answered.json`). */
  readonly name: string;
  /** The event type it parses to; `null` for a payload callhooks recognises and does not map (`unsupported_event`). */
  readonly type: CallEventType | null;
  /** The HTTP method: `GET` for a delivery whose fields are the URL's query, else `POST`. */
  readonly method: "GET" | "POST";
  /** The `Content-Type` header: `application/json` or `application/x-www-form-urlencoded`; `null` for a GET. */
  readonly contentType: string | null;
  /** The body text; `null` for a GET. */
  readonly body: string | null;
  /** The URL's query, without `?` (a GET delivery's fields); `""` for a POST. */
  readonly query: string;
}

/**
 * A value `override` writes: JSON bodies take it as it is; form and query parameters take its text (`null`: empty).
 *
 * @example
 * ```ts
 * const value: SampleValue = 42;
 * ```
 */
export type SampleValue = string | number | boolean | null;

/**
 * The fields `override` sets, in the provider's own shape: a dotted path into a JSON body (`payload.callId`,
 * `legs.0.status`), or a parameter name of a form body or a GET query. `undefined` removes the field.
 *
 * @example
 * ```ts
 * const overrides: SampleOverrides = { "payload.callId": "my-call", "payload.callStatus": "CALL_CONNECTED" };
 * ```
 */
export type SampleOverrides = Readonly<Record<string, SampleValue | undefined>>;

/**
 * The codes of a `SampleError`.
 *
 * @example
 * ```ts
 * if (!result.ok && result.error.code === "unknown_sample") console.log(result.error.message);
 * ```
 */
export type SampleErrorCode = "unknown_sample" | "invalid_override";

/**
 * Why `delivery` or `override` gave no delivery.
 *
 * @example
 * ```ts
 * const error: SampleError = { code: "unknown_sample", message: "URL Networks has no sample of a call.dtmf event …" };
 * ```
 */
export interface SampleError {
  /** `unknown_sample`: no such provider or event type; `invalid_override`: a field that cannot be set. */
  readonly code: SampleErrorCode;
  /** What was wrong and what to do. */
  readonly message: string;
}

/**
 * The result of `delivery` and `override`: the delivery, or why there is none. Neither function throws.
 *
 * @example
 * ```ts
 * const result: SampleResult = delivery("telecmi", "call.ended");
 * if (result.ok) parseCallback(result.delivery.body, result.delivery.contentType);
 * ```
 */
export type SampleResult =
  | { readonly ok: true; readonly delivery: SampleDelivery }
  | { readonly ok: false; readonly error: SampleError };
