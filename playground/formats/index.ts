/** Mapping import and export for the playground: every format in, a raw request out, and back. */
export { importMapping } from './importMapping.ts';
export { exportMapping } from './exportMapping.ts';
export type { ExportOptions } from './exportMapping.ts';
export { detectFormat } from './detectFormat.ts';
export { MAPPING_FORMATS } from './MappingFormat.ts';
export type { ExportFormat, ImportProblem, ImportResult, MappingFormat, Reference } from './MappingFormat.ts';
export { importLineOf } from './importLineOf.ts';
