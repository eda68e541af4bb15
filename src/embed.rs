//! Everything a host page touches: [`mount`] (render an article into an
//! element, get back a handle), its options, and the `ia-*` DOM events.
//! The custom element and iframe mode are thin JavaScript over `mount`.
//!
//! Browser-only: the rest of the crate also builds natively.

#[cfg(target_arch = "wasm32")]
mod dom_events;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod options;
#[cfg(target_arch = "wasm32")]
mod widget_slot;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, release, MountHandle};
#[cfg(target_arch = "wasm32")]
pub use options::{read_options, MountOptions};
