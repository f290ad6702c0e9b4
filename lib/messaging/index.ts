export { createClient, type MessagingClient, type Send } from './client';
export {
  ErrorResponse,
  OK_RESPONSES,
  Response,
  responseSchema,
  type OkResponseOf,
  type ResponseOf,
} from './responses';
