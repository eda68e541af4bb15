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
