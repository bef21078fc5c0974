import * as v from "valibot";
import { type BuildResult, buildFromSchema } from "../../../builders/build-result.js";
import { wholeNumber } from "../../../builders/whole-number.js";
import { nonEmptyString } from "./reply-params.js";

const RINGTONES = ["au", "eu", "jp", "uk", "us"] as const;

// Built by one pure call, so that a bundle of callhooks/wavecell's `parse` alone drops it (see callflow.ts).
// @__NO_SIDE_EFFECTS__
function commandsBodySchemaOf() {
  const makeCallSchema = v.strictObject({
    function: v.literal("MakeCall"),
    targetMsisdn: nonEmptyString(),
    sourceMsisdn: nonEmptyString(),
    ringtone: v.optional(v.picklist(RINGTONES, `must be one of ${RINGTONES.join(", ")}`)),
  });

  const ttsEntries = {
    function: v.literal("PlayTTS"),
    message: nonEmptyString(),
    voice: v.picklist(["f", "m"], 'must be "f" (female) or "m" (male)'),
    language: nonEmptyString(),
  } as const;

  // https://developer.wavecell.com/voice/number-masking-information/commands: "If dtmfInterrupt is used, dtmfLength
  // is also required." A second variant key says so, as the
  // TypeScript type does.
  const playTtsSchema = v.variant("dtmfInterrupt", [
    v.strictObject({ ...ttsEntries, dtmfInterrupt: v.literal(true), dtmfLength: wholeNumber(0, 20) }),
    v.strictObject({
      ...ttsEntries,
      dtmfInterrupt: v.optional(v.literal(false)),
      dtmfLength: v.optional(wholeNumber(0, 20)),
    }),
  ]);

  const hangupSchema = v.strictObject({ function: v.literal("Hangup") });

  // The nested PlayTTS variant reports a bad `dtmfInterrupt` through this one's message.
  const commandSchema = v.variant("function", [makeCallSchema, playTtsSchema, hangupSchema], (issue) => {
    if (issue.path?.[0]?.key === "dtmfInterrupt") return "must be true or false";
    return issue.input === "PlayFile"
      ? 'is "PlayFile", whose legacy parameters are not documented; use the 8x8 callflow() reply (playFile) for audio files'
      : 'must be "MakeCall", "PlayTTS" or "Hangup"';
  });

  return v.strictObject({
    commands: v.pipe(v.array(commandSchema, "must be an array of commands"), v.minLength(1, "must not be empty")),
  });
}

const commandsBodySchema = /* @__PURE__ */ commandsBodySchemaOf();

/**
 * One command of a legacy Wavecell reply, keyed by `function`: `MakeCall` (bridge the caller to
 * `targetMsisdn`, from the virtual number `sourceMsisdn`), `PlayTTS` (speak `message`; with `dtmfInterrupt`
 * the keys pressed come back as a `DTMF_RECEIVED` event and `dtmfLength`, 0–20, is required) or `Hangup`.
 *
 * Hint: `PlayFile` is not offered: its legacy parameter names are in no published page. For audio files use the
 * 8x8 `callflow()` reply's `playFile`.
 *
 * @example
 * ```ts
 * const command: WavecellCommand = { function: "PlayTTS", message: "Press 1", voice: "f", language: "en", dtmfInterrupt: true, dtmfLength: 1 };
 * ```
 */
export type WavecellCommand = v.InferInput<typeof commandsBodySchema>["commands"][number];

/**
 * The legacy Wavecell reply body: `{"commands":[…]}`.
 *
 * @example
 * ```ts
 * const reply: WavecellCommandsReply = { commands: [{ function: "Hangup" }] };
 * ```
 */
export type WavecellCommandsReply = v.InferOutput<typeof commandsBodySchema>;

/**
 * Builds the reply to a legacy Wavecell Call Handle event: `{"commands":[…]}`
 * (https://developer.wavecell.com/voice/number-masking-information/commands). Send
 * `body` with HTTP 200 and `Content-Type: application/json`.
 *
 * @param list The commands, in order: at least one.
 * @returns The body and its object, or `invalid_input` naming each bad command by index and parameter
 *   (`dtmfLength` outside 0–20, a missing `targetMsisdn`, …). Never throws.
 * @example
 * ```ts
 * import { commands } from "callhooks/wavecell";
 * const reply = commands([{ function: "MakeCall", targetMsisdn: "6512345678", sourceMsisdn: "6587654321", ringtone: "us" }]);
 * if (reply.ok) res.type("application/json").send(reply.body);
 * // reply.body
 * //=> '{"commands":[{"function":"MakeCall","targetMsisdn":"6512345678","sourceMsisdn":"6587654321","ringtone":"us"}]}'
 * ```
 */
export function commands(list: readonly WavecellCommand[]): BuildResult<WavecellCommandsReply> {
  return buildFromSchema(commandsBodySchema, { commands: list }, "Wavecell commands reply", "The reply");
}
