import type { StripeSandbox } from '@pelago/connect-testing';

export interface HostAppOptions {
  /** Port to listen on; 0 for a free one. Default 3000. */
  port?: number;
  host?: string;
  /** Where the SQLite vault and its encryption key live. Default `examples/host-app/.data`. */
  dataDir?: string;
  /** A running sandbox to use instead of starting one. */
  sandbox?: StripeSandbox;
}

export interface HostApp {
  url: string;
  port: number;
  sandbox: StripeSandbox;
  stop(): Promise<void>;
}

export function startHostApp(options?: HostAppOptions): Promise<HostApp>;
