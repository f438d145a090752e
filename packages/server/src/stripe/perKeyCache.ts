/**
 * One value per Stripe key, made on first use; past `limit` keys the least recently used is
 * dropped. The keys stay in memory only: nothing here lists, logs or serialises them.
 */
export class PerKeyCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `create` when there is none. */
  get(key: string, create: () => T): T {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      // Re-insert to mark it as recently used.
      this.entries.delete(key);
      this.entries.set(key, existing);
      return existing;
    }
    const value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
