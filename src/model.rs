//! The checked article that components trust.
//!
//! [`validate_article`] turns a parsed [`crate::format::ArticleDoc`] into an
//! [`Article`] or into the complete list of [`Problem`]s. An `Article` only
//! exists when every id is unique, every quote is anchored, every URL is safe to
//! link to and every required text is present, so rendering code never has to
//! check again and cannot fail.

mod anchor;
mod article;
mod problem;
mod text;
pub mod text_fragment;
mod url;
mod validate;

pub use anchor::{find_anchor, Anchor, AnchorError};
pub use article::*;
pub use problem::{Problem, Problems};
pub use text::{parse_date, reading_minutes, Date, ReadingTime};
pub use url::{SafeUrl, UrlError};
pub use validate::{validate_article, Validation};

use crate::format;

/// Parses and validates JSON text in one step.
pub fn load_article(json: &str) -> Result<Article, Problems> {
    format::parse_json_str(json)
        .map_err(Problems::from)
        .and_then(validate_parsed)
}

/// Validates a document that could be read. Its unknown fields are problems
/// too, listed before the validator's, so an article with a misspelt field is
/// refused with every other problem it has rather than shown without the
/// setting the editor meant.
pub fn validate_parsed(parsed: format::Parsed) -> Result<Article, Problems> {
    validation_of(parsed).finish()
}

/// [`validate_parsed`] in steps, for a caller that takes them in tasks of
/// their own.
pub fn validation_of(parsed: format::Parsed) -> Validation<format::ArticleDoc> {
    Validation::new(parsed.doc, Problems::from(parsed.unknown_fields))
}

/// The article shown when a host gives none: the seed article in format v1.
/// Its file in the repository, and beside the glue in what ships, where the
/// browser fetches it (the wasm does not carry it).
pub const DEFAULT_ARTICLE_FILE: &str = "articles/china-open-source-ai.json";

/// The default article's text, compiled into native builds (the CLI and the
/// tests).
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_ARTICLE_JSON: &str = include_str!("../articles/china-open-source-ai.json");
