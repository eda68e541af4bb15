//! What the native reader and validator make of every fixture: the expected
//! outcomes that `tests/fixture-outcomes.json` holds for the browser and
//! end-to-end tiers. Shared by `examples/fixture_outcomes.rs`, which writes the
//! file, and `tests/fixtures.rs`, which fails when it is out of date.
#![allow(dead_code)]

use interactive_article::format::{parse_json, Input, LONE_SURROGATE};
use interactive_article::model::{validate_parsed, Problems};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The checked-in file of expected outcomes.
pub const OUTCOMES_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixture-outcomes.json");

/// The folders whose `*.json` files are fixtures, relative to `tests/fixtures`.
pub const FOLDERS: [&str; 2] = ["", "hostile"];

/// Every fixture, as its name relative to `tests/fixtures` (`hostile/emoji.json`)
/// and its text, sorted by name.
pub fn fixtures() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found = Vec::new();
    for folder in FOLDERS {
        let dir: PathBuf = root.join(folder);
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let name = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
                found.push((name, text));
            }
        }
    }
    found.sort();
    found
}

/// `"valid"` with what a reader sees of the article (title, number of
/// sections and of marked claims), or the problems, each `{ path, message }`.
pub fn outcome(text: &str, input: Input) -> Value {
    match parse_json(text, input)
        .map_err(Problems::from)
        .and_then(validate_parsed)
    {
        Ok(article) => json!({
            "valid": {
                "title": &*article.title,
                "sections": article.sections.len(),
                "claims": article.claims.len(),
            }
        }),
        Err(problems) => json!({
            "problems": problems
                .iter()
                .map(|p| json!({ "path": p.path, "message": p.message }))
                .collect::<Vec<_>>()
        }),
    }
}

/// What `mount` makes of `JSON.parse(text)`, worked out natively: `null` when
/// `JSON.parse` throws. `JSON.parse` keeps the last of two equal keys (in the
/// first one's place, as an `IndexMap` does), writes integral numbers without
/// a fraction, and, unlike serde_json, accepts lone surrogates and any depth;
/// `JSON.stringify` then writes those back as they were, so serde_json stops
/// at the same place with the same path.
pub fn object_outcome(text: &str) -> Value {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => outcome(&as_javascript_writes_it(value).to_string(), Input::Object),
        Err(_) => {
            // Where serde_json is stricter than JSON.parse, the reader reports
            // it; the same text, read as from an object, says what.
            let Value::Object(text_outcome) = outcome(text, Input::Text) else {
                unreachable!("an outcome is an object")
            };
            let lone_surrogate = text_outcome
                .get("problems")
                .and_then(Value::as_array)
                .is_some_and(|problems| {
                    problems.iter().any(|p| {
                        p["message"]
                            .as_str()
                            .is_some_and(|m| m.starts_with(LONE_SURROGATE))
                    })
                });
            let too_deep = serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
            if lone_surrogate || too_deep {
                outcome(text, Input::Object)
            } else {
                Value::Null
            }
        }
    }
}

/// Numbers as JavaScript writes them: an integral double has no fraction.
fn as_javascript_writes_it(value: Value) -> Value {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => {
                json!(f as i64)
            }
            _ => Value::Number(n),
        },
        Value::Array(items) => {
            Value::Array(items.into_iter().map(as_javascript_writes_it).collect())
        }
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, as_javascript_writes_it(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The whole file: per fixture, the outcome of its text and of its
/// `JSON.parse`d object.
pub fn all_outcomes() -> String {
    let table: BTreeMap<String, Value> = fixtures()
        .into_iter()
        .map(|(name, text)| {
            let entry = json!({
                "text": outcome(&text, Input::Text),
                "object": object_outcome(&text),
            });
            (name, entry)
        })
        .collect();
    serde_json::to_string_pretty(&table).unwrap() + "\n"
}
