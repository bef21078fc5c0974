import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import {
  SECRETS,
  startExpress,
  startFastify,
  startHono,
  startNodeHttp,
  type VerifyingServer,
} from "./verify-servers.js";

const CDR = fixture("telecmi", "cdr-incoming-answered.json");
const CALL_END = fixture("kaleyra", "call-end.query");
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

interface Sent {
  readonly status: number;
  readonly text: string;
  readonly code: string | undefined;
}

async function post(base: string, path: string, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: CDR.body ?? "",
  });
  const text = await response.text();
  return { status: response.status, text, code: (JSON.parse(text) as { error?: { code: string } }).error?.code };
}

async function get(base: string, path: string): Promise<Sent> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return { status: response.status, text, code: (JSON.parse(text) as { error?: { code: string } }).error?.code };
}

// A POST announcing a large body that never comes: only a server that answers before reading it replies.
function answerBeforeBody(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = httpRequest({
      hostname,
      port,
      path,
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(512 * 1024) },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error("no answer before the body was sent"));
    }, 3000);
    req.on("response", (response) => {
      clearTimeout(timer);
      response.resume();
      req.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on("error", () => {});
    req.write('{"type":"cdr",');
  });
}

const setups: [string, () => Promise<VerifyingServer>][] = [
  ["node:http", startNodeHttp],
  ["Express, raw body", () => startExpress(false)],
  ["Express, json + urlencoded", () => startExpress(true)],
  ["Fastify", startFastify],
  ["Hono on @hono/node-server, c.env.incoming", () => startHono("incoming")],
  ["Hono on @hono/node-server, c.req.raw", () => startHono("request")],
];

describe.each(setups)("verify on %s", (_name, start) => {
  let server: VerifyingServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  const expectRefused = (sent: Sent) => {
    expect({ status: sent.status, code: sent.code }).toEqual({ status: 401, code: "unauthorized" });
    for (const secret of Object.values(SECRETS)) expect(sent.text).not.toContain(secret);
  };

  it("basicAuth: accepts each credential of a rotation, refuses missing, wrong, wrong case, extra whitespace", async () => {
    const url = server.url;
    expect((await post(url, "/basic/webhooks", { authorization: basic("kaleyra", SECRETS.password) })).status).toBe(
      200,
    );
    expect((await post(url, "/basic/webhooks", { authorization: basic("kaleyra", SECRETS.oldPassword) })).status).toBe(
      200,
    );
    expectRefused(await post(url, "/basic/webhooks"));
    expectRefused(await post(url, "/basic/webhooks", { authorization: basic("kaleyra", "wrong") }));
    expectRefused(await post(url, "/basic/webhooks", { authorization: basic("KALEYRA", SECRETS.password) }));
    expectRefused(await post(url, "/basic/webhooks", { authorization: basic("kaleyra", `${SECRETS.password} `) }));
    expectRefused(await post(url, "/basic/webhooks", { authorization: `Bearer ${SECRETS.token}` }));
  });

  it("header: accepts each value of a rotation, refuses missing, wrong, wrong case, extra whitespace", async () => {
    const url = server.url;
    expect((await post(url, "/header/webhooks", { authorization: `Bearer ${SECRETS.token}` })).status).toBe(200);
    expect((await post(url, "/header/webhooks", { authorization: `Bearer ${SECRETS.oldToken}` })).status).toBe(200);
    expectRefused(await post(url, "/header/webhooks"));
    expectRefused(await post(url, "/header/webhooks", { authorization: "Bearer tok_wrong" }));
    expectRefused(await post(url, "/header/webhooks", { authorization: `Bearer ${SECRETS.token.toUpperCase()}` }));
    expectRefused(await post(url, "/header/webhooks", { authorization: `Bearer  ${SECRETS.token}` }));
    expectRefused(await post(url, "/header/webhooks", { "x-authorization": `Bearer ${SECRETS.token}` }));
  });

  it("urlToken: accepts each token of a rotation and keeps it out of the event, refuses the wrong ones", async () => {
    const url = server.url;
    for (const token of [SECRETS.token, SECRETS.oldToken]) {
      const sent = await get(url, `/token/webhooks/kaleyra?token=${token}&${CALL_END.query?.trim()}`);
      expect(sent.status).toBe(200);
      expect(sent.text).not.toContain(token);
      expect(sent.text).not.toContain('"token"');
      const posted = await post(url, `/token/webhooks?token=${token}`);
      expect(posted.status).toBe(200);
      expect(posted.text).not.toContain(token);
    }
    expectRefused(await get(url, `/token/webhooks/kaleyra?${CALL_END.query?.trim()}`));
    expectRefused(await get(url, `/token/webhooks/kaleyra?token=tok_wrong&${CALL_END.query?.trim()}`));
    expectRefused(await get(url, `/token/webhooks/kaleyra?token=${SECRETS.token.toUpperCase()}`));
    expectRefused(await get(url, `/token/webhooks/kaleyra?token=%20${SECRETS.token}`));
    expectRefused(await get(url, `/token/webhooks/kaleyra?token=${SECRETS.token}&token=tok_wrong`));
  });

  it("ipAllowList: accepts the socket's address, ignores a spoofed X-Forwarded-For without trustProxy", async () => {
    const url = server.url;
    expect((await post(url, "/ip-local/webhooks")).status).toBe(200);
    expectRefused(await post(url, "/ip-remote/webhooks"));
    expectRefused(await post(url, "/ip-remote/webhooks", { "x-forwarded-for": "203.0.113.5" }));
    // With one trusted proxy (here the test client stands in for it) its X-Forwarded-For entry counts, and only it.
    expect((await post(url, "/ip-proxy/webhooks", { "x-forwarded-for": "203.0.113.5" })).status).toBe(200);
    expectRefused(await post(url, "/ip-proxy/webhooks", { "x-forwarded-for": "203.0.113.5, 198.51.100.7" }));
    expectRefused(await post(url, "/ip-proxy/webhooks"));
  });

  it("refuses every request when the policy is invalid", async () => {
    const sent = await get(server.url, `/broken/webhooks/kaleyra?token=x&${CALL_END.query?.trim()}`);
    expect({ status: sent.status, code: sent.code }).toEqual({ status: 500, code: "invalid_verify_policy" });
  });

  it("answers a refused request before its body arrives, when callhooks reads the body", async () => {
    if (!server.readsBody) return; // the framework's own parser reads the body before any handler runs
    expect(await answerBeforeBody(server.url, "/basic/webhooks")).toBe(401);
  });
});
