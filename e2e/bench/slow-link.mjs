// Time until the sign-in form is usable (the user-name field visible and enabled),
// in real Chromium with its network emulation (CDP Network.emulateNetworkConditions):
//   rural 3G   1.5 Mbit/s down, 300 ms round trip
//   town       10 Mbit/s down, 40 ms round trip
//   local      no emulation
// Each profile: a first visit (fresh browser context, cold HTTP cache) then a repeat
// visit in the same context (warm HTTP cache), median of RUNS. The time is the page's
// own clock (performance.now(), from navigation start) when the field became usable,
// so Playwright's polling does not add to it.

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export const PROFILES = [
  { name: '1.5 Mbit/s, 300 ms', down: 1.5e6, up: 750e3, rtt: 300, budget: { cold: 3000, warm: 1000 } },
  { name: '10 Mbit/s, 40 ms', down: 10e6, up: 5e6, rtt: 40, budget: { cold: 900, warm: 900 } },
  { name: 'unthrottled', down: 0, up: 0, rtt: 0, budget: {} },
];

// Runs in the page before any of its scripts: notes the first frame where the field is usable.
function watchUsable() {
  const check = () => {
    const field = document.querySelector('input[name="username"]');
    if (field && !field.disabled && field.getClientRects().length > 0) {
      window.__kenteUsableAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function visit(context, url, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile.rtt || profile.down) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.rtt,
      downloadThroughput: profile.down / 8,
      uploadThroughput: profile.up / 8,
    });
  }
  // Bytes on the wire, and requests that went to the network (a revalidation counts; the HTTP cache does not).
  let bytes = 0;
  const sent = new Set();
  cdp.on('Network.requestWillBeSent', (event) => sent.add(event.requestId));
  cdp.on('Network.requestServedFromCache', (event) => sent.delete(event.requestId));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  await page.addInitScript(watchUsable);
  // BENCH_LANGUAGE=fr: a user who chose French on an earlier visit.
  if (process.env.BENCH_LANGUAGE) await page.addInitScript((code) => localStorage.setItem('kente.language', code), process.env.BENCH_LANGUAGE);
  await page.goto(`${url}/login`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__kenteUsableAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const usableAt = await page.evaluate(() => window.__kenteUsableAt);
  // What was requested, when: the chain a slow link pays a round trip for at each step.
  const timeline = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, size: e.transferSize })),
    // The shell's boot steps (performance.mark in bootstrap.tsx).
    ...performance.getEntriesByType('mark').map((e) => ({ name: e.name, start: e.startTime, end: e.startTime, size: 0 })),
  ]);
  timeline.push({ name: 'sign-in form usable', start: usableAt, end: usableAt, size: 0 });
  timeline.sort((a, b) => a.end - b.end);
  await page.waitForTimeout(200); // let the last loadingFinished events arrive
  await page.close();
  return { ms: usableAt, bytes, requests: sent.size, timeline };
}

/** Measures every profile; returns the printed lines and whether a budget was missed. */
export async function measureSlowLink(browser, url) {
  const lines = [];
  let failed = false;
  const timelines = [];
  for (const profile of PROFILES) {
    const cold = [];
    const warm = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      try {
        const first = await visit(context, url, profile);
        const repeat = await visit(context, url, profile);
        cold.push(first);
        warm.push(repeat);
        if (profile === PROFILES[0] && run === 0) timelines.push(['first visit', first.timeline], ['repeat visit', repeat.timeline]);
      } finally {
        await context.close();
      }
    }
    for (const [kind, list] of [
      ['first visit', cold],
      ['repeat visit', warm],
    ]) {
      const ms = median(list.map((r) => r.ms));
      const budget = profile.budget[kind === 'first visit' ? 'cold' : 'warm'];
      const over = budget !== undefined && ms > budget;
      if (over) failed = true;
      const kib = median(list.map((r) => r.bytes)) / 1024;
      const runs = list.map((r) => Math.round(r.ms)).join(' ');
      lines.push(
        `  ${profile.name.padEnd(19)} ${kind.padEnd(12)} ${(ms / 1000).toFixed(2)} s  ${kib.toFixed(1).padStart(6)} KiB in ${String(median(list.map((r) => r.requests))).padStart(2)} requests  (runs ${runs} ms${budget !== undefined ? `; budget ${(budget / 1000).toFixed(1)} s${over ? ' OVER' : ''}` : ''})`,
      );
    }
  }
  for (const [kind, timeline] of process.env.BENCH_TIMELINE ? timelines : []) {
    lines.push(`  timeline, ${kind} at ${PROFILES[0].name} (ms from navigation start; requests with bytes transferred, boot steps):`);
    for (const e of timeline) {
      lines.push(
        `    ${Math.round(e.start).toString().padStart(5)} → ${Math.round(e.end).toString().padStart(5)}  ${String(e.size).padStart(7)} B  ${e.name.slice(0, 100)}`,
      );
    }
  }
  return { lines, failed };
}
