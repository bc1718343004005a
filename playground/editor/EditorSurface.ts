/** A problem shown on an editor line (validation error, compile error, runtime error). */
export interface EditorMarker {
  line: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * What the playground needs from an editor, met by both Monaco and the plain `<textarea>` fallback
 * (touch devices, or before Monaco has loaded), so everything else works the same with either.
 */
export interface EditorSurface {
  getValue(): string;
  setValue(text: string): void;
  onChange(listener: (text: string) => void): void;
  setMarkers(owner: string, markers: EditorMarker[]): void;
  revealLine(line: number): void;
  setLanguage(language: 'typescript' | 'javascript' | 'yaml'): void;
  focus(): void;
  dispose(): void;
}
