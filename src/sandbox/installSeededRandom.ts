/* eslint-disable @typescript-eslint/no-explicit-any -- rewires a foreign global scope */
/**
 * Makes `Math.random`, `crypto.getRandomValues` and `crypto.randomUUID` draw from one seeded
 * generator (sfc32, seeded through splitmix32), so the same scenario seed replays the same handler
 * behaviour (architecture habit 1). Self-contained: shipped as source text into both handler workers,
 * the browser sandbox's and the CLI's (src/cli/handlerWorker.mjs).
 */
export function installSeededRandom(scope: any, seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const random = () => next32() / 4294967296;
  Object.defineProperty(scope.Math, 'random', { value: random, configurable: true, writable: true });
  if (scope.crypto) {
    const getRandomValues = <T extends ArrayBufferView>(view: T): T => {
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next32() & 0xff;
      return view;
    };
    const randomUUID = () => {
      const h = Array.from(getRandomValues(new Uint8Array(16)), (x, i) =>
        (i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x).toString(16).padStart(2, '0'),
      ).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    };
    Object.defineProperty(scope.crypto, 'getRandomValues', { value: getRandomValues, configurable: true });
    Object.defineProperty(scope.crypto, 'randomUUID', { value: randomUUID, configurable: true });
  }
  return random;
}
