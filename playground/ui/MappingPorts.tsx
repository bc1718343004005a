import { useState } from 'preact/hooks';
import type { ExportFormat, ImportResult, MappingFormat, Reference } from '../formats/index.ts';

import type * as FormatsModule from '../formats/index.ts';

type Formats = typeof FormatsModule;
let formats: Promise<Formats> | null = null;
const loadFormats = () => (formats ??= import('../formats/index.ts'));

interface Props {
  /** the scenario's raw `mapping` request and topic, when the scenario parses */
  request: Record<string, unknown> | null;
  topicName: string | null;
  onImport(request: Record<string, unknown>): void;
}

/**
 * Import a mapping from CloudFormation, SAM, AWS CLI JSON or Terraform into the scenario, and export
 * the scenario's mapping back to any of them. The format code loads when this section opens.
 */
export function MappingPorts(p: Props) {
  const [mod, setMod] = useState<Formats | null>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [references, setReferences] = useState<readonly Reference[]>([]);
  const [format, setFormat] = useState<ExportFormat>('cloudformation-yaml');
  const [exported, setExported] = useState('');
  const detected: MappingFormat | null = mod && text.trim() ? mod.detectFormat(text) : null;
  const labelOf = (id: MappingFormat | null) =>
    mod?.MAPPING_FORMATS.find((f) => f.id === id)?.label ?? 'unknown';

  const doImport = () => {
    if (!mod) return;
    const r = mod.importMapping(text);
    setResult(r);
    if (r.request && r.errors.length === 0) {
      setReferences(r.references);
      p.onImport(r.request);
    }
  };
  const doExport = () => {
    if (!mod || !p.request) return;
    const options = p.topicName === null ? { references } : { references, topicName: p.topicName };
    setExported(mod.exportMapping(p.request, format, options));
  };
  return (
    <details class="pg-ports" onToggle={(e) => e.currentTarget.open && void loadFormats().then(setMod)}>
      <summary>Import or export the mapping (CloudFormation, SAM, AWS CLI, Terraform)</summary>
      {!mod ? (
        <p class="pg-hint">Loading the formats…</p>
      ) : (
        <div class="pg-ports-body">
          <div>
            <label for="pg-import-text">Paste a template, CLI JSON or Terraform</label>
            <textarea
              id="pg-import-text"
              class="pg-textarea pg-import-text"
              spellcheck={false}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <p class="pg-hint" aria-live="polite">
              {text.trim() ? `Detected: ${labelOf(detected)}` : 'The format is detected from the text.'}
            </p>
            <button type="button" class="pg-button" onClick={doImport} disabled={!text.trim()}>
              Import into the scenario
            </button>
            {result && (
              <div class="pg-import-result" role="status">
                {result.errors.length > 0 ? (
                  <ul class="pg-error">
                    {result.errors.map((e) => (
                      <li key={e.message}>{e.line ? `Line ${e.line}: ${e.message}` : e.message}</li>
                    ))}
                  </ul>
                ) : (
                  <p>Imported from {labelOf(result.format)}: the scenario’s mapping was replaced.</p>
                )}
                {result.notes.length > 0 && (
                  <ul class="pg-hint">
                    {result.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
          <div>
            <label for="pg-export-format">Export the scenario’s mapping as</label>
            <span class="pg-export-row">
              <select
                id="pg-export-format"
                value={format}
                onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
              >
                {mod.MAPPING_FORMATS.filter((f) => f.exportable).map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
              <button type="button" class="pg-button" onClick={doExport} disabled={!p.request}>
                Export
              </button>
            </span>
            {exported && (
              <>
                <textarea
                  class="pg-textarea pg-export-text"
                  readOnly
                  aria-label="Exported mapping"
                  value={exported}
                />
                <button
                  type="button"
                  class="pg-button"
                  onClick={() => void navigator.clipboard?.writeText(exported)}
                >
                  Copy
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </details>
  );
}
