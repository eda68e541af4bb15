//! The error boxes failed mounts leave on the page. The host got an
//! exception, not a handle: a box's app goes back to the pool on
//! `release(element)`, on the next `mount` into the same element (which
//! reuses it), or, if the host does neither, at the next `mount` anywhere
//! once the element has left the page or no longer holds the box.

use super::app_pool::WidgetApp;
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// Each element showing an error box, and the app that shows it.
    static ERROR_BOXES: RefCell<Vec<(Element, WidgetApp)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `app`, which shows an error box in `element`, until it is released.
pub(super) fn keep(element: Element, app: WidgetApp) {
    ERROR_BOXES.with(|boxes| boxes.borrow_mut().push((element, app)));
}

/// Takes the app showing an error box in `element`, if there is one.
pub(super) fn take(element: &Element) -> Option<WidgetApp> {
    ERROR_BOXES.with(|boxes| {
        let mut boxes = boxes.borrow_mut();
        let index = boxes.iter().position(|(host, _)| host == element)?;
        Some(boxes.swap_remove(index).1)
    })
}

/// Returns to the pool the error boxes whose element has left the page or
/// whose box the host has replaced.
pub(super) fn sweep() {
    let abandoned: Vec<WidgetApp> = ERROR_BOXES.with(|boxes| {
        let mut boxes = boxes.borrow_mut();
        let (gone, kept) = std::mem::take(&mut *boxes)
            .into_iter()
            .partition(|(element, app)| {
                !element.is_connected() || app.container.parent_element().as_ref() != Some(element)
            });
        *boxes = kept;
        gone.into_iter().map(|(_, app)| app).collect()
    });
    abandoned.into_iter().for_each(WidgetApp::release);
}
