/**
 * Token bucket: `ratePerSecond` tokens drip in continuously up to `burst`; a send takes one. The
 * clock is injectable so tests and the runtime's scheduler can reason about time exactly.
 * In-memory and per process: the runtime decides where buckets live and how callers wait.
 */
export const MAX_RATE_PER_SECOND = 1_000;
export const DEFAULT_RATE_PER_SECOND = 80;

export type TokenBucketOptions = {
  ratePerSecond?: number;
  /** Tokens available at once; defaults to a tenth of a second's worth (at least 1). */
  burst?: number;
  /** Milliseconds, monotonic. */
  now?: () => number;
};

export type TokenBucket = {
  readonly ratePerSecond: number;
  readonly burst: number;
  /** Takes `count` tokens if available now. */
  tryTake(count?: number): boolean;
  /** How long until `count` tokens are available (0 = now; Infinity if `count` > burst). */
  msUntilAvailable(count?: number): number;
  /** Resolves once a token was taken, sleeping as needed. */
  take(sleep?: (ms: number) => Promise<void>): Promise<void>;
  setRate(ratePerSecond: number, burst?: number): void;
};

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_RATE_PER_SECOND) {
    throw new RangeError(
      `A send rate must be above 0 and at most ${MAX_RATE_PER_SECOND}/s (got ${rate}).`,
    );
  }
}

const defaultBurst = (rate: number) => Math.max(1, Math.round(rate / 10));
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createTokenBucket({
  ratePerSecond = DEFAULT_RATE_PER_SECOND,
  burst,
  now = () => performance.now(),
}: TokenBucketOptions = {}): TokenBucket {
  checkRate(ratePerSecond);
  let rate = ratePerSecond;
  let capacity = burst ?? defaultBurst(rate);
  let tokens = capacity;
  let last = now();

  const refill = () => {
    const t = now();
    if (t > last) tokens = Math.min(capacity, tokens + ((t - last) * rate) / 1000);
    last = Math.max(last, t);
  };

  const bucket: TokenBucket = {
    get ratePerSecond() {
      return rate;
    },
    get burst() {
      return capacity;
    },
    tryTake(count = 1) {
      refill();
      if (tokens + 1e-9 < count) return false;
      tokens -= count;
      return true;
    },
    msUntilAvailable(count = 1) {
      if (count > capacity) return Infinity;
      refill();
      return tokens + 1e-9 >= count ? 0 : Math.ceil(((count - tokens) * 1000) / rate);
    },
    async take(sleep = realSleep) {
      while (!bucket.tryTake()) await sleep(Math.max(1, bucket.msUntilAvailable()));
    },
    setRate(ratePerSecond, newBurst) {
      checkRate(ratePerSecond);
      refill();
      rate = ratePerSecond;
      capacity = newBurst ?? defaultBurst(rate);
      tokens = Math.min(tokens, capacity);
    },
  };
  return bucket;
}

/** One bucket per business phone number, created on first use at that number's rate. */
export type NumberRateLimiter = {
  forNumber(phoneNumberId: string): TokenBucket;
  setRate(phoneNumberId: string, ratePerSecond: number, burst?: number): void;
};

export function createNumberRateLimiter({
  defaultRatePerSecond = DEFAULT_RATE_PER_SECOND,
  now,
}: { defaultRatePerSecond?: number; now?: () => number } = {}): NumberRateLimiter {
  checkRate(defaultRatePerSecond);
  const buckets = new Map<string, TokenBucket>();
  const forNumber = (id: string) => {
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = createTokenBucket({ ratePerSecond: defaultRatePerSecond, now });
      buckets.set(id, bucket);
    }
    return bucket;
  };
  return {
    forNumber,
    setRate(id, ratePerSecond, burst) {
      const existing = buckets.get(id);
      // A number configured before its first send starts with a full bucket at its own rate.
      if (existing) existing.setRate(ratePerSecond, burst);
      else buckets.set(id, createTokenBucket({ ratePerSecond, burst, now }));
    },
  };
}
