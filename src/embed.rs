//! Everything a host page touches: [`mount`] (render an article into an
//! element, get back a handle), its options, and the `ia-*` DOM events.
//! The custom element and iframe mode are thin JavaScript over `mount`.
//!
//! `mount` is browser-only; the options and what a widget is rendered from
//! build natively too, for the prerender CLI.

#[cfg(target_arch = "wasm32")]
mod dom_events;
#[cfg(target_arch = "wasm32")]
mod mount;
mod props;
#[cfg(target_arch = "wasm32")]
mod read_options;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, release, MountHandle};
pub use props::{article_ui, render_stamp, PRERENDER_ATTRIBUTE};
#[cfg(target_arch = "wasm32")]
pub use read_options::read_options;
