// Loads the provider registry (src/providers/registry.ts) in a plain Node script: esbuild bundles it, Node imports
// the bundle. Scripts that generate or check the package's wiring read the providers from here.
import { build } from "esbuild";

/**
 * The registered provider definitions, in the registry's order.
 *
 * @returns {Promise<readonly { id: string, name: string, fixtures: string, fingerprint: { keys: readonly string[] }, shapes: Record<string, { label: string, product: string, emits: readonly string[] }> }[]>}
 */
export async function loadProviders() {
  return (await importSource("src/providers/registry.ts")).PROVIDERS;
}

/**
 * Bundles a module of src/ with esbuild and imports the bundle (scripts run on Node without a TypeScript loader).
 *
 * @param path The module's path from the repository's root.
 * @returns {Promise<Record<string, any>>} The module's exports.
 */
export async function importSource(path) {
  const result = await build({
    entryPoints: [new URL(`../../${path}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "error",
  });
  const source = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
}
