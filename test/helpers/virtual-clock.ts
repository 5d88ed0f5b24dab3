import type { Timing } from '../../src/private/profile-lookup/lookup-retry';

/**
 * A clock that only moves when the handler waits: a retry window of two
 * minutes passes in milliseconds, and every wait is recorded.
 */
export class VirtualClock implements Timing {
  /** Every wait, in milliseconds, in order. */
  public readonly sleeps: number[] = [];
  private readonly start = 1_700_000_000_000;
  private time = this.start;

  /** Milliseconds waited since the test began. */
  public get elapsed(): number {
    return this.time - this.start;
  }

  public now(): number {
    return this.time;
  }

  public async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  /** The middle of the jitter range, so that waits are predictable. */
  public random(): number {
    return 0.5;
  }
}
