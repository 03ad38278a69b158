/**
 * A dataset written by an attacker: every string that the app shows is markup, script or a trap.
 * It is VALID (so the app shows it), which is the dangerous case: strings must render as text.
 */
export const EVIL_HOST = 'evil.example';
export const IMG = `<img src="https://${EVIL_HOST}/pixel.png" onerror="window.__pwned='img'">`;
export const SCRIPT = `<script>window.__pwned='script'</script>`;
export const RTL = '\u202Etxt.exe';
const LONG = 'A'.repeat(100_000);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export function hostileDataset(): Record<string, unknown> {
  return {
    title: `${SCRIPT}Hostile dataset ${IMG}`,
    description: `<style>body{display:none}</style>`,
    // Deep, but within what the app accepts (JSON past 1,000 levels is refused: hostile-shapes.spec.ts).
    junk: nested(900),
    sides: [{ id: 'side-a', name: `"); background:url(https://${EVIL_HOST}/css) ${IMG}` }],
    sources: [
      {
        id: 'src',
        outlet: `<a href="javascript:window.__pwned='link'">Outlet</a> ${IMG}`,
        title: `${SCRIPT}${RTL}`,
        url: `https://${EVIL_HOST}/article`,
        published: '2022-01-27',
        kind: 'other',
      },
    ],
    actors: [{ id: 'actor-1', name: `${SCRIPT}Mallory`, role: IMG, side: 'side-a', aliases: [IMG] }],
    events: [
      {
        id: 'evil-1',
        title: `<b onmouseover="window.__pwned='hover'">Bold?</b> ${IMG}`,
        type: 'statement',
        status: 'occurred',
        start: '2022-01-27',
        dateNote: `${SCRIPT} date note`,
        actors: ['actor-1'],
        summary: `${LONG} ${IMG}`,
        excerpts: [
          {
            source: 'src',
            quote: `${IMG} quoted ${RTL}`,
            attribution: `<iframe src="https://${EVIL_HOST}/"></iframe>`,
            stance: 'disputes',
          },
        ],
        related: [{ event: 'evil-2', relation: 'responds-to' }],
      },
      {
        id: 'evil-2',
        title: `${RTL} ${SCRIPT}`,
        type: 'call',
        status: 'forecast',
        start: '2022-02',
        actors: ['actor-1'],
        excerpts: [{ source: 'src', quote: `javascript:window.__pwned='text'` }],
      },
    ],
  };
}

/** Invalid on purpose: link schemes that must never reach an href. */
export function datasetWithBadUrls(): Record<string, unknown> {
  const dataset = hostileDataset();
  dataset.sources = [
    { id: 'src', outlet: 'A', url: "javascript:window.__pwned='url'", kind: 'other' },
    { id: 'src2', outlet: 'B', url: 'data:text/html,<script>alert(1)</script>', kind: 'other' },
  ];
  return dataset;
}
