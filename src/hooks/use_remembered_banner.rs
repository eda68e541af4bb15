//! The reader's dismissal of the banner, handed to the host to remember.

use yew::{hook, use_effect_with, use_mut_ref, Callback};

/// Tells `on_change` the banner's `dismissed` state each time the reader
/// changes it (not at first render: that is what the host remembered).
#[hook]
pub fn use_remembered_banner(dismissed: bool, on_change: &Callback<bool>) {
    let first = use_mut_ref(|| true);
    let on_change = on_change.clone();
    use_effect_with(dismissed, move |dismissed| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            on_change.emit(*dismissed);
        }
    });
}
