//! A dialect file as the format's JSON: the front matter's values as they
//! are, the body's intro, sections and marked claims in their place, each
//! value's source span recorded under its JSON path.

use super::body::{self, Body, Mark, Section};
use super::front_matter;
use super::plain::slug;
use super::spans::SpanMap;
use super::Located;
use crate::model::{find_anchor, Anchor};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The format's fields in the order the format lists them, which is the
/// order the JSON is written in (the schema lists them in the same order;
/// a test holds the two together). Fields the format does not know follow,
/// as written.
pub(super) const FIELD_ORDER: [&str; 17] = [
    "version",
    "id",
    "lang",
    "title",
    "standfirst",
    "byline",
    "publisher",
    "published",
    "updated",
    "intro",
    "sections",
    "claims",
    "sources",
    "provenance",
    "related",
    "discussion",
    "canonicalUrl",
];

/// The front matter's table of details for marked claims, keyed by claim
/// id: `[claim.the-id]`. The dialect's own key; the JSON has no such field.
pub(super) const CLAIM_DETAILS: &str = "claim";

/// Reads `text` as the dialect: its JSON text and the map of where each
/// value came from, or `None` when the text cannot be read; and every
/// problem of the dialect's syntax.
pub(super) fn read(text: &str) -> (Option<(String, SpanMap)>, Vec<Located>) {
    let mut spans = SpanMap::default();
    let parts = match front_matter::split(text) {
        Ok(parts) => parts,
        Err(problem) => return (None, vec![problem]),
    };
    let mut front = match parts.front {
        Some((toml, offset)) => match front_matter::read(toml, offset, &mut spans) {
            Ok(front) => front,
            Err(problem) => return (None, vec![problem]),
        },
        None => Map::new(),
    };
    let (body, body_offset) = parts.body;
    let mut body = body::read(body, body_offset);
    let details = claim_details(&mut front, &spans, &mut body.problems);
    let prose = assemble(&mut front, body, details, &mut spans);
    let problems = match prose {
        Ok(()) => Vec::new(),
        Err(problems) => return (None, problems),
    };
    let mut article = Map::new();
    for field in FIELD_ORDER {
        if let Some(value) = front.shift_remove(field) {
            article.insert(field.to_owned(), value);
        }
    }
    article.extend(front);
    // A map of JSON values always serialises.
    let json = serde_json::to_string_pretty(&Value::Object(article)).unwrap_or_default() + "\n";
    (Some((json, spans)), problems)
}

/// Takes the `[claim.ID]` tables out of the front matter.
fn claim_details(
    front: &mut Map<String, Value>,
    spans: &SpanMap,
    problems: &mut Vec<Located>,
) -> Map<String, Value> {
    match front.shift_remove(CLAIM_DETAILS) {
        None => Map::new(),
        Some(Value::Object(details)) => details,
        Some(_) => {
            problems.push(Located::at(
                spans.find(CLAIM_DETAILS),
                format!(
                    "{CLAIM_DETAILS} holds a table for each claim, [{CLAIM_DETAILS}.the-claim-id]"
                ),
            ));
            Map::new()
        }
    }
}

/// Puts the body's intro, sections and marked claims into `front`, or
/// gives every problem of the body.
fn assemble(
    front: &mut Map<String, Value>,
    body: Body,
    mut details: Map<String, Value>,
    spans: &mut SpanMap,
) -> Result<(), Vec<Located>> {
    let Body {
        intro,
        mut sections,
        marks,
        mut problems,
    } = body;
    name_sections(&mut sections, &marks);
    if !intro.is_empty() {
        if front.contains_key("intro") {
            problems.push(Located::at(
                intro.first().map_or(0, |p| p.span.start),
                "the intro is written twice: as intro in the front matter and as paragraphs before the first heading".into(),
            ));
        }
        let texts = intro.iter().enumerate().map(|(i, p)| {
            spans.record(format!("intro[{i}]"), p.span.clone());
            Value::String(p.text.clone())
        });
        front.insert("intro".into(), Value::Array(texts.collect()));
    }
    if !sections.is_empty() && front.contains_key("sections") {
        problems.push(Located::at(
            sections.first().map_or(0, |s| s.heading.span.start),
            "the sections are written twice: as sections in the front matter and as headings"
                .into(),
        ));
    }
    let mut claims = match front.shift_remove("claims") {
        Some(Value::Array(claims)) => claims,
        Some(other) => {
            // Not a list: left for the reader to refuse, with its type.
            if marks.is_empty() {
                front.insert("claims".into(), other);
            } else {
                problems.push(Located::at(
                    spans.find("claims"),
                    "claims in the front matter must be a list of [[claims]] tables".into(),
                ));
            }
            Vec::new()
        }
        None => Vec::new(),
    };
    for mark in &marks {
        let index = claims.len();
        let claim = marked_claim(&sections, mark, &mut details, index, spans);
        if let Err(problem) = claim.as_ref() {
            problems.push(problem.clone());
        }
        claims.push(claim.unwrap_or_default().into());
    }
    for (id, _) in details {
        problems.push(Located::at(
            spans.find(&format!("{CLAIM_DETAILS}.{id}")),
            format!("[{CLAIM_DETAILS}.{id}] is about no claim: no [words]{{#{id}}} is marked in the text"),
        ));
    }
    if !sections.is_empty() {
        let written = sections
            .iter()
            .enumerate()
            .map(|(i, s)| section_json(i, s, spans));
        front.insert("sections".into(), Value::Array(written.collect()));
    }
    if !claims.is_empty() {
        front.insert("claims".into(), Value::Array(claims));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Gives each section written without an id one made from its heading
/// (`# The Budget` is `the-budget`), unlike every id written in the text.
fn name_sections(sections: &mut [Section], marks: &[Mark]) {
    let mut taken: HashSet<String> = sections
        .iter()
        .filter_map(|s| s.id.as_ref())
        .chain(marks.iter().filter_map(|m| m.id.as_ref()))
        .map(|id| id.text.clone())
        .collect();
    for section in sections.iter_mut().filter(|s| s.id.is_none()) {
        let base = slug(&section.heading.text);
        let id = (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|id| !taken.contains(id))
            .unwrap_or_default();
        taken.insert(id.clone());
        section.id = Some(body::Value {
            text: id,
            span: section.heading.span.clone(),
        });
    }
}

fn section_json(i: usize, section: &Section, spans: &mut SpanMap) -> Value {
    let path = format!("sections[{i}]");
    let mut object = Map::new();
    spans.record(&path, section.heading.span.clone());
    if let Some(id) = &section.id {
        spans.record(format!("{path}.id"), id.span.clone());
        object.insert("id".into(), id.text.clone().into());
    }
    spans.record(format!("{path}.heading"), section.heading.span.clone());
    object.insert("heading".into(), section.heading.text.clone().into());
    let paragraphs = section.paragraphs.iter().enumerate().map(|(j, p)| {
        spans.record(format!("{path}.paragraphs[{j}]"), p.span.clone());
        Value::String(p.text.clone())
    });
    object.insert("paragraphs".into(), Value::Array(paragraphs.collect()));
    if section.collapsed {
        object.insert("collapsed".into(), true.into());
    }
    if let Some(involvement) = &section.involvement {
        spans.record(format!("{path}.provenance"), involvement.span.clone());
        let mut provenance = Map::new();
        provenance.insert("involvement".into(), involvement.text.clone().into());
        object.insert("provenance".into(), provenance.into());
    }
    object.into()
}

/// The claim a mark makes, as the JSON has it at `claims[index]`: its
/// section, words and (when the words occur more than once) prefix worked
/// out from where it stands, its attributes, and its `[claim.ID]` details.
fn marked_claim(
    sections: &[Section],
    mark: &Mark,
    details: &mut Map<String, Value>,
    index: usize,
    spans: &mut SpanMap,
) -> Result<Map<String, Value>, Located> {
    let path = format!("claims[{index}]");
    spans.record(&path, mark.span.clone());
    let mut claim = Map::new();
    let section = sections.get(mark.section);
    let texts: Vec<&str> = section
        .map(|s| s.paragraphs.iter().map(|p| p.text.as_str()).collect())
        .unwrap_or_default();
    let quote = texts
        .get(mark.paragraph)
        .and_then(|text| text.get(mark.words.clone()))
        .unwrap_or_default();
    let id = mark
        .id
        .as_ref()
        .map(|id| id.text.clone())
        .unwrap_or_default();
    if let Some(value) = &mark.id {
        spans.record(format!("{path}.id"), value.span.clone());
    }
    claim.insert("id".into(), id.clone().into());
    if let Some(section_id) = section.and_then(|s| s.id.as_ref()) {
        spans.record(format!("{path}.section"), mark.span.clone());
        claim.insert("section".into(), section_id.text.clone().into());
    }
    spans.record(format!("{path}.quote"), mark.span.clone());
    claim.insert("quote".into(), quote.into());
    if let Some(prefix) = derive_prefix(&texts, mark.paragraph, mark.words.clone()) {
        spans.record(format!("{path}.prefix"), mark.span.clone());
        claim.insert("prefix".into(), prefix.into());
    }
    let mut table = match details.shift_remove(&id) {
        Some(Value::Object(table)) => table,
        Some(_) => {
            return Err(Located::at(
                spans.find(&format!("{CLAIM_DETAILS}.{id}")),
                format!("[{CLAIM_DETAILS}.{id}] must be a table of the claim's details"),
            ))
        }
        None => Map::new(),
    };
    if let Some(field) = ["id", "section", "quote", "prefix"]
        .into_iter()
        .find(|field| table.contains_key(*field))
    {
        return Err(Located::at(
            spans.find(&format!("{CLAIM_DETAILS}.{id}.{field}")),
            format!("[{CLAIM_DETAILS}.{id}] cannot set {field}: a marked claim's {field} is where its mark stands"),
        ));
    }
    spans.copy_prefix(&format!("{CLAIM_DETAILS}.{id}"), &path);
    let inline = [
        ("status", &mark.status),
        ("explanation", &mark.explanation),
        ("sources", &mark.sources),
    ];
    for (field, value) in inline {
        let from_table = table.shift_remove(field);
        let value = match (value, from_table) {
            (Some(_), Some(_)) => {
                return Err(Located::at(
                    spans.find(&format!("{CLAIM_DETAILS}.{id}.{field}")),
                    format!("the {field} of claim {id} is written twice: in its mark on the text and here; keep one"),
                ))
            }
            (Some(value), None) => {
                spans.record(format!("{path}.{field}"), value.span.clone());
                if field == "sources" {
                    let ids = value.text.split_whitespace().enumerate().map(|(j, s)| {
                        spans.record(format!("{path}.sources[{j}]"), value.span.clone());
                        Value::String(s.to_owned())
                    });
                    Value::Array(ids.collect())
                } else {
                    Value::String(value.text.clone())
                }
            }
            (None, Some(value)) => value,
            (None, None) => continue,
        };
        claim.insert(field.into(), value);
    }
    claim.extend(table);
    Ok(claim)
}

/// The prefix a claim needs so that its words are found where they are
/// marked: none when they occur once in the section, else the shortest run
/// of whole words before them that makes them unique. The search halves
/// its range, so a long paragraph costs a few scans, not one per character.
pub(super) fn derive_prefix(
    paragraphs: &[&str],
    paragraph: usize,
    words: std::ops::Range<usize>,
) -> Option<String> {
    let text = paragraphs.get(paragraph)?;
    let quote = text.get(words.clone()).filter(|q| !q.is_empty())?;
    let target = Ok(Anchor {
        paragraph,
        start: words.start,
        end: words.end,
    });
    if find_anchor(paragraphs, quote, None) == target {
        return None;
    }
    let before = text.get(..words.start)?;
    let starts: Vec<usize> = before.char_indices().map(|(at, _)| at).collect();
    let prefix_from = |k: usize| {
        starts
            .len()
            .checked_sub(k)
            .and_then(|i| starts.get(i))
            .copied()
    };
    let unique = |k: usize| {
        prefix_from(k).is_some_and(|at| find_anchor(paragraphs, quote, before.get(at..)) == target)
    };
    // The smallest k (characters of prefix) that is unique; uniqueness only
    // grows with k, as a longer needle matches fewer places.
    let (mut low, mut high) = (1, starts.len());
    if !unique(high) {
        return Some(before.to_owned()).filter(|b| !b.is_empty());
    }
    while low < high {
        let mid = low + (high - low) / 2;
        if unique(mid) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    // Back to the start of a word, so the JSON reads naturally.
    let mut at = prefix_from(high)?;
    while at > 0 && !before.get(..at)?.ends_with(char::is_whitespace) {
        at = before.get(..at)?.char_indices().next_back()?.0;
    }
    before.get(at..).map(str::to_owned)
}

// The schema is generated natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::FIELD_ORDER;

    #[test]
    fn the_field_order_is_the_schemas() {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::format::json_schema()).unwrap_or_default();
        let fields: Vec<&str> = schema
            .get("properties")
            .and_then(serde_json::Value::as_object)
            .map(|p| p.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(fields, FIELD_ORDER);
    }
}
