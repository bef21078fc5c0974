import { SAMPLES_BY_PROVIDER, type SampleName } from "./data/index.js";
import type { SampleDelivery } from "./sample-delivery.js";

function withoutExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") ? name.slice(0, dot) : name;
}

/**
 * The samples a name stands for: the one of that exact name, else those whose name without its extension is it
 * (`kaleyra/call-end` names three: `.form`, `.json` and `.query`).
 *
 * @param name The name, with or without the file extension.
 * @returns The samples (shared: copy before handing one out), none when the name is unknown.
 * @example
 * ```ts
 * samplesNamed("telecmi/cdr-incoming-answered").length;
 * //=> 1
 * ```
 */
export function samplesNamed(name: string): readonly SampleDelivery[] {
  const slash = name.indexOf("/");
  const provider = name.slice(0, slash);
  if (slash <= 0 || !Object.hasOwn(SAMPLES_BY_PROVIDER, provider)) return [];
  const own = SAMPLES_BY_PROVIDER[provider as keyof typeof SAMPLES_BY_PROVIDER];
  const exact = own.filter((sample) => sample.name === name);
  return exact.length > 0 ? exact : own.filter((sample) => withoutExtension(sample.name) === name);
}

/**
 * The bundled sample of that name: the provider, a slash and the fixture's file name. The extension may be left
 * out when only one file has that name (`kaleyra/call-end` has three: `.form`, `.json`, `.query`).
 *
 * @param name The sample's name, e.g. `telecmi/cdr-incoming-answered.json`.
 * @returns A new copy of the sample, or `undefined` when no sample (or more than one) has that name.
 * @example
 * ```ts
 * import * as samples from "callhooks/samples";
 * samples.get("telecmi/cdr-incoming-answered")?.contentType;
 * //=> "application/json"
 * ```
 */
export function get(name: SampleName | (string & {})): SampleDelivery | undefined {
  if (typeof name !== "string") return undefined;
  const found = samplesNamed(name);
  return found.length === 1 && found[0] !== undefined ? { ...found[0] } : undefined;
}
