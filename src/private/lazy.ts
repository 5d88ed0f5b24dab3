/** A function that loads a module on its first call and returns the same module after (docs/performance.md). */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
