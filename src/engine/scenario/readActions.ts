import { indexPath, joinPath, reportError, type Issues } from './Issues.ts';
import { isPlainObject, readDuration, readEnum, readObject } from './readFields.ts';
import { show } from './Parsed.ts';
import type { ActionKind, ScenarioAction } from './Scenario.ts';

/** An action with the path it was written at (`actions[2]`), for errors found later. */
export interface LocatedAction {
  action: ScenarioAction;
  path: string;
}

const ACTION_KEYS = ['at', 'do', 'mapping'] as const;
const KINDS: readonly ActionKind[] = ['disable', 'enable', 'update', 'delete', 'create'];

/**
 * `actions:` operator actions on the timeline, sorted by time (file order breaks ties). Each must make
 * sense where it happens: nothing but `create` after a `delete`, no `create` while the mapping exists.
 * The `mapping` members of `update`/`create` are validated by the loader against the mapping rules.
 */
export function readActions(
  issues: Issues,
  list: unknown[],
  path: string,
  durationMs: number,
): LocatedAction[] {
  const actions: LocatedAction[] = [];
  list.forEach((raw, index) => {
    const actionPath = indexPath(path, index);
    const fields = readObject(issues, raw, actionPath, ACTION_KEYS);
    if (!fields) return;
    const kind = readEnum(issues, fields, 'do', actionPath, KINDS);
    if (fields['do'] == null)
      reportError(issues, joinPath(actionPath, 'do'), `required: one of ${KINDS.join(', ')}`);
    if (fields['at'] == null)
      reportError(issues, joinPath(actionPath, 'at'), 'required: when the action happens, such as 5m');
    const atMs = readDuration(issues, fields, 'at', actionPath, 0);
    const mapping = readActionMapping(issues, fields['mapping'], joinPath(actionPath, 'mapping'), kind);
    if (!kind) return;
    if (atMs > durationMs)
      issues.warnings.push(
        `${actionPath}: at ${atMs} ms is after the end of the run (${durationMs} ms); it never happens`,
      );
    actions.push({ action: mapping ? { atMs, do: kind, mapping } : { atMs, do: kind }, path: actionPath });
  });
  const ordered = actions
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => a.action.atMs - b.action.atMs || a.order - b.order);
  checkLifecycle(issues, ordered);
  return ordered.map(({ action, path }) => ({ action, path }));
}

function readActionMapping(
  issues: Issues,
  raw: unknown,
  path: string,
  kind: ActionKind | null,
): Record<string, unknown> | null {
  if (raw == null) {
    if (kind === 'update')
      reportError(
        issues,
        path,
        'required: the UpdateEventSourceMapping members to change, such as { BatchSize: 50 }',
      );
    return null;
  }
  if (kind !== null && kind !== 'update' && kind !== 'create') {
    reportError(issues, path, `only update and create take a mapping, not ${kind}`);
    return null;
  }
  if (!isPlainObject(raw)) {
    reportError(issues, path, `expected mapping members, such as { BatchSize: 50 }, got ${show(raw)}`);
    return null;
  }
  return raw;
}

/** R22, API: a deleted mapping can only be created again; an existing one cannot be created twice. */
function checkLifecycle(issues: Issues, ordered: LocatedAction[]): void {
  let exists = true;
  for (const { action, path } of ordered) {
    if (action.do === 'create') {
      if (exists) reportError(issues, joinPath(path, 'do'), 'create needs the mapping to be deleted first');
      exists = true;
    } else if (!exists) {
      reportError(
        issues,
        joinPath(path, 'do'),
        `${action.do} happens after the mapping was deleted; create it again first`,
      );
    } else if (action.do === 'delete') exists = false;
  }
}
