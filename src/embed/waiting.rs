//! Mounts that wait before their first render, by element: for a file (a
//! language's UI text, the default article) or for a task of their own. A
//! later `mount` into the same element, `release`, or the handle's
//! `unmount` calls off the wait, so a file that arrives late never renders
//! over what the element shows by then.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::Element;

thread_local! {
    /// Each waiting mount's element and instance number.
    static WAITING: RefCell<Vec<(Element, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Widget `instance` waits to render into `element`.
pub(super) fn wait(element: &Element, instance: u32) {
    WAITING.with(|waiting| waiting.borrow_mut().push((element.clone(), instance)));
}

/// Calls off whatever waits to render into `element`: it will not render.
pub(super) fn call_off(element: &Element) {
    WAITING.with(|waiting| waiting.borrow_mut().retain(|(host, _)| host != element));
}

/// Whether widget `instance` still waits to render into `element` (its wait
/// is then over).
pub(super) fn resume(element: &Element, instance: u32) -> bool {
    WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let index = waiting
            .iter()
            .position(|(host, number)| host == element && *number == instance);
        index.map(|index| waiting.swap_remove(index)).is_some()
    })
}

/// Runs `then` in a task of its own (a `setTimeout` of 0, which every
/// browser has), unless the wait of widget `instance` in `element` is
/// called off first (see above).
pub(super) fn after_a_task(element: &Element, instance: u32, then: impl FnOnce() + 'static) {
    // One closure type for every caller: each type has its own shim in the
    // wasm.
    let then: Box<dyn FnOnce()> = Box::new(then);
    wait(element, instance);
    let element = element.clone();
    let callback = Closure::once_into_js(move || {
        if resume(&element, instance) {
            then();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}
