//! A banner the reader dismissed on an earlier visit, dismissed again after
//! the first render.

use crate::state::Action;
use yew::{hook, use_effect_with, Callback};

/// When `recall` is set, dispatches [`Action::RecallBannerDismissal`] once,
/// after the first render. A widget hydrating prerendered markup starts with
/// the banner the server rendered (Yew needs the same structure) and only
/// then shows it as the reader left it.
#[hook]
pub fn use_recalled_banner(recall: bool, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |()| {
        if recall {
            dispatch.emit(Action::RecallBannerDismissal);
        }
    });
}
