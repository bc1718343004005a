/**
 * Preset scenarios by name (`poison-pill` → presets/poison-pill.yaml). Each file is its own lazy
 * chunk, so a page loads only the presets it names; articles add their own files to presets/.
 */
const files = import.meta.glob<string>('./presets/*.yaml', { query: '?raw', import: 'default' });

const nameOf = (path: string): string => path.replace(/^\.\/presets\//, '').replace(/\.yaml$/, '');

export const presetNames: readonly string[] = Object.keys(files).map(nameOf).sort();

/** The preset's YAML text; an unknown name is a build error that lists the known ones. */
export async function loadPresetText(name: string): Promise<string> {
  const load = files[`./presets/${name}.yaml`];
  if (!load) throw new Error(`Unknown simulation preset "${name}". Presets: ${presetNames.join(', ')}.`);
  return load();
}
