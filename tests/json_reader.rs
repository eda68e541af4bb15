//! The JSON reader (`src/format/json.rs`) says what serde_json with serde's
//! derives, serde_path_to_error and serde_ignored said before it replaced
//! them: the same document, the same unknown fields, the same problem with
//! the same path and position, for every fixture, every prefix of the small
//! ones, and thousands of mutations (bytes inserted, replaced or removed;
//! values swapped for others of any shape). That stack is kept here, as it
//! was in `src/format/parse.rs`, as the oracle.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::format::{
    parse_json, ArticleDoc, Input, ParseError, Parsed, LONE_SURROGATE,
};
use proptest::prelude::*;
use serde_json::Value;

#[path = "support/float_messages.rs"]
mod float_messages;

/// What the serde stack made of `text` (the reader as it was).
fn oracle(text: &str, input: Input) -> Result<Parsed, Vec<ParseError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        return Err(vec![ParseError {
            path: String::new(),
            message: "the article must be a JSON object ({ ... })".into(),
        }]);
    }
    let mut unknown_fields = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = serde_path_to_error::deserialize::<_, ArticleDoc>(serde_ignored::Deserializer::new(
        &mut deserializer,
        &mut |path: serde_ignored::Path<'_>| unknown_fields.push(unknown_field(&path)),
    ))
    .map_err(|err| {
        let path = err.path().to_string();
        ParseError {
            path: if path == "." || path == "?" {
                String::new()
            } else {
                path
            },
            message: json_message(err.inner(), input),
        }
    })
    .and_then(|doc| {
        deserializer.end().map_err(|err| ParseError {
            path: String::new(),
            message: json_message(&err, input),
        })?;
        Ok(doc)
    });
    match read {
        Ok(doc) => Ok(Parsed {
            doc,
            unknown_fields,
        }),
        Err(err) => {
            unknown_fields.push(err);
            Err(unknown_fields)
        }
    }
}

fn json_message(err: &serde_json::Error, input: Input) -> String {
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    let bare = message.strip_suffix(&position).unwrap_or(&message);
    let bare = match bare {
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => LONE_SURROGATE,
        bare => bare,
    };
    if input == Input::Text && !err.is_data() && message.ends_with(&position) {
        format!("{bare}{position}")
    } else {
        bare.to_owned()
    }
}

fn unknown_field(path: &serde_ignored::Path<'_>) -> ParseError {
    fn segments(path: &serde_ignored::Path<'_>, text: &mut String, name: &mut String) {
        use serde_ignored::Path;
        match path {
            Path::Root => {}
            Path::Seq { parent, index } => {
                segments(parent, text, name);
                text.push_str(&format!("[{index}]"));
            }
            Path::Map { parent, key } => {
                segments(parent, text, name);
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
                name.clone_from(key);
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => segments(parent, text, name),
        }
    }
    let (mut text, mut name) = (String::new(), String::new());
    segments(path, &mut text, &mut name);
    ParseError {
        message: format!("unknown field `{name}`: format v1 has no such field (misspelt?)"),
        path: text,
    }
}

/// Fails with both outcomes when the reader and the oracle differ on `text`.
fn same(text: &str) -> Result<(), String> {
    for input in [Input::Text, Input::Object] {
        let (read, expected) = (parse_json(text, input), oracle(text, input));
        if read != expected {
            return Err(format!(
                "{input:?} input {text:?}\n  reader: {:?}\n  serde:  {:?}",
                read.err(),
                expected.err()
            ));
        }
    }
    Ok(())
}

#[path = "support/fixture_files.rs"]
mod fixture_files;
use fixture_files::json_files as fixtures;

#[test]
fn every_fixture_is_read_as_serde_read_it() {
    let fixtures = fixtures();
    assert!(fixtures.len() > 40);
    let failures: Vec<String> = fixtures
        .iter()
        .filter_map(|(name, text)| same(text).err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_prefix_of_the_small_fixtures_is_read_as_serde_read_it() {
    let mut failures = Vec::new();
    for (name, text) in fixtures().iter().filter(|(_, text)| text.len() < 4000) {
        for end in (0..=text.len()).filter(|end| text.is_char_boundary(*end)) {
            if let Err(failure) = same(&text[..end]) {
                failures.push(format!("{name} up to byte {end}: {failure}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures; the first:\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Documents that take each step of the reader somewhere unusual.
const EDGES: &[&str] = &[
    r#"{"version": 01}"#,
    r#"{"version": -}"#,
    r#"{"version": 1.}"#,
    r#"{"version": 1.e3}"#,
    r#"{"version": 1e}"#,
    r#"{"version": 1e+}"#,
    r#"{"version": -0}"#,
    r#"{"version": -0.0}"#,
    r#"{"version": 1e400}"#,
    r#"{"version": 1e-400}"#,
    r#"{"version": 0e99999999999}"#,
    r#"{"version": 1e99999999999}"#,
    r#"{"version": 1e-99999999999}"#,
    r#"{"version": 18446744073709551615}"#,
    r#"{"version": 18446744073709551616}"#,
    r#"{"version": 184467440737095516160000.5e3}"#,
    r#"{"version": 0.000000000000000000000000000000000000001234}"#,
    r#"{"version": 1.8446744073709551615999}"#,
    r#"{"version": -9223372036854775808}"#,
    r#"{"version": -9223372036854775809}"#,
    r#"{"version": 4294967296}"#,
    r#"{"version": -1}"#,
    r#"{"version": 2.5}"#,
    r#"{"version": "1"}"#,
    r#"{"version": true}"#,
    r#"{"version": nul}"#,
    r#"{"version": tru }"#,
    r#"{"version": [1]}"#,
    r#"{"title": "a\x"}"#,
    r#"{"title": "a\u12"}"#,
    r#"{"title": "a\u12G4"}"#,
    r#"{"title": "\uD800"}"#,
    r#"{"title": "\uD800\u0041"}"#,
    r#"{"title": "\uD800x"}"#,
    r#"{"title": "\uD800\x"}"#,
    r#"{"title": "\uDC00"}"#,
    r#"{"title": "\uD83D\uDE00 and \u00e9\n\t\/\b\f\r\"\\"}"#,
    "{\"title\": \"tab\there\"}",
    "{\"colapsed\": \"tab\there\"}",
    r#"{"colapsed": "a\u12"}"#,
    r#"{"colapsed": "\uDC00"}"#,
    r#"{"title": 5, "title": 6}"#,
    r#"{"title": "a", "title": "b"}"#,
    r#"{"unknown": 1, "unknown": 2, "title": "x"}"#,
    r#"{"title": "a",}"#,
    r#"{"title": "a" "id": "b"}"#,
    r#"{"title" "a"}"#,
    r#"{"title": }"#,
    r#"{1: 2}"#,
    r#"{"sections": [{"id": "a",}]}"#,
    r#"{"sections": [{"id": "a" "heading": "b"}]}"#,
    r#"{"sections": [{"paragraphs": ["a",]}]}"#,
    r#"{"sections": [{"paragraphs": ["a" "b"]}]}"#,
    r#"{"sections": [{"paragraphs": ["a"], "collapsed": "yes"}]}"#,
    r#"{"sections": [{"paragraphs": ["a"], "collapsed": null}]}"#,
    r#"{"sections": [{"paragraphs": null}]}"#,
    r#"{"sections": [null]}"#,
    r#"{"sections": {}}"#,
    r#"{"sections": [["a", "b", ["c"], false, {"involvement": "none"}]]}"#,
    r#"{"sections": [["a", "b", ["c"]]]}"#,
    r#"{"sections": [["a", "b", ["c"], true, null, 7]]}"#,
    r#"{"sections": [["a", "b", ["c"], true, null,]]}"#,
    r#"{"sections": [["a"]]}"#,
    r#"{"sections": [[]]}"#,
    r#"{"provenance": ["x"]}"#,
    r#"{"provenance": [true, null, null, [], "generated", ["r", "2024-01-01", "s"]]}"#,
    r#"{"discussion": []}"#,
    r#"{"discussion": ["p", null]}"#,
    r#"{"claims": [{"history": [{"date": 1}]}]}"#,
    r#"{"x": [1, [2, {"a": [3, {"b": null}]}], "c\u0041"], "title": "t"}"#,
    r#"{"x": [1 2]}"#,
    r#"{"x": {"a" 1}}"#,
    r#"{"x": {"a": 1 "b": 2}}"#,
    r#"{"x": {1: 2}}"#,
    r#"{"x": [1,]}"#,
    r#"{"x": {"a": 1,}}"#,
    r#"{"x": -}"#,
    r#"{"x": 1.}"#,
    r#"{"x": 1e}"#,
    r#"{"x": 01}"#,
    r#"{"x": 1.5e-3}"#,
    r#"{"x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
    "{\"x\": \"\u{1}\"}",
    "{\"title\": \"\u{1}\"}",
    "{\"title\": \"a\"} x",
    "{\"title\": \"a\"} ",
    "{\"title\": \"a\"}\n\n  }",
    "\u{feff}{\"title\": \"a\"}",
    "\u{a0}{\"title\": \"a\"}",
    "  {\"title\"\n:\n\"a\"\n,\n\"version\"\n:\n1.5\n}",
    "{",
    "{\"",
    "{\"title",
    "{\"title\"",
    "{\"title\":",
    "{\"title\": \"a",
    "{\"title\": \"a\\",
    "{\"title\": \"a\\u00",
    "{\"title\": [",
    "{\"title\": \"a\",",
    "{\"x\": [",
    "{\"x\": {",
    "{\"x\": {\"a\"",
    "{\"x\": {\"a\":",
    "{\"x\": t",
];

#[test]
fn edge_cases_are_read_as_serde_read_them() {
    let failures: Vec<String> = EDGES.iter().filter_map(|text| same(text).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A JSON text of any shape, with numbers and strings written in every form
/// the grammar allows (and some it does not).
fn fragment() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        (any::<i64>()).prop_map(|n| n.to_string()),
        (any::<u64>()).prop_map(|n| n.to_string()),
        (0u32..5_000_000, 0u32..1000, -30i32..30).prop_map(|(a, b, e)| format!("{a}.{b}e{e}")),
        (1u32..100_000, 0u32..100).prop_map(|(a, b)| format!("-{a}.{b}")),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}")),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| f.to_string()),
        (
            "-?[0-9]{1,30}",
            "(\\.[0-9]{1,30})?",
            "([eE][+-]?[0-9]{1,4})?"
        )
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        prop::sample::select(vec![
            "0",
            "-0",
            "1e3",
            "1E+3",
            "2.5",
            "-1",
            "4294967295",
            "4294967296",
            "01",
            "1.",
            "-",
            "1e",
            "nul",
            "tru"
        ])
        .prop_map(str::to_owned),
        "[a-z é😀\\\\\"\\n]{0,8}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        prop::sample::select(vec![
            r#""\u00e9""#,
            r#""\uD83D\uDE00""#,
            r#""\uD800""#,
            r#""\x""#,
            r#""a"#
        ])
        .prop_map(str::to_owned),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|items| format!("[{}]", items.join(", "))),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "id",
                        "title",
                        "heading",
                        "paragraphs",
                        "collapsed",
                        "x",
                        "involvement",
                        "date"
                    ]),
                    inner
                ),
                0..4,
            )
            .prop_map(|members| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\": {v}"))
                    .collect();
                format!("{{{}}}", members.join(", "))
            }),
        ]
    })
}

/// Every value of `value`, by the JSON pointer to it.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                pointers(
                    member,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// `text` with the value at its `choice`-th pointer replaced by `fragment`,
/// written compactly or pretty.
fn swapped(text: &str, choice: usize, fragment: &str, pretty: bool) -> Option<String> {
    const MARK: &str = "\u{e000}swapped\u{e000}";
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut all = Vec::new();
    pointers(&value, String::new(), &mut all);
    let pointer = all.get(choice % all.len())?;
    if pointer.is_empty() {
        return None;
    }
    *value.pointer_mut(pointer)? = Value::String(MARK.into());
    let written = if pretty {
        serde_json::to_string_pretty(&value).ok()?
    } else {
        serde_json::to_string(&value).ok()?
    };
    Some(written.replace(&format!("\"{MARK}\""), fragment))
}

/// The texts to mutate: every fixture but the largest.
fn bases() -> Vec<String> {
    fixtures()
        .into_iter()
        .map(|(_, text)| text)
        .filter(|text| text.len() < 40_000)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_value_swapped_for_any_other_is_read_as_serde_read_it(
        base in any::<prop::sample::Index>(),
        choice in any::<usize>(),
        fragment in fragment(),
        pretty in any::<bool>(),
    ) {
        let bases = bases();
        let text = base.get(&bases);
        if let Some(text) = swapped(text, choice, &fragment, pretty) {
            prop_assert!(same(&text).is_ok(), "{}", same(&text).unwrap_err());
        }
    }

    #[test]
    fn a_byte_inserted_replaced_or_removed_is_read_as_serde_read_it(
        base in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        edit in 0u8..3,
        byte in prop::sample::select(b"{}[],:\"\\ \n\t\x01/0123456789-+.eEnultrfa\x7fx".to_vec()),
    ) {
        let bases = bases();
        let text = base.get(&bases);
        let mut bytes = text.as_bytes().to_vec();
        let at = at.index(bytes.len() + 1);
        match edit {
            0 => bytes.insert(at, byte),
            1 if at < bytes.len() => bytes[at] = byte,
            _ if at < bytes.len() => { bytes.remove(at); }
            _ => bytes.push(byte),
        }
        if let Ok(text) = String::from_utf8(bytes) {
            prop_assert!(same(&text).is_ok(), "{}", same(&text).unwrap_err());
        }
    }
}

#[test]
fn floats_are_written_as_serde_json_wrote_them() {
    for (number, message) in float_messages::FLOAT_MESSAGES {
        let text = format!("{{\"version\": {number}}}");
        let expected = vec![ParseError {
            path: "version".into(),
            message: (*message).into(),
        }];
        assert_eq!(
            oracle(&text, Input::Text).err(),
            Some(expected.clone()),
            "{number}"
        );
        assert_eq!(
            parse_json(&text, Input::Text).err(),
            Some(expected),
            "{number}"
        );
    }
}

/// A long article is read in tasks a step at a time (`src/embed/mount.rs`),
/// so a step must read no more than one member of the document or one item
/// of its sections, claims or sources: then no step grows with the article.
#[test]
fn a_step_reads_one_member_or_one_item() {
    use interactive_article::format::ParseSteps;
    let text = include_str!("../articles/china-open-source-ai.json");
    let doc: Value = serde_json::from_str(text).expect("the default article is JSON");
    let members = doc.as_object().map_or(0, |members| members.len());
    let items: usize = ["sections", "claims", "sources"]
        .iter()
        .map(|name| doc[*name].as_array().map_or(0, Vec::len))
        .sum();
    assert!(items > 15);
    let mut steps = ParseSteps::new(Input::Text);
    let mut taken = 1;
    let parsed = loop {
        if let Some(parsed) = steps.step(text) {
            break parsed;
        }
        taken += 1;
    };
    assert_eq!(parsed, parse_json(text, Input::Text));
    assert!(parsed.is_ok());
    // The document's `{`, each member, each item, each array's `]`.
    assert!(taken >= 1 + members + items, "{taken} steps");
}
