//! Reads the reader's stored dismissal of the banner back into the widget:
//! a banner they dismissed on an earlier visit is dismissed again after the
//! first render. (Its counterpart, `use_store_banner_dismissal`, writes it.)

use crate::state::Action;
use yew::{hook, use_effect_with, Callback};

/// When `recall` is set (the host read a stored dismissal), dispatches
/// [`Action::RecallBannerDismissal`] once, after the first render. A widget
/// hydrating prerendered markup starts with the banner the server rendered
/// (Yew needs the same structure) and only then shows it as the reader left
/// it.
#[hook]
pub fn use_recall_banner_dismissal(recall: bool, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |()| {
        if recall {
            dispatch.emit(Action::RecallBannerDismissal);
        }
    });
}
