// Prints what Lighthouse's simulated (Lantern) FCP and LCP are made of, for one saved Lighthouse run: every
// request and main-thread task in each metric's graph, with its simulated start and end (ms). This is how
// issue 17 found that Material's deferred bundle, its start-up and the sitemap and search index it fetches
// counted in LCP: Lantern's LCP takes every request and task that finished before the paint Chromium
// observed, and headless Chromium here may present the first frame up to a second after it was painted.
// Usage: node_modules/.bin/lighthouse URL -GA=MAPPE --only-categories=performance ...; node benchmarks/lcp_graf.mjs MAPPE
import { loadArtifacts } from "lighthouse/core/lib/asset-saver.js";
import { LanternFirstContentfulPaint } from "lighthouse/core/computed/metrics/lantern-first-contentful-paint.js";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";

const a = loadArtifacts(process.argv[2]);
const data = {
  trace: a.Trace, devtoolsLog: a.DevtoolsLog, gatherContext: a.GatherContext, settings: a.settings,
  URL: a.URL, SourceMaps: a.SourceMaps, simulator: null,
};
const context = { computedCache: new Map(), settings: a.settings };
// Tasks shorter than this are left out of the listing (they are in the graph all the same).
const KORT_OPPGAVE = 10;

const navn = (node) => node.type === "network"
  ? `${node.request.priority} ${node.request.url.replace(/^https?:\/\/[^/]+/, "").slice(0, 90)}`
  : node.childEvents.filter((e) => e.dur > 1000).slice(0, 3)
      .map((e) => e.name + (e.args?.data?.url ? `(${e.args.data.url.split("/").pop()})` : "")).join(", ");

for (const [metrikk, M] of [["FCP", LanternFirstContentfulPaint], ["LCP", LanternLargestContentfulPaint]]) {
  const r = await M.request(data, context);
  console.log(`${metrikk} ${r.timing.toFixed(0)} ms (optimistisk ${r.optimisticEstimate.timeInMs.toFixed(0)}, pessimistisk ${r.pessimisticEstimate.timeInMs.toFixed(0)})`);
  const noder = [...r.pessimisticEstimate.nodeTimings.entries()].sort((x, y) => x[1].startTime - y[1].startTime);
  for (const [node, t] of noder) {
    if (node.type === "network" || t.duration >= KORT_OPPGAVE) {
      console.log(`  ${t.startTime.toFixed(0).padStart(6)} → ${t.endTime.toFixed(0).padStart(6)}  ${node.type === "network" ? "nett" : "cpu "} ${navn(node)}`);
    }
  }
}
