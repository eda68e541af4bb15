//! Browser tests of hydration: markup the CLI prerendered
//! (`tests/prerendered/`, written by `make prerendered-fixtures`) is taken
//! over by `mount` in place — the same DOM nodes, now interactive — and
//! markup stamped for another article is replaced without an error.
//! Sections stay the server's nodes until a claim in one is opened, which
//! renders that section (src/ui/adopted.rs).
#![cfg(target_arch = "wasm32")]

mod support;

use interactive_article::embed::{mount, release};
use std::cell::RefCell;
use std::rc::Rc;
use support::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// `render --mount --theme dark --heading-level 2 tests/fixtures/edge-cases.json`.
const EDGE_MOUNT: &str = include_str!("prerendered/edge-cases-mount.html");

/// The options the markup was rendered with, as a host passes them to `mount`.
const EDGE_OPTIONS: &str = r#"{ "theme": "dark", "headingLevel": 2 }"#;

/// `render --theme light tests/fixtures/edge-cases.json`: the custom element
/// with the widget in a declarative shadow root.
const EDGE_ELEMENT: &str = include_str!("prerendered/edge-cases-element.html");

/// The JS property that marks a node, so a test can tell the node itself
/// from an equal one made afresh.
const MARK: &str = "__iaPrerenderedNode";

/// The stamped container and the article JSON beside it, from the CLI's
/// `render --mount` output put into a fresh element as a page would hold it.
fn prerendered(markup: &str) -> (Element, String) {
    let host = fixture();
    host.set_inner_html(markup);
    let container = find(&host, "[data-ia-prerender]");
    let json = find(&host, "script[data-ia-article]")
        .text_content()
        .unwrap();
    (container, json)
}

fn mark(node: &Element) {
    js_sys::Reflect::set(node, &MARK.into(), &JsValue::TRUE).unwrap();
}

fn is_marked(node: &Element) -> bool {
    js_sys::Reflect::get(node, &MARK.into()).unwrap() == JsValue::TRUE
}

#[wasm_bindgen_test]
async fn mount_hydrates_prerendered_markup_in_place_and_it_works() {
    let _page = PageGuard::start();
    let (container, json) = prerendered(EDGE_MOUNT);
    let title = find(&container, "h2.ia-title");
    let (_, panel) = section(&container, "whole-paragraph");
    let words = find(&container, "#prices-june");
    for node in [&title, &panel, &words] {
        mark(node);
    }

    let _widget = mount_with(&container, &json, js(EDGE_OPTIONS)).await;

    assert_eq!(
        attr(&container, "data-ia-prerender"),
        None,
        "the stamp is consumed"
    );
    let now_title = find(&container, "h2.ia-title");
    assert!(
        is_marked(&now_title) && now_title.is_same_node(Some(&title)),
        "the prerendered title is the one in the page"
    );
    let (button, now_panel) = section(&container, "whole-paragraph");
    assert!(
        is_marked(&now_panel) && now_panel.is_same_node(Some(&panel)),
        "the prerendered section panel is the one in the page"
    );
    assert!(title.is_connected() && panel.is_connected());
    assert_eq!(count(&container, ".ia-title"), 1, "nothing rendered twice");

    // The hydrated widget answers the reader.
    assert!(
        !is_open(&button, &panel),
        "collapsed as the author marked it"
    );
    click(&button);
    settle().await;
    assert!(is_open(&button, &panel), "the toggle opens the panel");
    assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("true"));

    let now_words = find(&container, "#prices-june");
    assert!(
        is_marked(&now_words),
        "the claim's words are the prerendered ones"
    );
    let callout_id = attr(&words, "aria-controls").unwrap();
    click(&words);
    settle().await;
    // A callout is the widget's alone: opening one renders its section,
    // once, in place of the server's (src/ui/adopted.rs).
    let words = find(&container, "#prices-june");
    assert!(!is_marked(&words), "the section is the widget's now");
    assert!(!now_words.is_connected(), "and the server's is gone");
    assert_eq!(count(&container, "section.ia-section"), 3, "in its place");
    assert_eq!(attr(&words, "aria-expanded").as_deref(), Some("true"));
    assert_eq!(active_id(), callout_id, "focus moves into the callout");
    key(&by_id(&callout_id), "Escape");
    settle().await;
    assert!(
        document().get_element_by_id(&callout_id).is_none(),
        "closed"
    );
    assert_eq!(
        active_id(),
        "prices-june",
        "Escape returns focus to the words"
    );
}

#[wasm_bindgen_test]
async fn markup_stamped_for_another_article_is_rendered_afresh_without_error() {
    let _page = PageGuard::start();
    let (container, json) = prerendered(EDGE_MOUNT);
    // One character of the article changed since it was prerendered.
    let edited = json.replacen("Edge cases:", "Edge cases;", 1);
    assert_ne!(edited, json, "the edit applies");
    let title = find(&container, "h2.ia-title");
    let (_, panel) = section(&container, "whole-paragraph");
    mark(&title);
    mark(&panel);

    let _widget = mount_with(&container, &edited, js(EDGE_OPTIONS)).await;

    assert_eq!(attr(&container, "data-ia-prerender"), None);
    let now_title = find(&container, "h2.ia-title");
    assert!(
        now_title.text_content().unwrap().contains("Edge cases;"),
        "the edited article is shown"
    );
    assert!(!is_marked(&now_title), "the title was rendered afresh");
    assert!(!title.is_connected(), "the prerendered title is gone");
    assert!(!panel.is_connected(), "the prerendered panel is gone");
    assert_eq!(count(&container, ".ia-title"), 1, "one widget, not two");
    assert_eq!(count(&container, ".ia-error"), 0, "no error box");
}

#[wasm_bindgen_test]
async fn an_invalid_article_for_prerendered_markup_is_refused_after_mount_returns() {
    let _page = PageGuard::start();
    let (container, json) = prerendered(EDGE_MOUNT);
    let broken = json.replacen(r#""version":1"#, r#""version":2"#, 1);
    assert_ne!(broken, json, "the edit applies");
    let problems = Rc::new(RefCell::new(Vec::new()));
    let _listener = {
        let problems = Rc::clone(&problems);
        gloo_events::EventListener::new(&container, "ia-error", move |event| {
            let event: &web_sys::CustomEvent = event.unchecked_ref();
            let detail = js_sys::JSON::stringify(&event.detail()).map(String::from);
            problems.borrow_mut().push(detail.unwrap_or_default());
        })
    };

    // The article is read in tasks after `mount` (src/embed/mount.rs), so
    // it returns, and the reader keeps the prerendered article meanwhile.
    let handle = mount(
        container.clone(),
        JsValue::from_str(&broken),
        js(EDGE_OPTIONS),
    )
    .unwrap_or_else(|_| panic!("mount returns before it reads the article"));
    assert!(!handle.mounted());
    assert_eq!(count(&container, "h2.ia-title"), 1, "still readable");
    assert!(problems.borrow().is_empty(), "nothing judged yet");

    for _ in 0..5 {
        settle().await;
    }
    let error = find(&container, ".ia-error").text_content().unwrap();
    assert!(error.contains("version"), "the error box says why: {error}");
    assert_eq!(count(&container, "h2.ia-title"), 0, "the box replaced it");
    assert!(!handle.mounted());
    let problems = problems.borrow();
    assert_eq!(problems.len(), 1, "one ia-error: {problems:?}");
    assert!(
        problems[0].contains(r#""path":"version""#),
        "{}",
        problems[0]
    );
    release(&container);
}

#[wasm_bindgen_test]
async fn the_custom_elements_declarative_shadow_root_is_hydrated_in_place() {
    let _page = PageGuard::start();
    let host = fixture();
    // A declarative shadow root is made only by the HTML parser, and only
    // by the "unsafe" entry points, as when a browser loads the page.
    let set_html = js_sys::Reflect::get(&host, &"setHTMLUnsafe".into()).unwrap();
    js_sys::Function::from(set_html)
        .call1(&host, &EDGE_ELEMENT.into())
        .unwrap();
    let element = find(&host, "interactive-article");
    let shadow = element
        .shadow_root()
        .expect("the template became an open shadow root");
    let container = shadow
        .query_selector("[data-ia-prerender]")
        .unwrap()
        .expect("the stamped root is in the shadow root");
    let json = find(&element, ":scope > script[type='application/json']")
        .text_content()
        .unwrap();
    let title = find(&container, "h1.ia-title");
    let button = find(
        &container,
        "section#whole-paragraph button.ia-section__toggle",
    );
    let panel_id = attr(&button, "aria-controls").unwrap();
    let panel = find(&container, &format!("#{panel_id}"));
    mark(&title);
    mark(&panel);

    // The options are the element's attributes, as the loader reads them.
    let _widget = mount_with(&container, &json, js(r#"{ "theme": "light" }"#)).await;

    assert_eq!(
        attr(&container, "data-ia-prerender"),
        None,
        "the stamp is consumed"
    );
    let now_title = find(&container, "h1.ia-title");
    assert!(
        is_marked(&now_title) && now_title.is_same_node(Some(&title)),
        "the prerendered title is the one in the shadow root"
    );
    let now_panel = find(&container, &format!("#{panel_id}"));
    assert!(
        is_marked(&now_panel) && now_panel.is_same_node(Some(&panel)),
        "the prerendered panel is the one in the shadow root"
    );
    assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("false"));
    click(&button);
    settle().await;
    assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("true"));
    assert_eq!(attr(&panel, "hidden"), None, "the panel is shown");

    let words = find(&container, "#prices-june");
    let callout_id = attr(&words, "aria-controls").unwrap();
    click(&words);
    settle().await;
    let focused = || shadow.active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused(), callout_id, "focus moves into the callout");
    key(&find(&container, &format!("#{callout_id}")), "Escape");
    settle().await;
    assert_eq!(count(&container, ".ia-callout"), 0, "closed");
    assert_eq!(
        focused(),
        "prices-june",
        "Escape returns focus to the words"
    );
}

fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
}
