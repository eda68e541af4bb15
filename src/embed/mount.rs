//! `mount(element, article)`: the script-and-call embed.
//!
//! The article may be a JS object, a JSON string, or `undefined` for the
//! default article. Bad data still renders (the error box) and also throws, so
//! the host learns about it in code and the reader sees why nothing loaded.

use crate::browser::storage;
use crate::components::{Shared, Ui, Widget, WidgetContent, WidgetProps};
use crate::format;
use crate::model::{validate_article, Article, Problems, DEFAULT_ARTICLE_JSON};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback, Renderer};

/// Marks an element that holds a live widget, so a second `mount` on it fails
/// clearly instead of two apps fighting over the same DOM.
const MOUNTED_ATTRIBUTE: &str = "data-ia-mounted";

thread_local! {
    /// Numbers widgets on the page so their element ids never collide.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
    /// Error boxes still on the page. The host got an exception, not a handle,
    /// so the next `mount` into the same element reuses that app: a second app
    /// in one element would race the first one's pending render.
    static ERROR_BOXES: RefCell<Vec<(Element, AppHandle<Widget>)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the app showing an error box in `element`, if there is one.
fn take_error_box(element: &Element) -> Option<AppHandle<Widget>> {
    ERROR_BOXES.with(|boxes| {
        let mut boxes = boxes.borrow_mut();
        let index = boxes.iter().position(|(host, _)| host == element)?;
        Some(boxes.swap_remove(index).1)
    })
}

/// A mounted widget. Call `unmount()` to remove it and release its listeners.
#[wasm_bindgen]
pub struct MountHandle {
    app: Option<AppHandle<Widget>>,
    element: Element,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the widget from its element. Calling it again does nothing.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            let _ = self.element.remove_attribute(MOUNTED_ATTRIBUTE);
        }
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.app.is_some()
    }
}

/// Reads an article from what the host passed: `undefined`/`null` for the
/// default, a JSON string, or an object.
pub fn load(article: JsValue) -> Result<Article, Problems> {
    let doc = if article.is_undefined() || article.is_null() {
        format::parse_json_str(DEFAULT_ARTICLE_JSON)
    } else if let Some(text) = article.as_string() {
        format::parse_json_str(&text)
    } else {
        format::parse_js_value(article)
    }
    .map_err(Problems::from)?;
    validate_article(&doc)
}

/// Renders an article into `element`, replacing what it held (such as fallback
/// text). `article` is a JS object, a JSON string, or `undefined` for the
/// default article.
///
/// Throws an `Error` listing every problem when the article is invalid (and
/// shows the same list in `element`), or when `element` already holds a widget.
#[wasm_bindgen]
pub fn mount(element: Element, article: JsValue) -> Result<MountHandle, JsError> {
    if element.has_attribute(MOUNTED_ATTRIBUTE) {
        return Err(JsError::new(
            "interactive-article: this element already holds a widget; call unmount() on its handle first",
        ));
    }
    let instance = NEXT_INSTANCE.with(|n| n.replace(n.get().wrapping_add(1)));
    let ui = Rc::new(Ui {
        id_prefix: format!("ia{instance}").into(),
        ..Ui::default()
    });
    let loaded = load(article);
    let (content, banner_dismissed, on_banner_change, problems) = match loaded {
        Ok(article) => {
            let id = article.id.clone();
            let dismissed = storage::banner_dismissed(&id);
            let remember = Callback::from(move |dismissed| {
                storage::set_banner_dismissed(&id, dismissed);
            });
            let content = WidgetContent::Article(Shared::from(article));
            (content, dismissed, remember, None)
        }
        Err(problems) => {
            let message =
                format!("interactive-article: the article could not be shown:\n{problems}");
            web_sys::console::error_1(&JsValue::from_str(&message));
            let content = WidgetContent::Problems(Shared::from(problems));
            (content, false, Callback::noop(), Some(message))
        }
    };
    let props = WidgetProps {
        content,
        ui,
        banner_dismissed,
        on_banner_change,
    };
    let app = match take_error_box(&element) {
        Some(mut app) => {
            app.update(props);
            app
        }
        None => Renderer::<Widget>::with_root_and_props(element.clone(), props).render(),
    };
    match problems {
        // The error box stays in the element, which is left free for another mount.
        Some(message) => {
            ERROR_BOXES.with(|boxes| boxes.borrow_mut().push((element, app)));
            Err(JsError::new(&message))
        }
        None => {
            let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
            Ok(MountHandle {
                app: Some(app),
                element,
            })
        }
    }
}
