// `import "callhooks/phone-data";`: loads the numbering plans of every region (8 kB min+gzip), which the provider
// subpaths whose numbers are international leave out, so that their `parse` takes `options.defaultCountry`.
// `callhooks` and `callhooks/urlnetworks` have them already. package.json lists this module's files under
// "sideEffects", so that bundlers keep the import.

import { registerPhonePlans } from "./normalize/phone.js";
import { PHONE_PLANS } from "./normalize/phone-plans-all.js";

registerPhonePlans(PHONE_PLANS);
