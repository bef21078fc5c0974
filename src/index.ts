import type { CallEvent } from "./call-event.js";
import { createCallbackParser, createProviderDetector } from "./parse-callback.js";
import { createRequestParser, type RequestParser } from "./parse-request.js";
import { PROVIDERS } from "./providers/registry.js";

/**
 * Parses a telephony provider's callback into one normalized call event: decode → detect → validate →
 * normalize. It never throws: every failure is `{ ok: false, error }`.
 *
 * @param body The raw request body (string or bytes), URLSearchParams, or the object a framework parsed.
 * @param contentType The `Content-Type` header; sniffed when missing.
 * @param options The provider or event when the route knows them, the URL's query, the default region,
 *   the body-size cap.
 * @returns The parse result.
 * @example
 * ```ts
 * import { parseCallback } from "callhooks";
 * const result = parseCallback(req.body, req.headers["content-type"]);
 * if (result.ok && result.event.type === "call.ended") save(result.event.callId, result.event.durationSec);
 * ```
 */
export const parseCallback = /* @__PURE__ */ createCallbackParser(PROVIDERS);

/**
 * Tells which provider sent a callback, from its fingerprint keys, without validating it.
 *
 * @param body The request body, in any `parseCallback` form.
 * @param contentType The `Content-Type` header.
 * @param options The parse options (`query`, `maxBodyBytes`, `provider`).
 * @returns The provider id, or `null` when no provider, or more than one, matches.
 * @example
 * ```ts
 * detectProvider('{"type":"cdr","cmiuuid":"16132200-57fa-47b5-888d-4ab5b7e631ee"}', "application/json");
 * //=> "telecmi"
 * ```
 */
export const detectProvider = /* @__PURE__ */ createProviderDetector(PROVIDERS);

/**
 * Parses a callback delivered as a Web standard `Request` (Hono, Next.js route handlers, Cloudflare Workers,
 * Deno, Bun). It reads the body once, stops at `maxBodyBytes` or after `bodyTimeoutMs` without reading the
 * rest, and takes the URL's query (a GET delivery's data). It never throws and never rejects.
 *
 * @param request The request; its body must not have been read yet.
 * @param options The parse options and `bodyTimeoutMs`; `query` defaults to the URL's query. `verify` (with
 *   `remoteAddress`) checks the request before its body is read.
 * @returns A promise of the parse result.
 * @example
 * ```ts
 * import { parseRequest } from "callhooks";
 * export async function POST(request: Request) {
 *   const result = await parseRequest(request);
 *   return new Response(null, { status: result.ok ? 200 : 400 });
 * }
 * ```
 */
export const parseRequest: RequestParser<CallEvent> = /* @__PURE__ */ createRequestParser(parseCallback);

export type { BuildError, BuildResult } from "./builders/build-result.js";
export type {
  CallAnsweredEvent,
  CallDtmfEvent,
  CallEndedEvent,
  CallEvent,
  CallEventBase,
  CallEventOf,
  CallInitiatedEvent,
  CallRingingEvent,
} from "./call-event.js";
export type { CallbackError, CallbackErrorCode, CallbackIssue } from "./errors.js";
export type { CallEventType, CallOutcome, CallRecording, PhoneNumber } from "./events.js";
export {
  type AdapterOptions,
  type CallbackBody,
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_FIELDS,
  type ParseOptions,
  type QueryInput,
  type QueryObject,
  type QueryValue,
} from "./options.js";
export type { CallbackParser, ProviderDetector } from "./parse-callback.js";
export { createRequestParser, type RequestParser } from "./parse-request.js";
export type { ParseResult } from "./parse-result.js";
export type * as carrierx from "./providers/carrierx/index.js";
export type * as kaleyra from "./providers/kaleyra/index.js";
export type { ProviderId, ProviderPayloads } from "./providers/registry.js";
export type * as telecmi from "./providers/telecmi/index.js";
export type * as urlnetworks from "./providers/urlnetworks/index.js";
export type * as wavecell from "./providers/wavecell/index.js";
// Call records: events folded, in any order, into one record per call; events as JSON for queues.
export { applyEvent } from "./records/apply-event.js";
export { callKey } from "./records/call-key.js";
export {
  CALL_RECORD_LIMITS,
  type CallEnding,
  type CallKeyPress,
  type CallLeg,
  type CallRecord,
  type CallStatus,
} from "./records/call-record.js";
export { callRecordSchema } from "./records/call-record-schema.js";
export {
  type CallEventJSON,
  type EventFromJSONResult,
  type EventJSONResult,
  eventToJSON,
  parseEventJSON,
} from "./records/event-json.js";
export { callEventJsonSchema } from "./records/event-schema.js";
export { mergeCallRecords } from "./records/merge-call-records.js";
export type { CallRecordError, CallRecordErrorCode, CallRecordResult } from "./records/record-error.js";
export {
  type BasicCredential,
  type HeaderCheck,
  type HeaderRecord,
  type IpAllowList,
  type RequestOptions,
  type RequestParts,
  type UrlTokenCheck,
  type VerifiableRequest,
  type VerifyCallbackOptions,
  type VerifyPolicy,
  type VerifyResult,
  verifyCallback,
} from "./verify/index.js";
