//! The browser calls the widget makes, all from effects and event handlers and
//! never during render, so components stay pure and can run natively.
//!
//! Every function here tolerates a missing or hostile environment: no window,
//! storage that throws (Safari private mode, sandboxed iframes), elements that
//! the host page removed. Failure means "do nothing", never a panic.

pub mod storage;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, DocumentFragment, Element, HtmlElement, Node, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

/// How long a task of the widget's own runs before it lets the browser have
/// the page, in milliseconds (copying, reading and validating an article,
/// rendering sections in steps). A step takes a millisecond or a few on a
/// desktop, so a task stays under the 50 at which it is long on a phone four
/// times slower too.
pub const TASK_MS: f64 = 12.0;

/// The page's `document`, when there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with `id` in the tree that holds `node`: the document, or the
/// shadow root when the widget renders inside one (as the custom element
/// does). `document.getElementById` does not see into shadow roots, so every
/// id lookup goes through here.
pub fn element_in_root_of(node: &Node, id: &str) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(document) = root.dyn_ref::<Document>() {
        document.get_element_by_id(id)
    } else {
        root.dyn_ref::<DocumentFragment>()?.get_element_by_id(id)
    }
}

/// The element with `id` inside `widget` (the widget's root element). An
/// element with that id elsewhere on the page is not the widget's, and is
/// left alone.
pub fn element_in_widget(widget: &Element, id: &str) -> Option<Element> {
    element_in_root_of(widget, id).filter(|found| widget.contains(Some(found)))
}

/// Whether `id` is used in `element`'s document (or shadow root) outside
/// `element` itself, whose content the widget is about to replace.
pub fn id_used_outside(element: &Element, id: &str) -> bool {
    element_in_root_of(element, id).is_some_and(|found| !element.contains(Some(&found)))
}

/// The ids of the elements in `element`'s document (or shadow root) that
/// are neither `element` nor in it: the only ids [`id_used_outside`] can
/// find. A widget checks its thousands of ids against these few, instead
/// of looking each one up (6,000 lookups for a long article: a sixth of
/// its first render). They are found around `element`, from it up to its
/// root, never in it: a query of the whole root visits every element of a
/// long article, and took as long again.
pub fn ids_outside(element: &Element) -> std::collections::HashSet<String> {
    let mut ids = std::collections::HashSet::new();
    let mut inner: Node = element.clone().into();
    while let Some(parent) = inner.parent_node() {
        let mut sibling = parent.first_child();
        while let Some(node) = sibling {
            if let Some(other) = node.dyn_ref::<Element>().filter(|_| node != inner) {
                add_id(other, &mut ids);
                add_ids_in(other, &mut ids);
            }
            sibling = node.next_sibling();
        }
        if let Some(parent) = parent.dyn_ref::<Element>() {
            add_id(parent, &mut ids);
        }
        inner = parent;
    }
    ids
}

/// Adds the ids of the elements in `element` to `ids`.
fn add_ids_in(element: &Element, ids: &mut std::collections::HashSet<String>) {
    let Ok(found) = element.query_selector_all("[id]") else {
        return;
    };
    for k in 0..found.length() {
        if let Some(found) = found.item(k).and_then(|n| n.dyn_into().ok()) {
            add_id(&found, ids);
        }
    }
}

/// Adds `element`'s id to `ids`, if it has one.
fn add_id(element: &Element, ids: &mut std::collections::HashSet<String>) {
    let id = element.id();
    if !id.is_empty() {
        ids.insert(id);
    }
}

/// Moves focus to the element with `id` inside `widget` and brings it into
/// view. Returns whether such an element was found.
pub fn focus_in_widget(widget: &Element, id: &str) -> bool {
    let Some(element) = element_in_widget(widget, id) else {
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

/// Where `node` stands among the elements in `container` that match
/// `selector`, in document order.
pub fn index_among(container: &Element, selector: &str, node: &Element) -> Option<usize> {
    let all = container.query_selector_all(selector).ok()?;
    let at = (0..all.length()).find(|&k| all.item(k).is_some_and(|n| n == **node))?;
    usize::try_from(at).ok()
}

/// The value of `attribute` on `element` or its nearest ancestor that has it.
pub fn closest_attribute(element: &Element, attribute: &str) -> Option<String> {
    let selector = format!("[{attribute}]");
    element.closest(&selector).ok()??.get_attribute(attribute)
}

/// The reader's selection as the tree holding `node` sees it: a shadow
/// root's own (`ShadowRoot.getSelection`, where the browser has it; the
/// document's selection is retargeted to the host there), else the page's.
pub fn selection_in_root_of(node: &Node) -> Option<web_sys::Selection> {
    let root = node.get_root_node();
    if root.dyn_ref::<Document>().is_none() {
        let get = js_sys::Reflect::get(&root, &"getSelection".into()).ok()?;
        if let Some(get) = get.dyn_ref::<js_sys::Function>() {
            return get.call0(&root).ok()?.dyn_into().ok();
        }
    }
    web_sys::window()?.get_selection().ok()?
}

/// The HTML flavour of a copy: clones of the selected nodes, then `line` in
/// a `<p>` as a text node, serialised together. The page is only read (its
/// nodes cloned into a detached holder); the line stays text, and nothing is
/// parsed from a string.
pub fn copied_html(selection: &web_sys::Selection, line: &str) -> Option<String> {
    let document = document()?;
    let holder = document.create_element("div").ok()?;
    for i in 0..selection.range_count() {
        let fragment = selection.get_range_at(i).ok()?.clone_contents().ok()?;
        holder.append_child(&fragment).ok()?;
    }
    let paragraph = document.create_element("p").ok()?;
    paragraph.set_text_content(Some(line));
    holder.append_child(&paragraph).ok()?;
    Some(holder.inner_html())
}

/// The address of the page the reader is on, for a copy notice when the
/// article gives none. In a frame (iframe mode) that is the embedding page,
/// as far as the browser discloses it (`document.referrer`: the whole
/// address from the same origin, the origin alone under the default policy
/// otherwise), not the frame's own `embed.html?src=…`; without a referrer
/// (`referrerpolicy="no-referrer"`), the frame's address is all there is.
pub fn page_url() -> Option<String> {
    let window = web_sys::window()?;
    let framed = window
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| JsValue::from(top) != JsValue::from(window.clone()));
    let referrer = window
        .document()
        .map(|document| document.referrer())
        .filter(|referrer| framed && !referrer.is_empty());
    referrer.or_else(|| window.location().href().ok())
}
