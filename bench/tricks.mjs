// The hot-path tricks of src/ that `npm run bench:stages -- --tricks` weighs (STAGES_TRICK=<regexp> picks some). Each is undone by its patches (exact
// texts of src/ replaced by the plain way of doing the same thing), and the parse of the fixtures it applies to is
// timed with it and without. A trick is kept where it is worth 5 % of a parse or more, with a line beside it that
// says so; a patch whose text is no longer in src/ stops the run (update it with the code).

/** @type {readonly { name: string, where: string, fixtures: RegExp, patches: { file: string, from: string, to: string }[] }[]} */
export const TRICKS = [
  {
    name: "records: one-pass reader (the general path for the rest)",
    where: "src/schema/record.ts",
    fixtures: /./,
    patches: [{ file: "schema/record.ts", from: "config.onePass === false ||", to: "true ||" }],
  },
  {
    name: "events built as one object literal",
    where: "src/normalize/call-event.ts",
    fixtures: /./,
    patches: [
      {
        file: "normalize/call-event.ts",
        from: `  return {
    provider: base.provider,
    type,
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    raw: base.raw,
  };`,
        to: "  return { ...base, type };",
      },
      {
        file: "normalize/call-event.ts",
        from: `  return {
    provider: base.provider,
    type: "call.ended",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    outcome: ended.outcome,
    durationSec: ended.durationSec,
    startedAt: ended.startedAt,
    answeredAt: ended.answeredAt,
    endedAt: ended.endedAt,
    hangupCause: ended.hangupCause,
    recording: ended.recording,
    raw: base.raw,
  };`,
        to: `  return { ...base, type: "call.ended", ...ended };`,
      },
      {
        file: "normalize/call-event.ts",
        from: `  return {
    provider: base.provider,
    type: "call.dtmf",
    id: base.id,
    callId: base.callId,
    sessionId: base.sessionId,
    leg: base.leg,
    direction: base.direction,
    from: base.from,
    to: base.to,
    virtualNumber: base.virtualNumber,
    occurredAt: base.occurredAt,
    digits,
    raw: base.raw,
  };`,
        to: `  return { ...base, type: "call.dtmf", digits };`,
      },
    ],
  },
  {
    name: "the form decoder",
    where: "src/decode/form.ts",
    fixtures: /\.(form|query)$/,
    patches: [
      {
        file: "decode/form.ts",
        from: "  if (!isWellFormed(text)) return searchParamsToFields(new URLSearchParams(text), where, limits);",
        to: "  if (true) return searchParamsToFields(new URLSearchParams(text), where, limits);",
      },
    ],
  },
  {
    name: "date-times read from their digits",
    where: "src/normalize/time.ts dateTimeMs",
    fixtures: /^(wavecell|carrierx|kaleyra)\//,
    patches: [
      {
        file: "normalize/time.ts",
        from: "  const ms = dateTimeMs(trimmed, naiveOffset);",
        to: "  const ms = Number.NaN;",
      },
    ],
  },
  {
    name: "texts JSON.parse refuses at once not handed to it",
    where: "src/decode/json.ts mayBeJson",
    // The PIOPIY samples whose extra_params is no JSON (`{ 'Name': 'Akil' }`, `{key: value}`).
    fixtures:
      /^telecmi\/piopiy-(action-url-dtmf-param|cdr-in-answered|event-in-hangup|india-cdr-in-answered|live-in-answered)\./,
    patches: [{ file: "decode/json.ts", from: "  if (mayBeJson(text)) {", to: "  if (text === text) {" }],
  },
  {
    name: "records: parseCallback's fields read in place",
    where: "src/schema/validate.ts, src/schema/record.ts readAll",
    fixtures: /\.json$/,
    patches: [
      { file: "schema/validate.ts", from: "abortPipeEarly: false, inPlace: true };", to: "abortPipeEarly: false };" },
    ],
  },
  {
    name: "detection: keys of other lengths and first letters passed over",
    where: "src/detect.ts candidatesOf, KeyView.get",
    fixtures: /\.json$/,
    patches: [
      { file: "detect.ts", from: "      if (letters === undefined) continue;", to: "" },
      { file: "detect.ts", from: "      if (first < 128 && (letters & letterBit(first)) === 0) continue;", to: "" },
      { file: "detect.ts", from: "      if (sameLengthOnly && key.length !== lower.length) continue;", to: "" },
    ],
  },
];
