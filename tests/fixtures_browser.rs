//! Every fixture through `mount` in a real browser, compared with what the
//! native reader and validator make of it (`tests/fixture-outcomes.json`,
//! written by `cargo run --example fixture_outcomes`): each file's JSON text,
//! and the object `JSON.parse` makes of it, is mounted into a fresh element;
//! an invalid one must list exactly the native problems (paths and messages)
//! in the thrown error, the `ia-error` detail and the error box, and a valid
//! one must render its title, sections and claims.
#![cfg(target_arch = "wasm32")]

mod support;

use interactive_article::embed::{mount, release};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::rc::Rc;
use support::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Every fixture, by its name under `tests/fixtures/`, with its text. The wasm
/// test cannot list a folder; `every_fixture_is_listed` checks this list
/// against the outcomes file, whose names the native test checks against the
/// folders.
macro_rules! fixtures {
    ($($name:literal,)*) => {
        &[$(($name, include_str!(concat!("fixtures/", $name))),)*]
    };
}

const FIXTURES: &[(&str, &str)] = fixtures![
    "edge-cases.json",
    "hostile-javascript-url.json",
    "hostile-markup.json",
    "invalid-many-problems.json",
    "invalid-source-quote.json",
    "invalid-syntax.json",
    "invalid-types.json",
    "invalid-unknown-field.json",
    "sources-quote-de.json",
    "valid-minimal.json",
    "invalid-provenance.json",
    "valid-provenance.json",
    "hostile/combining-characters.json",
    "hostile/control-characters.json",
    "hostile/date-edge-forms.json",
    "hostile/deep-nesting-within-limit.json",
    "hostile/deep-nesting.json",
    "hostile/duplicate-keys.json",
    "hostile/duplicate-nested-keys.json",
    "hostile/emoji-ids.json",
    "hostile/emoji-text.json",
    "hostile/fullwidth-digits.json",
    "hostile/lang-multibyte-subtag.json",
    "hostile/lang-tricks.json",
    "hostile/lone-leading-surrogate.json",
    "hostile/lone-trailing-surrogate.json",
    "hostile/long-paragraph.json",
    "hostile/many-claims.json",
    "hostile/many-overlapping-claims.json",
    "hostile/markup-everywhere.json",
    "hostile/multibyte-dates.json",
    "hostile/multibyte-text.json",
    "hostile/nulls-everywhere.json",
    "hostile/number-forms.json",
    "hostile/repeated-quote.json",
    "hostile/right-to-left.json",
    "hostile/surrogate-in-key.json",
    "hostile/top-level-array.json",
    "hostile/top-level-string.json",
    "hostile/unknown-fields-everywhere.json",
    "hostile/url-tricks.json",
    "hostile/version-overflow.json",
    "hostile/whitespace-only-text.json",
    "hostile/wrong-types.json",
];

const OUTCOMES: &str = include_str!("fixture-outcomes.json");

fn outcomes() -> Value {
    serde_json::from_str(OUTCOMES).unwrap()
}

/// The wasm's reader writes a number where another type belongs as serde_json
/// did, and as the native reader does (tests/support/float_messages.rs).
#[wasm_bindgen_test]
fn numbers_in_messages_are_written_as_natively() {
    for (number, message) in support::float_messages::FLOAT_MESSAGES {
        let text = format!("{{\"version\": {number}}}");
        let problems = interactive_article::format::parse_json_str(&text).unwrap_err();
        let problem = problems.last().unwrap();
        assert_eq!(
            (problem.path.as_str(), problem.message.as_str()),
            ("version", *message),
            "{number}"
        );
    }
}

#[wasm_bindgen_test]
fn every_fixture_is_listed() {
    let outcomes = outcomes();
    let expected: Vec<&String> = outcomes.as_object().unwrap().keys().collect();
    let mut listed: Vec<&str> = FIXTURES.iter().map(|(name, _)| *name).collect();
    listed.sort_unstable();
    let mut expected: Vec<&str> = expected.iter().map(|s| s.as_str()).collect();
    expected.sort_unstable();
    assert_eq!(listed, expected, "add new fixtures to FIXTURES");
}

#[wasm_bindgen_test]
async fn every_fixture_as_text_is_judged_as_natively() {
    let outcomes = outcomes();
    let mut differing = Vec::new();
    for (name, text) in FIXTURES {
        let seen = mount_and_observe(JsValue::from_str(text)).await;
        let expected = &outcomes[name]["text"];
        if &seen != expected {
            differing.push(format!("{name}:\n  browser: {seen}\n  native:  {expected}"));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

#[wasm_bindgen_test]
async fn every_fixture_as_a_json_parsed_object_is_judged_as_natively() {
    let outcomes = outcomes();
    let mut differing = Vec::new();
    for (name, text) in FIXTURES {
        let expected = &outcomes[name]["object"];
        let seen = match js_sys::JSON::parse(text) {
            // JSON.parse refused the text, so there is no object to mount.
            Err(_) => Value::Null,
            Ok(object) => mount_and_observe(object).await,
        };
        if &seen != expected {
            differing.push(format!("{name}:\n  browser: {seen}\n  native:  {expected}"));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

#[wasm_bindgen_test]
async fn text_holding_half_a_surrogate_pair_is_refused_not_altered() {
    // A JS string can hold a lone surrogate that no JSON escape wrote; copied
    // into Rust it would silently become U+FFFD.
    let text = js_sys::JSON::parse(r#""{\"title\": \"\ud800\"}""#).unwrap();
    assert!(text.is_string());
    let seen = mount_and_observe(text).await;
    assert_eq!(
        seen,
        json!({ "problems": [{
            "path": "",
            "message": "the article text holds half of a surrogate pair (a lone UTF-16 \\uD800-\\uDFFF unit), which is not a character"
        }] })
    );
}

#[wasm_bindgen_test]
fn a_text_copied_in_slices_is_copied_whole_and_judged_as_in_one_go() {
    use interactive_article::format::{text_of, TextCopy, COPY_SLICE};
    let copied = |text: &js_sys::JsString| {
        let mut copy = TextCopy::new(text.clone());
        let mut steps = 1;
        loop {
            if let Some(copied) = copy.step() {
                return (copied, steps);
            }
            steps += 1;
        }
    };
    // A surrogate pair across the first slice's edge, and text of more than
    // one byte a character after it.
    let edge = COPY_SLICE as usize - 1;
    let text = format!(
        "{}😀{}",
        "a".repeat(edge),
        "é中".repeat(COPY_SLICE as usize / 4)
    );
    let (copy, steps) = copied(&js_sys::JsString::from(text.as_str()));
    assert_eq!(copy.as_deref(), Ok(text.as_str()));
    // A slice at a time, then the copy.
    assert!(steps > 2, "{steps}");
    // Half a pair, at the edge and past it: refused as in one go.
    for at in [edge, edge + 7] {
        let json = format!("\"{}\\ud800{}\"", "a".repeat(at), "b".repeat(9));
        let lone: js_sys::JsString = js_sys::JSON::parse(&json).unwrap().unchecked_into();
        let (copy, _) = copied(&lone);
        assert!(copy.is_err(), "{at}");
        assert_eq!(copy, text_of(&lone), "{at}");
    }
}

/// Mounts `article` into a fresh element and reports what a reader and the
/// host see, in the form of the outcomes file. For a refused article the
/// thrown message, the `ia-error` detail and the error box must agree.
async fn mount_and_observe(article: JsValue) -> Value {
    let root = fixture();
    let reported: Rc<RefCell<Option<JsValue>>> = Rc::default();
    let listener = {
        let reported = Rc::clone(&reported);
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            *reported.borrow_mut() = Some(event.detail());
        })
    };
    root.add_event_listener_with_callback("ia-error", listener.as_ref().unchecked_ref())
        .unwrap();
    let outcome = match mount(root.clone(), article, JsValue::UNDEFINED) {
        Ok(mut handle) => {
            settle().await;
            assert!(reported.borrow().is_none(), "ia-error for a valid article");
            let outcome = json!({
                "valid": {
                    "title": find(&root, "h1").text_content().unwrap_or_default(),
                    "sections": count(&root, "section.ia-section"),
                    "claims": count(&root, "[role=button].ia-claim__words"),
                }
            });
            handle.unmount();
            outcome
        }
        Err(error) => {
            let thrown = error_message(error);
            settle().await;
            let detail = reported
                .borrow_mut()
                .take()
                .expect("ia-error was dispatched");
            let problems = problems_in_detail(&detail);
            let listed: Vec<String> = problems
                .iter()
                .map(|(path, message)| {
                    if path.is_empty() {
                        message.clone()
                    } else {
                        format!("{path}: {message}")
                    }
                })
                .collect();
            assert_eq!(
                thrown,
                format!(
                    "interactive-article: the article could not be shown:\n{}",
                    listed.join("\n")
                ),
                "the thrown error lists what ia-error does"
            );
            assert_eq!(
                problems_in_error_box(&root),
                problems,
                "the error box lists what ia-error does"
            );
            release(&root);
            json!({
                "problems": problems
                    .iter()
                    .map(|(path, message)| json!({ "path": path, "message": message }))
                    .collect::<Vec<_>>()
            })
        }
    };
    root.remove_event_listener_with_callback("ia-error", listener.as_ref().unchecked_ref())
        .unwrap();
    root.remove();
    outcome
}

fn problems_in_detail(detail: &JsValue) -> Vec<(String, String)> {
    let list = js_sys::Reflect::get(detail, &"problems".into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|item| {
            let field = |key: &str| {
                js_sys::Reflect::get(&item, &key.into())
                    .unwrap()
                    .as_string()
                    .unwrap()
            };
            (field("path"), field("message"))
        })
        .collect()
}

fn problems_in_error_box(root: &Element) -> Vec<(String, String)> {
    let items = root.query_selector_all(".ia-error__item").unwrap();
    (0..items.length())
        .map(|i| {
            let item: Element = items.item(i).unwrap().unchecked_into();
            let text = |selector: &str| {
                item.query_selector(selector)
                    .unwrap()
                    .and_then(|e| e.text_content())
                    .unwrap_or_default()
            };
            (text(".ia-error__path"), text(".ia-error__message"))
        })
        .collect()
}
