import * as v from "valibot";
import { type BuildResult, buildFromSchema } from "../../../builders/build-result.js";
import { wholeNumber } from "../../../builders/whole-number.js";
import { dtmf, flag, method, phoneKey, phoneKeys, sid, url, xmlText, xmlValue } from "./flexml-params.js";
import { writeElement, type XmlElement } from "./xml.js";

// Every verb and noun CarrierX documents (https://docs.carrierx.com/flexml/flexml-api/flexml-syntax/<verb>),
// with its attributes: those of the verb's page, and those CarrierX's own applications use where the page's
// table could not be read (docs/providers/carrierx.md#flexml-reply). Strict objects: a misspelt attribute is
// refused, at compile time and at run time.

// The schemas are built in one pure factory: in dist/, valibot sits in another chunk, whose pure annotations a
// user's bundler does not apply to these calls, so module-level schemas would be kept even where `flexml` is not.

/** The message of a noun object: what it must be, or, for a key it does not know, that. */
// @__NO_SIDE_EFFECTS__
function nounMessage(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => (issue.expected === "never" ? "is not a known parameter" : `must be a ${what}`);
}

/** "must be one of a, b, c". */
// @__NO_SIDE_EFFECTS__
function oneOf(values: readonly string[]): string {
  return `must be one of ${values.join(", ")}`;
}

type VoiceName = "man" | "woman" | `Polly.${string}`;
/** The content rules the docs state and a schema's shape cannot: what `Play` and `Dial` hold. */
function contentRule(element: XmlElement): string | null {
  const has = (key: string) => element[key] !== undefined;
  if (element.verb === "Play") {
    const contents = Number(has("text")) + Number(has("children")) + Number(has("digits"));
    if (contents !== 1) return "(Play) must have exactly one of text (an audio URL), children (a File) or digits";
    // "Use with an empty Play and no other attributes" (https://docs.carrierx.com/flexml/flexml-api/flexml-syntax/play).
    if (has("digits") && Object.keys(element).some((key) => key !== "verb" && key !== "digits" && has(key))) {
      return "(Play with digits) must have no other attribute";
    }
  }
  if (element.verb === "Dial" && Number(has("text")) + Number(has("children")) !== 1) {
    return "(Dial) must have exactly one of text (a number) or children (Number nouns)";
  }
  return null;
}

/** Adds the content rule's issue, at the element's path. */
// @__NO_SIDE_EFFECTS__
function withContentRule<TSchema extends v.GenericSchema<unknown, XmlElement>>(schema: TSchema) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<TSchema>>(({ dataset, addIssue }) => {
      const message = dataset.typed ? contentRule(dataset.value) : null;
      if (message !== null) addIssue({ message });
    }),
  );
}

/** The schemas of a FlexML reply: built once, by a pure factory, so that a bundle without `flexml` drops them. */
// @__NO_SIDE_EFFECTS__
function flexmlSchemas() {
  // ---- Nouns ----

  /** `File`: a Storage file, by its `file_sid`, played by `Play`. */
  const fileNoun = v.strictObject(
    { noun: v.literal("File"), text: sid() },
    nounMessage('File noun ({ noun: "File", text })'),
  );

  /** `Number`: a phone number (or a SIP URI, through a trunk group) dialled by `Dial`; several ring at once. */
  const numberNoun = v.strictObject(
    { noun: v.literal("Number"), text: xmlText(), sendDigits: v.optional(dtmf()) },
    nounMessage('Number noun ({ noun: "Number", text })'),
  );

  /** `Parameter`: a custom key/value sent to the WebSocket server of a `Stream`. */
  const parameterNoun = v.strictObject(
    { noun: v.literal("Parameter"), name: xmlText(), value: xmlValue() },
    nounMessage('Parameter noun ({ noun: "Parameter", name, value })'),
  );

  const WEBSOCKET_URL = /^(?:wss?:\/\/|\/|\.|[^:]*$)/i;
  const NO_QUERY = /^[^?]*$/;

  /** `Stream`: call audio to a WebSocket server, started by `Start` (one-way) or `Connect` (two-way). */
  const streamNoun = v.pipe(
    v.strictObject(
      {
        noun: v.literal("Stream"),
        // ws or wss, absolute or relative; the URL takes no query: use Parameter nouns.
        url: v.pipe(
          url(),
          v.regex(WEBSOCKET_URL, "must be a ws:// or wss:// URL, or a relative one"),
          v.regex(NO_QUERY, "must not have a query: send values as Parameter nouns"),
        ),
        name: v.optional(xmlText()),
        track: v.optional(
          v.picklist(
            ["inbound_track", "outbound_track", "both_tracks", "mixed_tracks"],
            'must be "inbound_track", "outbound_track", "both_tracks" or "mixed_tracks"',
          ),
        ),
        audio_track: v.optional(
          v.picklist(["inbound", "outbound", "both", "mixed"], 'must be "inbound", "outbound", "both" or "mixed"'),
        ),
        maxLength: v.optional(wholeNumber(1)),
        timestampStart: v.optional(v.picklist(["relative", "absolute"], 'must be "relative" or "absolute"')),
        children: v.optional(v.array(parameterNoun, "must be an array of Parameter nouns")),
      },
      nounMessage('Stream noun ({ noun: "Stream", url, … })'),
    ),
    v.forward(
      v.partialCheck(
        [["track"], ["audio_track"]],
        (stream) => stream.track === undefined || stream.audio_track === undefined,
        "must not be given with track: use one of them",
      ),
      ["audio_track"],
    ),
  );

  /** The `Stream` inside `Stop`: the name of the stream to stop. */
  const stopStreamNoun = v.strictObject(
    { noun: v.literal("Stream"), name: xmlText() },
    nounMessage('Stream noun ({ noun: "Stream", name })'),
  );

  // ---- Verbs that Gather may hold ----

  const POLLY_VOICE = /^Polly\.[A-Za-z0-9_-]+$/;

  const say = v.strictObject({
    verb: v.literal("Say"),
    /** At most 1,024 characters; digits are read as a number (`123`) or one by one (`1 2 3`). */
    text: xmlText(1024),
    loop: v.optional(wholeNumber(0, 100)),
    loopPause: v.optional(wholeNumber(1, 300)),
    voice: v.optional(
      v.custom<VoiceName>(
        (input) => input === "man" || input === "woman" || (typeof input === "string" && POLLY_VOICE.test(input)),
        'must be "man", "woman" or "Polly.<Name>"',
      ),
    ),
  });

  const play = v.strictObject({
    verb: v.literal("Play"),
    /** The audio URL; or `children` with one File; or `digits`. */
    text: v.optional(url()),
    children: v.optional(v.strictTuple([fileNoun], "must be [a File noun]")),
    action: v.optional(url()),
    background: v.optional(flag()),
    controlSkip: v.optional(wholeNumber(1)),
    digits: v.optional(dtmf()),
    errorAction: v.optional(url()),
    errorMethod: v.optional(method()),
    forwardOnKey: v.optional(phoneKey()),
    informationAudioUrl: v.optional(url()),
    informationOnKey: v.optional(phoneKey()),
    loop: v.optional(wholeNumber(0)),
    loopPause: v.optional(wholeNumber(0)),
    method: v.optional(method()),
    minorControlSkip: v.optional(wholeNumber(1)),
    minorForwardOnKey: v.optional(phoneKey()),
    minorRewindOnKey: v.optional(phoneKey()),
    pauseAudioUrl: v.optional(url()),
    preBuffer: v.optional(wholeNumber(0)),
    restartOnKey: v.optional(phoneKey()),
    rewindOnKey: v.optional(phoneKey()),
    skip: v.optional(wholeNumber(0)),
    stopOnKey: v.optional(phoneKey()),
    streaming: v.optional(flag()),
    strictForwardControl: v.optional(flag()),
    timeLimit: v.optional(wholeNumber(1)),
    waitInitial: v.optional(wholeNumber(0)),
    waitInitialUrl: v.optional(url()),
    waitRepeat: v.optional(wholeNumber(0)),
    waitRepeatUrl: v.optional(url()),
  });

  const pauseEntries = {
    length: v.optional(wholeNumber(1)),
    noise: v.optional(flag()),
    minNoise: v.optional(wholeNumber(0)),
    silence: v.optional(flag()),
    minSilence: v.optional(wholeNumber(0)),
  } as const;
  const pause = v.strictObject({ verb: v.literal("Pause"), ...pauseEntries });
  /** `Wait` is the same verb as `Pause`. */
  const wait = v.strictObject({ verb: v.literal("Wait"), ...pauseEntries });

  const GATHER_CHILDREN = 'must be "Say", "Play" or "Pause": the verbs Gather may hold';
  const gatherChild = withContentRule(v.variant("verb", [say, play, pause], GATHER_CHILDREN));

  // ---- The other verbs ----

  const gather = v.strictObject({
    verb: v.literal("Gather"),
    /** Prompts played while the keys are collected. */
    children: v.optional(v.array(gatherChild, "must be an array of Say, Play or Pause verbs")),
    action: v.optional(url()),
    finishOnKey: v.optional(xmlText()),
    method: v.optional(method()),
    numDigits: v.optional(wholeNumber(1)),
    timeout: v.optional(wholeNumber(1)),
    validDigits: v.optional(phoneKeys()),
  });

  const dial = v.strictObject({
    verb: v.literal("Dial"),
    /** The number to dial; or `children`: Number nouns, rung at once. */
    text: v.optional(xmlText()),
    children: v.optional(
      v.pipe(
        v.array(numberNoun, "must be an array of Number nouns"),
        v.minLength(1, "must hold at least one Number noun"),
      ),
    ),
    action: v.optional(url()),
    callerId: v.optional(xmlText()),
    callerName: v.optional(xmlText()),
    confirmKey: v.optional(phoneKey()),
    confirmSound: v.optional(url()),
    containerSid: v.optional(sid()),
    hangupOnStar: v.optional(flag()),
    method: v.optional(method()),
    timeLimit: v.optional(wholeNumber(1)),
    timeout: v.optional(wholeNumber(1)),
  });

  const record = v.strictObject({
    verb: v.literal("Record"),
    action: v.optional(url()),
    backgroundAudioLoop: v.optional(wholeNumber(0)),
    backgroundAudioUrl: v.optional(url()),
    callbackUrl: v.optional(url()),
    containerSid: v.optional(sid()),
    direction: v.optional(xmlText()),
    errorAction: v.optional(url()),
    errorMethod: v.optional(method()),
    fileFormat: v.optional(xmlText()),
    fileMode: v.optional(xmlText()),
    fileSid: v.optional(sid()),
    finishOnKey: v.optional(xmlText()),
    integerKey1: v.optional(wholeNumber(Number.MIN_SAFE_INTEGER)),
    integerKey2: v.optional(wholeNumber(Number.MIN_SAFE_INTEGER)),
    lifecycleAction: v.optional(xmlText()),
    lifecycleTtl: v.optional(wholeNumber(0)),
    maxLength: v.optional(wholeNumber(1)),
    method: v.optional(method()),
    playBeep: v.optional(flag()),
    recordSession: v.optional(flag()),
    stringKey1: v.optional(xmlText()),
    stringKey2: v.optional(xmlText()),
    timeout: v.optional(wholeNumber(1)),
    trim: v.optional(xmlText()),
  });

  const redirect = v.strictObject({
    verb: v.literal("Redirect"),
    /** The URL of the next FlexML; the verbs after Redirect are not run. */
    text: url(),
    method: v.optional(method()),
  });

  const hangup = v.strictObject({ verb: v.literal("Hangup"), callInfo: v.optional(xmlText()) });

  const REJECT_REASONS = [
    "rejected",
    "redirect",
    "forbidden",
    "not-found",
    "busy-here",
    "bad-gateway",
    "unavailable",
    "busy",
    "decline",
    "does-not-exist",
    "unwanted",
    "intermediary-rejected",
  ] as const;
  const reject = v.strictObject({
    verb: v.literal("Reject"),
    reason: v.optional(v.picklist(REJECT_REASONS, oneOf(REJECT_REASONS))),
  });

  const dtmfVerb = v.strictObject({ verb: v.literal("Dtmf"), text: dtmf() });

  const sms = v.strictObject({
    verb: v.literal("Sms"),
    /** At most 670 characters, sent in 160-character segments. */
    text: xmlText(670),
    action: v.optional(url()),
    from: v.optional(xmlText()),
    method: v.optional(method()),
    to: v.optional(xmlText()),
  });

  const STATUS_METHODS = ["GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE", "TRACE"] as const;
  const override = v.strictObject({
    verb: v.literal("Override"),
    statusCallbackUrl: v.optional(url()),
    statusCallbackMethod: v.optional(v.picklist(STATUS_METHODS, oneOf(STATUS_METHODS))),
  });

  const amd = v.strictObject({
    verb: v.literal("Amd"),
    action: v.optional(url()),
    afterGreetingSilence: v.optional(wholeNumber(0)),
    betweenWordSilence: v.optional(wholeNumber(0)),
    greeting: v.optional(wholeNumber(0)),
    initialSilence: v.optional(wholeNumber(0)),
    method: v.optional(method()),
    totalAnalysisTime: v.optional(wholeNumber(0)),
  });

  const start = v.strictObject({
    verb: v.literal("Start"),
    children: v.strictTuple([streamNoun], "must be [a Stream noun]"),
  });
  const stop = v.strictObject({
    verb: v.literal("Stop"),
    children: v.strictTuple([stopStreamNoun], "must be [a Stream noun naming the stream]"),
  });
  const connect = v.strictObject({
    verb: v.literal("Connect"),
    children: v.strictTuple([streamNoun], "must be [a Stream noun]"),
  });

  const VERBS = [
    amd,
    connect,
    dial,
    dtmfVerb,
    gather,
    hangup,
    override,
    pause,
    play,
    record,
    redirect,
    reject,
    say,
    sms,
    start,
    stop,
    wait,
  ] as const;
  const verbSchema = withContentRule(
    v.variant(
      "verb",
      VERBS,
      'must be one of "Amd", "Connect", "Dial", "Dtmf", "Gather", "Hangup", "Override", "Pause", "Play", "Record", "Redirect", "Reject", "Say", "Sms", "Start", "Stop" or "Wait"',
    ),
  );

  const responseSchema = v.strictObject({
    response: v.pipe(
      v.array(verbSchema, "must be an array of verbs"),
      v.minLength(1, "must not be empty: add a verb, such as Hangup"),
      // "Override must be the first verb" (https://docs.carrierx.com/flexml/flexml-api/flexml-syntax/override).
      v.checkItems(
        (verb, index) => verb.verb !== "Override" || index === 0,
        "is an Override, which must be the first verb",
      ),
    ),
  });

  return { verb: verbSchema, response: responseSchema };
}

const SCHEMAS = flexmlSchemas();

/**
 * One verb of a FlexML reply, keyed by `verb`: `Say`, `Play`, `Gather` (its `children`: `Say`, `Play`, `Pause`),
 * `Dial` (a number as `text`, or `Number` nouns as `children`), `Record`, `Redirect`, `Pause`/`Wait`, `Hangup`,
 * `Reject`, `Dtmf`, `Sms`, `Override` (first only), `Amd`, `Start`/`Stop`/`Connect` (a `Stream` noun). Text content
 * goes in `text`, nested elements in `children`, attributes under their FlexML names.
 *
 * Hint: there is no `Sip` noun in FlexML: a SIP URI is dialled as a `Number`, through a trunk group.
 *
 * @example
 * ```ts
 * const verb: CarrierxFlexmlVerb = { verb: "Gather", numDigits: 1, action: "/menu", children: [{ verb: "Say", text: "Press 1" }] };
 * ```
 */
export type CarrierxFlexmlVerb = v.InferInput<(typeof SCHEMAS)["verb"]>;

/**
 * A validated FlexML reply: its verbs, as `flexml()` wrote them into `<Response>`.
 *
 * @example
 * ```ts
 * const reply: CarrierxFlexmlReply = { response: [{ verb: "Hangup" }] };
 * ```
 */
export type CarrierxFlexmlReply = v.InferOutput<(typeof SCHEMAS)["response"]>;

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';

function writeResponse(reply: CarrierxFlexmlReply): string {
  let xml = `${PROLOG}<Response>`;
  for (const verb of reply.response) xml += writeElement(verb);
  return `${xml}</Response>`;
}

/**
 * Builds a FlexML reply: the instructions CarrierX waits for after a FlexML request or a verb's action request
 * (https://docs.carrierx.com/flexml/flexml-api/call-flow/responses). Send `body` with HTTP 200 and
 * `Content-Type: application/xml`. Text and attribute values are XML-escaped; control characters are refused.
 *
 * Hint: place `Reject` first to refuse a call unanswered; the verbs after `Reject`, `Redirect`, `Hangup`, and
 * after a `Gather`, `Dial`, `Play` or `Record` with an `action`, are not run.
 *
 * @param verbs The verbs, in order: at least one.
 * @returns The XML and the validated verbs, or `invalid_input` naming each bad verb and attribute by path
 *   (`response[0].children[1].verb`, …): a verb nested where the docs do not allow it, a misspelt attribute, an
 *   out-of-range number, a control character. Never throws.
 * @example
 * ```ts
 * import { flexml } from "callhooks/carrierx";
 * const reply = flexml([
 *   { verb: "Gather", numDigits: 1, action: "/menu", children: [{ verb: "Say", text: "Press 1 for sales" }] },
 *   { verb: "Hangup" },
 * ]);
 * if (reply.ok) res.type("application/xml").send(reply.body);
 * // reply.body
 * //=> '<?xml version="1.0" encoding="UTF-8"?><Response><Gather action="/menu" numDigits="1"><Say>Press 1 for sales</Say></Gather><Hangup/></Response>'
 * ```
 */
export function flexml(verbs: readonly CarrierxFlexmlVerb[]): BuildResult<CarrierxFlexmlReply> {
  return buildFromSchema(SCHEMAS.response, { response: verbs }, "CarrierX FlexML reply", "The reply", writeResponse);
}
