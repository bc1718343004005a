import { describe, expect, it } from 'vitest';
import { diagramEmbedHeight, embedSnippet, oembedResponse } from './embedSnippet.ts';

describe('embedSnippet', () => {
  it('is an iframe with a title, a height and no border, attribute-escaped', () => {
    expect(
      embedSnippet({
        src: 'https://offset-lab.dev/embed/poison-pill/?t=2s&theme=dark',
        title: 'A "poison" pill',
        height: 640.4,
      }),
    ).toBe(
      '<iframe src="https://offset-lab.dev/embed/poison-pill/?t=2s&amp;theme=dark" title="A &quot;poison&quot; pill" width="100%" height="640" style="border:0;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });

  it('builds an oEmbed rich response around the same snippet', () => {
    const o = {
      src: 'https://offset-lab.dev/embed/diagram/x/',
      title: 'X',
      width: 720,
      height: 400,
      site: 'https://offset-lab.dev',
    };
    expect(oembedResponse(o)).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Offset Lab',
      provider_url: 'https://offset-lab.dev',
      title: 'X',
      width: 720,
      height: 400,
      html: embedSnippet(o),
    });
  });

  it.each([
    [{ width: 400, height: 200 }, 310],
    [{ width: 1376, height: 900 }, 560],
  ])('sizes a diagram embed %o to %i px', (size, height) => expect(diagramEmbedHeight(size)).toBe(height));
});
