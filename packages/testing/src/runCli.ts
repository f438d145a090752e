import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';

/** Where the command writes. */
export interface CliOutput {
  write(text: string): unknown;
}

/** What {@link runCli} started, or null when it only printed help or an error. */
export type CliResult =
  | { sandbox: StripeSandbox; exitCode: 0 }
  | { sandbox: null; exitCode: 0 | 1 };

const usage = `Usage: pelago-stripe-sandbox [--port <port>] [--latency <ms>] [--seed <text>]

Starts an offline Stripe sandbox on 127.0.0.1 that accepts restricted test keys
and answers with Stripe's status codes and wording.

  --port <port>    port to listen on (default: a free port)
  --latency <ms>   delay before every answer (default: 0)
  --seed <text>    print the same keys on every start
  --help           show this help
`;

/**
 * The `pelago-stripe-sandbox` command without the process around it: parses `args`, starts the
 * sandbox and prints its URL and sample keys to `out`. The caller stops the returned sandbox.
 */
export async function runCli(args: readonly string[], out: CliOutput): Promise<CliResult> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    out.write(`${parsed.error}\n\n${usage}`);
    return { sandbox: null, exitCode: 1 };
  }
  if (parsed.help) {
    out.write(usage);
    return { sandbox: null, exitCode: 0 };
  }
  const sandbox = await startStripeSandbox({
    ...(parsed.port !== undefined ? { port: parsed.port } : {}),
    ...(parsed.latencyMs !== undefined ? { latencyMs: parsed.latencyMs } : {}),
    ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
  });
  out.write(describeSandbox(sandbox));
  return { sandbox, exitCode: 0 };
}

/** The text printed at start: URL, keys with their permissions, and how to connect. */
export function describeSandbox(sandbox: StripeSandbox): string {
  const infos = sandbox.describeKeys();
  const width = Math.max(12, ...infos.map((info) => info.role.length + 2));
  const keyLines = infos
    .filter((info) => info.kind !== 'publishable')
    .map((info) => {
      const what = info.expired
        ? `${info.permissions.join(', ')} (expired: answers 401 api_key_expired)`
        : info.permissions.length > 0
          ? info.permissions.join(', ')
          : 'no permissions';
      const publishable = sandbox.publishableKeyFor(info.key);
      return [
        `  ${info.role.padEnd(width)}${info.key}`,
        `  ${''.padEnd(width)}${what}; account "${sandbox.accountOf(info.key)}"`,
        `  ${''.padEnd(width)}publishable key of that account: ${publishable}`,
      ].join('\n');
    });
  return [
    `Stripe sandbox listening on ${sandbox.url}`,
    '',
    'Restricted test keys (each on a merchant account of its own):',
    ...keyLines,
    '',
    'A key the key form must refuse (the sandbox answers 401 to it):',
    `  ${'secret'.padEnd(width)}${sandbox.keys.secret}`,
    '',
    'Test tokens: tok_visa, tok_chargeDeclined, tok_chargeDeclinedInsufficientFunds',
    'Test cards for POST /v1/tokens with a publishable key: 4242424242424242 (paid),',
    '  4000000000000002 (declined), 4000000000009995 (insufficient funds),',
    '  4000002500003155 (needs authentication)',
    `Connect: new Stripe(key, { host: '${sandbox.host}', port: ${sandbox.port}, protocol: 'http' })`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

type ParsedArgs =
  | { help: boolean; port?: number; latencyMs?: number; seed?: string }
  | { error: string };

function parseArgs(args: readonly string[]): ParsedArgs {
  const result: { help: boolean; port?: number; latencyMs?: number; seed?: string } = {
    help: false,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    switch (name) {
      case '--help':
      case '-h':
        result.help = true;
        break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          return { error: 'The port must be a whole number from 0 to 65535.' };
        }
        result.port = port;
        break;
      }
      case '--latency': {
        const latencyMs = Number(value());
        if (!Number.isFinite(latencyMs) || latencyMs < 0) {
          return { error: 'The latency must be a number of milliseconds, 0 or more.' };
        }
        result.latencyMs = latencyMs;
        break;
      }
      case '--seed': {
        const seed = value();
        if (!seed) return { error: 'The seed needs a value.' };
        result.seed = seed;
        break;
      }
      default:
        return { error: `Unknown option: ${arg}` };
    }
  }
  return result;
}
