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

mod body;
mod front_matter;
mod mark;
mod plain;
mod read;
mod spans;
mod write;

pub use mark::{byte_offset, mark_claim, NewClaim};
use serde::Serialize;
use std::fmt;

/// A problem found while importing, at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located {
    offset: usize,
    path: String,
    message: String,
}

impl Located {
    /// A problem at byte `offset` of the text.
    fn at(offset: usize, message: String) -> Self {
        Located {
            offset,
            path: String::new(),
            message,
        }
    }

    /// The same problem, about the value at JSON `path`.
    fn with_path(mut self, path: String) -> Self {
        self.path = path;
        self
    }

    /// The problem with its offset as a line and column.
    fn place(self, lines: &spans::Lines<'_>) -> Problem {
        let (line, column) = lines.position(self.offset);
        Problem {
            path: self.path,
            message: self.message,
            line,
            column,
        }
    }
}

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
    /// `LINE:COLUMN: path: message` (without the path when there is
    /// none); the CLI puts the file's name in front.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.line, self.column)?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
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
    // Editors on Windows save UTF-8 with a byte-order mark; it is not
    // content, and no editor counts it as a column.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = spans::Lines::new(text);
    let place = |found: Vec<Located>| -> Vec<Problem> {
        let mut problems: Vec<Problem> = found.into_iter().map(|p| p.place(&lines)).collect();
        // Validation reports by part of the article; the editor reads down
        // the text.
        problems.sort_by_key(|p| (p.line, p.column));
        problems
    };
    let (json, found) = read::read(text);
    let Some((json, spans)) = json else {
        return Imported {
            json: None,
            problems: place(found),
        };
    };
    let mut found = found;
    let problems = crate::model::load_article(&json).err().unwrap_or_default();
    found.extend(
        problems
            .0
            .into_iter()
            .map(|p| Located::at(spans.find(&p.path), p.message).with_path(p.path)),
    );
    Imported {
        json: Some(json),
        problems: place(found),
    }
}

/// Reads a plain-text article in the seed's shape (title on the first line,
/// standfirst on the second, short lines as headings, a "Related Articles"
/// list, a closing discussion prompt) and writes it in the dialect, ready
/// for an editor to mark claims in.
pub fn import_plain(text: &str) -> String {
    // Strings, a number and booleans in tables always make TOML; were they
    // not to, the empty text is refused by import for want of a title.
    write::write(plain::read(text)).unwrap_or_default()
}

/// Writes the article in `json` (version-1 JSON text) in the dialect, so
/// that [`import`] gives back the same article: every field, valid or not,
/// has a place. Refuses only text that is not a JSON object, with the
/// reader's problems.
pub fn export(json: &str) -> Result<String, Vec<crate::model::Problem>> {
    let problem = |message: String| {
        vec![crate::model::Problem {
            path: String::new(),
            message,
        }]
    };
    // Judged by the format's own reader first, so text the widget cannot
    // read (a key written twice, half a surrogate pair) is refused alike.
    crate::format::parse_json_str(json).map_err(|errors| crate::model::Problems::from(errors).0)?;
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    match serde_json::from_str(json) {
        Ok(serde_json::Value::Object(article)) => write::write(article).map_err(|err| {
            problem(format!(
                "the article cannot be written in the dialect: {err}"
            ))
        }),
        Ok(_) => Err(problem(
            "the article must be a JSON object ({ ... })".into(),
        )),
        // The reader skips what the format does not know without nesting;
        // serde_json, and the front matter, stop at a depth.
        Err(err) => Err(problem(format!(
            "the article cannot be written in the dialect: it nests values deeper than the front matter holds ({err})"
        ))),
    }
}
