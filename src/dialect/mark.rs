//! Marking a claim in a dialect text: the editor selects words and picks a
//! status and sources, and the mark is written around those words for them,
//! so marking a claim needs no knowledge of the syntax.

use super::front_matter::split;
use super::plain::slug;
use super::write::{id_attribute, quote_attribute};
use serde::Deserialize;
use std::ops::Range;

/// What a new claim says: the fields of its mark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NewClaim {
    /// The claim's id; made from its words when absent (`claim-` and a
    /// slug, unlike every `#id` already in the text).
    pub id: Option<String>,
    /// Its status, one of the format's statuses.
    pub status: String,
    /// Ids of its sources.
    pub sources: Vec<String>,
    /// Why it has this status; left for the editor to write when absent.
    pub explanation: Option<String>,
}

/// The byte offset in `text` of UTF-16 offset `offset`: a textarea counts
/// its selection in UTF-16 units, and [`mark_claim`] takes bytes. An offset
/// past the end is the end.
pub fn byte_offset(text: &str, offset: u32) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= offset as usize {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// `text` with the words at byte range `words` marked as `claim`:
/// `[words]{#id status=… sources="…" explanation="…"}`. Spaces at the ends
/// of the selection stay outside the mark. Refuses a range that is empty,
/// not on character boundaries, in the front matter or across a blank line.
pub fn mark_claim(text: &str, words: Range<usize>, claim: &NewClaim) -> Result<String, String> {
    let selected = text
        .get(words.clone())
        .ok_or("the selection is not within the text")?;
    let start = words.start + (selected.len() - selected.trim_start().len());
    let end = words.end - (selected.len() - selected.trim_end().len());
    let selected = text.get(start..end).unwrap_or_default();
    if selected.is_empty() {
        return Err("select the words the claim makes".into());
    }
    if selected.contains("\n\n") || selected.contains("\n\r\n") {
        return Err("a claim's words stand within one paragraph".into());
    }
    let body_start = split(text).map_or(0, |parts| parts.body.1);
    if start < body_start {
        return Err("a claim's words stand in the prose, not in the front matter".into());
    }
    let id = match &claim.id {
        Some(id) => id.clone(),
        None => fresh_id(text, selected),
    };
    let mut attributes = id_attribute(&id);
    attributes.push_str(&format!(" status={}", quote_attribute(&claim.status)));
    if !claim.sources.is_empty() {
        attributes.push_str(&format!(
            " sources={}",
            quote_attribute(&claim.sources.join(" "))
        ));
    }
    if let Some(explanation) = &claim.explanation {
        attributes.push_str(&format!(" explanation={}", quote_attribute(explanation)));
    }
    Ok(format!(
        "{}[{selected}]{{{attributes}}}{}",
        text.get(..start).unwrap_or_default(),
        text.get(end..).unwrap_or_default()
    ))
}

/// An id for a claim on `words` that no `#id` in `text` has yet.
fn fresh_id(text: &str, words: &str) -> String {
    let base: String = format!("claim-{}", slug(words)).chars().take(48).collect();
    let base = base.trim_end_matches('-').to_owned();
    let taken = |id: &str| {
        text.match_indices(&format!("#{id}")).any(|(at, found)| {
            !text
                .get(at + found.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}
