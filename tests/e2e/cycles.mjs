// Mount/unmount cycles and what they leave behind, measured through the
// Chrome DevTools Protocol: the JS heap after a full garbage collection, and
// the event listeners on `window` and `document`. Shared by the lifecycle test
// (tests/e2e/lifecycle.test.mjs, a short run) and the soak command
// (`make soak`, scripts/soak.mjs, 1,000 cycles of each kind).
//
// Both kinds of cycle run on www/element-test.html, inside the page, so the
// numbers are the widget's and not the test driver's:
//   "mount"    mount(element) of the default article, wait for ia-ready, unmount()
//   "element"  <interactive-article loading="eager"> added, mounted, removed

/** A CDP session for `page`, with the heap profiler on. */
export async function devtools(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  return cdp;
}

/** Used JS heap in bytes after a full garbage collection. */
export async function heapAfterGc(cdp) {
  // Two rounds: the first may only run finalizers (FinalizationRegistry,
  // which frees wasm-bindgen handles) whose objects the second collects.
  for (let round = 0; round < 3; round += 1) {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Runtime.evaluate", {
      expression: "new Promise((resolve) => setTimeout(resolve, 20))",
      awaitPromise: true,
    });
  }
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

/**
 * The objects in the JS heap after a full garbage collection, from a heap
 * snapshot: their total size and their number per kind ("<type>:<name>",
 * such as "native:<div>" or "closure:real"). Compiled code is left out: V8
 * keeps optimising the JS and wasm code of a widget that is mounted again
 * and again, and that code grows for a while without anything being retained.
 * So is the wasm memory, `wasmBytes` long (see `wasmMemory`): it grows by
 * 64 KB pages as the allocator's high-water mark moves and never shrinks,
 * so a single page is 2 % of the rest; the cycles measure it apart.
 */
export async function heapObjects(cdp, wasmBytes = 0) {
  await heapAfterGc(cdp);
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(""));
  const fields = snapshot.meta.node_fields;
  const [typeField, nameField, sizeField] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const types = snapshot.meta.node_types[typeField];
  let bytes = 0;
  let wasmMemorySeen = false;
  const counts = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeField]];
    const name = strings[nodes[i + nameField]];
    if (type === "code" || name.includes("WasmNativeModule")) continue;
    if (!wasmMemorySeen && wasmBytes > 0 && name.includes("JSArrayBufferData") && nodes[i + sizeField] === wasmBytes) {
      wasmMemorySeen = true;
      continue;
    }
    bytes += nodes[i + sizeField];
    // Strings and numbers by type only: their names are their values.
    const kind = ["string", "concatenated string", "sliced string", "number"].includes(type) ? type : `${type}:${name.slice(0, 60)}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return { bytes, counts };
}

/**
 * The kinds of heap object whose number grew by at least `threshold` from
 * `before` to `after`, as [kind, growth] pairs, most first.
 */
export function grownKinds(before, after, threshold) {
  return [...after.counts]
    .map(([kind, count]) => [kind, count - (before.counts.get(kind) ?? 0)])
    .filter(([, growth]) => growth >= threshold)
    .sort((a, b) => b[1] - a[1]);
}

/** The event listeners on `window` and on `document`, as "target:type" strings. */
export async function globalListeners(cdp) {
  const found = [];
  for (const target of ["window", "document"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression: target });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    found.push(...listeners.map((listener) => `${target}:${listener.type}`));
    await cdp.send("Runtime.releaseObject", { objectId: result.objectId });
  }
  return found.sort();
}

/**
 * Loads the wasm package into the page once, as `window.widget`, and its
 * memory as `window.widgetMemory` (the custom element's loader imports the
 * same module).
 */
export async function loadWidget(page) {
  await page.evaluate(async () => {
    if (window.widget) return;
    const widget = await import("./pkg/interactive_article.js");
    window.widgetMemory = (await widget.default()).memory;
    window.widget = widget;
  });
}

/** The size of the wasm module's memory, in bytes. */
export async function wasmMemory(page) {
  await loadWidget(page);
  return page.evaluate(() => window.widgetMemory.buffer.byteLength);
}

/**
 * Runs `count` cycles of `kind` ("mount" or "element") in the page. Each
 * cycle waits until the widget has rendered (ia-ready) before taking it down,
 * so its effects and listeners exist when it goes.
 */
export async function runCycles(page, kind, count) {
  if (kind === "mount") await loadWidget(page);
  await page.evaluate(
    async ({ kind, count }) => {
      const stage = document.getElementById("stage");
      const ready = (target) =>
        new Promise((resolve) => target.addEventListener("ia-ready", resolve, { once: true }));
      for (let i = 0; i < count; i += 1) {
        if (kind === "mount") {
          const host = stage.appendChild(document.createElement("div"));
          const rendered = ready(host);
          const handle = window.widget.mount(host);
          await rendered;
          handle.unmount();
          host.remove();
        } else {
          const element = document.createElement("interactive-article");
          element.setAttribute("loading", "eager");
          const rendered = ready(element);
          stage.append(element);
          await rendered;
          element.remove();
          // The element unmounts in a microtask after its removal.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    },
    { kind, count },
  );
}

/**
 * Heap and listeners before and after `count` cycles of `kind`, after
 * `warmup` cycles that load the module, the stylesheets and the default
 * article once (those stay for the page's life, whatever the count) and let
 * the compilers settle. `heap` is the used JS heap after GC (compiled code
 * included, as a page's memory use), `objects` the snapshot's objects without
 * compiled code; `perCycle` lists the kinds of object that grew by half the
 * number of cycles or more: something retained by every cycle.
 */
export async function measureCycles(page, kind, count, { warmup = 50 } = {}) {
  const cdp = await devtools(page);
  await runCycles(page, kind, warmup);
  // After the warm-up: the module's own listeners (its trap containment,
  // embed/containment.js) are the page's from then on.
  const listenersBefore = await globalListeners(cdp);
  const heap = { start: await heapAfterGc(cdp) };
  const wasm = { start: await wasmMemory(page) };
  const before = await heapObjects(cdp, wasm.start);
  await runCycles(page, kind, count);
  heap.end = await heapAfterGc(cdp);
  wasm.end = await wasmMemory(page);
  const after = await heapObjects(cdp, wasm.end);
  const listenersAfter = await globalListeners(cdp);
  await cdp.detach();
  const objects = { start: before.bytes, end: after.bytes };
  for (const measure of [heap, objects, wasm]) measure.growth = (measure.end - measure.start) / measure.start;
  const perCycle = grownKinds(before, after, count / 2);
  return { kind, count, heap, objects, wasm, perCycle, listenersBefore, listenersAfter };
}
