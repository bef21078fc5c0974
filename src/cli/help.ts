import type { CallEventType } from "../events.js";
import { PROVIDERS } from "../providers/registry.js";

const byName = [...PROVIDERS].sort((a, b) => a.name.localeCompare(b.name, "en"));
const ids = byName.map((provider) => provider.id);
const orList = (items: readonly string[]): string => `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;

/**
 * The event types the registered providers emit, in the order a call goes through them.
 *
 * @example
 * ```ts
 * EVENT_TYPES.includes("call.ended");
 * //=> true
 * ```
 */
export const EVENT_TYPES: readonly CallEventType[] = (
  ["call.initiated", "call.ringing", "call.answered", "call.ended", "call.dtmf"] as const
).filter((type) => PROVIDERS.some((provider) => Object.values(provider.shapes).some((s) => s.emits.includes(type))));

/**
 * The top-level help.
 *
 * @example
 * ```ts
 * io.stdout(MAIN_HELP);
 * ```
 */
export const MAIN_HELP = `Usage: callhooks <command> [options]

Parse telephony provider webhooks (${byName.map((provider) => provider.name).join(", ")}) into one normalized
event, and try a webhook handler with real-shaped deliveries.

Commands:
  parse [file|sample…|-]          Print the normalized event of a delivery as JSON.
  listen [--forward-to URL]       Receive deliveries, print each event, and pass them on to your app.
  send <sample|file…> --to URL    Deliver samples to your app as the provider would; print its answers.
  replay <folder|sample…> --to URL  Deliver a set shuffled and repeated; print a summary.
  samples [provider…]             List the bundled samples (one per fixture of each provider).

Options:
  --version   Print the version.
  -h, --help  Show this help.

Run "callhooks <command> --help" for a command's options.
`;

/**
 * The help of `callhooks parse`.
 *
 * @example
 * ```ts
 * io.stdout(PARSE_HELP);
 * ```
 */
export const PARSE_HELP = `Usage: callhooks parse [file|sample…|-] [options]

Prints the normalized event of a delivery as JSON on stdout. Exit status 0 when it parses; 1 with the
error code and message on stderr when it does not; 2 for a usage error.

The delivery is a file, a bundled sample ("callhooks samples" lists them; a sample is parsed as its
provider's), or stdin when the argument is "-" or missing. Several print each event under a "# name" line
(a failure as "✘ name: code: message" on stderr) and exit 1 if any fails. A .json file is sent as
application/json, a .form file as application/x-www-form-urlencoded, and a .query file is a GET delivery
(the file holds the URL's query, there is no body). Anything else is sniffed.

Options:
  --content-type T   The Content-Type header (default: from the file extension, else sniffed).
  --provider P       ${orList(ids)}: skip detection (Kaleyra needs it).
  --event E          The provider-native event when the delivery does not carry it (Kaleyra).
  --query Q          The callback URL's query, e.g. "event=call_end&id=42" (merged; the body wins).
  --country CC       The region of national-format numbers, e.g. IN or AU.
  -h, --help         Show this help.

Examples:
  callhooks parse telecmi/cdr-incoming-answered.json
  callhooks parse kaleyra/call-end.query wavecell/session-summary-completed
  printf 'caller=918048001234&receiver=919900112233&status=ANSWER&billsec=42&id=7' | callhooks parse - --provider kaleyra --event call_end
`;

/**
 * The help of `callhooks listen`.
 *
 * @example
 * ```ts
 * io.stdout(LISTEN_HELP);
 * ```
 */
export const LISTEN_HELP = `Usage: callhooks listen [options]

A local receiver for development: point a provider (or a tunnel such as ngrok) at it and watch the events.
It answers any path, GET or POST, and prints one line per delivery: time (UTC), method and path, provider, type,
from → to, callId (control, bidi and invisible characters escaped as \\uXXXX). It replies 200 (with the body the
provider expects, where it expects one); 200 to an event callhooks does not map (unsupported_event, printed as
such), so that the provider does not retry it; 413 to a body over 1 MiB (408 to one that stalls), closing the
connection without reading the rest; else, when the delivery does not parse, 400 with the error code and
message, which it also prints. Ctrl-C stops it.

With --forward-to, each delivery it reads is also passed on, unchanged, to your app: the same method, the path
appended to URL's path, the query, the headers (but hop-by-hop ones; X-Forwarded-For/-Host/-Proto added) and the
body's bytes. The sender then gets the app's answer (status, content type, body, at most 1 MiB), so that the
replies your app builds reach the provider; it prints the event and the app's status. An app that does not
answer within 10 s gets the sender a 504, one that cannot be reached a 502, each with a message; a delivery
that comes back to the receiver that forwarded it (URL is the receiver itself) is answered 508, not forwarded again.

A path segment that names a provider (/webhooks/kaleyra) selects that provider; Kaleyra needs it.

Options:
  --port N            The port (default 5000; 0 picks a free one).
  --host H            The interface (default 127.0.0.1; 0.0.0.0 listens on every interface).
  --forward-to URL    Pass each delivery on to your app, e.g. http://127.0.0.1:3000.
  --json              Print each event as one line of JSON instead of the readable line (with --forward-to:
                      {receivedAt, request, event or error, forwarded: {status}}).
  --provider P        Parse every delivery as this provider's.
  --country CC        The region of national-format numbers, e.g. IN or AU.
  -h, --help          Show this help.

Protecting the receiver (checked before the body is read; a delivery that fails gets 401 and is not forwarded,
and the secrets are never printed; repeat a flag to accept several values, as during a rotation):
  --basic-auth U:P    HTTP Basic credentials (Kaleyra callback profiles, URL Networks API events).
  --header "N: V"     A header and its value (Kaleyra custom headers, 8x8 httpAuthHeader).
  --token N=V         A secret URL parameter, removed before parsing (CarrierX, TeleCMI).
  --allow-ip CIDR     An address or range deliveries may come from, e.g. 127.0.0.1 or 203.0.113.0/24.
  --trust-proxy N     With --allow-ip: read the client address from X-Forwarded-For behind N proxies.

Examples:
  callhooks listen --port 5000
  callhooks listen --port 5000 --forward-to http://127.0.0.1:3000
`;

/**
 * The help of `callhooks send`.
 *
 * @example
 * ```ts
 * io.stdout(SEND_HELP);
 * ```
 */
export const SEND_HELP = `Usage: callhooks send <sample|file…> --to URL [options]

Delivers each sample or file to URL as its provider would: the method (GET for a query delivery, else POST),
the content type, the body, and the delivery's query added to URL's own. Prints each answer's status and body
(escaped). Exit status 0 when every delivery got an answer below 500; 1 when one got a 5xx or none (refused,
reset, or no complete answer within 10 s); 2 for a usage error.

A sample is named provider/file ("callhooks samples" lists them; the extension may be left out when one file
has that name); a file is read as "callhooks parse" reads it (.json, .form, .query; anything else is sent as
JSON when it starts with { or [, else as a form). {provider} in URL is replaced by each delivery's provider.

Options:
  --to URL            Where to deliver (http or https). Required.
  --provider P        ${orList(ids)}: with --event, instead of a name; else the provider of files
                      not in a folder named after one (for {provider}; else their fingerprint tells).
  --event E           The event type of the provider's sample to send (the first of that type):
                      ${orList(EVENT_TYPES)}.
  --set key=value     Set a field in the provider's own shape: a dotted path into a JSON body (payload.callId)
                      or a form or query parameter; the value keeps the type of the one it replaces.
                      Repeatable.
  --header "N: V"     Send a header too (repeatable), e.g. one your app checks.
  --repeat N          Deliver each N times, one after the other (default 1, at most 1000).
  -h, --help          Show this help.

Examples:
  callhooks send telecmi/cdr-incoming-answered --to http://127.0.0.1:3000/webhooks
  callhooks send --provider wavecell --event call.answered --set payload.callId=test-1 --to http://127.0.0.1:3000/webhooks
  callhooks send kaleyra/call-end.query --to "http://127.0.0.1:3000/webhooks/{provider}" --repeat 2
`;

/**
 * The help of `callhooks replay`.
 *
 * @example
 * ```ts
 * io.stdout(REPLAY_HELP);
 * ```
 */
export const REPLAY_HELP = `Usage: callhooks replay <folder|sample|provider…> --to URL [options]

Delivers a set of deliveries to URL as providers do, late, twice and out of order, then prints a summary: how
many were sent, their statuses, the failures. The set is every .json, .form and .query file of a folder (and its
subfolders), bundled samples by name, or every sample of a provider (${orList(ids)}). The same seed gives
the same order. Exit status 0 when every delivery got an answer below 500; 1 otherwise; 2 for a usage error.
Ctrl-C stops it (status 130) and prints the summary so far.

A handler is idempotent when the call records it keeps (applyEvent) after a shuffled, repeated replay equal the
records after the same deliveries sent once in order.

Options:
  --to URL            Where to deliver ({provider} is replaced by each delivery's provider).
  --shuffle           Deliver in a random order drawn from --seed.
  --seed S            The shuffle's seed, an integer (default: a random one, printed, to repeat the run).
  --duplicate N       Deliver each N times (default 1, at most 100).
  --concurrency C     Deliveries in flight at once (default 1, at most 64).
  --provider P        The provider of files not in a folder named after one (else their fingerprint tells).
  --header "N: V"     Send a header with every delivery (repeatable).
  -h, --help          Show this help.

Examples:
  callhooks replay telecmi --to http://127.0.0.1:3000/webhooks --shuffle --duplicate 2 --seed 1
  callhooks replay wavecell kaleyra --to "http://127.0.0.1:3000/webhooks/{provider}" --concurrency 4
`;

/**
 * The help of `callhooks samples`.
 *
 * @example
 * ```ts
 * io.stdout(SAMPLES_HELP);
 * ```
 */
export const SAMPLES_HELP = `Usage: callhooks samples [provider…] [--json]

Lists the bundled samples, one real-shaped delivery per fixture of each provider: its name (provider/file), its
method, and the event type it parses to ("-" for a payload callhooks recognises and does not map). "callhooks
parse", "send" and "replay" take these names, and so does get() of the "callhooks/samples" module.

Options:
  --json       Print each sample as one line of JSON (with its content type, body and query).
  -h, --help   Show this help.

Examples:
  callhooks samples kaleyra
`;
