//! Deep links: `#section-id` or `#claim-id` in the URL, on load and on every
//! `hashchange`.

use crate::browser;
use crate::state::Action;
use crate::ui::{ArticleRef, Ui};
use gloo_events::EventListener;
use std::rc::Rc;
use yew::{hook, use_effect_with, Callback};

/// A fragment that names one of the widget's sections or claims opens the
/// section and moves focus there (which scrolls it into view). The browser
/// does that much itself only for ids in the document, and not at all for a
/// collapsed section or inside a shadow root, so the widget does it always.
#[hook]
pub fn use_fragment_navigation(ui: &Rc<Ui>, article: &ArticleRef, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((Rc::clone(ui), article.clone()), move |(ui, article)| {
        let (ui, article) = (Rc::clone(ui), article.clone());
        let navigate = move || {
            let target = browser::current_fragment().and_then(|f| ui.fragment_target(&article, &f));
            if let Some(target) = target {
                dispatch.emit(Action::Navigate(target));
            }
        };
        navigate();
        let listener = web_sys::window()
            .map(|window| EventListener::new(&window, "hashchange", move |_| navigate()));
        move || drop(listener)
    });
}
