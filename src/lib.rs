//! # interactive-article
//!
//! A news article as an interactive, trustworthy reading experience: collapsible
//! sections, inline callouts for key claims, and an AI-provenance banner that
//! never disappears entirely. Compiled to WebAssembly and embedded by news sites.
//!
//! The crate reads top to bottom as the data flows:
//!
//! - [`format`]: the types that mirror the article JSON, and reading it.
//! - `dialect` (native, and the server wasm): the authoring dialect, an
//!   article as one text file, imported to the format and exported from it.
//! - [`model`]: validation into the checked [`model::Article`] that rendering trusts.
//! - [`state`]: one reducer per widget; every reader action and its rules.
//! - [`events`]: what the widget tells its host (analytics without trackers).
//! - [`strings`]: every piece of UI text.
//! - [`options`]: every option a host sets for a widget, its default, and
//!   how it is read from text (attributes, CLI flags).
//! - [`ui`]: what every component and hook of a widget shares (the [`ui::Ui`]
//!   context, theme, shared article) and every element id it renders.
//! - [`components`]: Yew function components, pure functions of props and
//!   state.
//! - [`hooks`]: the effects that connect a widget to the page (URL fragments,
//!   find-in-page, focus), one named hook each.
//! - [`browser`]: the few browser calls the components make from effects
//!   (focus, scrolling, storage, listeners), never during render.
//! - [`first_render`]: what a widget's first render is built from, and its
//!   hydration stamp: one function for the browser and the server.
//! - [`embed`] (what only a browser runs): what a host page touches,
//!   `mount(element, article)`.
//! - `prerender` (native, and the server wasm): the widget as HTML from
//!   Yew's server renderer, with its structured data, for the
//!   `interactive-article` CLI.
//! - `server` (the server wasm only, feature `server`): `render` and
//!   `validate` for Node and edge workers, the CLI's bytes from JavaScript.
#![deny(missing_docs)]
// No panic on any input, by construction: a panic in wasm built with
// `panic = "abort"` traps the module for every widget on the page. Slicing,
// indexing and unwrapping are written with `get` and `Option` instead; an
// `allow` anywhere in `src/` carries a one-line reason.
#![deny(
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

pub mod browser;
pub mod components;
// The authoring dialect and its parsers: natively (the CLI) and in the
// server wasm (Node, workers, the editor page), never in the widget's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "server", feature = "editor"))]
pub mod dialect;
#[cfg(all(target_arch = "wasm32", feature = "editor", not(feature = "server")))]
pub mod editor;
// The server wasm is a build of its own (feature `server`): without the
// browser's exports, since Node and workers have no page to mount into.
#[cfg(not(all(target_arch = "wasm32", feature = "server")))]
pub mod embed;
pub mod events;
pub mod first_render;
pub mod format;
pub mod hooks;
pub mod model;
pub mod options;
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub mod prerender;
#[cfg(all(target_arch = "wasm32", feature = "server"))]
mod server;
pub mod state;
pub mod strings;
pub mod ui;
