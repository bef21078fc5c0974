import * as v from "valibot";
import { type BuildResult, buildFromSchema } from "../../../builders/build-result.js";
import { wholeNumber } from "../../../builders/whole-number.js";
import { nonEmptyString } from "./reply-params.js";

const SPEED_RULE = "must be a number from 0.5 to 2.0";
// @__NO_SIDE_EFFECTS__
const speed = () => v.optional(v.pipe(v.number(SPEED_RULE), v.minValue(0.5, SPEED_RULE), v.maxValue(2, SPEED_RULE)));
// @__NO_SIDE_EFFECTS__
const repetition = () => v.optional(wholeNumber(1, 3));
// @__NO_SIDE_EFFECTS__
const flag = () => v.optional(v.boolean("must be true or false"));
const HTTP_URL = /^https?:\/\/[^\s/]+/i;

// Built by one pure call: the build merges this module into callhooks/wavecell's file, where a bundle of `parse`
// alone can drop only what a pure call built (2.4 kB of the subpath's min+gzip: npm run size:why).
// @__NO_SIDE_EFFECTS__
function callflowBodySchemaOf() {
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
        // 8x8 downloads the file: http and https only
        // (https://developer.8x8.com/connect/docs/voice/ivr/call-action-handling).
        fileUrl: v.pipe(nonEmptyString(), v.regex(HTTP_URL, "must be an http or https URL")),
        repetition: repetition(),
      },
      "must be an object",
    ),
  });

  // The rules 8x8 enforces on sayAndCapture (https://developer.8x8.com/connect/docs/voice/ivr/call-action-handling
  // and the status codes -1003, -1005, -1006, -1008 of
  // https://developer.8x8.com/connect/docs/voice/error-codes/voice-status-codes), checked here so that a bad reply
  // is caught before the call.
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

  return v.strictObject({
    clientActionId: v.optional(nonEmptyString()),
    callflow: v.pipe(v.array(actionSchema, "must be an array of actions"), v.minLength(1, "must not be empty")),
  });
}

const callflowBodySchema = /* @__PURE__ */ callflowBodySchemaOf();

/**
 * One action of an 8x8 call-flow reply, keyed by `action`: `makeCall` (bridge to `destination` from the
 * virtual number `source`), `say` (speak `text` with a `voiceProfile`), `playFile` (play an http(s) `.wav`/
 * `.mp3` under 5 MB), `sayAndCapture` (IVR: prompt, then collect keys, which come back as a `CALL_ACTION`
 * `ACTION_COMPLETED`) or `hangup`.
 *
 * @example
 * ```ts
 * const action: WavecellCallflowAction = { action: "say", params: { text: "Hello", voiceProfile: "en-US-ZiraRUS" } };
 * ```
 */
export type WavecellCallflowAction = v.InferInput<typeof callflowBodySchema>["callflow"][number];

/**
 * The 8x8 reply body to a `CALL_ACTION`: `{"clientActionId"?, "callflow":[…]}`.
 *
 * @example
 * ```ts
 * const reply: WavecellCallflowReply = { clientActionId: "ivr1_level2", callflow: [{ action: "hangup" }] };
 * ```
 */
export type WavecellCallflowReply = v.InferOutput<typeof callflowBodySchema>;

/**
 * Options of `callflow()`.
 *
 * @example
 * ```ts
 * const options: WavecellCallflowOptions = { clientActionId: "ivr1_level2" };
 * ```
 */
export interface WavecellCallflowOptions {
  /** Your label for this step, sent back in the next `CALL_ACTION` (`payload.clientActionId`). */
  readonly clientActionId?: string;
}

/**
 * Builds the reply to an 8x8 `CALL_ACTION`: `{"clientActionId"?, "callflow":[{action, params}]}`
 * (https://developer.8x8.com/connect/docs/voice/number-masking/call-action-handling). Send `body` with HTTP 200 and `Content-Type: application/json`.
 *
 * @param actions The actions, in order: at least one.
 * @param options The `clientActionId` that 8x8 sends back with the next `CALL_ACTION`.
 * @returns The body and its object, or `invalid_input` naming each bad action by index and parameter
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
): BuildResult<WavecellCallflowReply> {
  const clientActionId = options?.clientActionId;
  const input = clientActionId === undefined ? { callflow: actions } : { clientActionId, callflow: actions };
  return buildFromSchema(callflowBodySchema, input, "8x8 callflow reply", "The reply");
}
