//! `mount(element, article, options)`: the script-and-call embed, which the
//! custom element and iframe mode use too.
//!
//! The article may be a JS object, a JSON string, or `undefined` for the
//! default article (fetched beside the glue the first time). Bad data or
//! options still render (the error box) and also throw, so the host learns
//! about it in code and the reader sees why nothing loaded.

use super::app_pool::WidgetApp;
use super::beside_glue;
use super::read_options::read_options;
use super::show::{refuse, show_when_ready};
use super::{error_boxes, waiting, MOUNTED_ATTRIBUTE};
use crate::browser::TASK_MS;
use crate::components::WidgetProps;
use crate::first_render::PRERENDER_ATTRIBUTE;
use crate::format;
use crate::format::ArticleDoc;
use crate::model::{
    validate_parsed, validation_of, Article, Problems, Validation, DEFAULT_ARTICLE_FILE,
};
use crate::options::MountOptions;
use crate::ui::Theme;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget};

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
pub(super) enum Mounted {
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
pub(super) struct LiveWidget {
    pub(super) app: WidgetApp,
    pub(super) instance: u32,
    pub(super) props: WidgetProps,
    pub(super) element: Element,
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
    /// language's text, nor once unmounted. (Nor once a trap has stopped the
    /// module: the glue's containment says so, `embed/containment.js`.)
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        matches!(*self.widget.borrow(), Mounted::Live(_))
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

/// Reads an article from what the host passed: a JSON string or an object
/// (`undefined` or `null`, the default article, is `mount`'s to fetch).
/// Text and objects take the native validator's path (`format` says how),
/// so the browser reports the same problems as `interactive-article
/// validate`.
pub fn load(article: JsValue) -> Result<Article, Problems> {
    format::parse_js_value(article)
        .map_err(Problems::from)
        .and_then(validate_parsed)
}

/// Reads the default article's text.
fn load_default(text: &str) -> Result<Article, Problems> {
    format::parse_json_str(text)
        .map_err(Problems::from)
        .and_then(validate_parsed)
}

thread_local! {
    /// The default article's text, once fetched: read once per module.
    static DEFAULT_ARTICLE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Renders an article into `element`, replacing what it held (such as fallback
/// text). `article` is a JS object, a JSON string, or `undefined` for the
/// default article; `options` (optional) sets `theme`, `sections`, `lang`,
/// `headingLevel`, `strings`, `eventTarget` and `idPrefix` (see the README).
///
/// Throws an `Error` listing every problem when the article or the options are
/// invalid (and shows the same list in `element`, and dispatches `ia-error`),
/// or when `element` already holds a widget. Into markup prerendered for
/// the widget, the article is read after `mount` returns (`mount_prerendered`
/// says why), so a problem in it is shown and dispatched but not thrown.
///
/// The widget (or error box) renders at once when the module has the UI
/// text of its language; otherwise once that text has been fetched
/// (`strings/languages.rs`), and until then the element keeps what it holds.
/// Markup prerendered for the widget is taken over in tasks after `mount`,
/// so `mounted` is false until then.
#[wasm_bindgen]
pub fn mount(element: Element, article: JsValue, options: JsValue) -> Result<MountHandle, JsError> {
    if element.has_attribute(MOUNTED_ATTRIBUTE) {
        return Err(JsError::new(
            "interactive-article: this element already holds a widget; call unmount() on its handle first",
        ));
    }
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
    let loaded = if article.is_undefined() || article.is_null() {
        match DEFAULT_ARTICLE.with(Cell::get) {
            Some(text) => load_default(text),
            None if option_problems.is_empty() => {
                return Ok(mount_default(element, instance, options, target));
            }
            None => return Err(refuse(element, instance, option_problems, options, &target)),
        }
    } else if option_problems.is_empty() && element.has_attribute(PRERENDER_ATTRIBUTE) {
        match format::js_value_json(article) {
            Ok(json) => return Ok(mount_prerendered(element, instance, json, options, target)),
            Err(problems) => Err(Problems::from(problems)),
        }
    } else {
        load(article)
    };
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
    let widget = waiting_widget(&element, &options);
    show_when_ready(&widget, instance, article, options, target)?;
    Ok(MountHandle { widget })
}

/// The handle's state of a widget about to render into `element`, which it
/// now holds.
fn waiting_widget(element: &Element, options: &MountOptions) -> Rc<RefCell<Mounted>> {
    let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
    Rc::new(RefCell::new(Mounted::Waiting {
        element: element.clone(),
        theme: options.theme,
    }))
}

/// Mounts the default article, which the module fetches beside the glue
/// the first time (`articles/…` there, as in the repository): the widget
/// renders once it has arrived. Should it not arrive, the element shows
/// why, as for an article that could not be read, and `ia-error` says so;
/// `mount` has returned by then, so it cannot throw.
fn mount_default(
    element: Element,
    instance: u32,
    options: MountOptions,
    target: EventTarget,
) -> MountHandle {
    let widget = waiting_widget(&element, &options);
    waiting::wait(&element, instance);
    let mounted = Rc::clone(&widget);
    beside_glue::fetch(DEFAULT_ARTICLE_FILE.into(), move |text| {
        if let Ok(text) = text {
            DEFAULT_ARTICLE.with(|default| default.set(Some(text)));
        }
        if !waiting::resume(&element, instance) {
            return;
        }
        let loaded = text
            .map_err(|reason| {
                let mut problems = Problems::default();
                problems.push(
                    "",
                    format!("the default article could not be loaded: {reason}"),
                );
                problems
            })
            .and_then(load_default);
        show_or_refuse(&mounted, element, instance, loaded, options, target);
    });
    MountHandle { widget }
}

/// Mounts an article into markup prerendered for it (`render`, `render
/// --mount`). The reader can read that markup already, and the loader
/// records what they do to it, so nothing is lost by taking it over in
/// tasks of their own, which the browser can paint and handle input
/// between: copying the article's text, reading it, validating it (a few
/// sections or claims at a time), then hydrating (`show.rs`). In one task,
/// all of it blocked the page for a fifth of a second at 2,000 sections,
/// however little of the article the reader looked at (BENCHMARKS.md). The
/// text was taken when `mount` was called (a JS string does not change), so
/// a host that changes its object afterwards changes nothing. Should the
/// article be refused, the element shows why and `ia-error` says so, as for
/// the default article; `mount` has returned by then, so it cannot throw.
fn mount_prerendered(
    element: Element,
    instance: u32,
    (json, input): (js_sys::JsString, format::Input),
    options: MountOptions,
    target: EventTarget,
) -> MountHandle {
    let widget = waiting_widget(&element, &options);
    let reading = Reading {
        widget: Rc::clone(&widget),
        element,
        instance,
        options,
        target,
    };
    copy_in_tasks(reading, format::TextCopy::new(json), input);
    MountHandle { widget }
}

/// A prerendered widget whose article is being read, in tasks of its own.
struct Reading {
    widget: Rc<RefCell<Mounted>>,
    element: Element,
    instance: u32,
    options: MountOptions,
    target: EventTarget,
}

impl Reading {
    /// Runs `then` in a task of its own, unless the wait is called off.
    fn after_a_task(self, then: impl FnOnce(Self) + 'static) {
        let host = self.element.clone();
        let instance = self.instance;
        waiting::after_a_task(&host, instance, move || then(self));
    }

    fn show_or_refuse(self, loaded: Result<Article, Problems>) {
        let Reading {
            widget,
            element,
            instance,
            options,
            target,
        } = self;
        show_or_refuse(&widget, element, instance, loaded, options, target);
    }
}

/// Takes `step` in tasks of their own, each as many steps as fit in
/// [`TASK_MS`] (copying, reading or validating), until it gives its outcome; then `then`, with it.
fn in_tasks<T: 'static>(
    reading: Reading,
    mut step: impl FnMut() -> Option<T> + 'static,
    then: impl FnOnce(Reading, T) + 'static,
) {
    reading.after_a_task(move |reading| {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < TASK_MS {
            if let Some(outcome) = step() {
                return then(reading, outcome);
            }
        }
        in_tasks(reading, step, then);
    });
}

/// Copies the article's text into the module a slice a step (a 7.6 MB
/// article took 50 ms in one task), then reads it.
fn copy_in_tasks(reading: Reading, mut copy: format::TextCopy, input: format::Input) {
    in_tasks(
        reading,
        move || copy.step(),
        move |reading, copied| match copied {
            Ok(text) => read_in_tasks(reading, text, input),
            Err(problems) => reading.show_or_refuse(Err(Problems::from(problems))),
        },
    );
}

/// Reads the copied text a member, section or claim a step (7.6 MB took up
/// to 60 ms in one task), then validates what it read. The text goes once
/// read: megabytes for a long article, which the document holds anyway.
fn read_in_tasks(reading: Reading, text: String, input: format::Input) {
    let mut steps = format::ParseSteps::new(input);
    in_tasks(
        reading,
        move || steps.step(&text),
        |reading, parsed| match parsed {
            Ok(parsed) => validate_in_tasks(reading, validation_of(parsed)),
            Err(problems) => reading.show_or_refuse(Err(Problems::from(problems))),
        },
    );
}

/// Takes the steps of `validation` a few sections or claims at a time, then
/// shows the article or why it was refused.
fn validate_in_tasks(reading: Reading, mut validation: Validation<ArticleDoc>) {
    in_tasks(reading, move || validation.step(), Reading::show_or_refuse);
}

/// Shows an article read after `mount` returned, or, when it was refused,
/// the error box, `ia-error` and the console say why.
fn show_or_refuse(
    widget: &Rc<RefCell<Mounted>>,
    element: Element,
    instance: u32,
    loaded: Result<Article, Problems>,
    options: MountOptions,
    target: EventTarget,
) {
    #[cfg(feature = "test-trap")]
    force_trap(&loaded);
    match loaded {
        Ok(article) => {
            if let Err(error) = show_when_ready(widget, instance, article, options, target) {
                web_sys::console::error_1(&error.into());
            }
        }
        Err(problems) => {
            *widget.borrow_mut() = Mounted::Gone;
            let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
            refuse(element, instance, problems, options, &target);
        }
    }
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
