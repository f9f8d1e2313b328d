/**
 * Throttles message edits while an answer streams in: at most one call per interval, always
 * with the latest value, and `cancel()` before the final edit so a late partial never lands
 * on top of the finished answer. (Slack's chat.update is Tier 3, about 50 a minute.)
 */
export interface Throttled<T> {
  (value: T): void;
  cancel(): Promise<void>;
}

export function throttle<T>(fn: (value: T) => Promise<unknown>, intervalMs: number, now: () => number = Date.now): Throttled<T> {
  let last = -Infinity;
  let pending: T | undefined;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  let cancelled = false;
  const fire = () => {
    timer = undefined;
    if (cancelled || pending === undefined) return;
    const value = pending;
    pending = undefined;
    last = now();
    inFlight = inFlight.then(() => (cancelled ? undefined : fn(value))).catch(() => undefined);
  };
  const call = ((value: T) => {
    if (cancelled) return;
    pending = value;
    if (timer) return;
    const wait = Math.max(0, last + intervalMs - now());
    timer = setTimeout(fire, wait);
  }) as Throttled<T>;
  call.cancel = async () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    await inFlight;
  };
  return call;
}
