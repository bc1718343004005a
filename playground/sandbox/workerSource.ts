import { captureConsole } from './worker/captureConsole.ts';
import { installSeededRandom } from '../../src/sandbox/installSeededRandom.ts';
import { installVirtualTime } from '../../src/sandbox/installVirtualTime.ts';
import { removeCapabilities } from './worker/removeCapabilities.ts';
import { workerMain } from './worker/workerMain.ts';

/**
 * The handler worker's whole script, assembled from the self-contained functions' source text. The
 * helpers are passed to `workerMain` as arguments (never referenced by name), so minification that
 * renames module-level functions cannot break the assembled script.
 */
export function workerSource(): string {
  const tools = [
    `installVirtualTime: (${installVirtualTime.toString()})`,
    `installSeededRandom: (${installSeededRandom.toString()})`,
    `captureConsole: (${captureConsole.toString()})`,
    `removeCapabilities: (${removeCapabilities.toString()})`,
  ].join(',\n');
  return `"use strict";\n(${workerMain.toString()})(self, {\n${tools}\n});\n`;
}
