import { join } from "node:path";
import { detectProvider } from "../index.js";
import { PROVIDERS, type ProviderId } from "../providers/registry.js";
import { samplesNamed } from "../samples/get.js";
import { list } from "../samples/list.js";
import type { SampleDelivery } from "../samples/sample-delivery.js";
import type { CliIo } from "./io.js";
import { didYouMean } from "./suggest.js";
import { terminalText } from "./terminal-text.js";

/**
 * One delivery the CLI sends or parses: a bundled sample, or a file.
 *
 * @example
 * ```ts
 * const delivery: CliDelivery = { name: "captured/call.json", provider: "telecmi", method: "POST", contentType: "application/json", body: "{…}", query: "" };
 * ```
 */
export interface CliDelivery {
  /** The sample's name, or the file's path. */
  readonly name: string;
  /** Its provider, when known (a sample's; a file's folder or fingerprint). */
  readonly provider: ProviderId | null;
  /** `GET` for a query delivery, else `POST`. */
  readonly method: "GET" | "POST";
  /** The content type; `null` for a GET, or for a file whose kind is to be sniffed. */
  readonly contentType: string | null;
  /** The body text; `null` for a GET. */
  readonly body: string | null;
  /** The URL's query, without `?`. */
  readonly query: string;
}

/**
 * The deliveries an argument names, or why it names none.
 *
 * @example
 * ```ts
 * const found: Found = await findDeliveries("telecmi/cdr-incoming-answered", io, { folders: false, providers: false });
 * ```
 */
export type Found =
  | { readonly ok: true; readonly deliveries: CliDelivery[] }
  | { readonly ok: false; readonly message: string };

/** The bounds of what one argument may name. */
const LIMITS = {
  /** Files read from one folder and its subfolders. */
  files: 10_000,
  /** Folder levels walked. */
  depth: 8,
  /** A file's size: callhooks refuses a body over 1 MiB by default. */
  fileBytes: 1_048_576,
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
};
const DELIVERY_EXTENSIONS = new Set(["json", "form", "query"]);
const PROVIDER_IDS: readonly string[] = PROVIDERS.map((provider) => provider.id);
const decoder = new TextDecoder();

function extensionOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
}

/**
 * The provider of a file: a folder of its path named after one (`captured/kaleyra/…`), else the one the user named,
 * else the one its fingerprint shows.
 */
function providerOfFile(path: string, delivery: Omit<CliDelivery, "provider">, given: ProviderId | undefined) {
  const folder = path
    .split(/[\\/]/)
    .slice(0, -1)
    .reverse()
    .find((segment) => PROVIDER_IDS.includes(segment.toLowerCase()));
  if (folder !== undefined) return folder.toLowerCase() as ProviderId;
  return given ?? detectProvider(delivery.body, delivery.contentType, { query: delivery.query });
}

/**
 * A file as the delivery it holds: `.json` a JSON POST, `.form` a form POST, `.query` a GET whose query the file
 * holds; anything else a POST whose type is sniffed by `parse` (`send` sends it as JSON when it starts with `{` or
 * `[`, else as a form).
 *
 * @param path The file's path.
 * @param bytes Its bytes.
 * @param provider The provider the user named, if any.
 * @returns The delivery.
 * @example
 * ```ts
 * fileDelivery("calls/end.query", bytes, undefined).method;
 * //=> "GET"
 * ```
 */
export function fileDelivery(path: string, bytes: Uint8Array, provider: ProviderId | undefined): CliDelivery {
  const extension = extensionOf(path);
  // The file's last newline is the editor's, not the provider's.
  const text = decoder.decode(bytes).replace(/\r?\n$/, "");
  const delivery: Omit<CliDelivery, "provider"> =
    extension === "query"
      ? { name: path, method: "GET", contentType: null, body: null, query: text.trim() }
      : { name: path, method: "POST", contentType: CONTENT_TYPES[extension] ?? null, body: text, query: "" };
  return { ...delivery, provider: providerOfFile(path, delivery, provider) };
}

async function readDelivery(path: string, size: number, io: CliIo, provider: ProviderId | undefined): Promise<Found> {
  if (size > LIMITS.fileBytes)
    return { ok: false, message: `${terminalText(path)} is over 1 MiB: no provider sends that.` };
  try {
    return { ok: true, deliveries: [fileDelivery(path, await io.readFile(path), provider)] };
  } catch (error) {
    return {
      ok: false,
      message: `Cannot read ${terminalText(path)}: ${terminalText(String((error as Error).message))}`,
    };
  }
}

/** Every .json, .form and .query file under a folder, in path order, bounded in count and depth. */
async function walk(folder: string, io: CliIo): Promise<string[] | string> {
  const files: string[] = [];
  const pending: { path: string; depth: number }[] = [{ path: folder, depth: 0 }];
  while (pending.length > 0) {
    const { path, depth } = pending.shift() as { path: string; depth: number };
    let names: string[];
    try {
      names = (await io.readDirectory(path)).sort();
    } catch (error) {
      return `Cannot read the folder ${terminalText(path)}: ${terminalText(String((error as Error).message))}`;
    }
    for (const name of names) {
      const child = join(path, name);
      const info = await io.stat(child);
      if (info?.kind === "directory" && depth + 1 < LIMITS.depth) pending.push({ path: child, depth: depth + 1 });
      else if (info?.kind === "file" && DELIVERY_EXTENSIONS.has(extensionOf(name))) {
        if (files.length === LIMITS.files) return `${terminalText(folder)} holds over ${LIMITS.files} deliveries.`;
        files.push(child);
      }
    }
  }
  return files.sort();
}

/**
 * A bundled sample as a CLI delivery.
 *
 * @param sample The sample.
 * @returns The delivery.
 * @example
 * ```ts
 * fromSample(get("kaleyra/call-end.query")).method;
 * //=> "GET"
 * ```
 */
export function fromSample(sample: SampleDelivery): CliDelivery {
  const { name, provider, method, contentType, body, query } = sample;
  return { name, provider, method, contentType, body, query };
}

/**
 * The deliveries an argument names: a file; with `folders`, a folder (its .json, .form and .query files, subfolders
 * too); a bundled sample's name (the extension may be left out when only one sample has that name); with
 * `providers`, a provider id (all its samples). A path that exists wins over a sample of the same name.
 *
 * @param argument The argument.
 * @param io Where to read.
 * @param accept What else it may name, and the provider the user named.
 * @returns The deliveries, or a one-line message (escaped) that says what to type instead.
 * @example
 * ```ts
 * await findDeliveries("kaleyra", io, { folders: true, providers: true });
 * //=> { ok: true, deliveries: [/* the 20 Kaleyra samples *\/] }
 * ```
 */
export async function findDeliveries(
  argument: string,
  io: CliIo,
  accept: { readonly folders: boolean; readonly providers: boolean; readonly provider?: ProviderId | undefined },
): Promise<Found> {
  const info = await io.stat(argument);
  if (info?.kind === "file") return readDelivery(argument, info.size, io, accept.provider);
  if (info?.kind === "directory") {
    if (!accept.folders)
      return { ok: false, message: `${terminalText(argument)} is a folder: name a file or a sample.` };
    const files = await walk(argument, io);
    if (typeof files === "string") return { ok: false, message: files };
    if (files.length === 0)
      return { ok: false, message: `${terminalText(argument)} holds no .json, .form or .query file.` };
    const deliveries: CliDelivery[] = [];
    for (const file of files) {
      const size = (await io.stat(file))?.size ?? 0;
      const read = await readDelivery(file, size, io, accept.provider);
      if (!read.ok) return read;
      deliveries.push(...read.deliveries);
    }
    return { ok: true, deliveries };
  }
  const named = samplesNamed(argument);
  if (named.length === 1) return { ok: true, deliveries: named.map(fromSample) };
  if (named.length > 1) {
    return {
      ok: false,
      message: `${terminalText(argument)} names ${named.length} samples: ${named.map((sample) => sample.name).join(", ")}.`,
    };
  }
  if (accept.providers && PROVIDER_IDS.includes(argument)) {
    return { ok: true, deliveries: list(argument as ProviderId).map(fromSample) };
  }
  const names = list().flatMap((sample) => [sample.name, sample.name.slice(0, sample.name.lastIndexOf("."))]);
  const known = accept.providers ? [...PROVIDER_IDS, ...names] : names;
  return {
    ok: false,
    message: `No file or sample is called ${terminalText(argument)}${didYouMean(argument, known)}. "callhooks samples" lists the samples.`,
  };
}
