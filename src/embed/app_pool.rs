//! The Yew apps that show widgets, and the pool that reuses them.

use crate::components::{WidgetProps, WidgetRoot, WidgetRootProps};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsError};
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, Renderer};

/// A Yew app and the element it renders into.
///
/// Apps are reused. Yew 0.23 attaches its delegated event listeners to an
/// app's root element and never removes them (`HostHandlers::add_listener`
/// forgets the closures, which hold the root), so every app ever created
/// stays in memory with its root, destroyed or not: about 0.7 KB a mount.
/// Instead an unmounted app renders nothing and waits in [`IDLE_APPS`] for
/// the next mount, whose element receives the app's `<div>`. Memory is then
/// bounded by the most widgets mounted at once, not by how many came and went.
///
/// The exception is an app that hydrates prerendered markup: Yew hydrates in
/// the element that holds that markup, so its root is the host's element,
/// which cannot move to another mount. It is destroyed on release, leaving
/// one app's listeners once per prerendered widget.
pub(super) struct WidgetApp {
    /// The app's root: a pooled app's own `display: contents` box, so the
    /// host element's layout sees the widget's own boxes; or, for a hydrated
    /// app, the host's element.
    pub(super) container: Element,
    app: AppHandle<WidgetRoot>,
    /// Whether the app goes back to the pool when released (see above).
    pooled: bool,
}

thread_local! {
    /// Apps waiting for their next mount (see [`WidgetApp`]).
    static IDLE_APPS: RefCell<Vec<WidgetApp>> = const { RefCell::new(Vec::new()) };
}

/// The root's props for showing `widget`, or nothing.
fn root_props(widget: Option<(u32, WidgetProps)>) -> WidgetRootProps {
    WidgetRootProps { widget }
}

impl WidgetApp {
    /// An idle app from the pool, or a new one.
    pub(super) fn take() -> Result<WidgetApp, JsError> {
        if let Some(app) = IDLE_APPS.with(|idle| idle.borrow_mut().pop()) {
            return Ok(app);
        }
        let container: HtmlElement = web_sys::window()
            .and_then(|window| window.document())
            .ok_or_else(|| JsError::new("interactive-article: no document to render into"))?
            .create_element("div")
            .map_err(|_| JsError::new("interactive-article: cannot create an element"))?
            .unchecked_into();
        // Set through the CSSOM, which a `style-src 'self'` policy allows
        // (a style attribute it would block).
        let _ = container.style().set_property("display", "contents");
        let container: Element = container.into();
        let app = Renderer::<WidgetRoot>::with_root(container.clone()).render();
        Ok(WidgetApp {
            container,
            app,
            pooled: true,
        })
    }

    /// A new app that takes over the markup prerendered in `element` from
    /// exactly `widget` (same stamp), reusing its nodes.
    pub(super) fn hydrate(element: &Element, instance: u32, widget: WidgetProps) -> WidgetApp {
        let props = root_props(Some((instance, widget)));
        let app = Renderer::<WidgetRoot>::with_root_and_props(element.clone(), props).hydrate();
        WidgetApp {
            container: element.clone(),
            app,
            pooled: false,
        }
    }

    /// Shows `widget` in `element`, replacing what the element held.
    pub(super) fn show(&mut self, element: &Element, instance: u32, widget: WidgetProps) {
        element.replace_children_with_node_1(&self.container);
        self.app.update(root_props(Some((instance, widget))));
    }

    /// Renders the widget it shows again, with `widget`'s props (a new
    /// theme), keeping the reader's state.
    pub(super) fn update(&mut self, instance: u32, widget: WidgetProps) {
        self.app.update(root_props(Some((instance, widget))));
    }

    /// Empties the app, takes its box out of the page and puts it back in
    /// the pool; a hydrated app is destroyed instead, leaving the host's
    /// element empty. The widget's effects (listeners on `window`) end with it.
    pub(super) fn release(mut self) {
        if !self.pooled {
            self.app.destroy();
            return;
        }
        self.app.update(root_props(None));
        self.container.remove();
        IDLE_APPS.with(|idle| idle.borrow_mut().push(self));
    }
}
