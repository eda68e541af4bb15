//! `mount(element, article, options)`: the script-and-call embed, which the
//! custom element and iframe mode use too.
//!
//! The article may be a JS object, a JSON string, or `undefined` for the
//! default article. Bad data or options still render (the error box) and also
//! throw, so the host learns about it in code and the reader sees why nothing
//! loaded.

use super::app_pool::WidgetApp;
use super::beside_glue;
use super::containment::{first_render_done, install_panic_hook, stopped, watch_first_render};
use super::dom_events::{dispatch_error, dispatch_widget_event};
use super::read_options::read_options;
use super::{error_boxes, waiting, MOUNTED_ATTRIBUTE};
use crate::browser::{self, storage};
use crate::components::WidgetProps;
use crate::first_render::{
    error_box_props, first_render, FirstRender, HostConnection, PRERENDER_ATTRIBUTE,
};
use crate::format;
use crate::model::{validate_parsed, Article, Problems, DEFAULT_ARTICLE_JSON};
use crate::options::MountOptions;
use crate::strings::{self, missing_table};
use crate::ui::Theme;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget};
use yew::Callback;

thread_local! {
    /// Numbers widgets on the page so their element ids never collide.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// A mounted widget. Call `unmount()` to remove it and release its listeners.
#[wasm_bindgen]
pub struct MountHandle {
    /// Shared with the mount's first render while it waits for a file.
    widget: Rc<RefCell<Mounted>>,
}

/// Where a mounted widget stands.
enum Mounted {
    /// Waiting for its language's UI text before the first render (see
    /// `waiting.rs`), with the theme to render in.
    Waiting { element: Element, theme: Theme },
    /// Rendered.
    Live(LiveWidget),
    /// Unmounted: the handle holds nothing of the widget or its element (a
    /// host may keep it, or it may wait for garbage collection).
    Gone,
}

/// What a rendered widget's handle holds.
struct LiveWidget {
    app: WidgetApp,
    instance: u32,
    props: WidgetProps,
    element: Element,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the widget from its element. Calling it again does nothing.
    pub fn unmount(&mut self) {
        match std::mem::replace(&mut *self.widget.borrow_mut(), Mounted::Gone) {
            Mounted::Waiting { element, .. } => {
                waiting::call_off(&element);
                let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
            }
            Mounted::Live(live) => {
                live.app.release();
                let _ = live.element.remove_attribute(MOUNTED_ATTRIBUTE);
            }
            Mounted::Gone => {}
        }
    }

    /// Whether the widget is in its element: not yet while it waits for its
    /// language's text, not once unmounted, nor once a panic has stopped the
    /// module (its error box then shows instead).
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        matches!(*self.widget.borrow(), Mounted::Live(_)) && !stopped()
    }

    /// Changes the colour scheme (`"light"`, `"dark"` or `"auto"`) in place,
    /// keeping the reader's open sections, callout and focus.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        let theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new("interactive-article: theme must be \"light\", \"dark\" or \"auto\"")
        })?;
        match &mut *self.widget.borrow_mut() {
            Mounted::Waiting { theme: waiting, .. } => *waiting = theme,
            Mounted::Live(live) => {
                live.props.theme = theme;
                live.app.update(live.instance, live.props.clone());
            }
            Mounted::Gone => {}
        }
        Ok(())
    }
}

/// Takes down the error box a failed `mount` left in `element` and releases
/// its app. (A widget that mounted is removed with its handle's `unmount`.)
/// Hosts that throw the element away after a failure, like the custom element,
/// call this so nothing waits for the next `mount` to be reclaimed.
#[wasm_bindgen]
pub fn release(element: &Element) {
    waiting::call_off(element);
    if let Some(app) = error_boxes::take(element) {
        app.release();
    }
}

/// Reads an article from what the host passed: `undefined`/`null` for the
/// default, a JSON string, or an object. Text and objects take the native
/// validator's path (`format` says how), so the browser reports the same
/// problems as `interactive-article validate`.
pub fn load(article: JsValue) -> Result<Article, Problems> {
    if article.is_undefined() || article.is_null() {
        format::parse_json_str(DEFAULT_ARTICLE_JSON)
    } else {
        format::parse_js_value(article)
    }
    .map_err(Problems::from)
    .and_then(validate_parsed)
}

/// The first render of `article` in `element`, connected to the host: its
/// events go to `target`, the reader's banner dismissal is read from and
/// written to storage, and its ids get a prefix when the element's document
/// or shadow root already uses them. The host hears why its ids then differ
/// from the article's.
fn article_first_render(
    element: &Element,
    article: Rc<Article>,
    options: &MountOptions,
    target: &EventTarget,
) -> FirstRender {
    let id = article.id.clone();
    let host = HostConnection {
        on_event: {
            let (target, article) = (target.clone(), Rc::clone(&article));
            Callback::from(move |event| dispatch_widget_event(&target, &article, event))
        },
        on_banner_change: Callback::from(move |dismissed| {
            storage::set_banner_dismissed(&id, dismissed);
        }),
        banner_dismissed_before: storage::banner_dismissed(&article.id),
    };
    let first = first_render(Rc::clone(&article), options, host, |id| {
        browser::id_used_outside(element, id)
    });
    let prefix = &first.props.ui.id_prefix;
    if options.id_prefix.is_none() && !prefix.is_empty() {
        let message = format!(
            "interactive-article: ids of article \"{}\" are already used on this page; \
             this widget's ids start with \"{prefix}\" (set the idPrefix option to choose)",
            article.id
        );
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
    first
}

/// Renders an article into `element`, replacing what it held (such as fallback
/// text). `article` is a JS object, a JSON string, or `undefined` for the
/// default article; `options` (optional) sets `theme`, `sections`, `lang`,
/// `headingLevel`, `strings`, `eventTarget` and `idPrefix` (see the README).
///
/// Throws an `Error` listing every problem when the article or the options are
/// invalid (and shows the same list in `element`, and dispatches `ia-error`),
/// or when `element` already holds a widget.
///
/// The widget (or error box) renders at once when the module has the UI
/// text of its language; otherwise once that text has been fetched
/// (`strings/languages.rs`), and until then the element keeps what it holds.
#[wasm_bindgen]
pub fn mount(element: Element, article: JsValue, options: JsValue) -> Result<MountHandle, JsError> {
    if element.has_attribute(MOUNTED_ATTRIBUTE) {
        return Err(JsError::new(
            "interactive-article: this element already holds a widget; call unmount() on its handle first",
        ));
    }
    if stopped() {
        web_sys::console::error_1(&JsValue::from_str(
            "interactive-article: an internal error stopped this module; import it again to mount",
        ));
        // Nothing in a trapped module can be trusted, so nothing runs: trap
        // (a WebAssembly.RuntimeError, as for the first failure) before any
        // state is touched.
        core::arch::wasm32::unreachable();
    }
    install_panic_hook();
    error_boxes::sweep();
    // An earlier mount into this element still waiting for its text: this
    // one replaces it.
    waiting::call_off(&element);
    let instance = NEXT_INSTANCE.with(|n| n.replace(n.get().wrapping_add(1)));
    let (options, option_problems) = match read_options(&options) {
        Ok(options) => (options, Problems::default()),
        Err(problems) => (MountOptions::default(), problems),
    };
    let target: EventTarget = options
        .event_target
        .clone()
        .unwrap_or_else(|| element.clone().into());
    watch_first_render(instance, &element, &target);
    let loaded = load(article);
    #[cfg(feature = "test-trap")]
    force_trap(&loaded);
    let article = match (loaded, option_problems.is_empty()) {
        (Ok(article), true) => article,
        (Ok(_), false) => return Err(refuse(element, instance, option_problems, options, &target)),
        (Err(article_problems), _) => {
            let mut all = option_problems;
            all.0.extend(article_problems.0);
            return Err(refuse(element, instance, all, options, &target));
        }
    };
    let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
    let lang = options.lang.as_deref().unwrap_or(&article.lang);
    let missing = missing_table(Some(lang));
    let widget = Rc::new(RefCell::new(Mounted::Waiting {
        element: element.clone(),
        theme: options.theme,
    }));
    let show = {
        let widget = Rc::clone(&widget);
        move || show_article(&widget, instance, Rc::new(article), options, &target)
    };
    match missing {
        None => show()?,
        Some(tag) => after_table(tag, &element, instance, move || {
            if let Err(error) = show() {
                web_sys::console::error_1(&error.into());
            }
        }),
    }
    Ok(MountHandle { widget })
}

/// Runs `then` once the module has the UI text of language `tag`, fetched
/// beside the glue, unless the wait of widget `instance` in `element` is
/// called off first (see `waiting.rs`). Should the text not arrive, the
/// widget speaks English and the console says why.
fn after_table(tag: &'static str, element: &Element, instance: u32, then: impl FnOnce() + 'static) {
    waiting::wait(element, instance);
    let element = element.clone();
    beside_glue::fetch(format!("strings/{tag}.txt"), move |table| {
        match table {
            Ok(table) => {
                strings::provide(tag, table);
            }
            Err(reason) => web_sys::console::warn_1(&JsValue::from_str(&format!(
                "interactive-article: the widget's text in \"{tag}\" could not be loaded, so it is in English: {reason}"
            ))),
        }
        if waiting::resume(&element, instance) && !stopped() {
            then();
        }
    });
}

/// Renders `article` into the element `widget` waits to render into, and
/// makes the widget live. Markup prerendered from exactly this first render
/// is taken over in place (its nodes reused); any other content is replaced.
/// The server knows nothing of the reader, so a banner they dismissed
/// earlier is dismissed after hydrating the server's full banner.
fn show_article(
    widget: &RefCell<Mounted>,
    instance: u32,
    article: Rc<Article>,
    mut options: MountOptions,
    target: &EventTarget,
) -> Result<(), JsError> {
    let element = match &*widget.borrow() {
        Mounted::Waiting { element, theme } => {
            options.theme = *theme;
            element.clone()
        }
        _ => return Ok(()),
    };
    let first = article_first_render(&element, article, &options, target);
    let stamp = element.get_attribute(PRERENDER_ATTRIBUTE);
    let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
    let error_box = error_boxes::take(&element);
    let hydrate = error_box.is_none() && stamp.is_some_and(|stamp| stamp == first.stamp());
    let (app, props) = if hydrate {
        let props = first.props.clone();
        (WidgetApp::hydrate(&element, instance, first.props), props)
    } else {
        let props = first.fresh();
        let mut app = match error_box.map_or_else(WidgetApp::take, Ok) {
            Ok(app) => app,
            Err(error) => {
                first_render_done(instance);
                let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
                *widget.borrow_mut() = Mounted::Gone;
                return Err(error);
            }
        };
        app.show(&element, instance, props.clone());
        (app, props)
    };
    *widget.borrow_mut() = Mounted::Live(LiveWidget {
        app,
        instance,
        props,
        element,
    });
    Ok(())
}

/// Refuses an article or options with `problems`: logs them, dispatches
/// `ia-error`, and shows them in an error box in `element` (in the host's
/// language, once the module has its text), which stays there, the element
/// left free for another mount. Returns the error `mount` throws.
fn refuse(
    element: Element,
    instance: u32,
    problems: Problems,
    options: MountOptions,
    target: &EventTarget,
) -> JsError {
    let message = format!("interactive-article: the article could not be shown:\n{problems}");
    let missing = missing_table(options.lang.as_deref());
    let host = element.clone();
    let show = {
        let problems = problems.clone();
        move || show_error_box(element, instance, problems, &options)
    };
    match missing {
        None => {
            if let Err(error) = show() {
                return error;
            }
        }
        Some(tag) => after_table(tag, &host, instance, move || {
            if let Err(error) = show() {
                web_sys::console::error_1(&error.into());
            }
        }),
    }
    web_sys::console::error_1(&JsValue::from_str(&message));
    dispatch_error(target, &problems);
    JsError::new(&message)
}

/// Shows `problems` in an error box in `element`, reusing the app of the
/// box an earlier mount left there.
fn show_error_box(
    element: Element,
    instance: u32,
    problems: Problems,
    options: &MountOptions,
) -> Result<(), JsError> {
    // Markup prerendered there is replaced: its stamp must not lead a
    // later mount to hydrate what is no longer there.
    let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
    let mut app = match error_boxes::take(&element).map_or_else(WidgetApp::take, Ok) {
        Ok(app) => app,
        Err(error) => {
            first_render_done(instance);
            return Err(error);
        }
    };
    app.show(&element, instance, error_box_props(problems, options));
    error_boxes::keep(element, app);
    Ok(())
}

/// Test builds only (`--features test-trap`): an article whose id is
/// `forced-trap` panics while it is mounted, as a bug in parsing or
/// validation would, so the end-to-end tests can check that the failure stays
/// in its own widget. The shipped build has neither this code nor the id.
#[cfg(feature = "test-trap")]
#[allow(clippy::panic)] // reason: a deliberate panic is the point of this test hook
fn force_trap(loaded: &Result<Article, Problems>) {
    if loaded
        .as_ref()
        .is_ok_and(|article| &*article.id == "forced-trap")
    {
        panic!("forced-trap: the test build's deliberate panic");
    }
}
