import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { parseState, type PlaygroundState } from './PlaygroundState.ts';

/** `#pg1.<base64url(deflate(JSON))>`: the prefix names the format version. */
const PREFIX = 'pg1.';
const MAX_FRAGMENT_CHARS = 60_000;
const MAX_INFLATED_BYTES = 400_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Inflates with a ceiling, so a deflate bomb is refused instead of filling memory. */
function inflateCapped(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES) throw new Error('too large once inflated');
    chunks.push(chunk);
  });
  inflate.push(data, true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The URL fragment (without `#`) for a state. */
export function encodeState(state: PlaygroundState): string {
  return PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(state)), { level: 9 }));
}

export type DecodeResult = { ok: true; state: PlaygroundState } | { ok: false; reason: string };

/**
 * Reads a fragment back. Everything about it is untrusted: size, encoding, compression, JSON and
 * shape are each checked, and any failure is a reason, never an exception. Nothing in it is executed
 * on the page: the texts go into editors, and the handler only ever runs in the sandbox.
 */
export function decodeState(fragment: string): DecodeResult {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(PREFIX))
    return { ok: false, reason: 'not a playground link (or from a newer version)' };
  if (text.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'the link is too long' };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateCapped(fromBase64Url(text.slice(PREFIX.length)))));
  } catch (e) {
    return { ok: false, reason: `the link is damaged (${e instanceof Error ? e.message : 'unreadable'})` };
  }
  const parsed = parseState(json);
  return parsed.ok ? parsed : { ok: false, reason: `the link holds an unexpected state (${parsed.reason})` };
}
