import { describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import { el, keyed } from '../../simulation/svgTree.ts';
import { frameToVNode } from './toVNode.ts';

const frame = (lag: number, end: number) =>
  el(
    'svg',
    {},
    keyed(
      'lane-0',
      el(
        'g',
        { 'aria-label': `lag ${lag}` },
        keyed('name', el('text', { x: 0 }, 'P0')),
        keyed('extent', el('text', { x: '100%' }, `end ${end}`)),
      ),
    ),
  );

const kids = (v: VNode | string): VNode[] => [(v as VNode).props.children].flat() as VNode[];
const lane = (v: VNode | string) => kids(v)[0]!;
const part = (v: VNode | string, i: number) => kids(lane(v))[i]!;

describe('frameToVNode: a playback frame re-uses what did not change', () => {
  it('gives back the previous element for an unchanged keyed node, so Preact skips it', () => {
    const draw = frameToVNode();
    const first = draw(frame(5, 10));
    const second = draw(frame(6, 10));
    expect(part(second, 0)).toBe(part(first, 0));
    expect(part(second, 1)).toBe(part(first, 1));
  });

  it('makes a new element for a changed node, and always for a node with keyed children', () => {
    const draw = frameToVNode();
    const first = draw(frame(5, 10));
    const second = draw(frame(5, 11));
    expect(part(second, 1)).not.toBe(part(first, 1));
    expect(part(second, 1).props.children).toBe('end 11');
    expect(lane(second)).not.toBe(lane(first));
    expect(lane(second).key).toBe('lane-0');
  });
});
