//! Shared by the browser test files: a fresh element per test, a widget that
//! is unmounted when the test ends, and small helpers that act and look as a
//! reader would (by id, role, aria and data attributes).
#![allow(dead_code)]

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

/// A fresh, attached element to mount into.
pub fn fixture() -> Element {
    let element = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    element
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
    settle().await;
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
