import { describe, expect, it } from 'vitest';
import { VirtualClock } from './VirtualClock.ts';

describe('VirtualClock', () => {
  it('runs timers by due time, then by scheduling order', () => {
    const clock = new VirtualClock();
    const order: string[] = [];
    clock.schedule(20, () => order.push('b@20'));
    clock.schedule(10, () => order.push('a@10'));
    clock.schedule(20, () => order.push('c@20'));
    clock.schedule(10, () => {
      order.push('d@10');
      clock.schedule(10, () => order.push('e@10 scheduled at 10'));
    });
    while (clock.runNext(100)) continue;
    expect(order).toEqual(['a@10', 'd@10', 'e@10 scheduled at 10', 'b@20', 'c@20']);
  });

  it('jumps straight to the next due timer and stops at the horizon', () => {
    const clock = new VirtualClock();
    let ran = 0;
    clock.schedule(30 * 86_400_000, () => ran++);
    clock.schedule(31 * 86_400_000, () => ran++);
    while (clock.runNext(30 * 86_400_000)) continue;
    expect([ran, clock.now, clock.peek()]).toEqual([1, 30 * 86_400_000, 31 * 86_400_000]);
  });

  it('never runs a cancelled timer and never schedules in the past', () => {
    const clock = new VirtualClock();
    const ran: number[] = [];
    const t = clock.schedule(5, () => ran.push(5));
    clock.schedule(10, () => clock.schedule(1, () => ran.push(clock.now)));
    clock.cancel(t);
    while (clock.runNext(100)) continue;
    expect(ran).toEqual([10]);
  });

  it('runs lane 0 (the log) before lane 1 at the same instant, whenever it was scheduled', () => {
    const clock = new VirtualClock();
    const order: string[] = [];
    clock.schedule(10, () => order.push('window closes'));
    clock.schedule(10, () => order.push('records produced'), 0);
    while (clock.runNext(100)) continue;
    expect(order).toEqual(['records produced', 'window closes']);
  });
});
