//! Shared by the browser test files: a fresh element per test, a widget that
//! is unmounted when the test ends, and small helpers that act and look as a
//! reader would (by id, role, aria and data attributes).
#![allow(dead_code)]

pub mod float_messages;
pub mod heading_levels;

use interactive_article::embed::{mount, MountHandle};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

pub const EDGE: &str = include_str!("../fixtures/edge-cases.json");
pub const MARKUP: &str = include_str!("../fixtures/hostile-markup.json");
pub const JS_URL: &str = include_str!("../fixtures/hostile-javascript-url.json");
pub const MANY: &str = include_str!("../fixtures/invalid-many-problems.json");

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Adds the widget's stylesheet to the test page once, as a host page would.
pub fn use_stylesheet() {
    const ID: &str = "ia-test-stylesheet";
    if document().get_element_by_id(ID).is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id(ID);
        style.set_text_content(Some(include_str!("../../style/interactive-article.css")));
        document().head().unwrap().append_child(&style).unwrap();
    }
}

/// Every language's UI text, as `mount` would fetch it beside the glue (the
/// test runner serves no such files): the tests see the same text as a
/// reader does, without waiting for a download.
macro_rules! provide_languages {
    ($($tag:literal),* $(,)?) => {
        fn provide_every_language() {
            static PROVIDED: std::sync::Once = std::sync::Once::new();
            PROVIDED.call_once(|| {
                assert_eq!(
                    [$($tag),*].as_slice(),
                    interactive_article::strings::LANGUAGE_TAGS,
                    "tests/support/mod.rs lists other languages than the widget speaks"
                );
                $(assert!(interactive_article::strings::provide(
                    $tag,
                    include_str!(concat!("../../src/strings/", $tag, ".txt")),
                ));)*
            });
        }
    };
}

provide_languages![
    "en", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "zh-Hans",
];

/// A fresh, attached element to mount into.
pub fn fixture() -> Element {
    clean_up_after_failures();
    provide_every_language();
    let element = document().create_element("div").unwrap();
    element.set_attribute(FIXTURE_ATTRIBUTE, "").unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

/// Marks the elements `fixture()` makes, so a failed test's can be found.
const FIXTURE_ATTRIBUTE: &str = "data-test-fixture";

/// Held by a test that changes what every test shares — the URL fragment,
/// `localStorage`, or `window.localStorage` itself — so the next test starts
/// from a clean page whether this one passes or fails: the page is cleaned
/// when the guard is made and when it is dropped, and by the panic hook of
/// `clean_up_after_failures` when the test fails.
pub struct PageGuard;

impl PageGuard {
    pub fn start() -> Self {
        clean_up_after_failures();
        clean_page();
        PageGuard
    }
}

impl Drop for PageGuard {
    fn drop(&mut self) {
        clean_page();
    }
}

thread_local! {
    /// `window`'s own `localStorage` property as the browser made it, before
    /// any test replaced it (`Window` keeps its attributes on the object
    /// itself, so deleting a replacement would delete storage too).
    static REAL_LOCAL_STORAGE: JsValue =
        js_sys::Object::get_own_property_descriptor(&web_sys::window().unwrap(), &"localStorage".into());
}

/// Makes a failing test clean up after itself. wasm32 aborts on panic instead
/// of unwinding, so a failing test drops nothing: its `PageGuard` does not
/// clean the page and its widgets stay mounted, listening for `hashchange`
/// and holding ids that later tests look up. A panic hook, chained in front
/// of the one that reports the failure, does both instead.
fn clean_up_after_failures() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        REAL_LOCAL_STORAGE.with(|_| ());
        let report = std::panic::take_hook();
        // Through yew, which otherwise replaces the hook when it first renders.
        yew::set_custom_panic_hook(Box::new(move |info| {
            remove_fixtures();
            clean_page();
            report(info);
        }));
    });
}

/// Takes every element `fixture()` made off the page. Runs in the panic
/// hook, so nothing here may panic.
fn remove_fixtures() {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(&format!("[{FIXTURE_ATTRIBUTE}]")).ok())
    else {
        return;
    };
    for index in 0..list.length() {
        if let Some(element) = list.item(index).and_then(|n| n.dyn_into::<Element>().ok()) {
            element.remove();
        }
    }
}

/// No fragment, nothing stored, and the browser's own `localStorage`. Runs
/// in the panic hook, so nothing here may panic.
fn clean_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    REAL_LOCAL_STORAGE.with(|real| {
        if real.is_object() {
            let _ = js_sys::Reflect::define_property(
                &window,
                &"localStorage".into(),
                real.unchecked_ref(),
            );
        } else {
            let _ = js_sys::Reflect::delete_property(&window, &"localStorage".into());
        }
    });
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
    let _ = window.location().set_hash("");
}

/// Lets Yew's scheduler render and effects run.
pub async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Waits `ms` milliseconds (a timer, so fetches and renders go on meanwhile).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A mounted widget that is unmounted and removed from the page when the test
/// ends, so no test sees another's listeners or focus requests.
pub struct Mounted {
    pub handle: MountHandle,
    pub root: Element,
}

impl Mounted {
    pub fn unmount(&mut self) {
        self.handle.unmount();
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.handle.unmount();
        self.root.remove();
    }
}

pub async fn mount_ok(element: &Element, article: &str) -> Mounted {
    mount_with(element, article, JsValue::UNDEFINED).await
}

/// Mounts with `options` (a JS object), expecting success.
pub async fn mount_with(element: &Element, article: &str, options: JsValue) -> Mounted {
    let handle = mount(element.clone(), JsValue::from_str(article), options)
        .unwrap_or_else(|_| panic!("the article should mount"));
    // Prerendered markup is taken over in tasks after `mount` returns; then
    // the widget's effects run.
    for _ in 0..5 {
        settle().await;
        if handle.mounted() {
            settle().await;
            break;
        }
    }
    Mounted {
        handle,
        root: element.clone(),
    }
}

pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

pub fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

pub fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

pub fn key(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

pub fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// The toggle button and the panel of the section with `section_id`.
pub fn section(root: &Element, section_id: &str) -> (Element, Element) {
    let section = find(root, &format!("section#{section_id}"));
    let button = find(&section, "button.ia-section__toggle");
    let panel_id = attr(&button, "aria-controls").expect("the toggle names its panel");
    let panel = document()
        .get_element_by_id(&panel_id)
        .expect("aria-controls points at the panel");
    (button, panel)
}

pub fn is_open(button: &Element, panel: &Element) -> bool {
    let expanded = attr(button, "aria-expanded").as_deref() == Some("true");
    let hidden = attr(panel, "hidden");
    assert_eq!(
        expanded,
        hidden.is_none(),
        "aria-expanded must match what is shown"
    );
    if let Some(hidden) = hidden {
        assert_eq!(hidden, "until-found", "collapsed text stays findable");
    }
    expanded
}

pub fn clear_storage() {
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        storage.clear().unwrap();
    }
}

/// A JS object from JSON text, for mount options.
pub fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

/// The message of a thrown JS `Error`.
pub fn error_message(error: wasm_bindgen::JsError) -> String {
    JsValue::from(error)
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}
