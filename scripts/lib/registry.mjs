// Loads the provider registry (src/providers/registry.ts) in a plain Node script: esbuild bundles it, Node imports
// the bundle. Scripts that generate or check the package's wiring read the providers from here.
import { build } from "esbuild";

/**
 * The registered provider definitions, in the registry's order.
 *
 * @returns {Promise<readonly { id: string, name: string, fixtures: string, fingerprint: { keys: readonly string[] }, shapes: Record<string, { label: string, product: string, emits: readonly string[] }> }[]>}
 */
export async function loadProviders() {
  const result = await build({
    entryPoints: [new URL("../../src/providers/registry.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "error",
  });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
  return module.PROVIDERS;
}
