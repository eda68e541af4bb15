//! Writes `schema/article-v1.schema.json` from the format's Rust types:
//! `make schema` after changing `src/format/v1.rs`. `cargo test --test schema`
//! fails until the shipped file matches.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/article-v1.schema.json");
    std::fs::write(path, interactive_article::format::json_schema())?;
    println!("wrote {path}");
    Ok(())
}

// The schema is generated natively only (schemars is not in the wasm build).
#[cfg(target_arch = "wasm32")]
fn main() {}
