import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EditorMarker } from '../editor/EditorSurface.ts';
import { handlerPresets } from '../presets/handlerPresets.ts';
import { defaultMappingB, scenarioPresets } from '../presets/scenarioPresets.ts';
import { mappingBDiagnostics } from '../scenario/mappingBDiagnostics.ts';
import { scenarioDiagnostics } from '../scenario/scenarioDiagnostics.ts';
import { replaceMapping } from '../scenario/replaceMapping.ts';
import { EditorPane, type EditorHandle } from './EditorPane.tsx';
import { handlerEditorLabel } from './handlerEditorLabel.ts';
import { MappingPorts } from './MappingPorts.tsx';
import { loadEditorKit } from './loadEditorKit.ts';
import { prefersPlainEditor } from './prefersPlainEditor.ts';
import { ResultsPane } from './ResultsPane.tsx';
import { ScorecardTable } from './ScorecardTable.tsx';
import { Toolbar } from './Toolbar.tsx';
import { usePlaygroundState } from './usePlaygroundState.ts';
import { useRunner } from './useRunner.ts';
import '../../src/components/simulation/EsmSimulation.css';
import './playground.css';

/**
 * The playground island: handler editor, scenario editor, results (and Compare's mapping B). One
 * state (usePlaygroundState) with one writer; the engine runs in the page, the handler only in the
 * sandbox. Monaco replaces the plain editors as soon as it has loaded (never on touch devices).
 */
export default function Playground() {
  const { state, edit, replace, revision, restore, reset } = usePlaygroundState();
  const sandboxParent = useRef<HTMLDivElement>(null);
  const handlerEditor = useRef<EditorHandle | null>(null);
  const runner = useRunner(sandboxParent);
  const [monaco, setMonaco] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const diagnostics = useMemo(() => scenarioDiagnostics(state.scenario), [state.scenario]);
  const diagnosticsB = useMemo(
    () => (state.mappingB === null ? null : mappingBDiagnostics(state.scenario, state.mappingB)),
    [state.scenario, state.mappingB],
  );
  const runtimeMarkers = useMemo(() => {
    const seen = new Map<number, EditorMarker>();
    for (const v of runner.views) {
      if (v.status !== 'done') continue;
      for (const l of v.result.log) {
        if (l.line !== null && l.error && !seen.has(l.line)) {
          seen.set(l.line, {
            line: l.line,
            message: `Invocation #${l.invocation}: ${l.error}`,
            severity: 'error',
          });
        }
      }
    }
    return [...seen.values()];
  }, [runner.views]);

  useEffect(() => {
    if (restore?.problem) setNotice(restore.problem);
  }, [restore]);

  // With the plain editor nothing has started the compiler yet: warm it once the reader starts
  // working (an edit, or reaching for Run), not at page load. Monaco starts it by itself.
  const warmed = useRef(false);
  const warm = () => {
    if (warmed.current || monaco) return;
    warmed.current = true;
    void loadEditorKit().then((kit) => kit.warmCompiler(state.handler, state.language));
  };

  // On a desktop the editors become Monaco at once (the page already started loading it, issue 6's
  // 3 s budget); touch devices keep the plain editor.
  useEffect(() => {
    if (!prefersPlainEditor()) setMonaco(true);
  }, []);

  const run = () => {
    const scenarios = [diagnostics.loaded];
    if (diagnosticsB) scenarios.push(diagnosticsB.loaded);
    const invalid = [diagnostics, diagnosticsB].find((d) => d && (!d.loaded || d.markers.length > 0));
    if (invalid || scenarios.some((s) => !s)) {
      setNotice(
        `Fix the ${invalid === diagnosticsB ? 'mapping B' : 'scenario'} first: ${invalid?.markers[0]?.message ?? 'it does not load'}`,
      );
      return;
    }
    setNotice(null);
    void runner.run({
      handler: state.handler,
      language: state.language,
      scenarios: scenarios.filter((s) => s !== null),
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setNotice('Link copied: it holds the handler, the scenario and Compare’s mapping.');
    } catch {
      setNotice(`Copy this link: ${location.href}`);
    }
  };
  const [a, b] = runner.views;
  const raw = diagnostics.value as { mapping?: unknown } | null;
  const rawMapping =
    raw && typeof raw.mapping === 'object' && raw.mapping !== null && !Array.isArray(raw.mapping)
      ? (raw.mapping as Record<string, unknown>)
      : null;
  return (
    <div
      class="playground not-content"
      data-ready={restore ? 'true' : 'false'}
      onInput={warm}
      onPointerDown={warm}
      onFocusCapture={(e) => (e.target as HTMLElement).closest?.('.pg-toolbar') && warm()}
    >
      <Toolbar
        language={state.language}
        compare={state.mappingB !== null}
        running={runner.running}
        onRun={run}
        onStop={runner.stop}
        onHandlerPreset={(id) => {
          const preset = handlerPresets.find((h) => h.id === id);
          if (preset) replace((s) => ({ ...s, handler: preset.source, language: 'typescript' }));
        }}
        onScenarioPreset={(id) => {
          const preset = scenarioPresets.find((s) => s.id === id);
          if (preset) replace((s) => ({ ...s, scenario: preset.text }));
        }}
        onLanguage={(language) => edit((s) => ({ ...s, language }))}
        onCompare={(on) => replace((s) => ({ ...s, mappingB: on ? defaultMappingB : null }))}
        onCopyLink={() => void copyLink()}
        onReset={() => {
          reset();
          setNotice('Reset to the default scenario and handler.');
        }}
      />
      <MappingPorts
        request={rawMapping}
        topicName={diagnostics.loaded?.scenario?.topic.name ?? null}
        onImport={(request) => replace((s) => ({ ...s, scenario: replaceMapping(s.scenario, request) }))}
      />
      <p class="pg-notice" role="status" aria-live="polite">
        {notice}
      </p>
      <div class={`pg-panes${state.mappingB !== null ? ' pg-comparing' : ''}`}>
        <section class="pg-pane pg-pane-handler" aria-labelledby="pg-handler-title">
          <h2 id="pg-handler-title">Handler</h2>
          <EditorPane
            id="handler"
            label={handlerEditorLabel(state.language)}
            value={state.handler}
            language={state.language}
            markers={[...runner.compileMarkers, ...runtimeMarkers]}
            onChange={(handler) => edit((s) => ({ ...s, handler }))}
            revision={revision}
            monaco={monaco}
            handle={handlerEditor}
          />
        </section>
        <section class="pg-pane pg-pane-scenario" aria-labelledby="pg-scenario-title">
          <h2 id="pg-scenario-title">Scenario and mapping</h2>
          <EditorPane
            id="scenario"
            label="Scenario (YAML)"
            value={state.scenario}
            language="yaml"
            markers={diagnostics.markers}
            onChange={(scenario) => edit((s) => ({ ...s, scenario }))}
            revision={revision}
            monaco={monaco}
          />
          {state.mappingB !== null && (
            <>
              <h3 id="pg-mapping-b-title">Mapping B</h3>
              <EditorPane
                id="mapping-b"
                label="Mapping B (YAML)"
                value={state.mappingB}
                language="yaml"
                markers={diagnosticsB?.markers ?? []}
                onChange={(mappingB) => edit((s) => ({ ...s, mappingB }))}
                revision={revision}
                monaco={monaco}
              />
            </>
          )}
        </section>
        <section class="pg-pane pg-pane-results" aria-labelledby="pg-results-title">
          <h2 id="pg-results-title">What the mapping did</h2>
          {a?.status === 'done' && b?.status === 'done' && <ScorecardTable a={a.card} b={b.card} />}
          <div class="pg-result-columns">
            <ResultsPane
              title={state.mappingB !== null ? 'Mapping A' : 'Result'}
              uid="pg-a"
              view={a ?? { status: 'idle' }}
              onRevealLine={(line) => handlerEditor.current?.revealLine(line)}
            />
            {state.mappingB !== null && (
              <ResultsPane
                title="Mapping B"
                uid="pg-b"
                view={b ?? { status: 'idle' }}
                onRevealLine={(line) => handlerEditor.current?.revealLine(line)}
              />
            )}
          </div>
        </section>
      </div>
      <div ref={sandboxParent} class="pg-sandbox" />
    </div>
  );
}
