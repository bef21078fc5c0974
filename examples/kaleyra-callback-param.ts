// Requesting Kaleyra's callbacks: the `callback` parameter of the Click to Call API, built and checked.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).
declare const SID: string;
declare const API_KEY: string;

// #region click-to-call
import { buildCallbackParam } from "callhooks/kaleyra";

const hook = "https://example.com/webhooks/kaleyra";
const vars =
  "caller={caller}&receiver={receiver}&status={status}&billsec={billsec}&starttime={starttime}&endtime={endtime}&recordpath={recordpath}&callerid={callerid}&id={id}";

const callback = buildCallbackParam("click-to-call", {
  from_call_answer: { url: [`${hook}?event=from_call_answer&${vars}`] },
  to_call_answer: { url: [`${hook}?event=to_call_answer&${vars}`] },
  call_end: { url: [`${hook}?event=call_end&${vars}`], callback_profile: ["SG_f8a140-f1e8"] },
});
if (!callback.ok) throw new Error(callback.error.message); // error.issues: [{ path: ["call_end", "url", 0], message }]

await fetch(`https://api.kaleyra.io/v1/${SID}/voice/click-to-call`, {
  method: "POST",
  headers: { "api-key": API_KEY, "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({
    from: "919845012345",
    to: "919900112233",
    bridge: "918048001234",
    callback: callback.body,
  }),
});
// #endregion
