export type { SampleName } from "./data/index.js";
export { delivery } from "./delivery.js";
export { get } from "./get.js";
export { list } from "./list.js";
export { override } from "./override.js";
export type {
  SampleDelivery,
  SampleError,
  SampleErrorCode,
  SampleOverrides,
  SampleResult,
  SampleValue,
} from "./sample-delivery.js";
