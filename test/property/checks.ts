/**
 * The properties callhooks must hold for hostile and drifting input, each as an arbitrary and a check that
 * lists what went wrong. `test/property/*.test.ts` runs them a few hundred times in `npm test`;
 * `test/fuzz/hostile.fuzz.ts` runs them a million times (`npm run fuzz`).
 */
import fc from "fast-check";
import { detectProvider, parseCallback } from "../../src/index.js";
import {
  arbitraryBody,
  call,
  contentTypeArb,
  type Delivery,
  deliver,
  describeDelivery,
  FIXTURES,
  type FixtureCase,
  formStringArb,
  hostileRecord,
  mutatedFixtureDelivery,
  optionsArb,
  PROVIDER_IDS,
  recase,
  SECRET,
  type Transport,
  transportArb,
  unknownKeysArb,
  violations,
} from "./arbitraries.js";
import { onePassDisagreementsOf } from "./one-pass.js";

/** A property: inputs, and a check that returns the violations (a throw is a failure too). */
export interface PropertyCheck<T> {
  /** What the property says. */
  readonly name: string;
  /** Share of the fuzz run's inputs (the weights add up to 1). */
  readonly share: number;
  /** The inputs. */
  readonly arbitrary: fc.Arbitrary<T>;
  /** The violations for one input; empty when it holds. */
  check(input: T): string[];
  /** The input, printable. */
  describe(input: T): string;
}

/** parseCallback and detectProvider on one delivery: well-formed results, no throw, deterministic. */
function wellFormed(delivery: Delivery): string[] {
  const result = call(parseCallback, delivery);
  const problems = violations(result, delivery);
  const detected = call(detectProvider, delivery);
  if (detected !== null && !PROVIDER_IDS.includes(detected)) problems.push(`detectProvider gave ${String(detected)}`);
  const again = call(parseCallback, delivery);
  if (again.ok !== result.ok) problems.push("the same input gave ok once and an error once");
  else if (again.ok && result.ok && again.event.id !== result.event.id) problems.push("the same input gave two ids");
  else if (!again.ok && !result.ok && again.error.code !== result.error.code) problems.push("two error codes");
  return problems;
}

const withRandomEnvelope = (body: fc.Arbitrary<unknown>): fc.Arbitrary<Delivery> =>
  fc.record({ body, contentType: contentTypeArb, options: optionsArb });

const describeInput = (delivery: Delivery & { fixture?: string }): string =>
  `${delivery.fixture === undefined ? "" : `fixture ${delivery.fixture}, `}${describeDelivery(delivery)}`;

const deliveryCheck = (name: string, share: number, arbitrary: fc.Arbitrary<Delivery>): PropertyCheck<Delivery> => ({
  name,
  share,
  arbitrary,
  check: wellFormed,
  describe: describeInput,
});

/** A fixture delivered as-is over a transport, plus what an edit of it should not change. */
interface FixtureEdit {
  readonly fixture: FixtureCase;
  readonly transport: Transport;
  readonly extra: readonly [string, unknown][];
  readonly casings: readonly ("upper" | "lower" | "flip" | "title")[];
}

const fixtureEditArb: fc.Arbitrary<FixtureEdit> = fc.constantFrom(...FIXTURES).chain((fixture) =>
  fc.record({
    fixture: fc.constant(fixture),
    transport: transportArb(fixture.format),
    extra: unknownKeysArb,
    casings: fc.array(fc.constantFrom("upper", "lower", "flip", "title"), { minLength: 1, maxLength: 40 }),
  }),
);

const describeEdit = (edit: FixtureEdit): string =>
  `fixture ${edit.fixture.provider}/${edit.fixture.name} over ${edit.transport}, extra ${fc.stringify(edit.extra)}, casings ${edit.casings.join(",")}`;

function withExtraKeys(edit: FixtureEdit): Record<string, unknown> {
  const record: Record<string, unknown> = { ...edit.fixture.record };
  for (const [key, value] of edit.extra) record[key] = value;
  return record;
}

function recased(edit: FixtureEdit): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  Object.keys(edit.fixture.record).forEach((key, i) => {
    record[recase(key, edit.casings[i % edit.casings.length] ?? "upper")] = edit.fixture.record[key];
  });
  return record;
}

const unknownKeysCheck: PropertyCheck<FixtureEdit> = {
  name: "unknown extra keys never change a fixture's result",
  share: 0.05,
  arbitrary: fixtureEditArb,
  check(edit) {
    const before = call(parseCallback, deliver({ ...edit.fixture.record }, edit.transport, edit.fixture.options));
    const delivery = deliver(withExtraKeys(edit), edit.transport, edit.fixture.options);
    const after = call(parseCallback, delivery);
    const problems = violations(after, delivery);
    if (before.ok !== after.ok) problems.push(`ok ${before.ok} became ${after.ok}`);
    else if (before.ok && after.ok && (before.event.id !== after.event.id || before.event.type !== after.event.type)) {
      problems.push(`the event changed: ${before.event.id} → ${after.event.id}`);
    } else if (!before.ok && !after.ok && before.error.code !== after.error.code) {
      problems.push(`the error changed: ${before.error.code} → ${after.error.code}`);
    }
    return problems;
  },
  describe: describeEdit,
};

const keyCaseCheck: PropertyCheck<FixtureEdit> = {
  name: "a key-case change never changes the provider detected",
  share: 0.05,
  arbitrary: fixtureEditArb,
  check(edit) {
    const before = call(detectProvider, deliver({ ...edit.fixture.record }, edit.transport));
    const after = call(detectProvider, deliver(recased(edit), edit.transport));
    const withOptions = deliver(recased(edit), edit.transport, edit.fixture.options);
    const problems = violations(call(parseCallback, withOptions), withOptions);
    if (before !== after) problems.push(`detected ${String(before)}, then ${String(after)} after a case change`);
    return problems;
  },
  describe: describeEdit,
};

const onePassCheck: PropertyCheck<Delivery & { fixture: string }> = {
  name: "the one-pass record reader gives what the general path gives, for every shape schema",
  share: 0.15,
  arbitrary: mutatedFixtureDelivery,
  check: onePassDisagreementsOf,
  describe: describeInput,
};

/** Every property, with its share of the fuzz run. */
export const CHECKS: readonly PropertyCheck<never>[] = [
  deliveryCheck("arbitrary bodies, content types and options", 0.1, withRandomEnvelope(arbitraryBody)),
  deliveryCheck(
    "arbitrary strings (ASCII, UTF-16, graphemes, with a long secret)",
    0.08,
    withRandomEnvelope(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}${SECRET}${b}`),
      ),
    ),
  ),
  deliveryCheck(
    "arbitrary bytes",
    0.07,
    withRandomEnvelope(
      fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.uint8Array({ maxLength: 100 }).map((b) => b.buffer as ArrayBuffer),
      ),
    ),
  ),
  deliveryCheck(
    "arbitrary JSON values as text",
    0.05,
    fc.record({
      body: fc.oneof(
        fc.json({ maxDepth: 5 }),
        hostileRecord(false).map((record) => JSON.stringify(record)),
        fc
          .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean())
          .map(([depth, open]) => (open ? "[".repeat(depth) : `${"[".repeat(depth)}${"]".repeat(depth)}`)),
      ),
      contentType: fc.constantFrom("application/json", null, "text/plain", "application/x-www-form-urlencoded"),
      options: optionsArb,
    }),
  ),
  deliveryCheck(
    "arbitrary form strings (bracket and prototype keys)",
    0.1,
    fc.record({
      body: fc.oneof(
        formStringArb,
        formStringArb.map((text) => new URLSearchParams(text)),
      ),
      contentType: fc.constantFrom("application/x-www-form-urlencoded", null, "text/plain"),
      options: optionsArb,
    }),
  ),
  deliveryCheck(
    "arbitrary pre-parsed objects (__proto__, constructor, prototype, non-JSON values)",
    0.1,
    withRandomEnvelope(hostileRecord(true)),
  ),
  deliveryCheck(
    "valid fixtures with arbitrary content types and options",
    0.05,
    fc.tuple(fc.constantFrom(...FIXTURES), contentTypeArb, optionsArb).chain(([fixture, contentType, options]) =>
      transportArb(fixture.format).map((transport) => {
        const delivery = deliver({ ...fixture.record }, transport, fixture.options);
        return { body: delivery.body, contentType, options: options ?? delivery.options };
      }),
    ),
  ),
  deliveryCheck(
    "fixtures mutated (keys dropped, retyped, recased, added; unicode; huge and negative numbers; deep nesting)",
    0.2,
    mutatedFixtureDelivery,
  ),
  onePassCheck,
  unknownKeysCheck,
  keyCaseCheck,
] as unknown as readonly PropertyCheck<never>[];
