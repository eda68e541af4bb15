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
mod options;
mod props;
mod widget_slot;

#[cfg(target_arch = "wasm32")]
pub use mount::{load, mount, release, MountHandle};
#[cfg(target_arch = "wasm32")]
pub use options::read_options;
pub use options::{is_decimal, kebab_case, MountOptions, TEXT_OPTIONS};
pub use props::{article_ui, render_stamp, strings_for, PRERENDER_ATTRIBUTE};
pub use widget_slot::{WidgetSlot, WidgetSlotProps};
