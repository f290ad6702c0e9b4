export { createMessageHandler, type HandlerDeps, type MessageHandler, type Sender, type TabStatusStore } from './handler';
export { createClient, type MessagingClient, type Send } from './client';
export {
  ErrorResponse,
  OK_RESPONSES,
  Response,
  responseSchema,
  type OkResponseOf,
  type ResponseOf,
} from './responses';
