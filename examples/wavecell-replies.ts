// The reply bodies a legacy Wavecell Call Handle event and an 8x8 CALL_ACTION expect in the HTTP 200.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).
import type { Response } from "express";

declare const res: Response;

// #region replies
import { callflow, commands } from "callhooks/wavecell";

// 8x8 CALL_ACTION → {"clientActionId"?, "callflow": [{ action, params }]}: makeCall, say, playFile, sayAndCapture, hangup
const reply = callflow(
  [
    {
      action: "sayAndCapture",
      params: { promptMessage: "Press 1 for sales", voiceProfile: "en-US-ZiraRUS", minDigits: 1, maxDigits: 1 },
    },
  ],
  { clientActionId: "ivr1_level1" },
);
if (reply.ok) res.type("application/json").send(reply.body);

// Legacy Call Handle → {"commands": [{ function, … }]}: MakeCall, PlayTTS, Hangup
commands([{ function: "PlayTTS", message: "Hello", voice: "f", language: "en", dtmfInterrupt: true, dtmfLength: 5 }]);
// #endregion
