// `npm run social-card`: renders public/social-card.png (1200×630, the image link previews show) from
// the drawing below with Chromium, so the card stays editable as text and in step with the theme.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';

const logo = readFileSync('src/assets/logo.svg', 'utf8');

// Three partitions of a topic: committed records, the in-flight batch, a failed record holding its lane,
// and the committed offset of each lane (the palette of src/styles/theme.css, dark theme).
const lanes = [
  { committed: 9, inflight: 3, failed: 0, waiting: 4 },
  { committed: 5, inflight: 0, failed: 1, waiting: 10 },
  { committed: 12, inflight: 2, failed: 0, waiting: 2 },
];
const cell = (kind: string): string => `<span class="cell ${kind}"></span>`;
const laneHtml = lanes
  .map(
    (lane, p) =>
      `<div class="lane"><span class="label">P${p}</span>${[
        ...Array<string>(lane.committed).fill(cell('committed')),
        '<span class="marker"></span>',
        ...Array<string>(lane.inflight).fill(cell('inflight')),
        ...Array<string>(lane.failed).fill(cell('failed')),
        ...Array<string>(lane.waiting).fill(cell('waiting')),
      ].join('')}</div>`,
  )
  .join('');

const html = `<!doctype html><html><head><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; overflow: hidden; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif;
    background: radial-gradient(circle at 85% 0%, #17345c 0%, #0b1526 55%); color: #e8eef8; padding: 60px 80px; }
  .brand { display: flex; align-items: center; gap: 20px; font-size: 34px; font-weight: 700; letter-spacing: 0.5px; }
  .brand svg { width: 64px; height: 64px; }
  h1 { font-size: 54px; line-height: 1.14; margin-top: 36px; max-width: 980px; font-weight: 700; }
  h1 em { font-style: normal; color: #7cb7ff; }
  .lanes { margin-top: 36px; display: grid; gap: 10px; }
  .lane { display: flex; align-items: center; gap: 6px; height: 30px; }
  .label { width: 44px; font-size: 20px; color: #9fb0c8; font-family: 'DejaVu Sans Mono', monospace; }
  .cell { width: 40px; height: 26px; border-radius: 5px; }
  .committed { background: #10b981; } .inflight { background: #f59e0b; } .failed { background: #ef4444; }
  .waiting { border: 2px solid #3b5577; }
  .marker { width: 4px; height: 36px; background: #e8eef8; border-radius: 2px; margin: 0 4px; }
  .foot { position: absolute; bottom: 44px; left: 80px; right: 80px; display: flex; justify-content: space-between;
    font-size: 22px; color: #9fb0c8; }
</style></head><body>
  <div class="brand">${logo}<span>Offset Lab</span></div>
  <h1>How AWS Lambda reads <em>Kafka</em> and commits offsets, one partition at a time</h1>
  <div class="lanes">${laneHtml}</div>
  <div class="foot"><span>Deterministic simulations · live playground · every rule sourced</span><span>offset-lab.dev</span></div>
</body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: 'public/social-card.png' });
  console.log('wrote public/social-card.png (1200×630)');
} finally {
  await browser.close();
}
