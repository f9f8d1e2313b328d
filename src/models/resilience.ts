/**
 * Keeps a flaky model service from hurting users: a circuit breaker that stops calling after
 * repeated failures (and tries again after a cool-down), and a per-workspace daily token budget.
 */

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;

  constructor(
    private readonly threshold = 3,
    private readonly coolDownMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** False while open; after the cool-down one trial call is let through (half-open). */
  allows(): boolean {
    if (this.openedAt === null) return true;
    return this.now() - this.openedAt >= this.coolDownMs;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
  }

  failed(): void {
    this.failures++;
    if (this.failures >= this.threshold) this.openedAt = this.now();
  }
}

export class DailyBudget {
  private readonly spent = new Map<string, number>();

  /** `limit` tokens per workspace per day; 0 means no limit. */
  constructor(
    private readonly limit: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private key(workspace: string) {
    return `${this.now().toISOString().slice(0, 10)}:${workspace}`;
  }

  allows(workspace: string): boolean {
    return this.limit === 0 || (this.spent.get(this.key(workspace)) ?? 0) < this.limit;
  }

  spend(workspace: string, tokens: number): void {
    const k = this.key(workspace);
    this.spent.set(k, (this.spent.get(k) ?? 0) + tokens);
  }
}
