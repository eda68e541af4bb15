// What the benchmark scripts (scripts/bench.mjs, scripts/bench-lighthouse.mjs)
// share when they report: the median of runs, the machine and commit a run
// was made on, and writing a section of BENCHMARKS.md between its markers
// (<!-- NAME:start --> and <!-- NAME:end -->), leaving the rest of the file
// as it is.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The median of the values that are not null, or null if there are none. */
export function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * The CPU, its cores and their load (the 1-minute load average: a figure
 * near the number of cores or above means other work shared the machine),
 * the time (UTC) and the commit a run is made on.
 */
export function machine() {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {}
  return { cpu, cores: os.availableParallelism(), load: os.loadavg()[0].toFixed(1), date: new Date().toISOString().slice(0, 16).replace("T", " "), commit };
}

/**
 * Replaces BENCHMARKS.md's section `name` with `text`, which starts with
 * <!-- NAME:start --> and ends with <!-- NAME:end -->; appends it if the
 * file has no such section yet.
 */
export function writeBenchmarksSection(name, text) {
  const file = path.join(REPO_ROOT, "BENCHMARKS.md");
  const [startMark, endMark] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  if (!text.startsWith(startMark) || !text.endsWith(endMark)) {
    throw new Error(`BENCHMARKS.md section ${name}: the text must start with ${startMark} and end with ${endMark}`);
  }
  const old = readFileSync(file, "utf8");
  const start = old.indexOf(startMark);
  const end = old.indexOf(endMark);
  const updated =
    start >= 0 && end > start
      ? old.slice(0, start) + text + old.slice(end + endMark.length)
      : `${old.trimEnd()}\n\n${text}\n`;
  writeFileSync(file, updated);
}
