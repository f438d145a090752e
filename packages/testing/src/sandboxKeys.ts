import { createHash, randomBytes } from 'node:crypto';

/** A restricted-key permission as Stripe names it without the `rak_` prefix. Write implies read. */
export type SandboxPermission = 'charge_read' | 'charge_write' | 'refund_read' | 'refund_write';

/** How to create a key in the sandbox (at start through `keys`, or later through `addKey`). */
export interface SandboxKeyOptions {
  /**
   * The key itself. Defaults to a fresh `rk_test_` key. A registered `sk_test_` key acts as an
   * unrestricted secret key, a `pk_test_` key as a publishable key (it may only make tokens);
   * live keys are refused.
   */
  key?: string;
  /** Permissions of a restricted key. Defaults to none. */
  permissions?: readonly SandboxPermission[];
  /** The key was rolled with an expiry that has passed: Stripe answers 401 `api_key_expired`. */
  expired?: boolean;
  /** The key was deleted in the Dashboard: Stripe answers 401 as for an unknown key. */
  revoked?: boolean;
  /**
   * Which merchant account the key belongs to, by name. Keys with the same account see the same
   * charges, refunds and tokens. Defaults to an account of the key's own, named after its role;
   * `'default'` names the account of the `full` key.
   */
  account?: string;
}

/** A key known to the sandbox, with what it may do. */
export interface SandboxKeyInfo {
  role: string;
  key: string;
  kind: 'restricted' | 'secret' | 'publishable';
  permissions: SandboxPermission[];
  expired: boolean;
  revoked: boolean;
  /** The account's name (see {@link SandboxKeyOptions.account}). */
  account: string;
}

/**
 * The sample keys of a sandbox by role. `full`, `chargesOnly`, `readOnly` and `expired` are
 * registered restricted keys, each on a merchant account of its own (named after the role);
 * `publishable` is the publishable key of the `full` key's account (`publishableKeyFor(key)` gives
 * any other key's); `secret` is an unregistered look-alike for testing that a form refuses it (the
 * sandbox answers 401 to it).
 */
export interface SandboxKeys {
  /** `charge_write` + `refund_write`: what Pelago Connect needs. */
  full: string;
  /** `charge_write` only: refunds are refused with 403. */
  chargesOnly: string;
  /** `charge_read` + `refund_read`: creating anything is refused with 403. */
  readOnly: string;
  /** Full permissions, but expired: 401 `api_key_expired`. */
  expired: string;
  /** A secret key (`sk_test_`) that the sandbox does not accept. */
  secret: string;
  /** The publishable key (`pk_test_`) of the `full` key's account: it can make card tokens. */
  publishable: string;
  /** Any further role given in `startStripeSandbox({ keys })`. */
  [role: string]: string;
}

/** The default restricted keys of every sandbox, by role. */
export const defaultSandboxKeys: Readonly<Record<string, SandboxKeyOptions>> = {
  full: { permissions: ['charge_write', 'refund_write'] },
  chargesOnly: { permissions: ['charge_write'] },
  readOnly: { permissions: ['charge_read', 'refund_read'] },
  expired: { permissions: ['charge_write', 'refund_write'], expired: true },
};

const KEY_BODY_LENGTH = 99;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const livePrefix = /^(rk|sk|pk)_live_/;

/** The keys one sandbox knows, looked up on every request. */
export class KeyRing {
  private readonly byKey = new Map<string, SandboxKeyInfo>();
  constructor(private readonly seed?: string) {}

  /** Registers a key and returns the key string. */
  add(options: SandboxKeyOptions, role = `key${this.byKey.size + 1}`): string {
    const key = options.key ?? this.generate('rk_test_', role);
    if (livePrefix.test(key)) {
      throw new Error('The sandbox only accepts test keys (rk_test_ or sk_test_).');
    }
    const kind = key.startsWith('sk_test_')
      ? 'secret'
      : key.startsWith('rk_test_')
        ? 'restricted'
        : key.startsWith('pk_test_')
          ? 'publishable'
          : null;
    if (!kind) {
      throw new Error(
        'A sandbox key must start with rk_test_ (restricted), sk_test_ (secret) or pk_test_ (publishable).',
      );
    }
    if (this.byKey.has(key)) {
      throw new Error(`The sandbox already has a key ending in ${key.slice(-4)}.`);
    }
    this.byKey.set(key, {
      role,
      key,
      kind,
      permissions: [...(options.permissions ?? [])],
      expired: options.expired ?? false,
      revoked: options.revoked ?? false,
      account: options.account ?? role,
    });
    return key;
  }

  get(key: string): SandboxKeyInfo | undefined {
    return this.byKey.get(key);
  }

  list(): SandboxKeyInfo[] {
    return [...this.byKey.values()].map((info) => ({
      ...info,
      permissions: [...info.permissions],
    }));
  }

  update(
    key: string,
    change: Partial<Pick<SandboxKeyInfo, 'expired' | 'revoked' | 'permissions'>>,
  ): void {
    const info = this.byKey.get(key);
    if (!info) throw new Error('The sandbox does not know this key.');
    if (change.permissions && info.kind !== 'restricted') {
      throw new Error('Only a restricted key has permissions to change.');
    }
    Object.assign(info, change, change.permissions ? { permissions: [...change.permissions] } : {});
  }

  /** A key-shaped string; deterministic per role when the ring has a seed. */
  generate(prefix: string, label: string): string {
    const bytes = this.seed
      ? seededBytes(`${this.seed}:${prefix}:${label}`, KEY_BODY_LENGTH)
      : randomBytes(KEY_BODY_LENGTH);
    let body = '';
    for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
    return prefix + body;
  }
}

/** Whether a key with these permissions may use a route needing `required`. */
export function hasPermission(
  granted: readonly SandboxPermission[],
  required: SandboxPermission,
): boolean {
  if (granted.includes(required)) return true;
  // Write implies read, as in the Dashboard.
  return (
    required.endsWith('_read') &&
    granted.includes(required.replace('_read', '_write') as SandboxPermission)
  );
}

function seededBytes(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < length; i += 1) {
    chunks.push(createHash('sha256').update(`${seed}:${i}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, length);
}
