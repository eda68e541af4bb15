//! An article's JSON written in the dialect, so that importing it gives the
//! same article back. The intro, the sections and the claims go into the
//! prose when the prose can hold them exactly (text without line-edge
//! spaces or control characters; a claim whose words are found where its
//! quote and prefix say, in reading order); whatever it cannot hold (and
//! every other field, valid or not) stays in the front matter as the JSON
//! has it, so nothing is lost.

use super::body::{overfull_paragraph, read as read_body};
use super::front_matter::FENCE;
use super::read::{derive_prefix, CLAIM_DETAILS};
use crate::model::find_anchor;
use serde_json::{Map, Value};

/// Writes the JSON object `article` in the dialect.
pub(super) fn write(mut article: Map<String, Value>) -> Result<String, String> {
    strip_nulls(&mut article);
    if let Some((key, depth)) = article
        .iter()
        .map(|(key, value)| (key, depth(value)))
        .find(|(_, depth)| *depth > MAX_DEPTH)
    {
        return Err(format!(
            "{key} nests values {depth} deep, deeper than the front matter holds ({MAX_DEPTH})"
        ));
    }
    let whole = article.clone();
    // Prose the importer would refuse as too busy, or that would not read
    // back, stays in the front matter too.
    let (front, body) = match prose_of(&mut article) {
        Some(body) if overfull_paragraph(&body).is_none() => (article, body),
        _ => (whole, String::new()),
    };
    let front = front_matter(front)?;
    let mut out = String::new();
    if !front.is_empty() {
        out = format!("{FENCE}\n{front}{FENCE}\n\n");
    }
    out.push_str(body.trim_end());
    out.push('\n');
    Ok(out)
}

/// Takes the intro, the sections and the claims that prose can hold out of
/// `article`, and writes them as prose; `None` when a paragraph does not
/// read back as written.
fn prose_of(article: &mut Map<String, Value>) -> Option<String> {
    let mut body = String::new();
    if let Some(intro) = take_if(article, "intro", |v| {
        v.as_array()
            .is_some_and(|ps| !ps.is_empty() && ps.iter().all(|p| p.as_str().is_some_and(prose)))
    }) {
        for paragraph in intro.as_array().into_iter().flatten() {
            body.push_str(&escape(paragraph.as_str().unwrap_or_default(), true, false));
            body.push_str("\n\n");
        }
    }
    let sections = take_if(article, "sections", |v| {
        v.as_array()
            .is_some_and(|ss| !ss.is_empty() && ss.iter().all(section_fits))
    });
    if let Some(Value::Array(sections)) = sections {
        let marks = place_claims(article, &sections);
        for (i, section) in sections.iter().enumerate() {
            write_section(&mut body, i, section, &marks)?;
        }
    }
    Some(body)
}

/// The front matter's TOML, the keys in the JSON's order: every plain
/// value first (TOML puts a key after a `[table]` header in that table),
/// then each table or list of tables.
fn front_matter(article: Map<String, Value>) -> Result<String, String> {
    let is_table = |value: &Value| match value {
        Value::Object(_) => true,
        Value::Array(items) => !items.is_empty() && items.iter().all(Value::is_object),
        _ => false,
    };
    let mut fenced = Fenced::new(&article);
    let (tables, plain): (Map<String, Value>, Map<String, Value>) = article
        .into_iter()
        .map(|(key, mut value)| {
            fenced.take(&mut value);
            (key, value)
        })
        .partition(|(_, value)| is_table(value));
    let mut out = toml::to_string(&Value::Object(plain)).map_err(|err| err.to_string())?;
    for (key, value) in tables {
        let mut one = Map::new();
        one.insert(key, value);
        out.push('\n');
        out.push_str(&toml::to_string(&Value::Object(one)).map_err(|err| err.to_string())?);
    }
    Ok(fenced.put_back(out))
}

/// Strings with a line that reads as the front matter's fence (`+++`). TOML's
/// writer puts a string with line breaks in a multi-line string, line by
/// line, where that line would end the front matter. Such a string is taken
/// out before writing (a placeholder in its place: a name found nowhere in
/// the article, and a number) and put back as a one-line basic string, its
/// line breaks escaped.
struct Fenced {
    placeholder: String,
    strings: Vec<String>,
}

impl Fenced {
    fn new(article: &Map<String, Value>) -> Self {
        let text = Value::Object(article.clone()).to_string();
        let mut placeholder = String::from("fenced");
        while text.contains(&placeholder) {
            placeholder.push('x');
        }
        Fenced {
            placeholder,
            strings: Vec::new(),
        }
    }

    fn take(&mut self, value: &mut Value) {
        match value {
            Value::String(text) if text.lines().any(|line| line.trim_end() == FENCE) => {
                let placeholder = format!("{}{}", self.placeholder, self.strings.len());
                self.strings.push(std::mem::replace(text, placeholder));
            }
            Value::Array(items) => items.iter_mut().for_each(|item| self.take(item)),
            Value::Object(members) => members.values_mut().for_each(|item| self.take(item)),
            _ => {}
        }
    }

    /// `toml` with each placeholder (written as a basic or a literal string,
    /// quotes included) replaced by its string.
    fn put_back(self, mut toml: String) -> String {
        for (n, text) in self.strings.iter().enumerate() {
            let mut basic = String::from("\"");
            for c in text.chars() {
                match c {
                    '"' => basic.push_str("\\\""),
                    '\\' => basic.push_str("\\\\"),
                    '\n' => basic.push_str("\\n"),
                    '\t' => basic.push_str("\\t"),
                    c if c.is_control() => basic.push_str(&format!("\\u{:04X}", u32::from(c))),
                    c => basic.push(c),
                }
            }
            basic.push('"');
            let placeholder = format!("{}{n}", self.placeholder);
            for quote in ['"', '\''] {
                toml = toml.replace(&format!("{quote}{placeholder}{quote}"), &basic);
            }
        }
        toml
    }
}

/// How deep the front matter may nest values: the TOML reader refuses
/// deeper nesting (80 levels), which bounds its work on hostile text.
const MAX_DEPTH: usize = 64;

/// How deep `value` nests arrays and objects (a plain value is 0 deep).
fn depth(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or_default(),
        Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or_default(),
        _ => 0,
    }
}

/// A claim that goes into the prose: where, and its attributes.
struct Placed {
    section: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    attributes: String,
}

/// Takes the claims that the prose can hold out of `article` (a run at the
/// end of the list, in reading order, since importing lists the front
/// matter's claims first and then the marks in the order they stand), with
/// the details their marks cannot hold in `[claim.ID]` tables.
fn place_claims(article: &mut Map<String, Value>, sections: &[Value]) -> Vec<Placed> {
    let Some(Value::Array(claims)) = article.get("claims") else {
        return Vec::new();
    };
    let section_ids: Vec<Option<&str>> = sections
        .iter()
        .map(|s| s.get("id").and_then(Value::as_str))
        .collect();
    let texts: Vec<Vec<&str>> = sections
        .iter()
        .map(|s| {
            s.get("paragraphs")
                .and_then(Value::as_array)
                .map(|ps| ps.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default()
        })
        .collect();
    let ids: Vec<Option<&str>> = claims
        .iter()
        .map(|c| c.get("id").and_then(Value::as_str))
        .collect();
    let place = |claim: &Value| -> Option<(usize, usize, usize, usize)> {
        let id = claim.get("id")?.as_str()?;
        if ids.iter().filter(|other| **other == Some(id)).count() != 1 || !attribute_fits(id) {
            return None;
        }
        let section_id = claim.get("section")?.as_str()?;
        let mut matching = section_ids
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == Some(section_id));
        let (section, _) = matching.next()?;
        if matching.next().is_some() {
            return None;
        }
        let quote = claim.get("quote")?.as_str()?;
        let prefix = match claim.get("prefix") {
            None => None,
            Some(prefix) => Some(prefix.as_str()?),
        };
        let paragraphs = texts.get(section)?;
        let anchor = find_anchor(paragraphs, quote, prefix).ok()?;
        let derived = derive_prefix(paragraphs, anchor.paragraph, anchor.start..anchor.end);
        (derived.as_deref() == prefix).then_some((
            section,
            anchor.paragraph,
            anchor.start,
            anchor.end,
        ))
    };
    // The longest run at the end whose claims can be marked, in order.
    let mut first = claims.len();
    let mut next: Option<(usize, usize, usize)> = None;
    for claim in claims.iter().rev() {
        let Some((s, p, start, end)) = place(claim) else {
            break;
        };
        if next.is_some_and(|(ns, np, nstart)| (s, p, end) > (ns, np, nstart)) {
            break;
        }
        next = Some((s, p, start));
        first -= 1;
    }
    let positions: Vec<_> = claims.iter().skip(first).filter_map(place).collect();
    let Some(Value::Array(mut claims)) = article.shift_remove("claims") else {
        return Vec::new();
    };
    let marked = claims.split_off(first);
    if !claims.is_empty() {
        article.insert("claims".into(), Value::Array(claims));
    }
    let mut details = Map::new();
    let mut placed = Vec::new();
    for ((section, paragraph, start, end), claim) in positions.into_iter().zip(marked) {
        let Value::Object(mut claim) = claim else {
            continue;
        };
        for field in ["section", "quote", "prefix"] {
            claim.shift_remove(field);
        }
        let id = claim
            .shift_remove("id")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let mut attributes = id_attribute(&id);
        for field in ["status", "sources", "explanation"] {
            let inline = match claim.get(field) {
                Some(Value::String(text)) if field != "sources" && attribute_fits(text) => {
                    Some(quote_attribute(text))
                }
                Some(Value::Array(ids))
                    if field == "sources"
                        && !ids.is_empty()
                        && ids.iter().all(|id| id.as_str().is_some_and(source_id_fits)) =>
                {
                    let ids: Vec<&str> = ids.iter().filter_map(Value::as_str).collect();
                    Some(quote_attribute(&ids.join(" ")))
                }
                _ => None,
            };
            if let Some(value) = inline {
                claim.shift_remove(field);
                attributes.push_str(&format!(" {field}={value}"));
            }
        }
        if !claim.is_empty() {
            details.insert(id, Value::Object(claim));
        }
        placed.push(Placed {
            section,
            paragraph,
            start,
            end,
            attributes,
        });
    }
    if !details.is_empty() {
        article.insert(CLAIM_DETAILS.into(), Value::Object(details));
    }
    placed
}

fn write_section(body: &mut String, i: usize, section: &Value, marks: &[Placed]) -> Option<()> {
    let mut attributes = Vec::new();
    if let Some(id) = section.get("id").and_then(Value::as_str) {
        attributes.push(id_attribute(id));
    }
    if section.get("collapsed") == Some(&Value::Bool(true)) {
        attributes.push(".collapsed".into());
    }
    if let Some(involvement) = section
        .pointer("/provenance/involvement")
        .and_then(Value::as_str)
    {
        attributes.push(format!("involvement={}", quote_attribute(involvement)));
    }
    if !attributes.is_empty() {
        body.push_str(&format!("{{{}}}\n", attributes.join(" ")));
    }
    let heading = section
        .get("heading")
        .and_then(Value::as_str)
        .unwrap_or_default();
    body.push_str(&format!("# {}\n\n", escape(heading, true, false)));
    let paragraphs = section.get("paragraphs").and_then(Value::as_array);
    for (j, paragraph) in paragraphs.into_iter().flatten().enumerate() {
        let text = paragraph.as_str().unwrap_or_default();
        let marks: Vec<&Placed> = marks
            .iter()
            .filter(|m| m.section == i && m.paragraph == j)
            .collect();
        body.push_str(&paragraph_with_marks(text, &marks)?);
        body.push_str("\n\n");
    }
    Some(())
}

/// How a paragraph's quotation marks are written.
#[derive(Clone, Copy, PartialEq)]
enum Quotes {
    /// As typed: the importer keeps Djot's curly quotes as the characters
    /// typed.
    AsTyped,
    /// Escaped within a claim's words: Djot pairs quotation marks like
    /// brackets, and a pair that straddles a mark's `[` or `]` unmakes it.
    EscapedInMarks,
    /// Escaped everywhere.
    Escaped,
}

/// A paragraph with its claims marked, written so that it reads back as
/// exactly `text` and these marks: with its quotation marks as typed when
/// that reads back, else escaped in the marks, else everywhere.
fn paragraph_with_marks(text: &str, marks: &[&Placed]) -> Option<String> {
    [Quotes::AsTyped, Quotes::EscapedInMarks, Quotes::Escaped]
        .into_iter()
        .map(|quotes| write_paragraph(text, marks, quotes))
        .find(|written| reads_back(written, text, marks))
}

fn write_paragraph(text: &str, marks: &[&Placed], quotes: Quotes) -> String {
    let mut out = String::new();
    let mut at = 0;
    for mark in marks {
        let before = text.get(at..mark.start).unwrap_or_default();
        // `![` would begin an image.
        let bang = before.strip_suffix('!');
        out.push_str(&escape(
            bang.unwrap_or(before),
            at == 0,
            quotes == Quotes::Escaped,
        ));
        if bang.is_some() {
            out.push_str("\\!");
        }
        let words = text.get(mark.start..mark.end).unwrap_or_default();
        let words = escape(words, false, quotes != Quotes::AsTyped);
        out.push_str(&format!("[{words}]{{{}}}", mark.attributes));
        at = mark.end;
    }
    let rest = text.get(at..).unwrap_or_default();
    out.push_str(&escape(rest, at == 0, quotes == Quotes::Escaped));
    out
}

/// Whether `written` imports as the paragraph `text` with `marks`.
fn reads_back(written: &str, text: &str, marks: &[&Placed]) -> bool {
    let read = read_body(&format!("# h\n\n{written}\n"), 0);
    let paragraph = read
        .sections
        .first()
        .filter(|_| read.sections.len() == 1 && read.problems.is_empty())
        .and_then(|s| s.paragraphs.first().filter(|_| s.paragraphs.len() == 1));
    paragraph.is_some_and(|p| p.text == text)
        && read.marks.len() == marks.len()
        && read
            .marks
            .iter()
            .zip(marks)
            .all(|(read, mark)| read.words == (mark.start..mark.end))
}

/// Whether a section is one the prose can hold: a heading and paragraphs
/// of prose, and nothing its attribute line cannot say.
fn section_fits(section: &Value) -> bool {
    let Some(section) = section.as_object() else {
        return false;
    };
    section.iter().all(|(key, value)| match key.as_str() {
        "id" => value.as_str().is_some_and(attribute_fits),
        "heading" => value
            .as_str()
            .is_some_and(|h| prose(h) && !h.contains('\n')),
        "paragraphs" => value
            .as_array()
            .is_some_and(|ps| !ps.is_empty() && ps.iter().all(|p| p.as_str().is_some_and(prose))),
        "collapsed" => value.is_boolean(),
        "provenance" => value.as_object().is_some_and(|p| {
            p.len() == 1
                && p.get("involvement")
                    .and_then(Value::as_str)
                    .is_some_and(attribute_fits)
        }),
        _ => false,
    }) && section.contains_key("id")
        && section.contains_key("heading")
        && section.contains_key("paragraphs")
}

/// Whether `text` reads back exactly as Djot prose: no control characters
/// but line breaks, and no line empty or starting or ending with a space
/// (Djot trims them).
fn prose(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n')
        && text.split('\n').all(|line| {
            !line.is_empty()
                && !line.starts_with(char::is_whitespace)
                && !line.ends_with(char::is_whitespace)
        })
}

/// Whether `text` reads back exactly as a quoted attribute value: Djot
/// joins the lines of a value with a space.
fn attribute_fits(text: &str) -> bool {
    !text.chars().any(char::is_control)
}

/// Whether a source id can stand in a mark's space-separated `sources`.
fn source_id_fits(id: &str) -> bool {
    !id.is_empty() && attribute_fits(id) && !id.contains(char::is_whitespace)
}

/// An id as a Djot attribute: `#id` when it is a plain word, else
/// `id="…"`.
pub(super) fn id_attribute(id: &str) -> String {
    if is_word(id) {
        format!("#{id}")
    } else {
        format!("id={}", quote_attribute(id))
    }
}

/// Whether `text` is a word Djot reads bare: ASCII letters, digits and
/// hyphens.
fn is_word(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// `text` as a Djot attribute value: bare when it is a plain word,
/// quoted otherwise.
pub(super) fn quote_attribute(text: &str) -> String {
    if is_word(text) {
        return text.to_owned();
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Characters escaped wherever they stand: each could open or close Djot
/// markup. Quotes, dashes, ellipses and `:symbols:` need none, as the
/// importer keeps them as typed.
const ESCAPED: &[char] = &['\\', '*', '_', '[', ']', '{', '}', '`', '<', '^', '~'];

/// `text` as Djot that reads back as exactly `text`; `line_start` when it
/// begins a line, where more characters would begin a block (`#`, `>`, `-`,
/// `1.`), and with its quotation marks escaped when `quotes`. A line break
/// is written as Djot's hard break.
fn escape(text: &str, line_start: bool, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\\\n");
        }
        let starts_line = i > 0 || line_start;
        let marker = if starts_line { list_marker(line) } else { None };
        for (at, c) in line.char_indices() {
            let first = starts_line && at == 0;
            if ESCAPED.contains(&c)
                || (quotes && matches!(c, '"' | '\''))
                || (first && c.is_ascii_punctuation())
                || Some(at) == marker
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Where the `.` or `)` of an ordered list's marker stands, when `line`
/// begins with one (`1.`, `a)`, `iv.`).
fn list_marker(line: &str) -> Option<usize> {
    let word = line.split([' ', '\t']).next()?;
    let end = word.len().checked_sub(1)?;
    let label = word.get(..end)?;
    let numeral = !label.is_empty()
        && (label.bytes().all(|b| b.is_ascii_digit())
            || label.len() == 1 && label.bytes().all(|b| b.is_ascii_alphabetic())
            || label.bytes().all(|b| b"ivxlcdmIVXLCDM".contains(&b)));
    (numeral && (word.ends_with('.') || word.ends_with(')'))).then_some(end)
}

/// Takes `key` out of `article` when its value passes `fits`.
fn take_if(
    article: &mut Map<String, Value>,
    key: &str,
    fits: impl Fn(&Value) -> bool,
) -> Option<Value> {
    if article.get(key).is_some_and(fits) {
        article.shift_remove(key)
    } else {
        None
    }
}

/// Drops `null` members, which the format reads as absent and TOML cannot
/// write.
fn strip_nulls(object: &mut Map<String, Value>) {
    object.retain(|_, value| !value.is_null());
    for value in object.values_mut() {
        strip_nulls_in(value);
    }
}

fn strip_nulls_in(value: &mut Value) {
    match value {
        Value::Object(object) => strip_nulls(object),
        Value::Array(items) => items.iter_mut().for_each(strip_nulls_in),
        _ => {}
    }
}
