/**
 * Prints a result document as JSON without building one giant string: list items one per line, each
 * compact; other values pretty-printed. Long runs (millions of records) stay within memory and
 * V8's string limit, and the output is byte-identical for the same document.
 */
export type WriteChunk = (chunk: string) => Promise<void>;

const CHUNK_CHARS = 1 << 20;

export async function writeJsonDocument(document: object, write: WriteChunk): Promise<void> {
  let buffer = '{\n';
  const flush = async (force = false): Promise<void> => {
    if (buffer.length >= CHUNK_CHARS || (force && buffer.length > 0)) {
      const chunk = buffer;
      buffer = '';
      await write(chunk);
    }
  };
  const entries = Object.entries(document).filter(([, value]) => value !== undefined);
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      buffer += `  ${JSON.stringify(key)}: [\n`;
      for (let i = 0; i < value.length; i++) {
        buffer += `    ${JSON.stringify(value[i])}${i < value.length - 1 ? ',' : ''}\n`;
        await flush();
      }
      buffer += `  ]${comma}\n`;
    } else {
      // Small objects (model, final, counts) are pretty-printed so a reader can scan them.
      const text = JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
      buffer += `  ${JSON.stringify(key)}: ${text}${comma}\n`;
    }
    await flush();
  }
  buffer += '}\n';
  await flush(true);
}
