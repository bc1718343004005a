/**
 * Everything a Run needs beyond the editors, loaded on the first Run rather than with the page: the
 * engine's `simulate` (and XState under it), the sandbox, and the Compare scorecard.
 */
export { SandboxHost } from '../sandbox/SandboxHost.ts';
export { RunStopped, runPlayground } from './runPlayground.ts';
export { scorecard } from '../compare/scorecard.ts';
