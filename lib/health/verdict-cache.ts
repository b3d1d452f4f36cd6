/**
 * A yes/no answer that is costly to find out (does the database answer?) kept for a short while,
 * so that asking it on every request costs a round trip at most once per `ttlMs`, and callers who
 * ask while a check is under way share that check. `set()` records an answer learnt some other
 * way (a pooled connection the server dropped) without a check. Pure: the clock is passed in.
 */
export interface VerdictCache {
  get(): Promise<boolean>;
  set(verdict: boolean): void;
}

export function createVerdictCache(check: () => Promise<boolean>, options: { ttlMs: number; now?: () => number }): VerdictCache {
  const now = options.now ?? Date.now;
  let known: { verdict: boolean; at: number } | null = null;
  let pending: Promise<boolean> | null = null;
  return {
    get() {
      if (known && now() - known.at < options.ttlMs) return Promise.resolve(known.verdict);
      pending ??= check()
        .catch(() => false)
        .then((verdict) => {
          known = { verdict, at: now() };
          pending = null;
          return verdict;
        });
      return pending;
    },
    set(verdict) {
      known = { verdict, at: now() };
    },
  };
}
