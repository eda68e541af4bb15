//! Browser tests (`wasm-pack test --headless --chrome`): each mounts the widget
//! into a fresh element, acts as a reader would, and checks what the reader
//! (or a screen reader) gets, by id, role, aria and data attributes.
#![cfg(target_arch = "wasm32")]

mod support;

use interactive_article::embed::mount;
use support::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Without an article, `mount` fetches the default one beside the glue (the
/// test runner serves the repository's `articles/` there) and renders once
/// it has arrived.
#[wasm_bindgen_test]
async fn the_default_article_renders_with_banner_sections_and_claims() {
    let _page = PageGuard::start();
    let root = fixture();
    let handle = mount(root.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap_or_else(|_| panic!("mounts"));
    let mut handle = Mounted {
        handle,
        root: root.clone(),
    };
    for _ in 0..100 {
        if handle.handle.mounted() {
            break;
        }
        wait_ms(50).await;
    }
    settle().await;
    assert_eq!(
        find(&root, "h1").text_content().unwrap(),
        "China's Open-Source AI Strategy: A Different Path to Tech Dominance"
    );
    assert_eq!(count(&root, "section.ia-section"), 4);
    assert!(count(&root, "[role=button].ia-claim__words") >= 8);
    let banner = find(&root, "aside.ia-banner");
    assert!(banner
        .text_content()
        .unwrap()
        .contains("AI-generated content — verify with the original source"));
    // The banner comes before the content.
    let first = root.query_selector(".ia-article > *").unwrap().unwrap();
    assert_eq!(first.class_name(), "ia-banner");
    handle.unmount();
    settle().await;
    assert_eq!(root.child_element_count(), 0, "unmount empties the element");
}

#[wasm_bindgen_test]
async fn a_section_toggles_by_click_and_keeps_aria_in_step() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let (button, panel) = section(&root, "whole-paragraph");
    assert!(
        !is_open(&button, &panel),
        "collapsed at start, as the article says"
    );
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(attr(&button, "type").as_deref(), Some("button"));
    click(&button);
    settle().await;
    assert!(is_open(&button, &panel));
    click(&button);
    settle().await;
    assert!(!is_open(&button, &panel));
}

#[wasm_bindgen_test]
async fn show_all_and_hide_all() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let toggle = find(&root, "button.ia-toolbar__toggle");
    assert_eq!(toggle.text_content().unwrap(), "Show all sections");
    click(&toggle);
    settle().await;
    for id in ["repeated-words", "whole-paragraph", "non-latin"] {
        let (button, panel) = section(&root, id);
        assert!(is_open(&button, &panel), "{id} open after show all");
    }
    assert_eq!(toggle.text_content().unwrap(), "Hide all sections");
    click(&toggle);
    settle().await;
    for id in ["repeated-words", "whole-paragraph", "non-latin"] {
        let (button, panel) = section(&root, id);
        assert!(!is_open(&button, &panel), "{id} closed after hide all");
    }
}

#[wasm_bindgen_test]
async fn a_url_fragment_opens_the_collapsed_section_that_holds_it() {
    let _page = PageGuard::start();
    let location = web_sys::window().unwrap().location();
    location.set_hash("non-latin").unwrap();
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let (button, panel) = section(&root, "non-latin");
    assert!(is_open(&button, &panel), "opened on load");
    assert_eq!(active_id(), attr(&button, "id").unwrap());

    // A claim's fragment, changed while the page is open.
    let (button, panel) = section(&root, "whole-paragraph");
    assert!(!is_open(&button, &panel));
    location.set_hash("beta").unwrap();
    settle().await;
    assert!(
        is_open(&button, &panel),
        "hashchange opened the claim's section"
    );
    assert_eq!(active_id(), "beta", "focus is on the claim's words");
}

#[wasm_bindgen_test]
async fn find_in_page_reveals_a_collapsed_section() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let (button, panel) = section(&root, "whole-paragraph");
    // What the browser fires on the hidden="until-found" element when
    // find-in-page matches text inside it; it bubbles.
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("beforematch", &init).unwrap();
    find(&panel, "p").dispatch_event(&event).unwrap();
    panel.remove_attribute("hidden").unwrap();
    settle().await;
    assert!(
        is_open(&button, &panel),
        "state follows the browser's reveal"
    );
}

#[wasm_bindgen_test]
async fn a_callout_opens_closes_with_escape_and_returns_focus() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let mark = find(&root, "#prices-june");
    assert_eq!(attr(&mark, "role").as_deref(), Some("button"));
    assert_eq!(attr(&mark, "tabindex").as_deref(), Some("0"));
    assert_eq!(attr(&mark, "aria-expanded").as_deref(), Some("false"));
    let callout_id = attr(&mark, "aria-controls").unwrap();

    click(&mark);
    settle().await;
    assert_eq!(attr(&mark, "aria-expanded").as_deref(), Some("true"));
    let callout = document()
        .get_element_by_id(&callout_id)
        .expect("callout shown");
    assert_eq!(active_id(), callout_id, "focus moves into the callout");
    let text = callout.text_content().unwrap();
    assert!(text.contains("Supported"), "status in words: {text}");
    assert!(text.contains("The June figures were published"));
    let link = find(&callout, "a");
    assert_eq!(
        attr(&link, "href").as_deref(),
        Some("https://example.org/prices")
    );
    assert_eq!(attr(&link, "target").as_deref(), Some("_blank"));
    assert_eq!(attr(&link, "rel").as_deref(), Some("noopener noreferrer"));
    assert!(link
        .text_content()
        .unwrap()
        .starts_with("Verify with source"));

    key(&callout, "Escape");
    settle().await;
    assert!(
        document().get_element_by_id(&callout_id).is_none(),
        "closed"
    );
    assert_eq!(attr(&mark, "aria-expanded").as_deref(), Some("false"));
    assert_eq!(active_id(), "prices-june", "focus returns to the words");
}

#[wasm_bindgen_test]
async fn a_claim_opens_by_enter_and_space_and_only_one_is_open() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    key(&find(&root, "#prices-june"), "Enter");
    settle().await;
    assert_eq!(count(&root, ".ia-callout"), 1);
    // "alpha" lies in a collapsed section: opening it opens the section too.
    key(&find(&root, "#alpha"), " ");
    settle().await;
    assert_eq!(count(&root, ".ia-callout"), 1, "one callout at a time");
    assert_eq!(
        attr(&find(&root, "#alpha"), "aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&find(&root, "#prices-june"), "aria-expanded").as_deref(),
        Some("false")
    );
    // The close button closes it too.
    click(&find(&root, ".ia-callout__close"));
    settle().await;
    assert_eq!(count(&root, ".ia-callout"), 0);
    assert_eq!(active_id(), "alpha");
}

#[wasm_bindgen_test]
async fn the_key_claims_panel_jumps_to_a_claim_in_a_collapsed_section() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let summary = find(&root, ".ia-key-claims__summary")
        .text_content()
        .unwrap();
    assert!(
        summary.contains("Supported 1") && summary.contains("Unverified 1"),
        "{summary}"
    );
    let toggle = find(&root, ".ia-key-claims__toggle");
    let list = find(&root, ".ia-key-claims__list");
    assert_eq!(attr(&toggle, "aria-expanded").as_deref(), Some("false"));
    assert!(list.has_attribute("hidden"), "the list starts collapsed");
    click(&toggle);
    settle().await;
    assert_eq!(attr(&toggle, "aria-expanded").as_deref(), Some("true"));
    assert!(!list.has_attribute("hidden"));
    let items = root.query_selector_all(".ia-key-claims__jump").unwrap();
    assert_eq!(items.length(), 5);
    let fourth: Element = items.item(3).unwrap().unchecked_into();
    assert!(fourth.text_content().unwrap().contains("Unverified"));
    click(&fourth);
    settle().await;
    let (button, panel) = section(&root, "whole-paragraph");
    assert!(is_open(&button, &panel));
    assert_eq!(active_id(), "beta");
}

#[wasm_bindgen_test]
async fn verify_with_sources_moves_focus_to_the_sources_list() {
    let _page = PageGuard::start();
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let verify = root
        .query_selector_all(".ia-banner__button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<Element>();
    assert_eq!(verify.text_content().unwrap(), "Verify with sources");
    click(&verify);
    settle().await;
    assert!(
        active_id().ends_with("-sources-heading"),
        "focus on {}",
        active_id()
    );
}

#[wasm_bindgen_test]
async fn banner_details_and_dismissal_survive_a_remount() {
    let _page = PageGuard::start();
    let root = fixture();
    let mut handle = mount_ok(&root, EDGE).await;
    let details = find(&root, ".ia-banner__button[aria-controls]");
    let details_panel = document()
        .get_element_by_id(&attr(&details, "aria-controls").unwrap())
        .unwrap();
    assert!(details_panel.has_attribute("hidden"));
    click(&details);
    settle().await;
    assert_eq!(attr(&details, "aria-expanded").as_deref(), Some("true"));
    assert!(!details_panel.has_attribute("hidden"));
    assert!(details_panel
        .text_content()
        .unwrap()
        .contains("The Example Times news desk"));

    click(&find(&root, ".ia-banner__dismiss"));
    settle().await;
    let banner = find(&root, "aside.ia-banner");
    assert_eq!(attr(&banner, "data-dismissed").as_deref(), Some("true"));
    assert!(
        banner.text_content().unwrap().contains("AI-generated"),
        "the label stays"
    );
    assert!(
        active_id().ends_with("-banner-restore"),
        "focus on what replaced the button"
    );

    handle.unmount();
    let _again = mount_ok(&root, EDGE).await;
    let banner = find(&root, "aside.ia-banner");
    assert_eq!(
        attr(&banner, "data-dismissed").as_deref(),
        Some("true"),
        "remembered"
    );

    // Another article's banner is not affected.
    let other = fixture();
    let _handle = mount_ok(&other, MARKUP).await;
    assert_eq!(
        attr(&find(&other, "aside.ia-banner"), "data-dismissed").as_deref(),
        Some("false")
    );

    // Restoring forgets the dismissal.
    click(&find(&root, ".ia-banner__button"));
    settle().await;
    assert_eq!(
        attr(&find(&root, "aside.ia-banner"), "data-dismissed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_throwing_local_storage_only_means_not_remembered() {
    let _page = PageGuard::start();
    let window = web_sys::window().unwrap();
    let thrower = js_sys::Function::new_no_args("throw new Error('storage is disabled')");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);
    assert!(window.local_storage().is_err(), "storage now throws");

    let root = fixture();
    let mut handle = mount_ok(&root, EDGE).await;
    click(&find(&root, ".ia-banner__dismiss"));
    settle().await;
    assert_eq!(
        attr(&find(&root, "aside.ia-banner"), "data-dismissed").as_deref(),
        Some("true")
    );
    handle.unmount();
    let _again = mount_ok(&root, EDGE).await;
    assert_eq!(
        attr(&find(&root, "aside.ia-banner"), "data-dismissed").as_deref(),
        Some("false"),
        "not remembered, and nothing broke"
    );
}

#[wasm_bindgen_test]
async fn bad_input_shows_every_problem_and_throws_without_panicking() {
    let root = fixture();
    let error = mount(root.clone(), JsValue::from_str(MANY), JsValue::UNDEFINED)
        .err()
        .expect("mount throws on bad input");
    let message = JsValue::from(error)
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap();
    assert!(
        message.contains("claims[0].quote: \"1.4 billion users\" not found in section \"dup\""),
        "{message}"
    );
    settle().await;
    let error_box = find(&root, ".ia-error[role=alert]");
    assert!(count(&error_box, "li") >= 20);
    assert!(error_box
        .text_content()
        .unwrap()
        .contains("claims[1].quote"));

    // Not JSON, not an object, wrong types: each still an error box.
    for bad in [
        "{ not json",
        "[1, 2]",
        "42",
        include_str!("fixtures/invalid-types.json"),
    ] {
        let root = fixture();
        assert!(
            mount(root.clone(), JsValue::from_str(bad), JsValue::UNDEFINED).is_err(),
            "{bad}"
        );
        settle().await;
        find(&root, ".ia-error");
    }
    let root = fixture();
    assert!(mount(root.clone(), JsValue::from_f64(42.0), JsValue::UNDEFINED).is_err());

    // The element is free again: a good article mounts over the error box.
    let _handle = mount_ok(&root, EDGE).await;
    assert_eq!(count(&root, ".ia-error"), 0);
}

#[wasm_bindgen_test]
async fn an_article_object_mounts_like_its_json_text() {
    let root = fixture();
    let object = js_sys::JSON::parse(EDGE).unwrap();
    let handle =
        mount(root.clone(), object, JsValue::UNDEFINED).unwrap_or_else(|_| panic!("mounts"));
    let _mounted = Mounted {
        handle,
        root: root.clone(),
    };
    settle().await;
    assert_eq!(count(&root, "section.ia-section"), 3);
}

#[wasm_bindgen_test]
async fn mounting_twice_into_one_element_is_refused() {
    let root = fixture();
    let mut handle = mount_ok(&root, EDGE).await;
    assert!(mount(root.clone(), JsValue::from_str(EDGE), JsValue::UNDEFINED).is_err());
    handle.unmount();
    assert!(!handle.handle.mounted());
    handle.unmount();
    let _handle = mount_ok(&root, EDGE).await;
}

#[wasm_bindgen_test]
async fn markup_in_article_text_stays_text() {
    let root = fixture();
    let _handle = mount_ok(&root, MARKUP).await;
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
    for tag in ["script", "img", "iframe", "marquee", "b", "i", "u"] {
        assert_eq!(count(&root, tag), 0, "no <{tag}> from article text");
    }
    assert!(find(&root, "h1")
        .text_content()
        .unwrap()
        .starts_with("<script>"));
    // Open the callout and the banner details: their text is text too.
    click(&find(&root, "#script-claim"));
    click(&find(&root, ".ia-banner__button[aria-controls]"));
    settle().await;
    for tag in ["script", "img", "iframe", "marquee"] {
        assert_eq!(count(&root, tag), 0, "no <{tag}> after opening everything");
    }
    assert!(find(&root, ".ia-callout")
        .text_content()
        .unwrap()
        .contains("<img src=x"));
}

#[wasm_bindgen_test]
async fn a_javascript_url_never_becomes_a_link() {
    let root = fixture();
    assert!(mount(root.clone(), JsValue::from_str(JS_URL), JsValue::UNDEFINED).is_err());
    settle().await;
    assert_eq!(count(&root, "a"), 0);
    let text = find(&root, ".ia-error").text_content().unwrap();
    assert!(text.contains("sources[0].url"));
    assert!(text.contains("related[0].url"));
}

#[wasm_bindgen_test]
async fn release_takes_down_the_error_box_of_a_failed_mount() {
    let root = fixture();
    assert!(mount(root.clone(), JsValue::from_str(MANY), JsValue::UNDEFINED).is_err());
    settle().await;
    find(&root, ".ia-error");
    interactive_article::embed::release(&root);
    settle().await;
    assert_eq!(count(&root, ".ia-error"), 0);
    // Releasing an element that holds nothing is harmless.
    interactive_article::embed::release(&root);
    root.remove();
}

// ---------------------------------------------------------------------------
// Inside a shadow root, as in <interactive-article>: every focus move and deep
// link finds its target in the widget's own tree, which `document` cannot see.

/// A host element on the page with an open shadow root, and an element inside
/// that root to mount into. Removing the host removes everything.
struct InShadow {
    host: Element,
    shadow: web_sys::ShadowRoot,
    root: Element,
}

impl InShadow {
    fn new() -> InShadow {
        let host = fixture();
        let shadow = host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .unwrap();
        let root = document().create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        InShadow { host, shadow, root }
    }

    /// The id of the element focused inside the shadow root.
    fn active_id(&self) -> String {
        self.shadow
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }
}

impl Drop for InShadow {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// The element with `id` inside `root` (where `document` cannot look).
fn by_id(root: &Element, id: &str) -> Element {
    find(root, &format!("[id=\"{id}\"]"))
}

/// The toggle button and panel of a section, found inside `root`.
fn section_in(root: &Element, section_id: &str) -> (Element, Element) {
    let button = find(
        root,
        &format!("section[id=\"{section_id}\"] button.ia-section__toggle"),
    );
    let panel = by_id(root, &attr(&button, "aria-controls").unwrap());
    (button, panel)
}

/// Sets the URL fragment and waits for the `hashchange` event it fires (the
/// widget hears it first: its listener was added earlier), then for the
/// render that follows.
async fn change_hash(hash: &str) {
    let window = web_sys::window().unwrap();
    let wait = js_sys::Function::new_with_args(
        "resolve",
        "addEventListener('hashchange', () => resolve(), { once: true })",
    );
    let changed = js_sys::Promise::new(&mut |resolve, _| {
        wait.call1(&JsValue::NULL, &resolve).unwrap();
    });
    window.location().set_hash(hash).unwrap();
    wasm_bindgen_futures::JsFuture::from(changed).await.unwrap();
    settle().await;
}

/// Whether `element` is inside the viewport.
fn in_view(element: &Element) -> bool {
    let rect = element.get_bounding_client_rect();
    let height = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    rect.top() >= 0.0 && rect.bottom() <= height
}

/// A tall block before the widget, so that what is near its end starts far
/// below the viewport, as on a real page.
fn spacer() -> Element {
    let spacer = document().create_element("div").unwrap();
    spacer.set_attribute("style", "height: 4000px").unwrap();
    let body = document().body().unwrap();
    body.insert_before(&spacer, body.first_child().as_ref())
        .unwrap();
    spacer
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_a_callout_takes_focus_and_gives_it_back() {
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    let mark = by_id(&page.root, "prices-june");
    let callout_id = attr(&mark, "aria-controls").unwrap();
    click(&mark);
    settle().await;
    assert_eq!(page.active_id(), callout_id, "focus moves into the callout");

    key(&by_id(&page.root, &callout_id), "Escape");
    settle().await;
    assert_eq!(count(&page.root, ".ia-callout"), 0, "closed");
    assert_eq!(
        page.active_id(),
        "prices-june",
        "Escape returns focus to the words"
    );

    click(&mark);
    settle().await;
    click(&find(&page.root, ".ia-callout__close"));
    settle().await;
    assert_eq!(page.active_id(), "prices-june", "so does the close button");
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_verify_with_sources_focuses_the_sources_heading() {
    clear_storage();
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    let verify = page
        .root
        .query_selector_all(".ia-banner__button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<Element>();
    assert_eq!(verify.text_content().unwrap(), "Verify with sources");
    click(&verify);
    settle().await;
    let heading = find(&page.root, ".ia-sources__heading");
    assert!(!heading.id().is_empty());
    assert_eq!(page.active_id(), heading.id());
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_the_key_claims_list_jumps_to_the_words() {
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    click(&find(&page.root, ".ia-key-claims__toggle"));
    settle().await;
    let jumps = page
        .root
        .query_selector_all(".ia-key-claims__jump")
        .unwrap();
    click(&jumps.item(3).unwrap().unchecked_into::<Element>());
    settle().await;
    let (button, panel) = section_in(&page.root, "whole-paragraph");
    assert!(is_open(&button, &panel), "the claim's section opened");
    assert_eq!(page.active_id(), "beta", "focus on the claim's words");
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_dismissing_and_restoring_the_banner_move_focus() {
    clear_storage();
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    click(&find(&page.root, ".ia-banner__dismiss"));
    settle().await;
    let restore = find(&page.root, "aside.ia-banner[data-dismissed=true] button");
    assert!(!restore.id().is_empty());
    assert_eq!(
        page.active_id(),
        restore.id(),
        "focus on the restore button"
    );

    click(&restore);
    settle().await;
    let dismiss = find(&page.root, ".ia-banner__dismiss");
    assert_eq!(page.active_id(), dismiss.id(), "focus back on dismiss");
    clear_storage();
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_a_fragment_on_load_opens_its_section_and_shows_it() {
    let spacer = spacer();
    change_hash("non-latin").await;
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    let (button, panel) = section_in(&page.root, "non-latin");
    let opened = is_open(&button, &panel);
    let (active, shown) = (page.active_id(), in_view(&button));
    change_hash("").await;
    spacer.remove();
    assert!(opened, "the collapsed section opened");
    assert_eq!(active, button.id(), "its heading has focus");
    assert!(shown, "its heading is in view");
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_a_hashchange_opens_the_claims_section() {
    let spacer = spacer();
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    let (button, panel) = section_in(&page.root, "whole-paragraph");
    assert!(!is_open(&button, &panel));
    change_hash("beta").await;
    let opened = is_open(&button, &panel);
    let (active, shown) = (page.active_id(), in_view(&by_id(&page.root, "beta")));
    // And a section's fragment, the last section, far down the page.
    let (heading, section_panel) = section_in(&page.root, "non-latin");
    change_hash("non-latin").await;
    let section_opened = is_open(&heading, &section_panel);
    let (section_active, heading_shown) = (page.active_id(), in_view(&heading));
    change_hash("").await;
    spacer.remove();
    assert!(opened, "hashchange opened the claim's section");
    assert_eq!(active, "beta", "focus on the claim's words");
    assert!(shown, "the words are in view");
    assert!(section_opened, "hashchange opened the section");
    assert_eq!(section_active, heading.id(), "its heading has focus");
    assert!(heading_shown, "its heading is in view");
}

#[wasm_bindgen_test]
async fn copies_of_an_article_in_two_shadow_roots_keep_the_articles_ids() {
    // Each shadow root is a tree of its own: no prefix is needed, and a deep
    // link reaches the section in each.
    let (one, two) = (InShadow::new(), InShadow::new());
    let _one = mount_ok(&one.root, EDGE).await;
    let _two = mount_ok(&two.root, EDGE).await;
    change_hash("non-latin").await;
    let states: Vec<bool> = [&one, &two]
        .iter()
        .map(|page| {
            let (button, panel) = section_in(&page.root, "non-latin");
            is_open(&button, &panel)
        })
        .collect();
    change_hash("").await;
    assert_eq!(
        states,
        [true, true],
        "#non-latin opened the section in both"
    );
}

// ---------------------------------------------------------------------------
// The accordion's optional keys on section headings, in both embed modes.

/// Presses keys on the focused heading and checks where focus goes. `active`
/// reads the focused element's id where the widget lives.
async fn heading_keys_move_focus(root: &Element, active: impl Fn() -> String) {
    let headings: Vec<String> = (0..count(root, "button.ia-section__toggle"))
        .map(|i| {
            root.query_selector_all("button.ia-section__toggle")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .id()
        })
        .collect();
    assert_eq!(headings.len(), 3);
    let press = |name: &'static str| {
        let focused = by_id(root, &active());
        key(&focused, name);
    };
    by_id(root, &headings[0])
        .unchecked_into::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    assert_eq!(active(), headings[0]);
    for (name, expected) in [
        ("ArrowDown", 1),
        ("ArrowDown", 2),
        ("ArrowDown", 0), // wraps
        ("ArrowUp", 2),   // wraps
        ("ArrowUp", 1),
        ("Home", 0),
        ("End", 2),
    ] {
        press(name);
        settle().await;
        assert_eq!(active(), headings[expected], "{name} → heading {expected}");
    }
    // The keys move focus only.
    assert_eq!(
        count(root, "button.ia-section__toggle[aria-expanded=true]"),
        1,
        "no section opened or closed"
    );
}

#[wasm_bindgen_test]
async fn arrow_home_and_end_move_between_section_headings() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    heading_keys_move_focus(&root, active_id).await;
}

#[wasm_bindgen_test]
async fn arrow_home_and_end_move_between_section_headings_in_a_shadow_root() {
    let page = InShadow::new();
    let _handle = mount_ok(&page.root, EDGE).await;
    heading_keys_move_focus(&page.root, || page.active_id()).await;
}

// ---------------------------------------------------------------------------
// Rendering work per action.

/// How many sections render for what `act` does.
async fn section_renders_for(act: impl FnOnce()) -> u64 {
    use interactive_article::components::section_renders;
    let before = section_renders();
    act();
    settle().await;
    section_renders() - before
}

#[wasm_bindgen_test]
async fn one_reader_action_renders_only_the_section_it_touches() {
    clear_storage();
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    assert_eq!(
        section_renders_for(|| click(&section_in(&root, "whole-paragraph").0)).await,
        1,
        "toggling renders that section only"
    );
    assert_eq!(
        section_renders_for(|| click(&by_id(&root, "prices-june"))).await,
        1,
        "opening a claim renders its section only"
    );
    assert_eq!(
        section_renders_for(|| {
            click(&find(&root, ".ia-key-claims__toggle"));
            click(&find(&root, ".ia-banner__dismiss"));
        })
        .await,
        0,
        "outside the sections: none"
    );
    clear_storage();
}

// ---------------------------------------------------------------------------
// Languages and passages: the article's `lang` (or the host's `lang` option)
// picks the widget's text, in the page and in a shadow root; a source's
// passage is quoted in the callout and its link lands on it.

const GERMAN: &str = include_str!("fixtures/sources-quote-de.json");

/// The widget's own texts a reader sees first: the banner label, the toolbar
/// button, the sources heading, and the banner's `lang`.
fn chrome(root: &Element) -> (String, String, String, Option<String>) {
    let text = |selector: &str| find(root, selector).text_content().unwrap();
    (
        text(".ia-banner__label"),
        text(".ia-toolbar__toggle"),
        text(".ia-sources__heading"),
        attr(&find(root, "aside.ia-banner"), "lang"),
    )
}

#[wasm_bindgen_test]
async fn the_articles_lang_picks_the_widgets_text_in_the_page_and_in_a_shadow_root() {
    clear_storage();
    let root = fixture();
    let _german = mount_ok(&root, GERMAN).await;
    let german = (
        "KI-generierter Inhalt – bitte mit der Originalquelle abgleichen".to_owned(),
        "Alle Abschnitte einblenden".to_owned(),
        "Quellen".to_owned(),
        None, // the article's own language: nothing to mark
    );
    assert_eq!(chrome(&root), german);
    assert_eq!(
        find(&root, ".ia-banner__icon").text_content().unwrap(),
        "KI"
    );

    let page = InShadow::new();
    let _in_shadow = mount_ok(&page.root, GERMAN).await;
    assert_eq!(chrome(&page.root), german);
}

#[wasm_bindgen_test]
async fn the_hosts_lang_option_overrides_the_articles_by_its_primary_subtag() {
    clear_storage();
    let page = InShadow::new();
    let _greek = mount_with(&page.root, GERMAN, js(r#"{"lang": "el-GR"}"#)).await;
    assert_eq!(
        chrome(&page.root),
        (
            "Περιεχόμενο που δημιουργήθηκε από ΤΝ — επαληθεύστε το στην αρχική πηγή".to_owned(),
            "Εμφάνιση όλων των ενοτήτων".to_owned(),
            "Πηγές".to_owned(),
            Some("el".to_owned()),
        )
    );
    let root = fixture();
    let _portuguese = mount_with(&root, EDGE, js(r#"{"lang": "pt-BR"}"#)).await;
    assert_eq!(
        find(&root, ".ia-toolbar__toggle").text_content().unwrap(),
        "Mostrar todas as secções"
    );
    let other = fixture();
    let _unknown = mount_with(&other, GERMAN, js(r#"{"lang": "tlh"}"#)).await;
    assert_eq!(
        find(&other, ".ia-toolbar__toggle").text_content().unwrap(),
        "Show all sections",
        "a language the widget does not speak: English"
    );
}

#[wasm_bindgen_test]
async fn a_sources_passage_shows_in_the_callout_and_its_link_lands_on_it() {
    clear_storage();
    for in_shadow in [false, true] {
        let page = InShadow::new();
        let root = if in_shadow {
            page.root.clone()
        } else {
            fixture()
        };
        let _handle = mount_ok(&root, GERMAN).await;
        click(&by_id(&root, "strommenge"));
        settle().await;
        let callout = find(&root, ".ia-callout");
        let links: Vec<String> = (0..callout.query_selector_all("a").unwrap().length())
            .filter_map(|i| callout.query_selector_all("a").unwrap().get(i))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .filter_map(|a| attr(&a, "href"))
            .collect();
        assert_eq!(
            links,
            [
                "https://quellen.example/stadtwerke/jahresbericht-2025.html#kapitel-3:~:text=\
                 Mieterstrom%2DAnlagen:%201%2C2%20GWh%20f%C3%BCr%20840%20Haushalte%2C%20Kosten%20%26%20Erl%C3%B6se%20ausgeglichen",
                "mailto:presse@quellen.example",
            ],
            "in a shadow root: {in_shadow}"
        );
        let passages: Vec<String> = (0..callout.query_selector_all("q").unwrap().length())
            .filter_map(|i| callout.query_selector_all("q").unwrap().get(i))
            .filter_map(|node| node.text_content())
            .collect();
        assert_eq!(
            passages,
            [
                "Mieterstrom-Anlagen: 1,2 GWh für 840 Haushalte, Kosten & Erlöse ausgeglichen",
                "Die Zahlen gelten für das Kalenderjahr 2025.",
            ]
        );
        assert!(callout
            .text_content()
            .unwrap()
            .contains("Mit Quelle abgleichen: Jahresbericht 2025 der Stadtwerke"));
    }
}

// Provenance: the label names the review (also compact), a section's badge,
// a claim's history, and the line added to copied text.

const REVIEW_LABEL: &str =
    "AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor";

/// `EDGE` with `change` applied.
fn edge_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(EDGE).unwrap();
    change(&mut doc);
    doc.to_string()
}

fn label(root: &Element) -> String {
    find(root, ".ia-banner__label").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn the_label_names_the_review_and_keeps_it_when_dismissed() {
    let _page = PageGuard::start();
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    assert_eq!(label(&root), REVIEW_LABEL);
    let details = find(&root, ".ia-banner__details").text_content().unwrap();
    for part in [
        "An AI model generated this text.",
        "Reviewed on 1 March 2024 by Ada Example, standards editor.",
        "What was checked: every claim against the sources listed",
        "Editorial responsibility: The Example Times news desk",
    ] {
        assert!(details.contains(part), "{part:?} in {details:?}");
    }
    click(&find(&root, ".ia-banner__dismiss"));
    settle().await;
    assert_eq!(
        attr(&find(&root, "aside.ia-banner"), "data-dismissed").as_deref(),
        Some("true")
    );
    assert_eq!(
        label(&root),
        REVIEW_LABEL,
        "the compact label keeps the review"
    );
}

#[wasm_bindgen_test]
async fn the_label_says_when_no_one_reviewed_or_a_person_wrote_with_ai_help() {
    let _page = PageGuard::start();
    let unreviewed = edge_with(|doc| {
        doc["provenance"].as_object_mut().unwrap().remove("review");
    });
    let root = fixture();
    let _handle = mount_ok(&root, &unreviewed).await;
    assert_eq!(
        label(&root),
        "AI-generated content — verify with the original source"
    );
    assert!(find(&root, ".ia-banner__details")
        .text_content()
        .unwrap()
        .contains("No review by a person is recorded for this text."));

    let assisted = edge_with(|doc| doc["provenance"]["involvement"] = "assisted".into());
    let root = fixture();
    let _handle = mount_ok(&root, &assisted).await;
    assert_eq!(label(&root), "Written with AI assistance");
    assert!(find(&root, ".ia-banner__details")
        .text_content()
        .unwrap()
        .contains("A person wrote this text with help from an AI model."));
}

#[wasm_bindgen_test]
async fn a_section_badge_is_text_in_its_heading_button() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    assert_eq!(count(&root, ".ia-section__badge"), 1);
    let (button, _) = section(&root, "non-latin");
    let badge = find(&button, ".ia-section__badge");
    assert_eq!(attr(&badge, "data-involvement").as_deref(), Some("none"));
    assert_eq!(
        button.text_content().unwrap(),
        "中文段落, Written by a person"
    );
}

#[wasm_bindgen_test]
async fn an_updated_claim_shows_its_history_in_the_callout_and_the_key_claims_list() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    click(&find(&root, "[id=\"prices-june\"]"));
    settle().await;
    let update = find(&root, ".ia-callout .ia-callout__update");
    assert_eq!(attr(&update, "data-was").as_deref(), Some("unverified"));
    assert_eq!(
        update.text_content().unwrap(),
        "Updated 1 March 2024: was Unverified The statistics office published the June figures."
    );
    assert_eq!(
        count(&root, ".ia-key-claims__item[data-updated=\"true\"]"),
        1
    );
    assert_eq!(count(&root, ".ia-key-claims__updated"), 1);
    // Another claim, never updated, has no history in its callout.
    click(&find(&root, "[id=\"open-models-spread\"]"));
    settle().await;
    assert_eq!(count(&root, ".ia-callout .ia-callout__update"), 0);
}

/// Selects the contents of `target` (a real selection) and dispatches `copy`
/// on it as the browser does for Ctrl+C, with a fresh DataTransfer; returns
/// the plain text and HTML the widget put there, and whether it took over.
fn copy_from(target: &Element) -> (String, String, bool) {
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    let range = document().create_range().unwrap();
    range.select_node_contents(target).unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    init.set_clipboard_data(Some(&data));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("copy", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    (
        data.get_data("text/plain").unwrap(),
        data.get_data("text/html").unwrap(),
        event.default_prevented(),
    )
}

const COPY_LINE: &str =
    "AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor — https://example.org/news/edge-cases";

#[wasm_bindgen_test]
async fn copied_text_gets_the_label_and_the_canonical_url() {
    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    let (text, html, prevented) = copy_from(&find(&root, "p.ia-intro"));
    assert!(prevented);
    assert_eq!(
        text,
        format!("An introduction that is always shown.\n\n{COPY_LINE}")
    );
    assert!(
        html.starts_with("An introduction that is always shown."),
        "{html}"
    );
    assert!(html.ends_with(&format!("<p>{COPY_LINE}</p>")), "{html}");
}

#[wasm_bindgen_test]
async fn copied_text_gets_the_page_url_without_a_canonical_url_and_its_markup_is_text() {
    let article = edge_with(|doc| {
        doc.as_object_mut().unwrap().remove("canonicalUrl");
        doc["provenance"]["review"]["reviewer"] = "<b>Ada</b> & co".into();
    });
    let root = fixture();
    let _handle = mount_ok(&root, &article).await;
    let (text, html, _) = copy_from(&find(&root, "p.ia-intro"));
    let page = web_sys::window().unwrap().location().href().unwrap();
    assert!(text.ends_with(&format!(" — {page}")), "{text}");
    assert!(
        text.contains("reviewed on 1 March 2024 by <b>Ada</b> & co"),
        "{text}"
    );
    assert!(
        html.contains("reviewed on 1 March 2024 by &lt;b&gt;Ada&lt;/b&gt; &amp; co"),
        "the line is text in the HTML flavour: {html}"
    );
}

#[wasm_bindgen_test]
async fn copying_inside_a_shadow_root_adds_the_line_too() {
    let shadow = InShadow::new();
    let _handle = mount_ok(&shadow.root, EDGE).await;
    let target = shadow.shadow.query_selector("p.ia-intro").unwrap().unwrap();
    let (text, _, prevented) = copy_from(&target);
    assert!(prevented);
    assert_eq!(
        text,
        format!("An introduction that is always shown.\n\n{COPY_LINE}")
    );
    shadow.host.remove();
}

#[wasm_bindgen_test]
async fn with_copy_notice_off_or_nothing_selected_the_browser_copies() {
    let root = fixture();
    let _handle = mount_with(&root, EDGE, js(r#"{"copyNotice": false}"#)).await;
    let (text, html, prevented) = copy_from(&find(&root, "p.ia-intro"));
    assert_eq!((text.as_str(), html.as_str(), prevented), ("", "", false));

    let root = fixture();
    let _handle = mount_ok(&root, EDGE).await;
    web_sys::window()
        .unwrap()
        .get_selection()
        .unwrap()
        .unwrap()
        .remove_all_ranges()
        .unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("copy", &init).unwrap();
    find(&root, "p.ia-intro").dispatch_event(&event).unwrap();
    assert!(
        !event.default_prevented(),
        "an empty selection is left alone"
    );
    assert_eq!(data.get_data("text/plain").unwrap(), "");
}
