/**
 * A seeded, serialisable random generator (mulberry32). The state is one 32-bit integer, so a run can
 * be snapshotted and replayed exactly; never `Math.random` in the engine.
 *
 * @example
 * const rng = new SeededRng(1);
 * rng.next(); // same value for seed 1, every time
 */
export class SeededRng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  getState(): number {
    return this.state;
  }

  static fromState(state: number): SeededRng {
    const rng = new SeededRng(1);
    rng.state = state >>> 0;
    return rng;
  }

  /** A version-4 shaped UUID drawn from this generator (the mapping UUID names its consumer group, R1). */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + this.int(4)).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
