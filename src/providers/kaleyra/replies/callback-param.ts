import * as v from "valibot";
import { type BuildResult, buildFailure } from "../../../builders/build-result.js";
import { createFields, isPlainObject } from "../../../decode/fields.js";
import { excerpt } from "../../../excerpt.js";
import { toCallbackIssues } from "../../../schema/issues.js";
import { KALEYRA_API_EVENTS, type KaleyraApi } from "../classify.js";

/**
 * The callback events one Kaleyra API documents (https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis).
 *
 * @example
 * ```ts
 * const event: KaleyraCallbackEvent<"outbound"> = "call_answer";
 * ```
 */
export type KaleyraCallbackEvent<A extends KaleyraApi = KaleyraApi> = (typeof KALEYRA_API_EVENTS)[A][number];

/**
 * Where Kaleyra sends one event's callback: callback profiles made in its UI, and/or raw URLs.
 *
 * @example
 * ```ts
 * const targets: KaleyraCallbackTargets = { url: ["https://example.com/kaleyra?event=call_end&caller={caller}"] };
 * ```
 */
export interface KaleyraCallbackTargets {
  /** The callback profile ids (`SG_…`), created in the Kaleyra UI with their method and variables. */
  readonly callback_profile?: readonly string[];
  /** The absolute http(s) URLs to call; Kaleyra substitutes the placeholders in them (`{caller}`, `{{caller}}`). */
  readonly url?: readonly string[];
}

/**
 * The spellings the doc uses for an event name (`call_start`, `Call_start`,
 * docs/providers/kaleyra.md#doc-typos-in-event-names), and upper case.
 */
type EventSpelling<E extends string> = E | Capitalize<E> | Uppercase<E>;

/**
 * The `callback` spec of one Kaleyra API: its events only, each with its targets. Event names match without
 * case at run time; the type accepts the doc's spellings (`call_end`, `Call_end`, `CALL_END`).
 *
 * @example
 * ```ts
 * const spec: KaleyraCallbackSpec<"click-to-call"> = { to_call_answer: { callback_profile: ["SG_f8a1"] } };
 * ```
 */
export type KaleyraCallbackSpec<A extends KaleyraApi> = {
  readonly [E in KaleyraCallbackEvent<A> as EventSpelling<E>]?: KaleyraCallbackTargets;
};

/**
 * The `callback` parameter as built: each event's targets, in the doc's order and spelling.
 *
 * @example
 * ```ts
 * const param: KaleyraCallbackParam = { call_end: { url: ["https://example.com/k?event=call_end"] } };
 * ```
 */
export type KaleyraCallbackParam = Readonly<Record<string, KaleyraCallbackTargets>>;

/**
 * The most callback profile ids and URLs one request may carry, all events together: "A maximum of 10 callback
 * profile IDs and URLs are allowed in Outbound Calling API" and "… can be given in C2C API"
 * (https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis).
 *
 * @example
 * ```ts
 * KALEYRA_CALLBACK_LIMIT;
 * //=> 10
 * ```
 */
export const KALEYRA_CALLBACK_LIMIT = 10;

const TARGET_KEYS = ["callback_profile", "url"] as const;
const WHITESPACE = /\s/;

function isHttpUrl(value: string): boolean {
  if (WHITESPACE.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * Renames keys to their documented spelling without case ("The keys in the JSON are case insensitive",
 * https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis); two spellings of one key are an issue,
 * not a silent overwrite. Unknown keys pass on, for `strictObject`.
 */
// @__NO_SIDE_EFFECTS__
function keysWithoutCase(names: readonly string[], what: string) {
  const byLowerKey = new Map(names.map((name) => [name.toLowerCase(), name]));
  return v.rawTransform<Record<string, unknown>, Record<string, unknown>>(({ dataset, addIssue, NEVER }) => {
    const input = dataset.value;
    const output = createFields();
    let repeated = false;
    for (const key of Object.keys(input)) {
      const name = byLowerKey.get(key.toLowerCase()) ?? key;
      if (!Object.hasOwn(output, name)) {
        output[name] = input[key];
        continue;
      }
      repeated = true;
      addIssue({
        message: `repeats the ${what} ${name} (names are case-insensitive): give it once`,
        path: [{ type: "object", origin: "key", input, key, value: input[key] }],
      });
    }
    return repeated ? NEVER : output;
  });
}

// @__NO_SIDE_EFFECTS__
function listOf(item: v.GenericSchema<unknown, string>, what: string) {
  return v.exactOptional(
    v.pipe(
      v.array(item, `must be an array of ${what}s`),
      v.minLength(1, `is empty: list at least one ${what}, or leave the key out`),
      v.rawCheck<string[]>(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const seen = new Set<string>();
        dataset.value.forEach((value, index, input) => {
          if (seen.has(value)) {
            addIssue({
              message: `repeats ${excerpt(value)}: list each ${what} once`,
              path: [{ type: "array", origin: "value", input, key: index, value }],
            });
          }
          seen.add(value);
        });
      }),
    ),
  );
}

// Built by one pure call: the build merges this module into callhooks/kaleyra's file, where a bundle of `parse`
// alone can drop only what a pure call built (1.4 kB of the subpath's min+gzip: npm run size:why).
// @__NO_SIDE_EFFECTS__
function targetsSchemaOf() {
  const profileIdSchema = v.pipe(
    v.string("must be a callback profile id (a string)"),
    v.check((id) => id.trim() !== "", "must be a callback profile id, not an empty string"),
    v.check((id) => id.trim() === "" || id.trim() === id, "must not start or end with spaces"),
  );

  const callbackUrlSchema = v.pipe(
    v.string("must be a URL (a string)"),
    v.check(isHttpUrl, "must be an absolute http:// or https:// URL, without spaces"),
  );

  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object such as { "url": ["https://…"] }'),
    keysWithoutCase(TARGET_KEYS, "key"),
    v.strictObject(
      { callback_profile: listOf(profileIdSchema, "callback profile id"), url: listOf(callbackUrlSchema, "URL") },
      (issue) =>
        issue.expected === "never"
          ? `is not a key of an event's callback (${TARGET_KEYS.join(", ")})`
          : "must be an object",
    ),
    v.check(
      (targets) => targets.callback_profile !== undefined || targets.url !== undefined,
      "must list at least one callback_profile id or url",
    ),
  );
}

const targetsSchema = /* @__PURE__ */ targetsSchemaOf();

type CheckedTargets = v.InferOutput<typeof targetsSchema>;

const countTargets = (spec: Readonly<Record<string, CheckedTargets | undefined>>): number =>
  Object.values(spec).reduce(
    (sum, targets) => sum + (targets?.callback_profile?.length ?? 0) + (targets?.url?.length ?? 0),
    0,
  );

// @__NO_SIDE_EFFECTS__
function callbackParamSchema(api: KaleyraApi) {
  const events: readonly string[] = KALEYRA_API_EVENTS[api];
  const listed = events.join(", ");
  // Only the API's events are keys; `exactOptional`: an event given as `undefined` is an error, not dropped.
  const entries: Record<string, v.ExactOptionalSchema<typeof targetsSchema, undefined>> = Object.fromEntries(
    events.map((event) => [event, v.exactOptional(targetsSchema)]),
  );
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, `must be an object keyed by event name (${listed})`),
    keysWithoutCase(events, "event"),
    v.strictObject(entries, (issue) =>
      issue.expected === "never" ? `is not an event of the ${api} API (${listed})` : "must be an object",
    ),
    v.check((spec) => Object.keys(spec).length > 0, `names no event: give at least one of ${listed}`),
    v.check(
      (spec) => countTargets(spec) <= KALEYRA_CALLBACK_LIMIT,
      (issue) =>
        `lists ${countTargets(issue.input as Record<string, CheckedTargets>)} callback profile ids and URLs; Kaleyra allows at most ${KALEYRA_CALLBACK_LIMIT} per request, all events together`,
    ),
  );
}

const SCHEMAS = {
  outbound: /* @__PURE__ */ callbackParamSchema("outbound"),
  "click-to-call": /* @__PURE__ */ callbackParamSchema("click-to-call"),
} as const;

/**
 * Builds the `callback` request parameter of Kaleyra's Outbound Calling API (`api: "outbound"`: `call_start`,
 * `call_answer`, `call_end`) or Click to Call API (`api: "click-to-call"`: `from_call_start`, `to_call_start`,
 * `from_call_answer`, `to_call_answer`, `call_end`)
 * (https://developers.kaleyra.io/docs/callback-profiles-in-voice-apis).
 * Event names and keys match without case and come out as the doc spells them, in the doc's order; every value
 * is checked: profile ids are non-empty strings, URLs absolute http(s) URLs, no list empty or repeating an entry,
 * at most `KALEYRA_CALLBACK_LIMIT` (10) profile ids and URLs in all. Nothing is dropped or fixed silently.
 *
 * Hint: put `event=<name>` in each URL (`?event=call_end&caller={caller}`), so that `parse` knows the event,
 * and a call id where Kaleyra offers one (`id={id}`), for one id per call (docs/providers/kaleyra.md#no-call-id).
 *
 * @param api The API the call is placed with.
 * @param spec The targets of each event.
 * @returns The JSON to send as `callback` (`body`) and its value, or `invalid_input` listing every problem.
 *   Never throws.
 * @example
 * ```ts
 * buildCallbackParam("outbound", { Call_end: { url: ["https://example.com/kaleyra?event=call_end&caller={caller}"] } }).body;
 * //=> '{"call_end":{"url":["https://example.com/kaleyra?event=call_end&caller={caller}"]}}'
 * ```
 */
export function buildCallbackParam<A extends KaleyraApi>(
  api: A,
  spec: NoInfer<KaleyraCallbackSpec<A>>,
): BuildResult<KaleyraCallbackParam> {
  try {
    if (api !== "outbound" && api !== "click-to-call") {
      const message = `api ${excerpt(String(api))} is not a Kaleyra API with a callback parameter: use "outbound" or "click-to-call"`;
      return buildFailure("The Kaleyra callback spec is not valid", [{ path: ["api"], message: `${message}.` }]);
    }
    const checked = v.safeParse(SCHEMAS[api], spec);
    if (!checked.success)
      return buildFailure(
        `The Kaleyra ${api} callback spec is not valid`,
        toCallbackIssues(checked.issues, "The spec"),
      );
    const ordered: Record<string, KaleyraCallbackTargets> = {};
    for (const event of KALEYRA_API_EVENTS[api]) {
      const targets = checked.output[event];
      if (targets === undefined) continue;
      ordered[event] = {
        ...(targets.callback_profile !== undefined && { callback_profile: targets.callback_profile }),
        ...(targets.url !== undefined && { url: targets.url }),
      };
    }
    return { ok: true, body: JSON.stringify(ordered), value: ordered };
  } catch (error) {
    // Only a spec whose getters or proxies throw gets here.
    return buildFailure("The Kaleyra callback spec could not be read", [
      { path: [], message: `Reading the spec threw ${error instanceof Error ? error.name : "a value"}.` },
    ]);
  }
}
