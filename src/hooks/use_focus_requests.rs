//! Focus moves the reducer asks for.

use crate::browser;
use crate::state::FocusRequest;
use crate::ui::{ArticleRef, Ui};
use std::rc::Rc;
use yew::{hook, use_effect_with, NodeRef};

/// Carries out the state's focus request after the render that made its
/// target exist, looking the target up inside the widget (`root`), which
/// may sit in a shadow root.
#[hook]
pub fn use_focus_requests(
    root: &NodeRef,
    ui: &Rc<Ui>,
    article: &ArticleRef,
    focus: Option<FocusRequest>,
) {
    let (root, ui, article) = (root.clone(), Rc::clone(ui), article.clone());
    use_effect_with(focus, move |focus| {
        let id = focus.and_then(|f| ui.focus_id(&article, f.target));
        if let (Some(id), Some(widget)) = (id, root.cast::<web_sys::Element>()) {
            browser::focus_in_widget(&widget, &id);
        }
    });
}
