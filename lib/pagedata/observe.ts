/**
 * Runs in the console's own page (its MAIN world, before the console's scripts): looks at the
 * responses the console itself requests from its documented order-data addresses and hands
 * their text on. It makes no request, changes no answer (the console gets the same Response
 * and XHR, read from a clone), and nothing it does may throw into the console's code.
 */

/** What the page script hands on: `D<url>\n<text>`, or `L<url>` for a response past the cap. */
export type Post = (detail: string) => void;

interface PageGlobals {
  fetch?: unknown;
  XMLHttpRequest?: unknown;
}

/** The text of a response's clone, counted in bytes as it arrives; `undefined` past `max`. */
async function textUpTo(response: Response, max: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > max) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  // Decoded as the browser decodes it for the page (a GBK answer stays readable), else as UTF-8.
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(/charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8');
  } catch {
    decoder = new TextDecoder();
  }
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Wraps the page's fetch and XMLHttpRequest as they are now (the browser's, or a replacement the
 * page installed before): each keeps its behaviour, and a response from an address `watched`
 * accepts is posted. A fetch or XHR that is not a function is left alone.
 */
export function observeResponses(page: PageGlobals, watched: (url: string) => boolean, post: Post, max: number): void {
  const hand = (url: string, text: string | undefined) => {
    try {
      post(text === undefined ? `L${url}` : `D${url}\n${text}`);
    } catch {
      // The page's listeners are not ours to break, nor ours to be broken by.
    }
  };
  // A page may have made fetch or XHR unwritable: then that one is left as the page has it.
  const install = (set: () => void) => {
    try {
      set();
    } catch {
      // Standing aside: the page's text is read as before.
    }
  };
  const original = page.fetch;
  if (typeof original === 'function') {
    install(() => {
      page.fetch = function (this: unknown, ...args: unknown[]): unknown {
        const answer: unknown = Reflect.apply(original, this, args);
        try {
          if (answer instanceof Promise) {
            answer.then(
              (response: unknown) => {
                try {
                  if (!(response instanceof Response) || !watched(response.url) || response.bodyUsed) return;
                  textUpTo(response.clone(), max).then((text) => hand(response.url, text), () => undefined);
                } catch {
                  // A response that cannot be cloned is the page's alone.
                }
              },
              () => undefined,
            );
          }
        } catch {
          // Observing must never change what the page's request returns.
        }
        return answer;
      };
    });
  }
  const Xhr = page.XMLHttpRequest as { prototype?: { send?: unknown } } | undefined;
  const proto = Xhr?.prototype;
  const send = proto?.send;
  if (proto && typeof send === 'function') {
    install(() => {
      proto.send = function (this: XMLHttpRequest, ...args: unknown[]): unknown {
        try {
          this.addEventListener('load', () => {
            try {
              const url = this.responseURL;
              if (!watched(url)) return;
              const type = this.responseType;
              const text = type === '' || type === 'text' ? this.responseText : type === 'json' ? JSON.stringify(this.response) : undefined;
              if (typeof text === 'string') hand(url, text.length > max ? undefined : text);
            } catch {
              // A response the page made unreadable is left to the page's text.
            }
          });
        } catch {
          // An XHR the page replaced with one that takes no listeners is left unobserved.
        }
        return Reflect.apply(send, this, args);
      };
    });
  }
}
