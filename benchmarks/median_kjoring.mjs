// Prints the index of the median run among Lighthouse JSON reports, chosen by Lighthouse's own
// computeMedianRun (closest to the median FCP and time to interactive), as Lighthouse's docs advise
// for a score that varies from run to run (docs/variability.md).
// Usage: node benchmarks/median_kjoring.mjs RAPPORT.json ...
import { readFileSync } from "node:fs";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

const rapporter = process.argv.slice(2).map((fil) => JSON.parse(readFileSync(fil, "utf-8")));
console.log(rapporter.indexOf(computeMedianRun(rapporter)));
