/**
 * The top-level help.
 *
 * @example
 * ```ts
 * io.stdout(MAIN_HELP);
 * ```
 */
export const MAIN_HELP = `Usage: callhooks <command> [options]

Parse telephony provider webhooks (CarrierX, Wavecell/8x8, Kaleyra, TeleCMI, URL Networks) into one normalized event.

Commands:
  parse [file…|-]  Print the normalized event of a delivery as JSON.
  listen           Run a local receiver that prints every delivery it gets.

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
export const PARSE_HELP = `Usage: callhooks parse [file…|-] [options]

Prints the normalized event of a delivery as JSON on stdout. Exit status 0 when it parses; 1 with the
error code and message on stderr when it does not; 2 for a usage error.

The delivery is a file, or stdin when the file is "-" or missing. Several files print each event under a
"# file" line (a failure as "✘ file: code: message" on stderr) and exit 1 if any fails. A .json file is sent as application/json,
a .form file as application/x-www-form-urlencoded, and a .query file is a GET delivery (the file holds the
URL's query, there is no body). Anything else is sniffed.

Options:
  --content-type T   The Content-Type header (default: from the file extension, else sniffed).
  --provider P       carrierx, wavecell, kaleyra, telecmi or urlnetworks: skip detection (Kaleyra needs it).
  --event E          The provider-native event when the delivery does not carry it (Kaleyra).
  --query Q          The callback URL's query, e.g. "event=call_end&id=42" (merged; the body wins).
  --country CC       The region of national-format numbers, e.g. IN or AU.
  -h, --help         Show this help.

Examples:
  callhooks parse fixtures/telecmi/cdr-incoming-answered.json
  callhooks parse --provider kaleyra fixtures/kaleyra/call-end.query
  callhooks parse fixtures/wavecell/*.json
  curl -s https://example.com/sample.json | callhooks parse - --provider wavecell
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

A path segment that names a provider (/webhooks/kaleyra) selects that provider; Kaleyra needs it.

Options:
  --port N          The port (default 5000; 0 picks a free one).
  --host H          The interface (default 127.0.0.1; 0.0.0.0 listens on every interface).
  --json            Print each event as one line of JSON instead of the readable line.
  --provider P      Parse every delivery as this provider's.
  --country CC      The region of national-format numbers, e.g. IN or AU.
  -h, --help        Show this help.

Protecting the receiver (checked before the body is read; a delivery that fails gets 401, and the secrets are
never printed; repeat a flag to accept several values, as during a rotation):
  --basic-auth U:P  HTTP Basic credentials (Kaleyra callback profiles, URL Networks API events).
  --header "N: V"   A header and its value (Kaleyra custom headers, 8x8 httpAuthHeader).
  --token N=V       A secret URL parameter, removed before parsing (CarrierX, TeleCMI).
  --allow-ip CIDR   An address or range deliveries may come from, e.g. 127.0.0.1 or 203.0.113.0/24.
  --trust-proxy N   With --allow-ip: read the client address from X-Forwarded-For behind N proxies.
`;
