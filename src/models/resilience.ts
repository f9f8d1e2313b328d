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

/** Where the daily spend is kept when it must survive restarts and be shared by replicas (the store). */
export interface TokenLedger {
  addTokens(workspace: string, day: string, tokens: number): Promise<number>;
  tokensSpent(workspace: string, day: string): Promise<number>;
}

/**
 * A per-workspace daily token budget. With a ledger (the store) the spend is shared by every
 * process using that store, so two replicas spend one budget; if the ledger fails, the count
 * this process keeps is used and the failure is reported once per day.
 */
export class DailyBudget {
  private readonly spent = new Map<string, number>();
  private warnedDay: string | null = null;

  /** `limit` tokens per workspace per day; 0 means no limit. */
  constructor(
    private readonly limit: number,
    private readonly now: () => Date = () => new Date(),
    private readonly ledger?: TokenLedger,
    private readonly onLedgerError: (error: unknown) => void = () => {},
  ) {}

  private day() {
    return this.now().toISOString().slice(0, 10);
  }

  private key(workspace: string) {
    return `${this.day()}:${workspace}`;
  }

  private ledgerFailed(error: unknown) {
    if (this.warnedDay === this.day()) return;
    this.warnedDay = this.day();
    this.onLedgerError(error);
  }

  async allows(workspace: string): Promise<boolean> {
    if (this.limit === 0) return true;
    let spent = this.spent.get(this.key(workspace)) ?? 0;
    if (this.ledger) {
      try {
        spent = Math.max(spent, await this.ledger.tokensSpent(workspace, this.day()));
      } catch (error) {
        this.ledgerFailed(error);
      }
    }
    return spent < this.limit;
  }

  async spend(workspace: string, tokens: number): Promise<void> {
    const k = this.key(workspace);
    this.spent.set(k, (this.spent.get(k) ?? 0) + tokens);
    if (this.ledger && this.limit !== 0) {
      try {
        await this.ledger.addTokens(workspace, this.day(), tokens);
      } catch (error) {
        this.ledgerFailed(error);
      }
    }
  }
}
