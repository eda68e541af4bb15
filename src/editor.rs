//! The live editor page (www/editor.html): the article in the authoring
//! dialect on one side, the widget rendering it on the other. A Yew app of
//! its own, compiled to its own wasm (feature `editor`), so the reader's
//! widget wasm does not carry an editor. It reads the text with the
//! crate's dialect ([`crate::dialect`]) in Rust, as `interactive-article
//! validate story.md` does, and mounts the preview with the widget's own
//! `mount`.
//!
//! One component per file; the state in one reducer ([`state`]); the
//! effects (the debounced read, the draft in localStorage, the example's
//! fetch) as named hooks ([`hooks`]).

mod app;
mod claim_dialog;
mod download;
pub mod hooks;
mod preview;
mod problem_list;
mod selection;
mod source_pane;
pub mod state;

use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Starts the editor in `root`. `render` is the server renderer's
/// `render(json, options)` (www/server/): the HTML export is its bytes, the
/// CLI's. The server renderer is a wasm of its own because Yew's server
/// renderer runs there with a synchronous scheduler (`not_browser_env`),
/// which a browser app like this one cannot be built with.
#[wasm_bindgen(js_name = startEditor)]
pub fn start_editor(root: Element, render: js_sys::Function) {
    yew::Renderer::<app::Editor>::with_root_and_props(root, app::EditorProps { render }).render();
}
