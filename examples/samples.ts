// Samples: a real-shaped delivery of any provider's event, for an app's own tests. callhooks/samples is test data
// (every bundled fixture, about 13 kB gzipped in a bundle): import it from tests, not from the app.

// #region samples
import { parseCallback } from "callhooks";
import * as samples from "callhooks/samples";

const sent = samples.delivery("wavecell", "call.ended", { "payload.callId": "call-42" }); // 8x8's first call.ended
if (!sent.ok) throw new Error(sent.error.message);
const { provider, method, contentType, body, query } = sent.delivery; // a GET sample: body null, fields in query
const result = parseCallback(body, contentType, { provider, query }); // ok, call.ended, callId "call-42"

const late = samples.override(samples.get("kaleyra/call-end.query") ?? sent.delivery, { id: "call-43", billsec: 30 });
// #endregion

if (result.ok) console.log(result.event.type, result.event.callId);

export { late, method };
