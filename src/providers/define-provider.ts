import type * as v from "valibot";
import type { CallEventType, EventOf } from "../events.js";

/**
 * Read access to a delivery's fields by name, as spelled or without case: what fingerprints and classifiers read.
 *
 * @example
 * ```ts
 * view.get("cmiuuid");
 * //=> "16132200-57fa-47b5-888d-4ab5b7e631ee"
 * ```
 */
export interface FieldView {
  /** The value of the key spelled `name`, else of the first key that matches it without case. */
  get(name: string): unknown;
  /** Whether such a key is there and its value is not absent. */
  has(name: string): boolean;
}

/**
 * What a provider's classifier and normalizers get besides the fields.
 *
 * @example
 * ```ts
 * const context: ProviderContext = { event: "call_end", region: "IN" };
 * ```
 */
export interface ProviderContext {
  /** The native event name from `options.event`. */
  readonly event: string | undefined;
  /** The region of national-format numbers: `options.defaultCountry`, else the provider's default, upper case. */
  readonly region: string | undefined;
}

/**
 * A payload the provider sends that callhooks recognises and does not map: it becomes `unsupported_event`.
 *
 * @example
 * ```ts
 * const skipped: Unsupported = unsupportedEvent("This is a CarrierX SMS record; acknowledge it with 200.");
 * ```
 */
export interface Unsupported {
  /** The marker. */
  readonly kind: "unsupported";
  /** What the payload is and what to do with it. */
  readonly message: string;
}

/**
 * Says that a payload is not one callhooks maps, and why.
 *
 * @param message What the payload is and what to do with it.
 * @returns The marker a classifier or normalizer returns.
 * @example
 * ```ts
 * unsupportedEvent("8x8 CALL_UPDATED says nothing new; acknowledge it with 200.").kind;
 * //=> "unsupported"
 * ```
 */
export function unsupportedEvent(message: string): Unsupported {
  return { kind: "unsupported", message };
}

/**
 * Tells whether a classifier's or normalizer's answer is `unsupportedEvent(…)`.
 *
 * @param value The answer.
 * @returns `true` for the marker.
 * @example
 * ```ts
 * isUnsupported(unsupportedEvent("…"));
 * //=> true
 * ```
 */
export function isUnsupported(value: unknown): value is Unsupported {
  return typeof value === "object" && value !== null && (value as Partial<Unsupported>).kind === "unsupported";
}

/**
 * One native payload shape of a provider: how it is validated, named and normalized.
 *
 * @example
 * ```ts
 * const cdr: ShapeDefinition<typeof telecmiEventSchema, TelecmiEvent> = shape({ … });
 * ```
 */
export interface ShapeDefinition<TSchema extends v.GenericSchema = v.GenericSchema, TEvent = unknown> {
  /** The valibot schema of the payload. */
  readonly schema: TSchema;
  /** The provider and native event, as error messages name it (`"TeleCMI cdr"`). */
  readonly label: string;
  /** The product line that sends it, for the docs (`"CHUB"`, `"Hosted PBX HTTP events"`). */
  readonly product: string;
  /** The normalized types it can become; a test holds every fixture of the shape to it. */
  readonly emits: readonly CallEventType[];
  /** What the provider expects in reply when the app has nothing to say (`callhooks listen` sends it). */
  readonly defaultReply?: { readonly contentType: string; readonly body: string };
  /** Maps the validated payload to its event, or says it is not one callhooks maps. */
  normalize(payload: v.InferOutput<TSchema>, context: ProviderContext): TEvent | Unsupported;
}

/**
 * Declares a payload shape, checking that its normalizer reads what its schema outputs.
 *
 * @param definition The shape.
 * @returns The same shape.
 * @example
 * ```ts
 * const cdr = shape({ schema: telecmiEventSchema, label: "TeleCMI cdr", product: "CHUB", emits: ["call.ended"], normalize: normalizeCdr });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function shape<TSchema extends v.GenericSchema, TEvent>(
  definition: ShapeDefinition<TSchema, TEvent>,
): ShapeDefinition<TSchema, TEvent> {
  return definition;
}

/**
 * A provider's payload shapes, by the name its classifier answers with.
 *
 * @example
 * ```ts
 * const shapes: Shapes = { cdr, event, legacy };
 * ```
 */
export type Shapes = Readonly<Record<string, ShapeDefinition>>;

/**
 * Everything the pipeline knows about a provider: it classifies, validates and normalizes with these alone.
 *
 * @example
 * ```ts
 * const telecmi: ProviderDefinition<"telecmi"> = defineProvider({ id: "telecmi", … });
 * ```
 */
export interface ProviderDefinition<P extends string = string, S extends Shapes = Shapes> {
  /** The provider id: the `provider` of its events and the name of its subpath (`callhooks/<id>`). */
  readonly id: P;
  /** The provider's name, for messages. */
  readonly name: string;
  /** How detection recognises its deliveries. */
  readonly fingerprint: {
    /** Lower-case keys, one of which every delivery `matches` accepts carries: only those deliveries are tried. */
    readonly keys: readonly string[];
    /** Confirms the provider's fingerprint. */
    matches(view: FieldView): boolean;
  };
  /** Tells which shape a delivery is (a key of `shapes`), or that it is one callhooks does not map. */
  classify(view: FieldView, context: ProviderContext): string | Unsupported;
  /** The payload shapes. */
  readonly shapes: S;
  /** The region of the national-format numbers it sends (ISO 3166 alpha-2), or `null` when it sends none. */
  readonly defaultRegion: string | null;
  /** Its payload schema: a union of its shapes' schemas, most specific first (`parseEventJSON` checks `raw` with it). */
  readonly payload: v.GenericSchema;
  /** What the call-record fold knows of it (`npm run wiring` writes it into src/providers/record-facts.ts). */
  readonly records: {
    /** The native events of its final summaries of a call: the second part of their event ids (`telecmi:cdr:…`). */
    readonly finalSummaries: readonly string[];
    /** Whether its `sessionId` names one conversation; `false` where many calls share it (CarrierX's binding). */
    readonly sessionIsCall: boolean;
  };
  /** The names of the reply and request builders its subpath exports (kept as names: see the docs page). */
  readonly builders: readonly string[];
  /** The repository folder of its fixtures: one real-shaped delivery per file. */
  readonly fixtures: string;
}

/**
 * Declares a provider. The registry lists these; the pipeline, detection, the package's subpaths, the CLI and
 * the tests are derived from them.
 *
 * @param definition The provider.
 * @returns The same definition, typed.
 * @example
 * ```ts
 * export const telecmi = defineProvider({ id: "telecmi", name: "TeleCMI", fingerprint, classify, shapes, defaultRegion: null, builders: [], fixtures: "fixtures/telecmi" });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineProvider<const P extends string, const S extends Shapes>(
  definition: ProviderDefinition<P, S> & {
    classify(view: FieldView, context: ProviderContext): (keyof S & string) | Unsupported;
    readonly payload: v.GenericSchema<unknown, { [K in keyof S]: v.InferOutput<S[K]["schema"]> }[keyof S]>;
  },
): ProviderDefinition<P, S> {
  return definition;
}

/**
 * The payload type of a provider: the output of any of its shapes' schemas.
 *
 * @example
 * ```ts
 * type Raw = PayloadOf<typeof telecmi>;
 * ```
 */
export type PayloadOf<D> =
  D extends ProviderDefinition<string, infer S> ? { [K in keyof S]: v.InferOutput<S[K]["schema"]> }[keyof S] : never;

/**
 * The events a set of providers can produce, `raw` typed per provider.
 *
 * @example
 * ```ts
 * type TelecmiEvent = EventsOf<typeof telecmi>;
 * ```
 */
export type EventsOf<D> = D extends ProviderDefinition<infer P> ? EventOf<P, PayloadOf<D>> : never;
