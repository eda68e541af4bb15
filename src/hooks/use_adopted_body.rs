//! A section body taken over from the server's markup without rendering it
//! (`ui/adopted.rs`): the server's nodes stay in the panel until the section
//! comes near the viewport (within one screen), or until one of its claims
//! is opened, and only then does the widget render the body (and drop the
//! server's nodes, moving focus to the same place in the new ones).
//! Until then the body's claims still open on a click, Enter or Space.

use crate::ui::{use_ui, AdoptedBody, ArticleRef};
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, HtmlElement, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit, KeyboardEvent, Node,
};
use yew::{hook, use_effect_with, use_mut_ref, use_state_eq, Callback, UseStateSetter};

/// What can hold focus in a body: the claims' words (`ClaimMark`).
const FOCUSABLE: &str = "[tabindex]";
/// A claim's words in a body (`ClaimMark`).
const CLAIM_WORDS: &str = ".ia-claim__words";

/// Whether section `index`'s body is to be rendered: always, but for a body
/// taken over from the server that has not yet come near the viewport and
/// holds no open claim (`open_claim`). Until then, activating a claim's
/// words in the server's nodes tells `on_open_claim`.
#[hook]
pub fn use_adopted_body(
    article: &ArticleRef,
    index: usize,
    open_claim: Option<usize>,
    on_open_claim: &Callback<usize>,
) -> bool {
    let ui = use_ui();
    // Taken at the first render only; from then on the body is the widget's.
    let adoption = use_mut_ref(|| Adoption {
        body: ui.adopted.take(index),
        ..Adoption::default()
    });
    let near = use_state_eq(|| false);
    let live = adoption.borrow().body.is_none() || *near || open_claim.is_some();
    let (article, setter, on_open_claim) = (article.clone(), near.setter(), on_open_claim.clone());
    use_effect_with(live, move |&live| {
        let watch = adoption
            .borrow_mut()
            .settle(live, &article, index, setter, on_open_claim);
        move || drop(watch)
    });
    live
}

/// Where a body taken over from the server stands.
#[derive(Default)]
struct Adoption {
    /// The server's body, until the widget renders its own.
    body: Option<AdoptedBody>,
    /// The server's nodes, once they are back in the panel.
    nodes: Option<js_sys::Array>,
    /// Which focusable node of the server's the reader is on, by its index.
    focused: Rc<Cell<Option<u32>>>,
}

impl Adoption {
    /// After a render: drops the server's nodes once the body is `live`,
    /// else puts them back in the panel (the first time) and watches them.
    fn settle(
        &mut self,
        live: bool,
        article: &ArticleRef,
        index: usize,
        near: UseStateSetter<bool>,
        on_open_claim: Callback<usize>,
    ) -> Option<Watch> {
        let body = self.body.as_ref()?;
        if live {
            retire(&body.panel, self.nodes.take(), self.focused.take());
            self.body = None;
            return None;
        }
        // Back in the panel before anything is painted: hydration and its
        // effects run in one task.
        self.nodes = Some(js_sys::Array::from(&body.content.child_nodes()));
        let _ = body.panel.append_with_node_1(&body.content);
        // The claim of each of the section's marks, in document order.
        let claims = article.sections.get(index).map(|s| {
            s.paragraphs
                .iter()
                .flat_map(|p| p.marks.iter().map(|m| m.claim))
                .collect()
        });
        let focused = Rc::clone(&self.focused);
        let claims = claims.unwrap_or_default();
        Some(Watch::new(
            &body.panel,
            near,
            focused,
            claims,
            on_open_claim,
        ))
    }
}

/// Takes the server's nodes out of `panel`, once the widget has rendered the
/// body after them, and puts focus back where it was in them.
fn retire(panel: &Element, nodes: Option<js_sys::Array>, focused: Option<u32>) {
    for node in nodes.iter().flat_map(js_sys::Array::iter) {
        if let Ok(node) = node.dyn_into::<Node>() {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let again = focused.and_then(|k| panel.query_selector_all(FOCUSABLE).ok()?.item(k));
    if let Some(element) = again.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// What watches a body while it is the server's: an observer for when it
/// comes near the viewport, and the claims' clicks and keys. Dropping it
/// stops both.
struct Watch {
    observer: Option<IntersectionObserver>,
    _near: Closure<dyn FnMut(js_sys::Array)>,
    _listeners: [EventListener; 4],
}

impl Watch {
    fn new(
        panel: &Element,
        near: UseStateSetter<bool>,
        focused: Rc<Cell<Option<u32>>>,
        claims: Vec<usize>,
        on_open_claim: Callback<usize>,
    ) -> Watch {
        let near = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let intersecting = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if intersecting {
                near.set(true);
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin("100%");
        let observer =
            IntersectionObserver::new_with_options(near.as_ref().unchecked_ref(), &init).ok();
        if let Some(observer) = &observer {
            observer.observe(panel);
        }
        // The index among `selector`'s matches in the panel of the node the
        // event came from, or of its nearest ancestor that matches.
        let panel_ = panel.clone();
        let index_of = move |event: &Event, selector: &str| -> Option<u32> {
            let target = event.target()?.dyn_into::<Element>().ok()?;
            let node = target.closest(selector).ok()??;
            let all = panel_.query_selector_all(selector).ok()?;
            (0..all.length()).find(|&k| all.item(k).is_some_and(|n| n == *node))
        };
        // One handler for the four events, so the wasm holds one listener.
        let handle: Rc<dyn Fn(&Event)> = Rc::new(move |event: &Event| {
            let key = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key);
            match (event.type_().as_str(), key.as_deref()) {
                ("focusin", _) => focused.set(index_of(event, FOCUSABLE)),
                ("focusout", _) => focused.set(None),
                ("click", _) | ("keydown", Some("Enter" | " " | "Spacebar")) => {
                    let claim = index_of(event, CLAIM_WORDS)
                        .and_then(|k| claims.get(usize::try_from(k).ok()?).copied());
                    if let Some(claim) = claim {
                        // Space would otherwise scroll the page.
                        event.prevent_default();
                        on_open_claim.emit(claim);
                    }
                }
                _ => {}
            }
        });
        let listeners = ["click", "keydown", "focusin", "focusout"].map(|type_| {
            let handle = Rc::clone(&handle);
            EventListener::new_with_options(
                panel,
                type_,
                EventListenerOptions::enable_prevent_default(),
                move |event| handle(event),
            )
        });
        Watch {
            observer,
            _near: near,
            _listeners: listeners,
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
