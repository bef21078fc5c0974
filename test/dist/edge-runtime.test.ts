// The built core in a real edge runtime (@edge-runtime/vm: the Vercel Edge / Workers-style global scope, with no
// Node built-ins): every fixture parses there as it does in Node. miniflare needs Node 22, so it is not used.
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
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

  it("verifies Workers-style requests before reading them: each policy accepts the right request, refuses the wrong", async () => {
    const cases = await vm.evaluate(`(async () => {
      const basic = (user, password) => "Basic " + btoa(user + ":" + password);
      const policies = {
        basicAuth: { basicAuth: [{ username: "kaleyra", password: "pw-new" }, { username: "kaleyra", password: "pw-old" }] },
        header: { header: { name: "authorization", values: ["Bearer tok-new", "Bearer tok-old"] } },
        urlToken: { urlToken: { param: "token", values: ["tok-new", "tok-old"] } },
        ipAllowList: { ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: 1 } },
        broken: { urlToken: { param: "token", values: [] } },
      };
      const body = ${JSON.stringify(fixture("telecmi", "cdr-incoming-answered.json").body)};
      const send = async (policy, headers = {}, query = "") => {
        const request = new Request("https://worker.example/webhooks" + query, { method: "POST", body,
          headers: { "content-type": "application/json", ...headers } });
        const result = await callhooks.parseRequest(request, { verify: policies[policy] });
        return result.ok ? "ok" : result.error.code;
      };
      return {
        basicRight: await send("basicAuth", { authorization: basic("kaleyra", "pw-new") }),
        basicRotation: await send("basicAuth", { authorization: basic("kaleyra", "pw-old") }),
        basicMissing: await send("basicAuth"),
        basicWrongCase: await send("basicAuth", { authorization: basic("kaleyra", "PW-NEW") }),
        basicWhitespace: await send("basicAuth", { authorization: basic("kaleyra", "pw-new ") }),
        headerRight: await send("header", { authorization: "Bearer tok-new" }),
        headerRotation: await send("header", { authorization: "Bearer tok-old" }),
        headerWrong: await send("header", { authorization: "Bearer tok-nope" }),
        headerWhitespace: await send("header", { authorization: "Bearer  tok-new" }),
        tokenRight: await send("urlToken", {}, "?token=tok-new"),
        tokenRotation: await send("urlToken", {}, "?token=tok-old"),
        tokenMissing: await send("urlToken"),
        tokenWrongCase: await send("urlToken", {}, "?token=TOK-NEW"),
        ipFromPlatform: await send("ipAllowList", { "x-forwarded-for": "198.51.100.7, 203.0.113.5" }),
        ipSpoofed: await send("ipAllowList", { "x-forwarded-for": "203.0.113.5, 198.51.100.7" }),
        ipMissing: await send("ipAllowList"),
        broken: await send("broken", {}, "?token=x"),
        standalone: JSON.stringify(callhooks.verifyCallback(
          new Request("https://worker.example/cb?token=tok-new&event=call_end"), policies.urlToken)),
      };
    })()`);
    expect(cases).toEqual({
      basicRight: "ok",
      basicRotation: "ok",
      basicMissing: "unauthorized",
      basicWrongCase: "unauthorized",
      basicWhitespace: "unauthorized",
      headerRight: "ok",
      headerRotation: "ok",
      headerWrong: "unauthorized",
      headerWhitespace: "unauthorized",
      tokenRight: "ok",
      tokenRotation: "ok",
      tokenMissing: "unauthorized",
      tokenWrongCase: "unauthorized",
      ipFromPlatform: "ok",
      ipSpoofed: "unauthorized",
      ipMissing: "unauthorized",
      broken: "invalid_verify_policy",
      standalone: JSON.stringify({ ok: true, query: "event=call_end" }),
    });
  });
});
