/** A logger shaped like the kit's `logger` option, recording what it is given. */
export interface RecordingLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** What {@link recordOutput} collects. */
export interface OutputRecorder {
  /** Everything recorded so far: console arguments, logger calls, and values given to `record`. */
  readonly texts: unknown[];
  /** Pass this as the `logger` option of the code under test. */
  readonly logger: RecordingLogger;
  /** Adds values to check, e.g. caught errors and response bodies. */
  record(...values: unknown[]): void;
  /** Puts the console back as it was. */
  restore(): void;
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type ConsoleMethod = (typeof consoleMethods)[number];

/**
 * Collects every console call and logger call from now on, plus whatever the test adds with
 * `record`, so that a suite can end with `expectNoKeyLeaks(recorder.texts, keys)`.
 * Console output still reaches the terminal unless `silent` is set.
 */
export function recordOutput(options: { silent?: boolean } = {}): OutputRecorder {
  const texts: unknown[] = [];
  // Replacing the console's methods is this helper's whole purpose.
  const target = globalThis.console as unknown as Record<
    ConsoleMethod,
    (...args: unknown[]) => void
  >;
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  for (const method of consoleMethods) {
    const original = target[method];
    originals.set(method, original);
    target[method] = (...args: unknown[]) => {
      texts.push(args);
      if (!options.silent) original.apply(target, args);
    };
  }
  const log =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      texts.push({ level, message, fields });
    };
  return {
    texts,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    record: (...values) => {
      texts.push(...values);
    },
    restore: () => {
      for (const [method, original] of originals) target[method] = original;
    },
  };
}
