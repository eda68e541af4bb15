//! Everything a host page touches: [`mount`] (render an article into an
//! element, get back a handle), its options, and the `ia-*` DOM events.
//! The custom element and iframe mode are thin JavaScript over `mount`.
//!
//! All of it is browser-only: the options, the first render and its stamp,
//! which the server renderer shares, live outside this module.

#[cfg(target_arch = "wasm32")]
mod dom_events;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod read_options;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, release, MountHandle};
#[cfg(target_arch = "wasm32")]
pub use read_options::read_options;
