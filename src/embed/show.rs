//! Putting what `mount` decided into its element, once the module has the
//! UI text of the widget's language (fetched beside the glue the first time
//! a language is needed): the widget, taking over markup prerendered for it
//! or rendered afresh, or the error box of an article or options refused.

use super::app_pool::WidgetApp;
use super::beside_glue;
use super::dom_events::{dispatch_error, dispatch_widget_event};
use super::mount::{LiveWidget, Mounted};
use super::{error_boxes, waiting, MOUNTED_ATTRIBUTE};
use crate::browser::{self, storage};
use crate::first_render::{
    error_box_props, first_render, FirstRender, HostConnection, PRERENDER_ATTRIBUTE,
};
use crate::model::{Article, Problems};
use crate::options::MountOptions;
use crate::strings::{self, missing_table};
use crate::ui::{Adopted, SECTION_SELECTOR};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget};
use yew::Callback;

/// Shows `article` in the element `widget` waits to render into: now, when
/// the module has the UI text of the widget's language, else once it has
/// fetched it.
pub(super) fn show_when_ready(
    widget: &Rc<RefCell<Mounted>>,
    instance: u32,
    article: Article,
    options: MountOptions,
    target: EventTarget,
) -> Result<(), JsError> {
    let lang = options.lang.as_deref().unwrap_or(&article.lang);
    let missing = missing_table(Some(lang));
    let element = match &*widget.borrow() {
        Mounted::Waiting { element, .. } => element.clone(),
        _ => return Ok(()),
    };
    let show = {
        let widget = Rc::clone(widget);
        move || show_article(&widget, instance, Rc::new(article), options, &target)
    };
    match missing {
        // Markup prerendered for the widget can be read (and its actions are
        // recorded by the loader) while it waits, so it is taken over in
        // tasks of its own, after those that read the article (`mount.rs`):
        // the browser can paint and handle input between them.
        None if element.has_attribute(PRERENDER_ATTRIBUTE) => {
            waiting::after_a_task(&element, instance, logging_errors(show));
        }
        None => show()?,
        Some(tag) => after_table(tag, &element, instance, logging_errors(show)),
    }
    Ok(())
}

/// `show`, run later, when there is no caller left to throw to: its error
/// goes to the console.
fn logging_errors(show: impl FnOnce() -> Result<(), JsError>) -> impl FnOnce() {
    move || {
        if let Err(error) = show() {
            web_sys::console::error_1(&error.into());
        }
    }
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
        if waiting::resume(&element, instance) {
            then();
        }
    });
}

/// Renders `article` into the element `widget` waits to render into, and
/// makes the widget live. Markup prerendered from exactly this first render
/// is taken over in place (its nodes reused), in the next task; any other
/// content is replaced.
/// The server knows nothing of the reader, so a banner they dismissed
/// earlier is dismissed after hydrating the server's full banner.
fn show_article(
    widget: &Rc<RefCell<Mounted>>,
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
    // A trap in this module while the widget waited took the element from
    // it (the glue's containment shows its error box there and removes the
    // attribute): nothing may render over that.
    if !element.has_attribute(MOUNTED_ATTRIBUTE) {
        return Ok(());
    }
    let first = article_first_render(&element, article, &options, target);
    let stamp = element.get_attribute(PRERENDER_ATTRIBUTE);
    let error_box = error_boxes::take(&element);
    if error_box.is_none() && stamp.is_some_and(|stamp| stamp == first.stamp()) {
        // Hydrating takes tasks of its own: for a long article, working
        // out the first render (the page's ids, the stamp) takes as long,
        // and so does finding the server's sections (2,000 of them).
        let widget = Rc::clone(widget);
        let host = element.clone();
        waiting::after_a_task(&host, instance, move || {
            take_over_server_parts(&element, &first.props.ui.adopted);
            let host = element.clone();
            waiting::after_a_task(&host, instance, move || {
                hydrate(&widget, element, instance, first);
            });
        });
        return Ok(());
    }
    let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
    let props = first.fresh();
    let mut app = match error_box.map_or_else(WidgetApp::take, Ok) {
        Ok(app) => app,
        Err(error) => {
            let _ = element.remove_attribute(MOUNTED_ATTRIBUTE);
            *widget.borrow_mut() = Mounted::Gone;
            return Err(error);
        }
    };
    app.show(&element, instance, props.clone());
    *widget.borrow_mut() = Mounted::Live(LiveWidget {
        app,
        instance,
        props,
        element,
    });
    Ok(())
}

/// Takes over the markup prerendered for `first` in `element`, its nodes
/// reused, and makes the widget live.
fn hydrate(widget: &RefCell<Mounted>, element: Element, instance: u32, first: FirstRender) {
    let theme = match &*widget.borrow() {
        Mounted::Waiting { theme, .. } => *theme,
        _ => return,
    };
    if !element.has_attribute(MOUNTED_ATTRIBUTE) {
        return;
    }
    let _ = element.remove_attribute(PRERENDER_ATTRIBUTE);
    let mut props = first.props.clone();
    let adopted = first.props.ui.adopted.clone();
    let mut app = WidgetApp::hydrate(&element, instance, first.props);
    // Yew renders in a microtask queued here and, past 16 ms, yields to the
    // browser before its effects: the server's sections are heard from the
    // microtask queued behind it, so that no click or key in between is
    // lost.
    yew::platform::spawn_local(async move { adopted.hydrated() });
    // A theme the host set since the first render was worked out.
    if props.theme != theme {
        props.theme = theme;
        app.update(instance, props.clone());
    }
    *widget.borrow_mut() = Mounted::Live(LiveWidget {
        app,
        instance,
        props,
        element,
    });
}

/// Takes the parts of the prerendered markup in `element` that stay the
/// server's over (`ui/adopted.rs`): its sections, found here, stay where
/// they are, and Yew hydrates them, and the key-claims list, as raw markup.
fn take_over_server_parts(element: &Element, adopted: &Adopted) {
    let sections = element.query_selector_all(SECTION_SELECTOR).ok();
    let sections = sections.map_or_else(Vec::new, |sections| {
        (0..sections.length())
            .filter_map(|k| sections.item(k)?.dyn_into::<Element>().ok())
            .collect()
    });
    adopted.take_over(sections);
}

/// Refuses an article or options with `problems`: logs them, dispatches
/// `ia-error`, and shows them in an error box in `element` (in the host's
/// language, once the module has its text), which stays there, the element
/// left free for another mount. Returns the error `mount` throws.
pub(super) fn refuse(
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
    let mut app = error_boxes::take(&element).map_or_else(WidgetApp::take, Ok)?;
    app.show(&element, instance, error_box_props(problems, options));
    error_boxes::keep(element, app);
    Ok(())
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
            Callback::from(move |event| {
                #[cfg(feature = "test-trap")]
                force_click_trap(&article, &event);
                dispatch_widget_event(&target, &article, event)
            })
        },
        on_banner_change: Callback::from(move |dismissed| {
            storage::set_banner_dismissed(&id, dismissed);
        }),
        banner_dismissed_before: storage::banner_dismissed(&article.id),
    };
    let outside = browser::ids_outside(element);
    let first = first_render(Rc::clone(&article), options, host, |id| {
        outside.contains(id) && browser::id_used_outside(element, id)
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

/// Test builds only (`--features test-trap`): an article whose id is
/// `forced-click-trap` panics when the reader toggles one of its sections,
/// long after its first render, as a bug in a click handler would. See
/// `force_trap` in `embed/mount.rs`.
#[cfg(feature = "test-trap")]
#[allow(clippy::panic)] // reason: a deliberate panic is the point of this test hook
fn force_click_trap(article: &Article, event: &crate::events::WidgetEvent) {
    if &*article.id == "forced-click-trap"
        && matches!(event, crate::events::WidgetEvent::SectionToggle { .. })
    {
        panic!("forced-click-trap: the test build's deliberate panic");
    }
}
