//! `mount(element, article, options)`: the script-and-call embed, which the
//! custom element and iframe mode use too.
//!
//! The article may be a JS object, a JSON string, or `undefined` for the
//! default article. Bad data or options still render (the error box) and also
//! throw, so the host learns about it in code and the reader sees why nothing
//! loaded.

use super::dom_events::{dispatch_error, dispatch_widget_event};
use super::options::{read_options, MountOptions};
use super::props::{article_ui, render_stamp, strings_for, PRERENDER_ATTRIBUTE};
use crate::browser::{self, storage};
use crate::components::{choose_id_prefix, Shared, Theme, Ui, Widget, WidgetContent, WidgetProps};
use crate::format;
use crate::model::{validate_parsed, Article, Problems, DEFAULT_ARTICLE_JSON};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget};
use yew::{AppHandle, Callback, Renderer};

/// Marks an element that holds a live widget, so a second `mount` on it fails
/// clearly instead of two apps fighting over the same DOM.
const MOUNTED_ATTRIBUTE: &str = "data-ia-mounted";

thread_local! {
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
    props: WidgetProps,
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

    /// Changes the colour scheme (`"light"`, `"dark"` or `"auto"`) in place,
    /// keeping the reader's open sections, callout and focus.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        let theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new("interactive-article: theme must be \"light\", \"dark\" or \"auto\"")
        })?;
        if let Some(app) = self.app.as_mut() {
            self.props.theme = theme;
            app.update(self.props.clone());
        }
        Ok(())
    }
}

/// Takes down the error box a failed `mount` left in `element`, releasing its
/// app. (A widget that mounted is removed with its handle's `unmount`.) Hosts
/// that throw the element away after a failure, like the custom element, call
/// this so nothing is left behind.
#[wasm_bindgen]
pub fn release(element: &Element) {
    if let Some(app) = take_error_box(element) {
        app.destroy();
    }
}

/// Reads an article from what the host passed: `undefined`/`null` for the
/// default, a JSON string, or an object. Text and objects take the native
/// validator's path (`format` says how), so the browser reports the same
/// problems as `cargo run --example validate`.
pub fn load(article: JsValue) -> Result<Article, Problems> {
    if article.is_undefined() || article.is_null() {
        format::parse_json_str(DEFAULT_ARTICLE_JSON)
    } else {
        format::parse_js_value(article)
    }
    .map_err(Problems::from)
    .and_then(validate_parsed)
}

/// The id prefix of a widget about to render `article` into `element`: the
/// host's, else the one [`choose_id_prefix`] picks so that no id the widget
/// renders is already used in the element's document or shadow root. When
/// that is not none, the host hears why its ids differ from the article's.
fn id_prefix_for(
    element: &Element,
    ui: &Ui,
    article: &Article,
    explicit: Option<&str>,
) -> yew::AttrValue {
    let prefix = choose_id_prefix(ui, article, explicit, |id| {
        browser::id_used_outside(element, id)
    });
    if explicit.is_none() && !prefix.is_empty() {
        let message = format!(
            "interactive-article: ids of article \"{}\" are already used on this page; \
             this widget's ids start with \"{prefix}\" (set the idPrefix option to choose)",
            article.id
        );
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
    prefix
}

/// Renders an article into `element`, replacing what it held (such as fallback
/// text). `article` is a JS object, a JSON string, or `undefined` for the
/// default article; `options` (optional) sets `theme`, `sections`, `lang`,
/// `headingLevel`, `strings`, `eventTarget` and `idPrefix` (see the README).
///
/// Throws an `Error` listing every problem when the article or the options are
/// invalid (and shows the same list in `element`, and dispatches `ia-error`),
/// or when `element` already holds a widget.
#[wasm_bindgen]
pub fn mount(element: Element, article: JsValue, options: JsValue) -> Result<MountHandle, JsError> {
    if element.has_attribute(MOUNTED_ATTRIBUTE) {
        return Err(JsError::new(
            "interactive-article: this element already holds a widget; call unmount() on its handle first",
        ));
    }
    let (options, option_problems) = match read_options(&options) {
        Ok(options) => (options, Problems::default()),
        Err(problems) => (MountOptions::default(), problems),
    };
    let target: EventTarget = options
        .event_target
        .clone()
        .unwrap_or_else(|| element.clone().into());
    let loaded = load(article);
    let problems = match (&loaded, option_problems.is_empty()) {
        (Ok(_), true) => None,
        (Ok(_), false) => Some(option_problems),
        (Err(article_problems), _) => {
            let mut all = option_problems;
            all.0.extend(article_problems.0.iter().cloned());
            Some(all)
        }
    };
    let article = loaded.ok().filter(|_| problems.is_none());
    let strings = strings_for(&options, article.as_ref().map(|a| &*a.lang));
    let heading_level = options.heading_level.max(1);

    let props = match (article, &problems) {
        (Some(article), _) => {
            let article = Rc::new(article);
            let id = article.id.clone();
            let remember = Callback::from(move |dismissed| {
                storage::set_banner_dismissed(&id, dismissed);
            });
            let on_event = {
                let (target, article) = (target.clone(), Rc::clone(&article));
                Callback::from(move |event| dispatch_widget_event(&target, &article, event))
            };
            let ui = Ui {
                on_event,
                ..article_ui(&article, &options)
            };
            let id_prefix = id_prefix_for(&element, &ui, &article, options.id_prefix.as_deref());
            WidgetProps {
                banner_dismissed: storage::banner_dismissed(&article.id),
                recall_banner_dismissal: false,
                content: WidgetContent::Article(Shared(article)),
                ui: Rc::new(Ui { id_prefix, ..ui }),
                theme: options.theme,
                sections: options.sections,
                on_banner_change: remember,
            }
        }
        (None, problems) => WidgetProps {
            content: WidgetContent::Problems(Shared::from(problems.clone().unwrap_or_default())),
            ui: Rc::new(Ui {
                strings,
                heading_level,
                ..Ui::default()
            }),
            theme: options.theme,
            sections: options.sections,
            banner_dismissed: false,
            recall_banner_dismissal: false,
            on_banner_change: Callback::noop(),
        },
    };
    let (app, props) = match take_error_box(&element) {
        Some(mut app) => {
            app.update(props.clone());
            (app, props)
        }
        None => {
            // Markup prerendered from exactly these props is taken over in
            // place (its nodes reused); any other content is replaced. The
            // server knows nothing of the reader, so a banner they dismissed
            // earlier is dismissed after hydrating the server's full banner.
            let hydrated = WidgetProps {
                banner_dismissed: false,
                recall_banner_dismissal: props.banner_dismissed,
                ..props.clone()
            };
            let stamp = element.get_attribute(PRERENDER_ATTRIBUTE);
            let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
            if stamp.is_some() && stamp == render_stamp(&hydrated) {
                let renderer =
                    Renderer::<Widget>::with_root_and_props(element.clone(), hydrated.clone());
                (renderer.hydrate(), hydrated)
            } else {
                let renderer =
                    Renderer::<Widget>::with_root_and_props(element.clone(), props.clone());
                (renderer.render(), props)
            }
        }
    };
    match problems {
        // The error box stays in the element, which is left free for another mount.
        Some(problems) => {
            let message =
                format!("interactive-article: the article could not be shown:\n{problems}");
            web_sys::console::error_1(&JsValue::from_str(&message));
            dispatch_error(&target, &problems);
            ERROR_BOXES.with(|boxes| boxes.borrow_mut().push((element, app)));
            Err(JsError::new(&message))
        }
        None => {
            let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
            Ok(MountHandle {
                app: Some(app),
                props,
                element,
            })
        }
    }
}
