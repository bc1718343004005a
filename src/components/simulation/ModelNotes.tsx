/** The run's modelling choices for AWS's open questions (the result's `model`), labelled as such. */
export function ModelNotes({ model }: { model: Readonly<Record<string, unknown>> }) {
  const entries = Object.entries(model);
  if (entries.length === 0) return null;
  return (
    <details class="ol-model">
      <summary>
        Modelled behaviour{' '}
        <span class="ol-muted">(where AWS does not document it, the simulator follows these choices)</span>
      </summary>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{String(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
