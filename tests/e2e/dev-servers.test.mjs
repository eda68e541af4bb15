// `make serve`'s supervisor (scripts/dev-servers.sh), with a fake trunk on
// PATH instead of the real one: a trunk that dies is started again, up to the
// limit, with a message, while the www server keeps serving; Ctrl-C or TERM
// stops both; a www server that stops takes trunk down with it.
//
// The fake trunk (written to a temporary folder for each test) appends
// "<pid> <arguments>" to a log on every start, then exits with the next
// status of FAKE_TRUNK_STATUSES, or, for "run", keeps running like a server.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./harness.mjs";

const FAKE_TRUNK = `#!/usr/bin/env bash
echo "$$ $*" >> "$FAKE_TRUNK_LOG"
starts=$(wc -l < "$FAKE_TRUNK_LOG")
read -r -a statuses <<< "$FAKE_TRUNK_STATUSES"
status="\${statuses[$((starts - 1))]:-run}"
if [ "$status" = run ]; then exec sleep 600; fi
echo "thread 'main' panicked at notify-debouncer-full-0.5.0/src/lib.rs:274:55: index out of bounds: the len is 0 but the index is 0" >&2
exit "$status"
`;

/**
 * Starts the supervisor with the fake trunk and `env`. Returns helpers to
 * read its output and the fake trunk's starts, and to wait for either.
 */
function supervise(t, { statuses, wwwPort = "0", env = {} }) {
  const dir = mkdtempSync(path.join(tmpdir(), "dev-servers-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, "trunk"), FAKE_TRUNK);
  chmodSync(path.join(dir, "trunk"), 0o755);
  const log = path.join(dir, "starts.log");
  writeFileSync(log, "");
  const child = spawn("bash", ["scripts/dev-servers.sh", wwwPort, "8099"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PATH: `${dir}:${process.env.PATH}`,
      FAKE_TRUNK_LOG: log,
      FAKE_TRUNK_STATUSES: statuses,
      TRUNK_RETRY_DELAY: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  t.after(() => child.exitCode === null && child.kill("SIGKILL"));
  const starts = () =>
    readFileSync(log, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => ({ pid: Number(line.split(" ")[0]), args: line.split(" ").slice(1).join(" ") }));
  async function until(what, condition, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    while (!condition()) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const wwwUrl = () => /serving www at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
  return { child, exited, starts, until, wwwUrl, output: () => output };
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function fetchStatus(url) {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

test("a trunk that dies is started again with a message, and the www server serves throughout", async (t) => {
  const run = supervise(t, { statuses: "134 run" });
  await run.until("the second start of trunk", () => run.starts().length === 2);
  await run.until("the www server's address", () => run.wwwUrl());
  assert.deepEqual(
    run.starts().map((start) => start.args),
    ["serve --port 8099", "serve --port 8099"],
  );
  assert.match(
    run.output(),
    /make serve: trunk \(the dev server on :8099\) stopped with status 134; restarting it in 0 s \(try 2 of 5\)\./,
  );
  assert.match(run.output(), /The news-site pages are still served at http:\/\/127\.0\.0\.1:0\//);
  assert.equal(await fetchStatus(`${run.wwwUrl()}embed.html`), 200);

  // TERM (as Ctrl-C's INT) stops both servers.
  const trunkPid = run.starts()[1].pid;
  assert.ok(alive(trunkPid), "the restarted trunk runs");
  run.child.kill("SIGTERM");
  const { code } = await run.exited;
  assert.equal(code, 143);
  await run.until("trunk to stop", () => !alive(trunkPid), 3000);
  await assert.rejects(fetch(`${run.wwwUrl()}embed.html`), "the www server stopped too");
});

test("after the last try the supervisor gives up on trunk, says so, and keeps serving www", async (t) => {
  const run = supervise(t, { statuses: "134 134 1", env: { TRUNK_TRIES: "3" } });
  await run.until("the message that trunk is given up", () => /not restarting it/.test(run.output()));
  assert.equal(run.starts().length, 3, "trunk was started 3 times in all");
  assert.match(run.output(), /stopped with status 1, 3 times in a row; not restarting it\./);
  assert.match(run.output(), /still served at .* \(Ctrl-C to stop\)/);
  await run.until("the www server's address", () => run.wwwUrl());
  assert.equal(await fetchStatus(`${run.wwwUrl()}index.html`), 200);
  assert.equal(run.child.exitCode, null, "still running");
  run.child.kill("SIGINT");
  assert.equal((await run.exited).code, 130);
});

test("when the www server stops, trunk is stopped and the supervisor fails", async (t) => {
  // An impossible port makes serve.mjs exit at once.
  const run = supervise(t, { statuses: "run", wwwPort: "not-a-port" });
  const { code } = await run.exited;
  assert.equal(code, 1);
  assert.match(run.output(), /make serve: the www server stopped \(status \d+\); stopping trunk too\./);
  for (const { pid } of run.starts()) {
    await run.until(`fake trunk ${pid} to stop`, () => !alive(pid), 3000);
  }
});

test("Trunk.toml watches only what the demo is built from", () => {
  const toml = readFileSync(path.join(REPO_ROOT, "Trunk.toml"), "utf8");
  const watch = /^\[watch\][^[]*?^watch\s*=\s*\[([^\]]*)\]/m.exec(toml);
  assert.ok(watch, "Trunk.toml has [watch] watch = [...]");
  const paths = [...watch[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  for (const entry of paths) assert.ok(existsSync(path.join(REPO_ROOT, entry)), `${entry} exists`);
  for (const output of ["target", "dist", "www", "node_modules", "."]) {
    assert.ok(!paths.includes(output), `${output} is not watched`);
  }
  // What index.html builds from is watched.
  const index = readFileSync(path.join(REPO_ROOT, "index.html"), "utf8");
  for (const [, href] of index.matchAll(/data-trunk[^>]*href="([^"]+)"/g)) {
    assert.ok(paths.some((p) => href === p || href.startsWith(`${p}/`)), `${href} is watched`);
  }
  for (const needed of ["src", "Cargo.toml", "index.html"]) assert.ok(paths.includes(needed), `${needed} is watched`);
});
