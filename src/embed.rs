//! Everything a host page touches. Today that is [`mount`]: render an article
//! into an element and get back a handle to take it down again.
//!
//! Browser-only: the rest of the crate also builds natively.

#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, MountHandle};
