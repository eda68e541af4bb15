//! Writes the reader's dismissal of the banner: hands each change to the
//! host to store. (`mount` reads it back on a later visit, for a widget it
//! renders afresh: see `FirstRender::banner_dismissed_before`.)

use yew::{hook, use_effect_with, use_mut_ref, Callback};

/// Tells `on_change` the banner's `dismissed` state each time the reader
/// changes it (not at first render: that is what the host stored).
#[hook]
pub fn use_store_banner_dismissal(dismissed: bool, on_change: &Callback<bool>) {
    let first = use_mut_ref(|| true);
    let on_change = on_change.clone();
    use_effect_with(dismissed, move |dismissed| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            on_change.emit(*dismissed);
        }
    });
}
