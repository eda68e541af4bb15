//! # interactive-article
//!
//! A news article as an interactive, trustworthy reading experience: collapsible
//! sections, inline callouts for key claims, and an AI-provenance banner that
//! never disappears entirely. Compiled to WebAssembly and embedded by news sites.
//!
//! The crate reads top to bottom as the data flows:
//!
//! - [`format`]: serde types that mirror the article JSON, and parsing.
//! - [`model`]: validation into the checked [`model::Article`] that rendering trusts.
//! - [`state`]: one reducer per widget; every reader action and its rules.
//! - [`events`]: what the widget tells its host (analytics without trackers).
//! - [`strings`]: every piece of UI text.
//! - [`components`]: Yew function components, pure functions of props and state.
//! - [`browser`]: the few browser calls the components make from effects
//!   (focus, scrolling, storage, listeners), never during render.
//! - [`embed`]: what a host page touches: `mount(element, article)`.
#![deny(missing_docs)]

pub mod browser;
pub mod components;
pub mod embed;
pub mod events;
pub mod format;
pub mod model;
pub mod state;
pub mod strings;
