// The article editor (editor.html) starts here. The editor itself is the
// crate's Yew app (src/editor.rs, built into editor/ by `make www`): it reads
// the dialect, lists its problems with their line and column, marks claims
// and mounts the widget for the preview, all in Rust. The server renderer
// (server/) renders the HTML export, so that file is the bytes
// `interactive-article render` prints.
import initServer, { render } from "./server/server.mjs";
import initEditor, { startEditor } from "./editor/editor.js";

await Promise.all([initServer(), initEditor()]);
startEditor(document.getElementById("editor-app"), render);
