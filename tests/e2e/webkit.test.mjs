// The reader scenarios and the replay (tests/e2e/engines.mjs) in WebKit:
// WebKitGTK's WebDriver server (Debian's webkit2gtk-driver) with its
// MiniBrowser, under xvfb-run, driven over the W3C WebDriver protocol with
// fetch. scripts/setup.sh installs both.

import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { engineSuite } from "./engines.mjs";

const DRIVER = "WebKitWebDriver";
/** W3C WebDriver's key for a web element in JSON, and the keys it names by code point. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const KEYS = { Enter: "\uE007", Escape: "\uE00C" };

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

engineSuite("WebKit", async () => {
  const port = await freePort();
  // xvfb-run gives the driver (and the MiniBrowser it starts) an X display
  // of its own; the process group is ended as a whole in close().
  const child = spawn("xvfb-run", ["--auto-servernum", DRIVER, `--port=${port}`], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const spawnError = new Promise((_, reject) => child.once("error", reject));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  };

  const base = `http://127.0.0.1:${port}`;
  async function command(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  let session;
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await Promise.race([spawnError, command("GET", "/status").then((v) => v.ready, () => false)]);
      if (ready) break;
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`${DRIVER} did not start (xvfb-run and webkit2gtk-driver: apt-get install xvfb webkit2gtk-driver; scripts/setup.sh test does)\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    ({ sessionId: session } = await command("POST", "/session", { capabilities: {} }));
    await command("POST", `/session/${session}/window/rect`, { width: 1000, height: 700 });
  } catch (error) {
    await stop();
    throw error;
  }

  const at = (path) => `/session/${session}${path}`;
  const run = (fnSource, arg) => command("POST", at("/execute/sync"), { script: `return (${fnSource})(arguments[0]);`, args: [arg ?? null] });
  return {
    // One page for the file: each scenario navigates it afresh.
    open: (url) => command("POST", at("/url"), { url }),
    evaluate: run,
    async click(fnSource, arg) {
      const element = await run(fnSource, arg);
      await command("POST", at(`/element/${element[ELEMENT]}/click`), {});
    },
    press: (key) =>
      command("POST", at("/actions"), {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: KEYS[key] }, { type: "keyUp", value: KEYS[key] }] }],
      }),
    // Classic WebDriver has no console: the proxy's probe records it.
    problems: async () => [],
    async close() {
      await command("DELETE", at("")).catch(() => {});
      await stop();
    },
  };
});
