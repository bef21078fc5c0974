import * as v from "valibot";
import { nonEmptyString, wholeNumber } from "./reply-params.js";
import { buildReply, type ReplyResult } from "./reply-result.js";

/**
 * The ringtones `MakeCall` can play while the call connects (WC-CMDS).
 *
 * @example
 * ```ts
 * const ringtone: WavecellRingtone = "us";
 * ```
 */
export type WavecellRingtone = "au" | "eu" | "jp" | "uk" | "us";

/**
 * `MakeCall`: bridges the caller to another party (WC-CMDS, notes §2.1).
 *
 * @example
 * ```ts
 * const call: WavecellMakeCallCommand = { function: "MakeCall", targetMsisdn: "6512345678", sourceMsisdn: "6587654321" };
 * ```
 */
export interface WavecellMakeCallCommand {
  /** The command. */
  readonly function: "MakeCall";
  /** The called party, E.164 (`"6512345678"`). */
  readonly targetMsisdn: string;
  /** The calling party: the virtual number. */
  readonly sourceMsisdn: string;
  /** The ringtone to play while connecting. */
  readonly ringtone?: WavecellRingtone;
}

/**
 * The parameters every `PlayTTS` takes (WC-CMDS).
 *
 * @example
 * ```ts
 * const tts: WavecellPlayTtsBase = { function: "PlayTTS", message: "Hello", voice: "f", language: "en" };
 * ```
 */
export interface WavecellPlayTtsBase {
  /** The command. */
  readonly function: "PlayTTS";
  /** The text to speak. */
  readonly message: string;
  /** The voice: `"f"` female, `"m"` male. */
  readonly voice: "f" | "m";
  /** The language of the text (`"en"`). */
  readonly language: string;
}

/**
 * `PlayTTS`: speaks a message. With `dtmfInterrupt`, the keys pressed come back to the handleURL as a
 * `DTMF_RECEIVED` event, and `dtmfLength` (0–20, how many keys to wait for before `#`) is required (WC-CMDS).
 *
 * @example
 * ```ts
 * const menu: WavecellPlayTtsCommand = { function: "PlayTTS", message: "Press 1", voice: "f", language: "en", dtmfInterrupt: true, dtmfLength: 1 };
 * ```
 */
export type WavecellPlayTtsCommand =
  | (WavecellPlayTtsBase & {
      /** Whether to report key presses: off. */
      readonly dtmfInterrupt?: false;
      /** How many keys to wait for, 0–20. */
      readonly dtmfLength?: number;
    })
  | (WavecellPlayTtsBase & {
      /** Whether to report key presses: on. */
      readonly dtmfInterrupt: true;
      /** How many keys to wait for before `#`, 0–20. */
      readonly dtmfLength: number;
    });

/**
 * `Hangup`: ends the call. It takes no parameters (8X8-IVRHANDLE lists it among the legacy actions).
 *
 * @example
 * ```ts
 * const hangup: WavecellHangupCommand = { function: "Hangup" };
 * ```
 */
export interface WavecellHangupCommand {
  /** The command. */
  readonly function: "Hangup";
}

/**
 * One command of a legacy Wavecell reply, keyed by `function`.
 *
 * Hint: `PlayFile` is not offered: its legacy parameter names are in no published page (notes §2.1, §8).
 * For audio files use the 8x8 `callflow()` reply's `playFile`.
 *
 * @example
 * ```ts
 * const command: WavecellCommand = { function: "Hangup" };
 * ```
 */
export type WavecellCommand = WavecellMakeCallCommand | WavecellPlayTtsCommand | WavecellHangupCommand;

/**
 * The legacy Wavecell reply body: `{"commands":[…]}`.
 *
 * @example
 * ```ts
 * const reply: WavecellCommandsReply = { commands: [{ function: "Hangup" }] };
 * ```
 */
export interface WavecellCommandsReply {
  /** The commands, run in order. */
  readonly commands: readonly WavecellCommand[];
}

const RINGTONES = ["au", "eu", "jp", "uk", "us"] as const;

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

// WC-CMDS: "If dtmfInterrupt is used, dtmfLength is also required." A second variant key says so, as the
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

const commandsBodySchema = v.strictObject({
  commands: v.pipe(v.array(commandSchema, "must be an array of commands"), v.minLength(1, "must not be empty")),
});

/**
 * Builds the reply to a legacy Wavecell Call Handle event: `{"commands":[…]}` (WC-CMDS, notes §2.1). Send
 * `body` with HTTP 200 and `Content-Type: application/json`.
 *
 * @param list The commands, in order: at least one.
 * @returns The body and its object, or `invalid_reply` naming each bad command by index and parameter
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
export function commands(list: readonly WavecellCommand[]): ReplyResult<WavecellCommandsReply> {
  return buildReply<WavecellCommandsReply>(commandsBodySchema, { commands: list }, "Wavecell commands");
}
