// The built core in a real edge runtime (@edge-runtime/vm: the Vercel Edge / Workers-style global scope, with no
// Node built-ins): every fixture parses there as it does in Node. miniflare needs Node 22, so it is not used.
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { allDeliveries } from "../integration/deliveries.js";

let vm: EdgeVM;

beforeAll(async () => {
  // Bundle dist/index.js with its dependencies for a browser-like platform: a `node:` import would fail here.
  const bundle = await build({
    entryPoints: ["dist/index.js"],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "callhooks",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
  });
  vm = new EdgeVM();
  vm.evaluate(bundle.outputFiles[0]?.text ?? "");
}, 60_000);

const deliveries = allDeliveries();

describe("the built core in an edge runtime", () => {
  it("has no Node globals to lean on", () => {
    expect(vm.evaluate("typeof process + ' ' + typeof require + ' ' + typeof Buffer")).toBe(
      "undefined undefined undefined",
    );
  });

  it("parses every fixture as Node does", () => {
    for (const delivery of deliveries) {
      const input = JSON.stringify({
        body: delivery.body ?? null,
        contentType: delivery.contentType ?? null,
        query: delivery.method === "GET" ? delivery.path.slice(delivery.path.indexOf("?") + 1) : undefined,
        provider: delivery.path.startsWith("/webhooks/kaleyra") ? "kaleyra" : undefined,
      });
      const text = vm.evaluate(`(() => {
        const { body, contentType, query, provider } = ${input};
        return JSON.stringify(callhooks.parseCallback(body, contentType, { query, provider }));
      })()`) as string;
      expect({ label: delivery.label, result: JSON.parse(text) }).toEqual({
        label: delivery.label,
        result: delivery.expected,
      });
    }
  });

  it("reads the runtime's own Request with parseRequest, POST and GET", async () => {
    for (const delivery of deliveries) {
      const input = JSON.stringify({
        method: delivery.method,
        path: delivery.path,
        body: delivery.body,
        type: delivery.contentType,
      });
      const text = (await vm.evaluate(`(async () => {
        const { method, path, body, type } = ${input};
        const init = method === "POST" ? { method, body, headers: { "content-type": type } } : { method };
        const request = new Request("https://worker.example" + path, init);
        const provider = path.startsWith("/webhooks/kaleyra") ? "kaleyra" : undefined;
        return JSON.stringify(await callhooks.parseRequest(request, provider ? { provider } : {}));
      })()`)) as string;
      expect({ label: delivery.label, result: JSON.parse(text) }).toEqual({
        label: delivery.label,
        result: delivery.expected,
      });
    }
  });
});
