//! What only a browser runs: `mount` (render an article into an element,
//! get back a handle), reading its options from a JS object, and the
//! `ia-*` DOM events. The custom element and iframe mode are thin
//! JavaScript over `mount`. What the server renderer shares with it (the
//! options, the first render and its stamp, the root component) lives
//! outside this module.
//!
//! `mount` is split by concern: what it is given and what it hands back
//! (`mount.rs`), putting the widget or an error box into the element
//! (`show.rs`), the app pool (`app_pool.rs`), the error boxes a failed mount
//! leaves (`error_boxes.rs`), the files fetched beside the glue
//! (`beside_glue.rs`) and the mounts that wait for one (`waiting.rs`).
//!
//! A panic aborts the release build at once (`-Cpanic=immediate-abort`):
//! the module traps, and no Rust code runs to say so. Containing it in the
//! widget it belongs to is JavaScript's job: `embed/containment.js`, which
//! the build appends to the glue, wraps `mount` and `release`.

#[cfg(target_arch = "wasm32")]
mod app_pool;
#[cfg(target_arch = "wasm32")]
mod beside_glue;
#[cfg(target_arch = "wasm32")]
mod dom_events;
#[cfg(target_arch = "wasm32")]
mod error_boxes;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod options_object;
#[cfg(target_arch = "wasm32")]
mod read_options;
#[cfg(target_arch = "wasm32")]
mod show;
#[cfg(target_arch = "wasm32")]
mod waiting;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, release, MountHandle};
#[cfg(target_arch = "wasm32")]
pub use read_options::read_options;

/// Marks an element that holds a live widget, so a second `mount` on it fails
/// clearly instead of two apps fighting over the same DOM.
#[cfg(target_arch = "wasm32")]
const MOUNTED_ATTRIBUTE: &str = "data-ia-mounted";
