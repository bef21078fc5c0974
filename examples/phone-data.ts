// A provider subpath whose numbers come international reads national numbers (options.defaultCountry) once the
// numbering plans are loaded. The region is a README snippet (scripts/check-readme.mjs keeps them equal).
declare const url: URL;

// #region phone-data
import "callhooks/phone-data"; // every region's numbering plan, for defaultCountry in a provider subpath
import { parse as parseKaleyra } from "callhooks/kaleyra";

const kaleyraResult = parseKaleyra(null, null, { provider: "kaleyra", query: url.searchParams, defaultCountry: "IN" });
// #endregion
if (kaleyraResult.ok) console.log(kaleyraResult.event.from?.e164);
