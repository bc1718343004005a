/**
 * The trace in plain sentences, newest first, up to the cursor: each line links to the rule behind
 * it and its AWS page. Only the last `limit` lines are rendered, so a long run costs nothing extra.
 */
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { TraceEvent } from '../../engine/trace.ts';
import { describeEvent, type DescribeContext } from '../../simulation/describeEvent.ts';
import { ruleSource } from '../../simulation/ruleSources.ts';
import { formatTime } from '../../simulation/formatTime.ts';
import { modelNote } from '../../simulation/modelNote.ts';

interface Props {
  events: readonly TraceEvent[];
  index: number;
  ctx: DescribeContext;
  limit?: number;
  uid: string;
  model: Readonly<Record<string, unknown>>;
}

function RuleLink({ event, note }: { event: TraceEvent; note: string | null }) {
  const source = ruleSource(event.rule);
  return (
    <span class="ol-log-rule">
      {source ? (
        <a
          class="ol-rule"
          href={source.url}
          target="_blank"
          rel="noopener"
          aria-label={`${source.id}: ${source.summary} (AWS documentation, opens in a new tab)`}
          title={`${source.id}: ${source.summary}`}
        >
          {source.id}
        </a>
      ) : (
        <span class="ol-rule ol-rule--spec">scenario</span>
      )}
      {note && (
        <span
          class="ol-modelled"
          title={`Modelled: ${note}`}
          data-desc={`Modelled behaviour (AWS does not document it): ${note}`}
          tabindex={0}
        >
          modelled
        </span>
      )}
    </span>
  );
}

/** A line's content, made once per event: during playback a new event only adds its own line. */
function lineContent(e: TraceEvent, ctx: DescribeContext, model: Props['model']): VNode {
  return (
    <>
      <span class="ol-log-time">{formatTime(e.t)}</span>
      <span class="ol-log-text">{describeEvent(e, ctx)}</span>
      <RuleLink event={e} note={modelNote(e, model)} />
    </>
  );
}

export function EventLog({ events, index, ctx, limit = 25, uid, model }: Props) {
  // Preact skips an element it has already rendered when it gets the very same one back.
  const made = useMemo(() => new Map<number, VNode>(), [events, ctx, model]);
  const first = Math.max(0, index - limit);
  const lines = [];
  for (let i = index - 1; i >= first; i--) {
    const e = events[i]!;
    let content = made.get(i);
    if (!content) made.set(i, (content = lineContent(e, ctx, model)));
    lines.push(
      <li
        key={i}
        class={i === index - 1 ? 'ol-log-current' : undefined}
        aria-current={i === index - 1 ? 'step' : undefined}
        data-event={e.type}
      >
        {content}
      </li>,
    );
  }
  // Lines far behind the cursor will not be shown again soon: keep the cache the size of the window.
  if (made.size > 4 * limit) for (const i of made.keys()) if (i < first || i >= index) made.delete(i);
  return (
    <div class="ol-log">
      <p class="ol-heading" id={`${uid}-log`}>
        What happened <span class="ol-muted">{`(newest first, ${index} of ${events.length} events)`}</span>
      </p>
      <div class="ol-log-scroll" tabindex={0} role="group" aria-labelledby={`${uid}-log`}>
        {lines.length === 0 ? (
          <p class="ol-muted">Nothing yet: step forward or press play.</p>
        ) : (
          <ol reversed start={index}>
            {lines}
          </ol>
        )}
        {first > 0 && <p class="ol-muted">{`…and ${first} earlier events.`}</p>}
      </div>
    </div>
  );
}
