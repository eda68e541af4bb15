// The article editor (editor.html): the dialect's text on the left, the
// widget on the right. Both halves are the crate's own wasm: the server
// renderer (server/, built by `make server`) reads the dialect, lists its
// problems with their line and column, marks claims and renders the HTML
// the CLI prints; the widget (pkg/) shows the preview. So the editor judges
// a text exactly as `interactive-article validate story.md` does.
import initServer, { importMarkdown, importPlain, exportMarkdown, markClaim, render } from "./server/server.mjs";
import initWidget, { mount } from "./pkg/interactive_article.js";

const DRAFT_KEY = "interactive-article:editor-draft";
// Long enough that typing a word renders once; short enough to feel live.
const DEBOUNCE_MS = 300;

const source = document.getElementById("source");
const problemsList = document.getElementById("problems");
const status = document.getElementById("status");
const preview = document.getElementById("preview");
const dialog = document.getElementById("claim-dialog");

await Promise.all([initServer(), initWidget()]);

let current = { json: null, problems: [] };
let handle = null;
let timer = 0;

/** The UTF-16 offset of a 1-based line and column (columns count characters, as the CLI's do). */
function offsetOf(text, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  for (let c = 1; c < column && at < text.length && text[at] !== "\n"; c++) {
    at += text.codePointAt(at) > 0xffff ? 2 : 1;
  }
  return at;
}

function showProblems(problems) {
  problemsList.replaceChildren(
    ...problems.map(({ line, column, path, message }) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "editor__problem";
      // Text, never markup: a message quotes the article's words.
      button.textContent = `${line}:${column}: ${path ? path + ": " : ""}${message}`;
      button.addEventListener("click", () => {
        const at = offsetOf(source.value, line, column);
        source.focus();
        source.setSelectionRange(at, at);
      });
      item.append(button);
      return item;
    }),
  );
  status.textContent = problems.length === 0 ? "No problems: the article is valid." : `${problems.length} problem${problems.length === 1 ? "" : "s"}.`;
}

/** Shows a valid article; while the text has problems, the last valid one stays (the list says what to fix). */
function showPreview(json) {
  handle?.unmount();
  handle = null;
  preview.replaceChildren();
  handle = mount(preview, json, { idPrefix: "preview-" });
}

function update() {
  clearTimeout(timer);
  timer = 0;
  const text = source.value;
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Private browsing or a full quota: the draft is not kept, the editor works on.
  }
  current = importMarkdown(text);
  showProblems(current.problems);
  if (current.json && current.problems.length === 0) showPreview(current.json);
}

function setText(text) {
  source.value = text;
  update();
}

source.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
});

function download(name, type, text) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

const baseName = () => {
  try {
    return JSON.parse(current.json).id || "article";
  } catch {
    return "article";
  }
};

/** Runs `action`, showing what it throws in the status line instead of losing it. */
function guarded(action) {
  return async () => {
    if (timer) update();
    try {
      await action();
    } catch (error) {
      status.textContent = String(error?.message ?? error);
    }
  };
}

document.getElementById("export-md").addEventListener("click", guarded(() => download(`${baseName()}.md`, "text/markdown", source.value)));
document.getElementById("export-json").addEventListener(
  "click",
  guarded(() => {
    if (!current.json) throw new Error("The text cannot be read as an article yet: see the problems.");
    download(`${baseName()}.json`, "application/json", current.json);
  }),
);
document.getElementById("export-html").addEventListener(
  "click",
  guarded(() => {
    if (!current.json || current.problems.length) throw new Error("Fix the problems first: only a valid article is rendered.");
    download(`${baseName()}.html`, "text/html", render(current.json, {}));
  }),
);

document.getElementById("start-default").addEventListener(
  "click",
  guarded(async () => setText(await (await fetch("./articles/china-open-source-ai.md")).text())),
);

document.getElementById("import-plain").addEventListener("change", async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  // The seed's plain-text shape, as `interactive-article import --plain` reads it.
  setText(importPlain(await file.text()));
  event.target.value = "";
});

let selection = null;
document.getElementById("mark-claim").addEventListener("click", () => {
  const [start, end] = [source.selectionStart, source.selectionEnd];
  if (start === end) {
    status.textContent = "Select the claim's words in the text first.";
    source.focus();
    return;
  }
  if (timer) update();
  selection = [start, end];
  document.getElementById("claim-words").textContent = source.value.slice(start, end);
  const sources = document.getElementById("claim-sources");
  let known = [];
  try {
    known = JSON.parse(current.json ?? "{}").sources ?? [];
  } catch {}
  sources.replaceChildren(
    sources.querySelector("legend") ?? document.createElement("legend"),
    ...known.map(({ id, title }) => {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = id;
      label.append(box, ` ${title ?? id}`);
      return label;
    }),
  );
  dialog.showModal();
});

dialog.addEventListener("close", () => {
  if (dialog.returnValue !== "mark" || !selection) return;
  const [start, end] = selection;
  const claim = {
    status: document.getElementById("claim-status").value,
    sources: [...dialog.querySelectorAll("#claim-sources input:checked")].map((box) => box.value),
  };
  const explanation = document.getElementById("claim-explanation").value.trim();
  if (explanation) claim.explanation = explanation;
  try {
    setText(markClaim(source.value, start, end, claim));
    document.getElementById("claim-explanation").value = "";
  } catch (error) {
    status.textContent = String(error?.message ?? error);
  }
  source.focus();
});

let draft = null;
try {
  draft = localStorage.getItem(DRAFT_KEY);
} catch {}
setText(draft ?? (await (await fetch("./articles/china-open-source-ai.md")).text()));
// For the tests and the curious: the state the page shows.
window.editor = { get current() { return current; }, exportMarkdown };
