// Trap containment: appended to the wasm-bindgen glue (interactive_article.js)
// by scripts/build-wasm.sh, which renames the glue's own `mount` and
// `release` to mountUnguarded and releaseUnguarded; the two below are the
// module's `mount` and `release`. Minified with the glue, so comments cost
// nothing in what ships.
//
// The release build aborts on a panic (-Cpanic=immediate-abort): the module
// traps, a WebAssembly.RuntimeError, without unwinding and without running
// any Rust code, and its state is undefined from then on. So the failure is
// contained here, outside the wasm, as the README's "If the module itself
// fails" says: the widget it belongs to shows an error box and dispatches
// ia-error, as for invalid data, and the module is stopped. A stopped module
// is never called again: `mount` throws a RuntimeError without touching its
// element (the custom element then imports a fresh module), and a handle's
// unmount() and setTheme(), and release(), do nothing.
//
// A trap belongs to the widget being mounted (a trap in mount), to the
// widget the reader's click, key or copy was in (a trap in its handler),
// and to every widget whose first render has not happened yet (ia-ready
// not yet sent: a trap in a render, which Yew runs after mount returns).
// A trap elsewhere (in the reader's changing the address's fragment, say)
// stops the module and shows no box: the widgets stay as they are, and the
// next mount starts a fresh module.

let stopped = false;
// Each element holding a widget of this module (a WeakMap, so an element
// the page lets go of is not kept alive): where its events go.
const eventTargets = new WeakMap();
// The widgets whose first render has not happened yet: element → target.
const unrendered = new Map();
// Each mounted handle's element, and the ia-ready listener that ends its
// wait (until unmount: a host may keep a handle, which then holds nothing).
const handles = new WeakMap();
// The latest event of a kind the widget handles; while it is being
// dispatched (eventPhase not NONE), a trap happened in one of its handlers.
// Held weakly, so the node it happened on can go once it is over.
let lastEvent;
for (const type of ["click", "keydown", "copy", "beforematch"]) {
  addEventListener(type, (event) => (lastEvent = new WeakRef(event)), true);
}

// The error box, in place of whatever `element` showed, and ia-error.
function showStopped(element, target, message) {
  element.removeAttribute("data-ia-mounted");
  const box = element.ownerDocument.createElement("p");
  box.className = "ia-error";
  box.setAttribute("role", "alert");
  box.textContent = "The article could not be shown: the widget stopped on an internal error.";
  element.replaceChildren(box);
  const detail = { problems: [{ path: "", message }], url: null };
  target.dispatchEvent(new CustomEvent("ia-error", { bubbles: true, composed: true, detail }));
}

// Stops the module after `error`, a trap, which happened for `element`
// (or for none), and shows the error box where the trap belongs.
function stop(error, element) {
  stopped = true;
  const message = `interactive-article: internal error: ${error}`;
  console.error(message);
  const failed = new Map(unrendered);
  unrendered.clear();
  if (element) failed.set(element, eventTargets.get(element) ?? element);
  for (const [failedElement, target] of failed) showStopped(failedElement, target, message);
}

// Runs `call`, which enters the module for `element`; a trap stops it.
function guarded(call, element) {
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stop(error, element);
    throw error;
  }
}

// A trap outside any call of ours (in a render, or a handler the browser
// called) is reported on the window. Traps of another module (a fresh copy
// of this one, or another wasm on the page) are not this module's: only one
// in a handler of a widget of this module, or while a first render is due,
// is taken for one.
addEventListener("error", ({ error }) => {
  if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
  const event = lastEvent?.deref();
  const inHandler = event?.eventPhase ? event.composedPath().find((node) => eventTargets.has(node)) : undefined;
  if (inHandler || unrendered.size) stop(error, inHandler);
});

// The wasm fetches the files beside the glue (a language's text, the default
// article) where the table the build appended says, checked against their
// hashes (FILES, scripts/glue-files.mjs): it is told before its first mount.
let located = false;

export function mount(element, article, options) {
  if (stopped) {
    console.error("interactive-article: an internal error stopped this module; import it again to mount");
    throw new WebAssembly.RuntimeError("unreachable");
  }
  located ||= (locateFilesWith(FILES), true);
  const target = options?.eventTarget instanceof EventTarget ? options.eventTarget : element;
  eventTargets.set(element, target);
  const handle = guarded(() => mountUnguarded(element, article, options), element);
  const rendered = () => unrendered.delete(element);
  unrendered.set(element, target);
  target.addEventListener("ia-ready", rendered, { once: true });
  handles.set(handle, [element, target, rendered]);
  return handle;
}

export function release(element) {
  stopped || guarded(() => releaseUnguarded(element), element);
}

{
  const { prototype } = MountHandle;
  const { unmount, setTheme } = prototype;
  const mounted = Object.getOwnPropertyDescriptor(prototype, "mounted").get;
  Object.defineProperties(prototype, {
    mounted: {
      get() {
        return !stopped && mounted.call(this);
      },
    },
    unmount: {
      value() {
        const [element, target, rendered] = handles.get(this) ?? [];
        handles.delete(this);
        unrendered.delete(element);
        target?.removeEventListener("ia-ready", rendered);
        stopped || guarded(() => unmount.call(this), element);
      },
    },
    setTheme: {
      value(theme) {
        stopped || guarded(() => setTheme.call(this, theme), handles.get(this)?.[0]);
      },
    },
  });
}
