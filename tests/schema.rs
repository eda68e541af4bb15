//! The JSON Schema in `schema/` is generated from the format's Rust types and
//! must match them. To regenerate after changing `src/format/v1.rs`:
//! `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::format::ArticleDoc;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/article-v1.schema.json");

fn generated() -> String {
    let mut schema = schemars::schema_for!(ArticleDoc);
    schema.insert("title".into(), "interactive-article format v1".into());
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

#[test]
fn the_shipped_schema_is_generated_from_the_types() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(std::path::Path::new(SCHEMA_PATH).parent().unwrap()).unwrap();
        std::fs::write(SCHEMA_PATH, &fresh).unwrap();
    }
    let shipped = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        shipped == fresh,
        "schema/article-v1.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
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
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are errors"
    );
    let statuses = &schema["$defs"]["ClaimDoc"]["properties"]["status"]["enum"];
    assert_eq!(statuses.as_array().map(Vec::len), Some(5), "{statuses}");
}
