//! The JSON Schema in `schema/` is generated from the format's Rust types and
//! must match them. This test only compares; `make schema` (the example
//! `schema`) regenerates the file after a change to `src/format/v1.rs`.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::format::json_schema;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/article-v1.schema.json");

fn generated() -> String {
    json_schema()
}

#[test]
fn the_shipped_schema_is_generated_from_the_types() {
    let shipped = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        shipped == generated(),
        "schema/article-v1.schema.json is out of date: run `make schema` and review the diff"
    );
}

#[test]
fn the_schema_requires_what_validation_requires() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let required = schema["required"].as_array().unwrap();
    for field in [
        "version",
        "id",
        "lang",
        "title",
        "standfirst",
        "sections",
        "provenance",
    ] {
        assert!(required.iter().any(|r| r == field), "{field} required");
    }
    // serde no longer rejects unknown fields itself (the reader collects
    // them all), so the schema must say so for every object on its own.
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are errors"
    );
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        assert_eq!(
            definition["additionalProperties"], false,
            "unknown fields in {name} are errors"
        );
    }
    let statuses = &schema["$defs"]["ClaimDoc"]["properties"]["status"]["enum"];
    assert_eq!(statuses.as_array().map(Vec::len), Some(5), "{statuses}");
}
