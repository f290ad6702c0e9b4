// Types for server.mjs.
export declare const DEMO_HOST: string;
export declare function startDemoConsole(opts?: {
  port?: number;
  now?: () => number;
  seed?: number;
}): Promise<{ url: string; port: number; close(): Promise<void> }>;
