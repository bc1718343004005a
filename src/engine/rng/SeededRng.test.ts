import { describe, expect, it } from 'vitest';
import { SeededRng } from './SeededRng.ts';

describe('SeededRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const rng = new SeededRng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('resumes exactly from a saved state', () => {
    const rng = new SeededRng(42);
    rng.next();
    const copy = SeededRng.fromState(rng.getState());
    expect([copy.next(), copy.int(100), copy.uuid()]).toEqual([rng.next(), rng.int(100), rng.uuid()]);
  });

  it('draws version-4 shaped UUIDs', () => {
    const rng = new SeededRng(3);
    for (let i = 0; i < 20; i++)
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
