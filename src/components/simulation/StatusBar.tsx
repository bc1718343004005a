/**
 * The mapping's state, the consumer group with its offsets-expiry clock (R7), the pollers and their
 * partitions (R19, R20), and the on-failure destination with what has been sent to it (R14).
 */
import type { LedgerSnapshot } from '../../simulation/LedgerSnapshot.ts';
import { groupText } from '../../simulation/describeLedger.ts';
import { formatTime } from '../../simulation/formatTime.ts';

const shortId = (id: string): string => (id.length > 14 ? `${id.slice(0, 8)}…` : id);
const shortArn = (arn: string): string => arn.split(':').at(-1) ?? arn;

export function StatusBar({ s }: { s: LedgerSnapshot }) {
  const g = s.group;
  const state = s.mapping.state ?? 'not created';
  const left = g.expiresAt !== null ? Math.max(0, g.expiresAt - s.t) : null;
  const sent = s.totals.discardedRecords;
  const mappingDesc = `Mapping state: ${state}${s.mapping.reason ? ` (${s.mapping.reason})` : ''}`;
  const pollersDesc =
    s.pollers.length === 0
      ? 'No pollers are running'
      : s.pollers
          .map((ps, i) => `poller ${i} reads partition${ps.length === 1 ? '' : 's'} ${ps.join(', ')}`)
          .join('; ');
  const destDesc = s.destination
    ? `On-failure destination ${s.destination}: ${sent} discarded record${sent === 1 ? '' : 's'} sent so far`
    : `No on-failure destination: discarded records are dropped (${sent} so far)`;
  return (
    <dl class="ol-status">
      <div data-desc={mappingDesc} title={mappingDesc}>
        <dt>Mapping</dt>
        <dd>
          <span class="ol-badge" data-state={state} data-testid="mapping-state">
            {state}
          </span>
        </dd>
      </div>
      <div data-desc={groupText(s)} title={groupText(s)}>
        <dt>Consumer group</dt>
        <dd data-testid="group">
          <span class="ol-mono">{shortId(g.id)}</span>{' '}
          {g.empty ? (
            left !== null ? (
              <span class="ol-warn">empty · offsets expire in {formatTime(left)}</span>
            ) : (
              <span class="ol-warn">empty · offsets deleted</span>
            )
          ) : (
            'active'
          )}
          {left !== null && (
            <span class="ol-clock" aria-hidden="true">
              <span style={{ width: `${(100 * left) / Math.max(1, g.offsetsRetentionMs)}%` }} />
            </span>
          )}
        </dd>
      </div>
      <div data-desc={pollersDesc} title={pollersDesc}>
        <dt>Pollers</dt>
        <dd data-testid="pollers">
          {s.pollers.length === 0
            ? 'none'
            : s.pollers.map((ps, i) => (
                <span class="ol-poller" key={i}>
                  {`#${i}: ${ps.map((p) => `P${p}`).join(' ')}`}
                </span>
              ))}
        </dd>
      </div>
      <div data-desc={destDesc} title={destDesc}>
        <dt>On failure</dt>
        <dd data-testid="destination">
          {s.destination ? (
            <>
              <span class="ol-mono">{shortArn(s.destination)}</span>
              {` · ${sent} sent`}
            </>
          ) : (
            `no destination · ${sent} dropped`
          )}
        </dd>
      </div>
    </dl>
  );
}
