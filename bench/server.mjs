// `npm run bench:server`: what callhooks costs inside a server. One server process on 127.0.0.1 runs node:http,
// Fastify 5 and Hono on @hono/node-server, each with a bare handler (read the body, then JSON.parse or
// URLSearchParams into an object) and the callhooks adapter as the README shows it (examples/express.ts's
// parseIncomingMessage(req), examples/fastify.ts, examples/hono.ts), which is held to the target. Beside them,
// against the same bare twin: node:http with parseCallback in the bare handler (the parse alone, no adapter), and
// Hono with parseRequest(c.req.raw) (the Web Request, as on runtimes without a Node request). This process is the
// client: keep-alive connections, a few requests in flight. Each round sends a batch to every variant, in an order
// that changes from round to round, and asks the server for its CPU time (process.cpuUsage) before and after each
// batch; a variant's figure is the median over the rounds of its CPU per request, and its ratio the median of its
// per-round ratios to its bare twin, so load on the machine weighs on both alike. req/s is the batch's wall time,
// which load moves more.
//
// SERVER_ROUNDS (default 15), SERVER_BATCH (requests per batch, default 1000), SERVER_INFLIGHT (default 4).
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus } from "node:os";

const ROUNDS = Number(process.env.SERVER_ROUNDS ?? 15);
const BATCH = Number(process.env.SERVER_BATCH ?? 1000);
const INFLIGHT = Number(process.env.SERVER_INFLIGHT ?? 4);
const TARGET = 1.15;
/** Variants measured beside each framework's README adapter (`<framework> callhooks`), against the same bare twin. */
const EXTRAS = { "node:http": ["node:http parseCallback"], Fastify: [], Hono: ["Hono parseRequest"] };
const fixtures = new URL("../fixtures/", import.meta.url).pathname;

/** What is sent: a TeleCMI CDR (JSON) and a URL Networks ringing event (form), as the providers send them. */
const PAYLOADS = {
  json: {
    file: "telecmi/cdr-incoming-answered.json",
    contentType: "application/json",
    body: readFileSync(`${fixtures}telecmi/cdr-incoming-answered.json`),
  },
  form: {
    file: "urlnetworks/incoming-ringing.form",
    contentType: "application/x-www-form-urlencoded",
    body: readFileSync(`${fixtures}urlnetworks/incoming-ringing.form`),
  },
};

if (process.argv[2] === "--serve") {
  await serve();
} else {
  await run();
}

// ---- the server process ----------------------------------------------------------------------------------------

async function serve() {
  const { createServer } = await import("node:http");
  const { serve: honoServe } = await import("@hono/node-server");
  const { default: Fastify } = await import("fastify");
  const { Hono } = await import("hono");
  // The package as users import it (self-reference: the "node" condition, dist/standalone/).
  const { parseCallback, parseRequest } = await import("callhooks");
  const { parseIncomingMessage } = await import("callhooks/node");

  const host = "127.0.0.1";
  const formObject = (text) => {
    const fields = {};
    new URLSearchParams(text).forEach((value, key) => {
      fields[key] = value;
    });
    return fields;
  };
  // A bare handler answers 200 when the body decoded, 400 when it did not: as cheap as a handler can be.
  const bare = (text, contentType) => {
    try {
      const fields = contentType === "application/json" ? JSON.parse(text) : formObject(text);
      return typeof fields === "object" && fields !== null ? 200 : 400;
    } catch {
      return 400;
    }
  };
  const listening = (server) => new Promise((resolve) => server.listen(0, host, () => resolve(server.address().port)));

  const ports = {};
  // node:http, bare: the body's chunks joined, decoded, parsed.
  ports["node:http bare"] = await listening(
    createServer((req, res) => {
      const chunks = [];
      req.on("data", (chunk) => chunks.push(chunk));
      req.on("end", () => {
        res.statusCode = bare(Buffer.concat(chunks).toString(), req.headers["content-type"]);
        res.end();
      });
    }),
  );
  // node:http with callhooks: examples/node-http.ts.
  ports["node:http callhooks"] = await listening(
    createServer(async (req, res) => {
      const result = await parseIncomingMessage(req);
      res.statusCode = result.ok ? 200 : 400;
      res.end();
    }),
  );

  // node:http, the bare handler's read with parseCallback in place of JSON.parse: the parse alone, no adapter.
  ports["node:http parseCallback"] = await listening(
    createServer((req, res) => {
      const chunks = [];
      req.on("data", (chunk) => chunks.push(chunk));
      req.on("end", () => {
        res.statusCode = parseCallback(Buffer.concat(chunks), req.headers["content-type"]).ok ? 200 : 400;
        res.end();
      });
    }),
  );

  // Fastify, bare: its own JSON parser, a form read as a string.
  const fastifyBare = Fastify();
  fastifyBare.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, formObject(body)),
  );
  fastifyBare.all("/webhooks", async (_request, reply) => reply.code(200).send());
  await fastifyBare.listen({ port: 0, host });
  ports["Fastify bare"] = fastifyBare.server.address().port;
  // Fastify with callhooks: examples/fastify.ts.
  const fastify = Fastify();
  fastify.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, body),
  );
  fastify.all("/webhooks", async (request, reply) => {
    const result = await parseIncomingMessage(request);
    return reply.code(result.ok ? 200 : 400).send();
  });
  await fastify.listen({ port: 0, host });
  ports["Fastify callhooks"] = fastify.server.address().port;

  // Hono, bare: the body as text (the node-server's direct read), then parsed.
  const honoBare = new Hono();
  honoBare.post("/webhooks/json", async (c) => c.body(null, bare(await c.req.text(), "application/json")));
  honoBare.post("/webhooks/form", async (c) => c.body(null, bare(await c.req.text(), "form")));
  // Hono with callhooks: examples/hono.ts.
  const hono = new Hono();
  hono.all("/webhooks/:provider?", async (c) => {
    const provider = c.req.param("provider") === "kaleyra" ? "kaleyra" : undefined;
    const result = await parseIncomingMessage(c.env.incoming, provider === undefined ? {} : { provider });
    return c.body(null, result.ok ? 200 : 400);
  });
  // Hono with the Web adapter: parseRequest(c.req.raw), as on runtimes without a Node request.
  const honoWeb = new Hono();
  honoWeb.all("/webhooks/:provider?", async (c) => {
    const provider = c.req.param("provider") === "kaleyra" ? "kaleyra" : undefined;
    const result = await parseRequest(c.req.raw, provider === undefined ? {} : { provider });
    return c.body(null, result.ok ? 200 : 400);
  });
  const honoListening = (app) =>
    new Promise((resolve) => {
      const server = honoServe({ fetch: app.fetch, port: 0, hostname: host }, () => resolve(server.address().port));
    });
  ports["Hono bare"] = await honoListening(honoBare);
  ports["Hono callhooks"] = await honoListening(hono);
  ports["Hono parseRequest"] = await honoListening(honoWeb);

  process.on("message", (message) => {
    if (message === "cpu") {
      const { user, system } = process.cpuUsage();
      process.send({ cpu: user + system });
    } else if (message === "stop") {
      process.exit(0);
    }
  });
  process.send({ ports });
}

// ---- the client ------------------------------------------------------------------------------------------------

async function run() {
  const server = fork(new URL(import.meta.url).pathname, ["--serve"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const replies = [];
  server.on("message", (message) => replies.shift()?.(message));
  const ask = (message) =>
    new Promise((resolve) => {
      replies.push(resolve);
      if (message !== undefined) server.send(message);
    });
  const { ports } = await ask();
  const cpu = async () => (await ask("cpu")).cpu;
  const agent = new Agent({ keepAlive: true, maxSockets: INFLIGHT });

  const send = (port, path, payload) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          host: "127.0.0.1",
          port,
          path,
          method: "POST",
          headers: { "content-type": payload.contentType, "content-length": payload.body.length },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode));
        },
      );
      req.on("error", reject);
      req.end(payload.body);
    });
  const pathOf = (variant, kind) => (variant === "Hono bare" ? `/webhooks/${kind}` : "/webhooks");

  /** Sends `count` requests, `INFLIGHT` at a time; returns the server's CPU µs and the wall time in ms. */
  async function batch(variant, kind, count) {
    const port = ports[variant];
    const path = pathOf(variant, kind);
    const payload = PAYLOADS[kind];
    let left = count;
    let failed = 0;
    const worker = async () => {
      while (left-- > 0) if ((await send(port, path, payload)) !== 200) failed++;
    };
    const before = await cpu();
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: INFLIGHT }, worker));
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = (await cpu()) - before;
    if (failed > 0) throw new Error(`${variant} answered ${failed} ${kind} requests with an error status`);
    return { cpuPerRequest: used / count, perSecond: (count / wall) * 1000 };
  }

  const variants = Object.keys(ports);
  const kinds = Object.keys(PAYLOADS);
  // Warm-up: every handler compiled, and each answers 200 (a handler that fails would look cheap).
  for (const variant of variants) for (const kind of kinds) await batch(variant, kind, 300);

  const samples = new Map(variants.flatMap((variant) => kinds.map((kind) => [`${variant}|${kind}`, []])));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order, so that no variant always runs first or right after the same one.
    const order = variants.flatMap((variant) => kinds.map((kind) => [variant, kind]));
    const shift = (round * 5) % order.length;
    const rotated = [...order.slice(shift), ...order.slice(0, shift)];
    if (round % 2 === 1) rotated.reverse();
    for (const [variant, kind] of rotated) samples.get(`${variant}|${kind}`).push(await batch(variant, kind, BATCH));
  }
  server.send("stop");
  agent.destroy();

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  console.log(
    `callhooks in a server — Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} ×${cpus().length}, ${ROUNDS} rounds × ${BATCH} requests per variant and kind, ${INFLIGHT} in flight, keep-alive`,
  );
  console.log(`JSON: ${PAYLOADS.json.file}   form: ${PAYLOADS.form.file}\n`);
  console.log(
    `${"variant".padEnd(24)} ${"kind".padEnd(5)} ${"CPU/req".padStart(9)} ${"req/s".padStart(7)}  ${"CPU ×".padStart(6)}  ${"req/s ×".padStart(7)}`,
  );
  let over = 0;
  for (const [framework, extras] of Object.entries(EXTRAS)) {
    for (const kind of kinds) {
      const bareRounds = samples.get(`${framework} bare|${kind}`);
      const line = (name, rounds, ratios) =>
        console.log(
          `${name.padEnd(24)} ${kind.padEnd(5)} ${`${median(rounds.map((sample) => sample.cpuPerRequest)).toFixed(1)} µs`.padStart(9)} ${median(
            rounds.map((sample) => sample.perSecond),
          )
            .toFixed(0)
            .padStart(7)}  ${ratios}`,
        );
      line(`${framework} bare`, bareRounds, "");
      for (const variant of [`${framework} callhooks`, ...extras]) {
        const mineRounds = samples.get(`${variant}|${kind}`);
        const cpuRatio = median(
          mineRounds.map((sample, round) => sample.cpuPerRequest / bareRounds[round].cpuPerRequest),
        );
        const rateRatio = median(mineRounds.map((sample, round) => sample.perSecond / bareRounds[round].perSecond));
        // The README's adapter counts against the target; an extra variant is shown beside it.
        const counted = variant === `${framework} callhooks`;
        const verdict = cpuRatio <= TARGET ? "" : counted ? "  over the target" : "  (not the README's)";
        if (counted && cpuRatio > TARGET) over++;
        line(variant, mineRounds, `${cpuRatio.toFixed(2).padStart(6)}  ${rateRatio.toFixed(2).padStart(7)}${verdict}`);
      }
    }
  }
  console.log(
    `\nadapters over ${TARGET} × their bare handler's CPU per request: ${over} of ${kinds.length * 3}   (target: 0)`,
  );
}
