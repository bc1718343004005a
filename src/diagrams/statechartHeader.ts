/** Reads the `%% title:` / `%% description:` header of a generated statechart (browser-safe). */
export function statechartHeader(source: string): { title?: string; description?: string } {
  const header: { title?: string; description?: string } = {};
  for (const line of source.split('\n')) {
    const m = /^%% (title|description): (.*)$/.exec(line);
    if (m) header[m[1] as 'title' | 'description'] = m[2]!.trim();
    else if (!line.startsWith('%%')) break;
  }
  return header;
}
