//! The browser calls the widget makes, all from effects and event handlers and
//! never during render, so components stay pure and can run natively.
//!
//! Every function here tolerates a missing or hostile environment: no window,
//! storage that throws (Safari private mode, sandboxed iframes), elements that
//! the host page removed. Failure means "do nothing", never a panic.

pub mod storage;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The page's `document`, when there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves focus to the element with `id` and brings it into view. Returns
/// whether such an element was found.
pub fn focus_by_id(id: &str) -> bool {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        // Scrolling was done above, centred; focus() would jump again.
        let focus_options = web_sys::FocusOptions::new();
        focus_options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus_options);
    }
    true
}

/// The current URL fragment without `#`, if any.
pub fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// The value of `attribute` on `element` or its nearest ancestor that has it.
pub fn closest_attribute(element: &Element, attribute: &str) -> Option<String> {
    let selector = format!("[{attribute}]");
    element.closest(&selector).ok()??.get_attribute(attribute)
}
