//! Find-in-page in collapsed sections.

use crate::browser;
use crate::state::Action;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::{hook, use_effect_with, Callback, NodeRef};

/// The browser reveals a `hidden="until-found"` panel itself when find-in-page
/// matches text in it, and fires `beforematch` first; the state follows, so
/// the toggle's `aria-expanded` stays true to what is shown.
/// https://developer.chrome.com/docs/css-ui/hidden-until-found
#[hook]
pub fn use_reveal_on_find(root: &NodeRef, dispatch: &Callback<Action>) {
    let (root, dispatch) = (root.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let listener = root.cast::<web_sys::Element>().map(|element| {
            EventListener::new(&element, "beforematch", move |event| {
                let section = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| browser::closest_attribute(&e, "data-ia-section"))
                    .and_then(|i| i.parse().ok());
                if let Some(section) = section {
                    dispatch.emit(Action::RevealSection(section));
                }
            })
        });
        move || drop(listener)
    });
}
