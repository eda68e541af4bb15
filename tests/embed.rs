//! Browser tests of what an integrator touches: `mount` options (theme,
//! sections, UI language and strings, heading level), `setTheme`, and the
//! `ia-*` events with their `detail`.
#![cfg(target_arch = "wasm32")]

mod support;

use interactive_article::embed::mount;
use interactive_article::events::EVENTS;
use std::cell::RefCell;
use std::rc::Rc;
use support::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Every `ia-*` event dispatched on `target`, as `(type, detail JSON)`.
struct EventLog {
    events: Rc<RefCell<Vec<(String, String)>>>,
    _listeners: Vec<gloo_events::EventListener>,
}

impl EventLog {
    fn on(target: &web_sys::EventTarget) -> EventLog {
        let events = Rc::new(RefCell::new(Vec::new()));
        let listeners = EVENTS
            .iter()
            .map(|spec| {
                let events = events.clone();
                gloo_events::EventListener::new(target, spec.name, move |event| {
                    let event: &web_sys::CustomEvent = event.unchecked_ref();
                    assert!(
                        event.bubbles() && event.composed(),
                        "{} bubbles, composed",
                        event.type_()
                    );
                    // The detail has the fields the package's types declare
                    // for it (events::EVENTS), in that order.
                    let detail: js_sys::Object = event.detail().unchecked_into();
                    let keys: Vec<String> = js_sys::Object::keys(&detail)
                        .iter()
                        .filter_map(|key| key.as_string())
                        .collect();
                    let declared: Vec<&str> = spec.detail.iter().map(|field| field.0).collect();
                    assert_eq!(keys, declared, "{}'s detail", spec.name);
                    let detail = js_sys::JSON::stringify(&event.detail())
                        .map(String::from)
                        .unwrap_or_default();
                    events.borrow_mut().push((event.type_(), detail));
                })
            })
            .collect();
        EventLog {
            events,
            _listeners: listeners,
        }
    }

    fn take(&self) -> Vec<(String, String)> {
        self.events.borrow_mut().drain(..).collect()
    }
}

fn article_root(root: &Element) -> Element {
    find(root, "article.ia-article")
}

#[wasm_bindgen_test]
async fn theme_is_set_at_mount_and_changed_in_place() {
    use_stylesheet();
    let root = fixture();
    let mut mounted = mount_with(&root, EDGE, js(r#"{"theme":"dark"}"#)).await;
    let article = article_root(&root);
    assert_eq!(attr(&article, "data-theme").as_deref(), Some("dark"));
    let background = |e: &Element| {
        web_sys::window()
            .unwrap()
            .get_computed_style(e)
            .unwrap()
            .unwrap()
            .get_property_value("background-color")
            .unwrap()
    };
    let dark = background(&article);

    // Open a section first: a theme change must not reset what the reader did.
    click(&find(&root, "section#whole-paragraph button"));
    settle().await;
    mounted
        .handle
        .set_theme("light")
        .unwrap_or_else(|_| panic!("valid theme"));
    settle().await;
    let same = article_root(&root);
    assert!(
        same.is_same_node(Some(&article)),
        "re-themed without remounting"
    );
    assert_eq!(attr(&same, "data-theme").as_deref(), Some("light"));
    assert_ne!(background(&same), dark, "colours follow the theme");
    assert_eq!(
        attr(
            &find(&root, "section#whole-paragraph button"),
            "aria-expanded"
        )
        .as_deref(),
        Some("true")
    );
    assert!(mounted.handle.set_theme("sepia").is_err());
}

#[wasm_bindgen_test]
async fn the_default_theme_is_auto() {
    let root = fixture();
    let _mounted = mount_ok(&root, EDGE).await;
    assert_eq!(
        attr(&article_root(&root), "data-theme").as_deref(),
        Some("auto")
    );
}

#[wasm_bindgen_test]
async fn sections_can_all_start_collapsed_or_open() {
    let root = fixture();
    let _collapsed = mount_with(&root, EDGE, js(r#"{"sections":"collapsed"}"#)).await;
    assert_eq!(
        count(&root, "button.ia-section__toggle[aria-expanded=true]"),
        0
    );
    let other = fixture();
    let _open = mount_with(&other, EDGE, js(r#"{"sections":"open"}"#)).await;
    assert_eq!(
        count(&other, "button.ia-section__toggle[aria-expanded=false]"),
        0
    );
}

#[wasm_bindgen_test]
async fn heading_level_fits_the_host_outline() {
    let root = fixture();
    let _mounted = mount_with(&root, EDGE, js(r#"{"headingLevel":3}"#)).await;
    assert_eq!(count(&root, "h1, h2"), 0);
    assert!(find(&root, "h3").class_name().contains("ia-title"));
    assert_eq!(count(&root, "h4.ia-section__heading"), 3);
}

#[wasm_bindgen_test]
fn heading_level_texts_read_as_natively() {
    support::heading_levels::check_heading_level_texts();
}

#[wasm_bindgen_test]
async fn ui_strings_follow_the_article_language_and_can_be_overridden() {
    let chinese = EDGE.replace("\"lang\": \"en-GB\"", "\"lang\": \"zh-Hans\"");
    let root = fixture();
    let _zh = mount_ok(&root, &chinese).await;
    assert_eq!(
        find(&root, ".ia-toolbar__toggle").text_content().unwrap(),
        "展开全部章节"
    );
    assert!(find(&root, ".ia-meta")
        .text_content()
        .unwrap()
        .contains("2024年2月29日"));

    // The host's `lang` wins over the article's, and single strings override.
    let other = fixture();
    let options = js(r#"{"lang":"zh-Hans","strings":{"showAll":"Expand everything"}}"#);
    let _mixed = mount_with(&other, EDGE, options).await;
    assert_eq!(
        find(&other, ".ia-toolbar__toggle").text_content().unwrap(),
        "Expand everything"
    );
    assert_eq!(
        find(&other, ".ia-banner__button").text_content().unwrap(),
        "关于本文"
    );
}

/// The message of the error `mount` throws for `options` on the edge-case
/// article.
fn refused_options(root: &web_sys::Element, options: JsValue) -> String {
    let error = mount(root.clone(), JsValue::from_str(EDGE), options)
        .err()
        .expect("bad options throw");
    error_message(error)
}

/// Values of every kind cross the bridge as data: a function, a symbol or
/// an array is reported where it stands, and the event target may be the
/// window itself (a live object, never walked as data).
#[wasm_bindgen_test]
async fn options_of_any_kind_are_judged_where_they_stand() {
    let root = fixture();
    let make = js_sys::Function::new_no_args(
        "return { theme: () => 'dark', lang: Symbol('x'), strings: ['Show'], idPrefix: 7, eventTarget: window, copyNotice: false };",
    );
    let options = make.call0(&JsValue::NULL).unwrap();
    let message = refused_options(&root, options);
    for path in [
        "options.theme",
        "options.lang",
        "options.strings.0",
        "options.idPrefix",
    ] {
        assert!(message.contains(path), "{path} in {message}");
    }
    for path in ["options.eventTarget", "options.copyNotice"] {
        assert!(!message.contains(path), "{path} in {message}");
    }
}

#[wasm_bindgen_test]
async fn bad_options_are_reported_with_their_paths() {
    let root = fixture();
    let options = js(
        r#"{"theme":"sepia","sections":"some","headingLevel":9,"strings":{"nope":"x","showAll":3},"colour":"red"}"#,
    );
    let log = EventLog::on(&root);
    let message = refused_options(&root, options);
    for path in [
        "options.theme",
        "options.sections",
        "options.headingLevel",
        "options.strings.nope",
        "options.strings.showAll",
        "options.colour",
    ] {
        assert!(message.contains(path), "{path} in {message}");
    }
    settle().await;
    find(&root, ".ia-error");
    let events = log.take();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].0, "ia-error");
    assert!(
        events[0].1.contains("\"path\":\"options.theme\""),
        "{}",
        events[0].1
    );
}

#[wasm_bindgen_test]
async fn reader_actions_are_reported_as_events() {
    clear_storage();
    let root = fixture();
    let log = EventLog::on(&root);
    let _mounted = mount_ok(&root, EDGE).await;
    assert_eq!(
        log.take(),
        [(
            "ia-ready".to_owned(),
            r#"{"articleId":"edge-cases","sections":3,"claims":5}"#.to_owned()
        )]
    );

    click(&find(&root, "section#whole-paragraph button"));
    settle().await;
    click(&find(&root, "#prices-june"));
    settle().await;
    // A link click would open a tab; the event fires on the click itself.
    let link = find(&root, ".ia-callout a");
    link.add_event_listener_with_callback(
        "click",
        &js_sys::Function::new_with_args("e", "e.preventDefault()"),
    )
    .unwrap();
    click(&link);
    click(&find(&root, ".ia-toolbar__toggle"));
    click(&find(&root, ".ia-banner__dismiss"));
    settle().await;
    let events = log.take();
    let expected = [
        (
            "ia-section-toggle",
            r#"{"articleId":"edge-cases","sectionId":"whole-paragraph","expanded":true}"#,
        ),
        (
            "ia-claim-open",
            r#"{"articleId":"edge-cases","claimId":"prices-june","status":"supported"}"#,
        ),
        (
            "ia-source-click",
            r#"{"articleId":"edge-cases","sourceId":"stats-office","url":"https://example.org/prices","claimId":"prices-june"}"#,
        ),
        (
            "ia-section-toggle",
            r#"{"articleId":"edge-cases","sectionId":null,"expanded":true}"#,
        ),
        ("ia-disclaimer-dismiss", r#"{"articleId":"edge-cases"}"#),
    ];
    let got: Vec<(&str, &str)> = events
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_str()))
        .collect();
    assert_eq!(got, expected);
    clear_storage();
}

#[wasm_bindgen_test]
async fn events_go_to_the_event_target_the_host_names() {
    let root = fixture();
    let target = fixture();
    let on_root = EventLog::on(&root);
    let on_target = EventLog::on(&target);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"eventTarget".into(), &target).unwrap();
    let _mounted = mount_with(&root, EDGE, options.into()).await;
    assert!(on_root.take().is_empty());
    assert_eq!(on_target.take().len(), 1, "ia-ready on the named target");
    target.remove();
}

#[wasm_bindgen_test]
async fn strings_can_arrive_as_json_text_as_from_an_attribute() {
    let root = fixture();
    let options = js(r#"{"strings":"{\"hideAll\":\"Fold everything\"}"}"#);
    let _mounted = mount_with(&root, EDGE, options).await;
    click(&find(&root, ".ia-toolbar__toggle"));
    settle().await;
    assert_eq!(
        find(&root, ".ia-toolbar__toggle").text_content().unwrap(),
        "Fold everything"
    );
    let other = fixture();
    let error = mount(
        other.clone(),
        JsValue::from_str(EDGE),
        js(r#"{"strings":"{not json"}"#),
    )
    .err()
    .expect("bad JSON in strings throws");
    assert!(error_message(error).contains("options.strings: is not valid JSON"));
}

// ---------------------------------------------------------------------------
// Element ids on the host page, and the `idPrefix` option.

/// Every id inside `root`.
fn ids_in(root: &Element) -> Vec<String> {
    let all = root.query_selector_all("[id]").unwrap();
    (0..all.length())
        .map(|i| all.item(i).unwrap().unchecked_into::<Element>().id())
        .collect()
}

/// Sets the URL fragment and waits for its `hashchange` event, then for the
/// render that follows.
async fn change_hash(hash: &str) {
    let wait = js_sys::Function::new_with_args(
        "resolve",
        "addEventListener('hashchange', () => resolve(), { once: true })",
    );
    let changed = js_sys::Promise::new(&mut |resolve, _| {
        wait.call1(&JsValue::NULL, &resolve).unwrap();
    });
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    wasm_bindgen_futures::JsFuture::from(changed).await.unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn two_copies_of_an_article_on_one_page_never_share_an_id() {
    let first = fixture();
    let second = fixture();
    let _first = mount_ok(&first, EDGE).await;
    let _second = mount_ok(&second, EDGE).await;
    let (a, b) = (ids_in(&first), ids_in(&second));
    assert!(
        a.contains(&"non-latin".to_owned()),
        "the first keeps the article's ids"
    );
    assert!(
        b.contains(&"edge-cases-2-non-latin".to_owned()),
        "the second takes a prefix: {b:?}"
    );
    let mut all = a.clone();
    all.extend(b.iter().cloned());
    let unique: std::collections::HashSet<_> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "duplicate ids: {all:?}");
    // No aria reference in the second points into the first.
    for reference in ["aria-controls", "aria-labelledby"] {
        let referrers = second
            .query_selector_all(&format!("[{reference}]"))
            .unwrap();
        for i in 0..referrers.length() {
            let id = attr(&referrers.item(i).unwrap().unchecked_into(), reference).unwrap();
            assert!(
                !a.contains(&id),
                "{reference}={id} points into the other widget"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn the_id_prefix_option_prefixes_every_id_and_its_fragment() {
    let root = fixture();
    let _mounted = mount_with(&root, EDGE, js(r#"{"idPrefix":"story-"}"#)).await;
    let ids = ids_in(&root);
    assert!(!ids.is_empty());
    for id in &ids {
        assert!(id.starts_with("story-"), "{id}");
    }
    assert!(ids.contains(&"story-non-latin".to_owned()));
    // The fragment that names a section is its element id.
    change_hash("story-non-latin").await;
    let button = find(&root, "section#story-non-latin button.ia-section__toggle");
    let expanded = attr(&button, "aria-expanded");
    change_hash("").await;
    assert_eq!(expanded.as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_bad_id_prefix_is_reported() {
    for bad in [
        r#"{"idPrefix":"my story"}"#,
        r#"{"idPrefix":""}"#,
        r#"{"idPrefix":3}"#,
    ] {
        let root = fixture();
        let error = mount(root.clone(), JsValue::from_str(EDGE), js(bad))
            .err()
            .expect("a bad idPrefix throws");
        let message = error_message(error);
        assert!(
            message.contains("options.idPrefix: must start with a letter"),
            "{bad}: {message}"
        );
        root.remove();
    }
}

// ---------------------------------------------------------------------------
// `lang`: the article's text in the article's language, the widget's own text
// in the language of its UI strings.

#[wasm_bindgen_test]
async fn ui_text_carries_its_own_lang_when_it_differs_from_the_article() {
    clear_storage();
    let root = fixture();
    let _mounted = mount_with(&root, EDGE, js(r#"{"lang":"zh-Hans"}"#)).await;
    let article = article_root(&root);
    assert_eq!(
        attr(&article, "lang").as_deref(),
        Some("en-GB"),
        "the article's text"
    );
    let lang_of = |selector: &str| {
        find(&root, selector)
            .closest("[lang]")
            .unwrap()
            .and_then(|e| attr(&e, "lang"))
    };
    for chrome in [
        ".ia-toolbar__toggle",
        ".ia-banner__label",
        ".ia-banner__dismiss",
        ".ia-key-claims__heading",
        ".ia-key-claims__toggle",
        ".ia-sources__heading",
        ".ia-meta__reading-time",
    ] {
        assert_eq!(lang_of(chrome).as_deref(), Some("zh-Hans"), "{chrome}");
    }
    for text in [
        ".ia-title",
        ".ia-standfirst",
        ".ia-section__title",
        ".ia-claim__words",
        ".ia-key-claims__quote",
        ".ia-sources__item a",
    ] {
        assert_eq!(lang_of(text).as_deref(), Some("en-GB"), "{text}");
    }
    // Inside the banner's details and a callout, the article's words again.
    click(&find(&root, ".ia-banner__button[aria-controls]"));
    click(&find(&root, "#prices-june"));
    settle().await;
    assert_eq!(lang_of(".ia-banner__disclaimer").as_deref(), Some("en-GB"));
    assert_eq!(lang_of(".ia-callout__label").as_deref(), Some("zh-Hans"));
    assert_eq!(
        lang_of(".ia-callout__explanation").as_deref(),
        Some("en-GB")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn ui_text_in_the_articles_language_adds_no_lang() {
    let root = fixture();
    let _mounted = mount_ok(&root, EDGE).await;
    assert_eq!(count(&root, "[lang]"), 1, "only <article lang>");
    // English labels in a Norwegian article (a language the widget does
    // not speak) say they are English.
    let norwegian = EDGE.replace("\"lang\": \"en-GB\"", "\"lang\": \"nb\"");
    let other = fixture();
    let _nb = mount_ok(&other, &norwegian).await;
    assert_eq!(attr(&article_root(&other), "lang").as_deref(), Some("nb"));
    assert_eq!(
        attr(&find(&other, ".ia-toolbar"), "lang").as_deref(),
        Some("en")
    );
}
