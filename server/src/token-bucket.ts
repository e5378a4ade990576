// A per-socket rate limit: a bucket of `capacity` tokens refilled at `refillPerSecond`; each
// message takes one. ICE gathering sends a burst of ~10–30 candidates at once, then little, so a
// bucket (bursts allowed, a steady rate enforced) fits better than a fixed window.

export interface RateLimit {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { capacity: 60, refillPerSecond: 20 };

export interface TokenBucket {
  /** Takes a token at `nowMs`; false when the bucket is empty (the message is refused). */
  take(nowMs: number): boolean;
}

export function createTokenBucket(limit: RateLimit, nowMs: number): TokenBucket {
  let tokens = limit.capacity;
  let lastMs = nowMs;
  return {
    take(now) {
      const elapsedMs = Math.max(0, now - lastMs);
      lastMs = Math.max(lastMs, now);
      tokens = Math.min(limit.capacity, tokens + (elapsedMs / 1000) * limit.refillPerSecond);
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
