/**
 * A typed way for UI and content scripts to talk to the background. It takes the transport
 * (`browser.runtime.sendMessage` in the extension, a fake in tests) so lib/ stays free of
 * browser calls. Answers are parsed, not trusted; failures come back as `{ ok: false }`.
 */
import type { Message, MessageOf } from '../schema';
import { responseSchema, type ResponseOf } from './responses';

export type Send = (message: unknown) => Promise<unknown>;

export interface MessagingClient {
  request<T extends Message['type']>(message: MessageOf<T>): Promise<ResponseOf<T>>;
}

export function createClient(send: Send): MessagingClient {
  return {
    async request<T extends Message['type']>(message: MessageOf<T>): Promise<ResponseOf<T>> {
      let raw: unknown;
      try {
        raw = await send(message);
      } catch (err) {
        return { ok: false, error: `no answer from the background: ${errorText(err)}` };
      }
      const parsed = responseSchema(message.type as T).safeParse(raw);
      if (parsed.success) return parsed.data;
      return { ok: false, error: `invalid answer from the background: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
    },
  };
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
