import * as v from "valibot";
import { nonEmptyString, wholeNumber } from "./reply-params.js";
import { buildReply, type ReplyResult } from "./reply-result.js";

/**
 * The parameters of `makeCall`: bridge the call to another party (8X8-REPO call-action handling, notes §2.3).
 *
 * @example
 * ```ts
 * const params: WavecellMakeCallParams = { source: "6512345678", destination: "6587654321", callRecording: true };
 * ```
 */
export interface WavecellMakeCallParams {
  /** The calling party, E.164: the virtual number of the sub-account. */
  readonly source: string;
  /** The called party, E.164. */
  readonly destination: string;
  /** Whether to record the call (call recording must be set up on the account). */
  readonly callRecording?: boolean;
}

/**
 * The parameters of `say`: speak a text into the call.
 *
 * @example
 * ```ts
 * const params: WavecellSayParams = { text: "Hello", voiceProfile: "en-US-ZiraRUS", repetition: 1, speed: 1 };
 * ```
 */
export interface WavecellSayParams {
  /** The text to speak. */
  readonly text: string;
  /** The voice profile (`"en-US-ZiraRUS"`), from 8x8's Voice Profile API. */
  readonly voiceProfile: string;
  /** The language of the text. */
  readonly language?: string;
  /** How many times to speak it, 1–3 (default 1). */
  readonly repetition?: number;
  /** The speed of the speech, 0.5–2.0 (default 1). */
  readonly speed?: number;
}

/**
 * The parameters of `playFile`: play a hosted `.wav` or `.mp3` file (under 5 MB) into the call.
 *
 * @example
 * ```ts
 * const params: WavecellPlayFileParams = { fileUrl: "https://example.com/hello.mp3", repetition: 1 };
 * ```
 */
export interface WavecellPlayFileParams {
  /** The public http(s) URL of the file. */
  readonly fileUrl: string;
  /** How many times to play it, 1–3 (default 1). */
  readonly repetition?: number;
}

/**
 * The parameters of `sayAndCapture` (IVR): speak a prompt, then collect key presses, which come back to the
 * VCA endpoint as a `CALL_ACTION` `ACTION_COMPLETED` with `eventData.dtmf`.
 *
 * @example
 * ```ts
 * const params: WavecellSayAndCaptureParams = { promptMessage: "Press 1 for sales", voiceProfile: "en-US-BenjaminRUS", maxDigits: 1 };
 * ```
 */
export interface WavecellSayAndCaptureParams {
  /** The prompt to speak. */
  readonly promptMessage: string;
  /** The voice profile of the spoken texts. */
  readonly voiceProfile: string;
  /** What to say after a valid input. */
  readonly successMessage?: string;
  /** What to say after a timeout or an input of the wrong length. */
  readonly failureMessage?: string;
  /** The speed of the speech, 0.5–2.0 (default 1). */
  readonly speed?: number;
  /** Whether `#` ends the input (default true); when false, `maxDigits` is required. */
  readonly completeOnHash?: boolean;
  /** The fewest digits that make a valid input, 0–25; requires `maxDigits`. */
  readonly minDigits?: number;
  /** The most digits accepted, 1–25 (default 25). */
  readonly maxDigits?: number;
  /** The time allowed between two digits, in ms; requires a larger `overallTimeout`. */
  readonly digitTimeout?: number;
  /** The time allowed for the whole input, in ms (default 30000). */
  readonly overallTimeout?: number;
  /** How many times to prompt again after a failed input (default 3). */
  readonly noOfTries?: number;
}

/**
 * `makeCall` action.
 *
 * @example
 * ```ts
 * const action: WavecellMakeCallAction = { action: "makeCall", params: { source: "6512345678", destination: "6587654321" } };
 * ```
 */
export interface WavecellMakeCallAction {
  /** The action. */
  readonly action: "makeCall";
  /** Its parameters. */
  readonly params: WavecellMakeCallParams;
}

/**
 * `say` action.
 *
 * @example
 * ```ts
 * const action: WavecellSayAction = { action: "say", params: { text: "Hello", voiceProfile: "en-US-ZiraRUS" } };
 * ```
 */
export interface WavecellSayAction {
  /** The action. */
  readonly action: "say";
  /** Its parameters. */
  readonly params: WavecellSayParams;
}

/**
 * `playFile` action.
 *
 * @example
 * ```ts
 * const action: WavecellPlayFileAction = { action: "playFile", params: { fileUrl: "https://example.com/hello.mp3" } };
 * ```
 */
export interface WavecellPlayFileAction {
  /** The action. */
  readonly action: "playFile";
  /** Its parameters. */
  readonly params: WavecellPlayFileParams;
}

/**
 * `sayAndCapture` action.
 *
 * @example
 * ```ts
 * const action: WavecellSayAndCaptureAction = { action: "sayAndCapture", params: { promptMessage: "Press 1", voiceProfile: "en-US-BenjaminRUS" } };
 * ```
 */
export interface WavecellSayAndCaptureAction {
  /** The action. */
  readonly action: "sayAndCapture";
  /** Its parameters. */
  readonly params: WavecellSayAndCaptureParams;
}

/**
 * `hangup` action: ends the session. It has no `params` (8X8-REPO sends `{"action": "hangup"}`).
 *
 * @example
 * ```ts
 * const action: WavecellHangupAction = { action: "hangup" };
 * ```
 */
export interface WavecellHangupAction {
  /** The action. */
  readonly action: "hangup";
}

/**
 * One action of an 8x8 call-flow reply, keyed by `action`.
 *
 * @example
 * ```ts
 * const action: WavecellCallflowAction = { action: "hangup" };
 * ```
 */
export type WavecellCallflowAction =
  | WavecellMakeCallAction
  | WavecellSayAction
  | WavecellPlayFileAction
  | WavecellSayAndCaptureAction
  | WavecellHangupAction;

/**
 * The 8x8 reply body to a `CALL_ACTION`: `{"clientActionId"?, "callflow":[…]}`.
 *
 * @example
 * ```ts
 * const reply: WavecellCallflowReply = { clientActionId: "ivr1_level2", callflow: [{ action: "hangup" }] };
 * ```
 */
export interface WavecellCallflowReply {
  /** Your label for this step; 8x8 sends it back in the next `CALL_ACTION` (`payload.clientActionId`). */
  readonly clientActionId?: string;
  /** The actions, run in order. */
  readonly callflow: readonly WavecellCallflowAction[];
}

/**
 * Options of `callflow()`.
 *
 * @example
 * ```ts
 * const options: WavecellCallflowOptions = { clientActionId: "ivr1_level2" };
 * ```
 */
export interface WavecellCallflowOptions {
  /** Your label for this step, sent back in the next `CALL_ACTION`. */
  readonly clientActionId?: string;
}

const SPEED_RULE = "must be a number from 0.5 to 2.0";
// @__NO_SIDE_EFFECTS__
const speed = () => v.optional(v.pipe(v.number(SPEED_RULE), v.minValue(0.5, SPEED_RULE), v.maxValue(2, SPEED_RULE)));
// @__NO_SIDE_EFFECTS__
const repetition = () => v.optional(wholeNumber(1, 3));
// @__NO_SIDE_EFFECTS__
const flag = () => v.optional(v.boolean("must be true or false"));
const HTTP_URL = /^https?:\/\/[^\s/]+/i;

const makeCallAction = v.strictObject({
  action: v.literal("makeCall"),
  params: v.strictObject(
    { source: nonEmptyString(), destination: nonEmptyString(), callRecording: flag() },
    "must be an object",
  ),
});

const sayAction = v.strictObject({
  action: v.literal("say"),
  params: v.strictObject(
    {
      text: nonEmptyString(),
      voiceProfile: nonEmptyString(),
      language: v.optional(nonEmptyString()),
      repetition: repetition(),
      speed: speed(),
    },
    "must be an object",
  ),
});

const playFileAction = v.strictObject({
  action: v.literal("playFile"),
  params: v.strictObject(
    {
      // 8x8 downloads the file: http and https only (8X8-REPO playFile reference).
      fileUrl: v.pipe(nonEmptyString(), v.regex(HTTP_URL, "must be an http or https URL")),
      repetition: repetition(),
    },
    "must be an object",
  ),
});

// The rules 8x8 enforces on sayAndCapture (8X8-REPO ivr/call-action-handling.md and the API status codes
// -1003, -1005, -1006, -1008 in error-codes/voice-status-codes.md), checked here so that a bad reply is
// caught before the call.
const sayAndCaptureParams = v.pipe(
  v.strictObject(
    {
      promptMessage: nonEmptyString(),
      voiceProfile: nonEmptyString(),
      successMessage: v.optional(nonEmptyString()),
      failureMessage: v.optional(nonEmptyString()),
      speed: speed(),
      completeOnHash: flag(),
      minDigits: v.optional(wholeNumber(0, 25)),
      maxDigits: v.optional(wholeNumber(1, 25)),
      digitTimeout: v.optional(wholeNumber(1)),
      overallTimeout: v.optional(wholeNumber(1)),
      noOfTries: v.optional(wholeNumber(1)),
    },
    "must be an object",
  ),
  v.forward(
    v.partialCheck(
      [["minDigits"], ["maxDigits"]],
      (input) => input.minDigits === undefined || input.maxDigits !== undefined,
      "is required when minDigits is given",
    ),
    ["maxDigits"],
  ),
  v.forward(
    v.partialCheck(
      [["completeOnHash"], ["maxDigits"]],
      (input) => input.completeOnHash !== false || input.maxDigits !== undefined,
      "is required when completeOnHash is false",
    ),
    ["maxDigits"],
  ),
  v.forward(
    v.partialCheck(
      [["minDigits"], ["maxDigits"]],
      (input) => input.minDigits === undefined || input.maxDigits === undefined || input.minDigits <= input.maxDigits,
      "must not be more than maxDigits",
    ),
    ["minDigits"],
  ),
  v.forward(
    v.partialCheck(
      [["digitTimeout"], ["overallTimeout"]],
      (input) => input.digitTimeout === undefined || input.overallTimeout !== undefined,
      "is required when digitTimeout is given",
    ),
    ["overallTimeout"],
  ),
  v.forward(
    v.partialCheck(
      [["digitTimeout"], ["overallTimeout"]],
      (input) =>
        input.digitTimeout === undefined ||
        input.overallTimeout === undefined ||
        input.digitTimeout < input.overallTimeout,
      "must be less than overallTimeout",
    ),
    ["digitTimeout"],
  ),
);

const sayAndCaptureAction = v.strictObject({ action: v.literal("sayAndCapture"), params: sayAndCaptureParams });

const hangupAction = v.strictObject({ action: v.literal("hangup") });

const actionSchema = v.variant(
  "action",
  [makeCallAction, sayAction, playFileAction, sayAndCaptureAction, hangupAction],
  'must be "makeCall", "say", "playFile", "sayAndCapture" or "hangup"',
);

const callflowBodySchema = v.strictObject({
  clientActionId: v.optional(nonEmptyString()),
  callflow: v.pipe(v.array(actionSchema, "must be an array of actions"), v.minLength(1, "must not be empty")),
});

/**
 * Builds the reply to an 8x8 `CALL_ACTION`: `{"clientActionId"?, "callflow":[{action, params}]}` (8X8-REPO
 * call-action handling, notes §2.3). Send `body` with HTTP 200 and `Content-Type: application/json`.
 *
 * @param actions The actions, in order: at least one.
 * @param options The `clientActionId` that 8x8 sends back with the next `CALL_ACTION`.
 * @returns The body and its object, or `invalid_reply` naming each bad action by index and parameter
 *   (`repetition` above 3, `minDigits` above `maxDigits`, a missing `fileUrl`, …). Never throws.
 * @example
 * ```ts
 * import { callflow } from "callhooks/wavecell";
 * const reply = callflow([{ action: "makeCall", params: { source: "6512345678", destination: "6587654321" } }], { clientActionId: "ivr1_level2" });
 * if (reply.ok) res.type("application/json").send(reply.body);
 * // reply.body
 * //=> '{"clientActionId":"ivr1_level2","callflow":[{"action":"makeCall","params":{"source":"6512345678","destination":"6587654321"}}]}'
 * ```
 */
export function callflow(
  actions: readonly WavecellCallflowAction[],
  options?: WavecellCallflowOptions,
): ReplyResult<WavecellCallflowReply> {
  const clientActionId = options?.clientActionId;
  const input = clientActionId === undefined ? { callflow: actions } : { clientActionId, callflow: actions };
  return buildReply<WavecellCallflowReply>(callflowBodySchema, input, "8x8 callflow");
}
