//! `mount(element, article, options)`: the script-and-call embed, which the
//! custom element and iframe mode use too.
//!
//! The article may be a JS object, a JSON string, or `undefined` for the
//! default article. Bad data or options still render (the error box) and also
//! throw, so the host learns about it in code and the reader sees why nothing
//! loaded.

use super::dom_events::{dispatch_error, dispatch_widget_event};
use super::read_options::read_options;
use crate::browser::{self, storage};
use crate::components::{WidgetProps, WidgetRoot, WidgetRootProps};
use crate::first_render::{
    error_box_props, first_render, FirstRender, HostConnection, PRERENDER_ATTRIBUTE,
};
use crate::format;
use crate::model::{validate_parsed, Article, Problem, Problems, DEFAULT_ARTICLE_JSON};
use crate::options::MountOptions;
use crate::ui::Theme;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget, HtmlElement};
use yew::{AppHandle, Callback, Renderer};

/// Marks an element that holds a live widget, so a second `mount` on it fails
/// clearly instead of two apps fighting over the same DOM.
const MOUNTED_ATTRIBUTE: &str = "data-ia-mounted";

/// A Yew app and the element it renders into.
///
/// Apps are reused. Yew 0.23 attaches its delegated event listeners to an
/// app's root element and never removes them (`HostHandlers::add_listener`
/// forgets the closures, which hold the root), so every app ever created
/// stays in memory with its root, destroyed or not: about 0.7 KB a mount.
/// Instead an unmounted app renders nothing and waits in [`IDLE_SLOTS`] for
/// the next mount, whose element receives the app's `<div>`. Memory is then
/// bounded by the most widgets mounted at once, not by how many came and went.
///
/// The exception is an app that hydrates prerendered markup: Yew hydrates in
/// the element that holds that markup, so its root is the host's element,
/// which cannot move to another mount. It is destroyed on release, leaving
/// one app's listeners once per prerendered widget.
struct Slot {
    /// The app's root: a pooled app's own `display: contents` box, so the
    /// host element's layout sees the widget's own boxes; or, for a hydrated
    /// app, the host's element.
    container: Element,
    app: AppHandle<WidgetRoot>,
    /// The instance number of the widget it shows, if any.
    instance: Option<u32>,
    /// Whether the app goes back to the pool when released (see above).
    pooled: bool,
}

impl Slot {
    /// An idle slot from the pool, or a new one.
    fn take() -> Result<Slot, JsError> {
        if let Some(slot) = IDLE_SLOTS.with(|idle| idle.borrow_mut().pop()) {
            return Ok(slot);
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
        Ok(Slot {
            container,
            app,
            instance: None,
            pooled: true,
        })
    }

    /// A new app that takes over the markup prerendered in `element` from
    /// exactly `widget` (same stamp), reusing its nodes.
    fn hydrate(element: &Element, instance: u32, widget: WidgetProps) -> Slot {
        let props = root_props(Some((instance, widget)));
        let app = Renderer::<WidgetRoot>::with_root_and_props(element.clone(), props).hydrate();
        Slot {
            container: element.clone(),
            app,
            instance: Some(instance),
            pooled: false,
        }
    }

    /// Shows `widget` in `element`, replacing what the element held.
    fn show(&mut self, element: &Element, instance: u32, widget: WidgetProps) {
        element.replace_children_with_node_1(&self.container);
        self.instance = Some(instance);
        self.app.update(root_props(Some((instance, widget))));
    }

    /// Empties the slot, takes its box out of the page and puts it back in
    /// the pool; a hydrated app is destroyed instead, leaving the host's
    /// element empty. The widget's effects (listeners on `window`) end with it.
    fn release(mut self) {
        if let Some(instance) = self.instance.take() {
            first_render_done(instance);
        }
        if !self.pooled {
            self.app.destroy();
            return;
        }
        self.app.update(WidgetRootProps::default());
        self.container.remove();
        IDLE_SLOTS.with(|idle| idle.borrow_mut().push(self));
    }
}

thread_local! {
    /// Numbers widgets on the page so their element ids never collide.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
    /// Apps waiting for their next mount (see [`Slot`]).
    static IDLE_SLOTS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    /// Error boxes on the page. The host got an exception, not a handle: the
    /// box's app goes back to the pool on `release(element)`, on the next
    /// `mount` into the same element (which reuses it), or, if the host does
    /// neither, at the next `mount` anywhere once the element has left the
    /// page or no longer holds the box.
    static ERROR_BOXES: RefCell<Vec<(Element, Slot)>> = const { RefCell::new(Vec::new()) };
    /// The widgets a panic now would belong to, for the panic hook: the one
    /// being mounted, and those whose first render (which Yew runs in a
    /// microtask after `mount` returns) has not run yet. By instance number,
    /// with their element and event target.
    static UNRENDERED: RefCell<Vec<(u32, Element, EventTarget)>> = const { RefCell::new(Vec::new()) };
    /// Set by the panic hook: the module trapped and its state is undefined.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Whether a panic has stopped this module (see [`contain_panic`]).
fn stopped() -> bool {
    STOPPED.with(Cell::get)
}

/// The root's props for showing `widget`, or nothing.
fn root_props(widget: Option<(u32, WidgetProps)>) -> WidgetRootProps {
    WidgetRootProps {
        widget,
        on_first_render: Callback::from(first_render_done),
    }
}

/// Widget `instance` has rendered (the root component says so), or will not:
/// a panic from now on is no longer its first render's.
fn first_render_done(instance: u32) {
    UNRENDERED.with(|pending| {
        if let Ok(mut pending) = pending.try_borrow_mut() {
            pending.retain(|(number, _, _)| *number != instance);
        }
    });
}

/// Takes the slot showing an error box in `element`, if there is one.
fn take_error_box(element: &Element) -> Option<Slot> {
    ERROR_BOXES.with(|boxes| {
        let mut boxes = boxes.borrow_mut();
        let index = boxes.iter().position(|(host, _)| host == element)?;
        Some(boxes.swap_remove(index).1)
    })
}

/// Returns to the pool the error boxes whose element has left the page or
/// whose box the host has replaced.
fn sweep_error_boxes() {
    let abandoned: Vec<Slot> = ERROR_BOXES.with(|boxes| {
        let mut boxes = boxes.borrow_mut();
        let (gone, kept) = std::mem::take(&mut *boxes)
            .into_iter()
            .partition(|(element, slot)| {
                !element.is_connected() || slot.container.parent_element().as_ref() != Some(element)
            });
        *boxes = kept;
        gone.into_iter().map(|(_, slot)| slot).collect()
    });
    abandoned.into_iter().for_each(Slot::release);
}

/// Contains a panic as far as a trap allows. The release build aborts on
/// panic, which traps the module (a `WebAssembly.RuntimeError`) and leaves
/// its state undefined. Before that, this hook shows an error box in the
/// widget the panic belongs to (the one being mounted, or one whose first
/// render it was) and dispatches `ia-error`, as for invalid data, so the
/// failure stays in that widget. It also marks the module stopped: a later
/// `mount` traps at once, without touching the page, so the host (the
/// custom element does) imports a fresh module for it.
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
fn install_panic_hook() {
    thread_local!(static INSTALLED: Cell<bool> = const { Cell::new(false) });
    if !INSTALLED.with(|installed| installed.replace(true)) {
        yew::set_custom_panic_hook(Box::new(contain_panic));
    }
}

/// A mounted widget. Call `unmount()` to remove it and release its listeners.
#[wasm_bindgen]
pub struct MountHandle {
    /// `None` once unmounted: a handle the host keeps (or that waits for
    /// garbage collection) then holds nothing of the widget or its element.
    live: Option<LiveWidget>,
}

/// What a mounted widget's handle holds.
struct LiveWidget {
    slot: Slot,
    instance: u32,
    props: WidgetProps,
    element: Element,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the widget from its element. Calling it again does nothing.
    pub fn unmount(&mut self) {
        if let Some(live) = self.live.take() {
            live.slot.release();
            let _ = live.element.remove_attribute(MOUNTED_ATTRIBUTE);
        }
    }

    /// Whether the widget is still mounted: not once unmounted, nor once a
    /// panic has stopped the module (its error box then shows instead).
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.live.is_some() && !stopped()
    }

    /// Changes the colour scheme (`"light"`, `"dark"` or `"auto"`) in place,
    /// keeping the reader's open sections, callout and focus.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        let theme = Theme::parse(theme).ok_or_else(|| {
            JsError::new("interactive-article: theme must be \"light\", \"dark\" or \"auto\"")
        })?;
        if let Some(live) = self.live.as_mut() {
            live.props.theme = theme;
            live.slot
                .app
                .update(root_props(Some((live.instance, live.props.clone()))));
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
    if let Some(slot) = take_error_box(element) {
        slot.release();
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
    sweep_error_boxes();
    let instance = NEXT_INSTANCE.with(|n| n.replace(n.get().wrapping_add(1)));
    let (options, option_problems) = match read_options(&options) {
        Ok(options) => (options, Problems::default()),
        Err(problems) => (MountOptions::default(), problems),
    };
    let target: EventTarget = options
        .event_target
        .clone()
        .unwrap_or_else(|| element.clone().into());
    UNRENDERED.with(|pending| {
        pending
            .borrow_mut()
            .push((instance, element.clone(), target.clone()))
    });
    let loaded = load(article);
    #[cfg(feature = "test-trap")]
    force_trap(&loaded);
    let problems = match (&loaded, option_problems.is_empty()) {
        (Ok(_), true) => None,
        (Ok(_), false) => Some(option_problems),
        (Err(article_problems), _) => {
            let mut all = option_problems;
            all.0.extend(article_problems.0.iter().cloned());
            Some(all)
        }
    };
    let first = loaded
        .ok()
        .filter(|_| problems.is_none())
        .map(|article| article_first_render(&element, Rc::new(article), &options, &target));
    // Markup prerendered from exactly this first render is taken over in
    // place (its nodes reused); any other content is replaced. The server
    // knows nothing of the reader, so a banner they dismissed earlier is
    // dismissed after hydrating the server's full banner.
    let stamp = element.get_attribute(PRERENDER_ATTRIBUTE);
    let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
    let error_box = take_error_box(&element);
    let hydrate = first
        .as_ref()
        .filter(|first| error_box.is_none() && stamp.is_some_and(|stamp| stamp == first.stamp()));
    let (slot, props) = match hydrate {
        Some(first) => (
            Slot::hydrate(&element, instance, first.props.clone()),
            first.props.clone(),
        ),
        None => {
            let props = match &first {
                Some(first) => first.fresh(),
                None => error_box_props(problems.clone().unwrap_or_default(), &options),
            };
            let mut slot = match error_box.map_or_else(Slot::take, Ok) {
                Ok(slot) => slot,
                Err(error) => {
                    first_render_done(instance);
                    return Err(error);
                }
            };
            slot.show(&element, instance, props.clone());
            (slot, props)
        }
    };
    match problems {
        // The error box stays in the element, which is left free for another mount.
        Some(problems) => {
            let message =
                format!("interactive-article: the article could not be shown:\n{problems}");
            web_sys::console::error_1(&JsValue::from_str(&message));
            dispatch_error(&target, &problems);
            ERROR_BOXES.with(|boxes| boxes.borrow_mut().push((element, slot)));
            Err(JsError::new(&message))
        }
        None => {
            let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
            Ok(MountHandle {
                live: Some(LiveWidget {
                    slot,
                    instance,
                    props,
                    element,
                }),
            })
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
