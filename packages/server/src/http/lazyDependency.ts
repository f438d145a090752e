/**
 * A dependency given as itself, or as a factory that is called on the first request instead of
 * when the module loads (so a build step that evaluates the module needs no secrets and creates
 * no files). The factory may be async.
 */
export type Lazy<T> = T | (() => T | Promise<T>);

/**
 * Resolves a {@link Lazy} value once: the first caller runs the factory and checks its result
 * with `assert`; a failure is not kept, so the next request tries again (and is logged again).
 */
export function lazyDependency<T extends object>(
  value: Lazy<T>,
  assert: (resolved: unknown) => asserts resolved is T,
): () => Promise<T> {
  if (typeof value !== 'function') {
    assert(value);
    const ready = Promise.resolve(value);
    return () => ready;
  }
  const factory = value as () => T | Promise<T>;
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= (async () => {
      const resolved = await factory();
      assert(resolved);
      return resolved;
    })().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
