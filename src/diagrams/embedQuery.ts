import { parseDuration } from '../engine/scenario/parseDuration.ts';
import {
  applyKnob,
  isKnobName,
  KNOB_NAMES,
  KNOBS,
  type KnobName,
  type ScenarioInput,
} from '../simulation/knobs.ts';

export type EmbedThemeChoice = 'light' | 'dark' | 'auto';

/** What an embed's query string asks for: `?theme=dark&t=12s&BatchSize=5&knobs=BatchSize`. */
export interface EmbedQuery {
  theme: EmbedThemeChoice;
  /** first frame, ms (`t=12s`, `t=12000`) */
  at?: number;
  /** the scenario with every knob given in the query applied */
  input: ScenarioInput;
  /** knob controls to show (`knobs=BatchSize,MaximumRetryAttempts`); none by default, for slides */
  knobs: KnobName[];
  /** values that were ignored, and why (shown under the embed, never silently dropped) */
  problems: string[];
}

export function readEmbedQuery(search: string, input: ScenarioInput): EmbedQuery {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const theme = params.get('theme') ?? 'auto';
  const query: EmbedQuery = {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    input,
    knobs: [],
    problems,
  };
  const t = params.get('t');
  if (t !== null) {
    const d = parseDuration(/^\d+$/.test(t) ? Number(t) : t);
    if (d.ok && d.value !== null) query.at = d.value;
    else problems.push(`t=${t}: ${d.ok ? 'not a time' : d.message}`);
  }
  for (const name of (params.get('knobs') ?? '').split(',').filter(Boolean)) {
    if (isKnobName(name)) query.knobs.push(name);
    else problems.push(`knobs: unknown knob ${name}`);
  }
  for (const name of KNOB_NAMES) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = knobValue(name, raw);
    if (typeof value === 'object') problems.push(`${name}=${raw}: ${value.problem}`);
    else query.input = applyKnob(query.input, name, value);
  }
  return query;
}

function knobValue(name: KnobName, raw: string): number | boolean | string | { problem: string } {
  const knob = KNOBS[name];
  if (knob.kind === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    return { problem: 'expected true or false' };
  }
  if (knob.kind === 'choice') {
    const choice = knob.choices?.find(([value, label]) => value === raw || label === raw);
    return choice
      ? choice[0]
      : { problem: `expected one of ${knob.choices?.map(([v]) => v || '(empty)').join(', ')}` };
  }
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return { problem: 'expected a number' };
  if ((knob.min !== undefined && n < knob.min) || (knob.max !== undefined && n > knob.max)) {
    return { problem: `expected ${knob.min} to ${knob.max}` };
  }
  return n;
}
