//! Panic containment. The release build aborts on panic, which traps the
//! module (a `WebAssembly.RuntimeError`) and leaves its state undefined.
//! Before that, the panic hook shows an error box in the widget the panic
//! belongs to (the one being mounted, or one whose first render it was) and
//! dispatches `ia-error`, as for invalid data, so the failure stays in that
//! widget. It also marks the module stopped: a later `mount` traps at once,
//! without touching the page, so the host (the custom element does) imports
//! a fresh module for it.

use super::dom_events::dispatch_error;
use super::MOUNTED_ATTRIBUTE;
use crate::model::{Problem, Problems};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;
use web_sys::{Element, EventTarget};

thread_local! {
    /// The widgets a panic now would belong to, for the panic hook: the one
    /// being mounted, and those whose first render (which Yew runs in a
    /// microtask after `mount` returns) has not run yet. By instance number,
    /// with their element and event target.
    static UNRENDERED: RefCell<Vec<(u32, Element, EventTarget)>> = const { RefCell::new(Vec::new()) };
    /// Set by the panic hook: the module trapped and its state is undefined.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Whether a panic has stopped this module.
pub(super) fn stopped() -> bool {
    STOPPED.with(Cell::get)
}

/// Widget `instance`, about to be mounted in `element` with its events
/// dispatched on `target`, is what a panic from now until its first render
/// is over belongs to.
pub(super) fn watch_first_render(instance: u32, element: &Element, target: &EventTarget) {
    UNRENDERED.with(|pending| {
        pending
            .borrow_mut()
            .push((instance, element.clone(), target.clone()))
    });
}

/// Widget `instance` has rendered (the root component says so), or will not:
/// a panic from now on is no longer its first render's.
pub(super) fn first_render_done(instance: u32) {
    UNRENDERED.with(|pending| {
        if let Ok(mut pending) = pending.try_borrow_mut() {
            pending.retain(|(number, _, _)| *number != instance);
        }
    });
}

/// The panic hook (see the module's documentation).
fn contain_panic(info: &std::panic::PanicHookInfo<'_>) {
    STOPPED.with(|stopped| stopped.set(true));
    let message = format!("interactive-article: internal error: {info}");
    web_sys::console::error_1(&JsValue::from_str(&message));
    let failed = UNRENDERED.with(|pending| {
        pending
            .try_borrow_mut()
            .map(|mut pending| std::mem::take(&mut *pending))
            .unwrap_or_default()
    });
    for (_, element, target) in failed {
        // A fresh module may mount into the element again.
        let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
        if let Some(document) = element.owner_document() {
            if let Ok(box_) = document.create_element("p") {
                box_.set_class_name("ia-error");
                let _ = box_.set_attribute("role", "alert");
                box_.set_text_content(Some(
                    "The article could not be shown: the widget stopped on an internal error.",
                ));
                element.replace_children_with_node_1(&box_);
            }
        }
        let problem = Problem {
            path: String::new(),
            message: message.clone(),
        };
        dispatch_error(&target, &Problems(vec![problem]));
    }
}

/// Installs [`contain_panic`] once, through Yew: a hook set with
/// `std::panic::set_hook` is replaced by Yew's own (which only logs) as soon
/// as the first app is created, so a panic in a render would go unseen.
pub(super) fn install_panic_hook() {
    thread_local!(static INSTALLED: Cell<bool> = const { Cell::new(false) });
    if !INSTALLED.with(|installed| installed.replace(true)) {
        yew::set_custom_panic_hook(Box::new(contain_panic));
    }
}
