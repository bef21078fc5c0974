export { flattenFormObject } from "./form-object.js";
export {
  createIncomingMessageParser,
  type FrameworkRequest,
  type IncomingMessageParser,
  type NodeRequest,
  parseIncomingMessage,
} from "./parse-incoming-message.js";
export { type IncomingBodyRead, readIncomingBody } from "./read-incoming-body.js";
