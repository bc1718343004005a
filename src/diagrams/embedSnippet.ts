/** The iframe people paste into slides, blogs and docs. */
export function embedSnippet(o: { src: string; title: string; height: number }): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" width="100%" height="${Math.round(o.height)}" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>`
  );
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3.4) for one embed page. */
export function oembedResponse(o: {
  src: string;
  title: string;
  width: number;
  height: number;
  site: string;
}) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Offset Lab',
    provider_url: o.site,
    title: o.title,
    width: Math.round(o.width),
    height: Math.round(o.height),
    html: embedSnippet(o),
  };
}

/** Height of a diagram embed in an iframe about `frameWidth` wide: the picture plus caption and bar. */
export function diagramEmbedHeight(size: { width: number; height: number }, frameWidth = 720): number {
  return Math.ceil(size.height * Math.min(1, (frameWidth - 32) / size.width)) + 110;
}
