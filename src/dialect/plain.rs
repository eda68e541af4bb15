//! A plain-text article in the shape news sites publish and the seed has:
//! the title on the first line and the standfirst on the second, then one
//! paragraph per line, short lines without a closing full stop as section
//! headings, a "Related Articles" line followed by one teaser per line, and
//! a closing discussion block (a label such as "Thoughts", then the
//! prompt). A paragraph that says the text is AI-generated becomes the
//! provenance's disclaimer. Written as the dialect, for an editor to mark
//! claims in.

use crate::format::{FORMAT_VERSION, MAX_ID_LEN};
use serde_json::{json, Map, Value};

/// A line this long or longer is a paragraph, never a heading.
const MAX_HEADING_CHARS: usize = 80;

/// The line that starts the list of related articles.
const RELATED_LINE: &str = "related articles";

/// The words by which a paragraph is known to be the AI disclaimer.
const AI_DISCLAIMER_MARK: &str = "ai-generated";

/// The language assumed for a plain text: it says none.
const PLAIN_LANG: &str = "en";

/// The article in the plain `text` as a JSON object.
pub(super) fn read(text: &str) -> Map<String, Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or_default();
    let standfirst = lines.next().unwrap_or_default();
    let mut intro = Vec::new();
    let mut sections: Vec<Value> = Vec::new();
    let mut disclaimer = None;
    let mut rest = Vec::new();
    let mut in_related = false;
    for line in lines {
        if in_related {
            rest.push(line);
        } else if line.eq_ignore_ascii_case(RELATED_LINE) {
            in_related = true;
        } else if line.to_lowercase().contains(AI_DISCLAIMER_MARK) {
            disclaimer = Some(line);
        } else if is_heading(line) {
            sections.push(json!({ "id": slug(line), "heading": line, "paragraphs": [] }));
        } else if let Some(section) = sections.last_mut() {
            if let Some(Value::Array(paragraphs)) = section.get_mut("paragraphs") {
                paragraphs.push(line.into());
            }
        } else {
            intro.push(line);
        }
    }
    // The teasers run until the first short line: the discussion block.
    let teasers = rest.iter().take_while(|l| !is_heading(l)).count();
    let (related, closing) = rest.split_at(teasers);
    let prompt = match closing {
        [] => None,
        [prompt] => Some(prompt),
        [_label, prompt, ..] => Some(prompt),
    };
    let mut article = Map::new();
    article.insert("version".into(), FORMAT_VERSION.into());
    article.insert("id".into(), slug(title).into());
    article.insert("lang".into(), PLAIN_LANG.into());
    article.insert("title".into(), title.into());
    article.insert("standfirst".into(), standfirst.into());
    if !intro.is_empty() {
        article.insert("intro".into(), intro.into());
    }
    article.insert("sections".into(), sections.into());
    let provenance = match disclaimer {
        Some(disclaimer) => json!({ "aiGenerated": true, "disclaimer": disclaimer }),
        None => json!({ "aiGenerated": false }),
    };
    article.insert("provenance".into(), provenance);
    if !related.is_empty() {
        let teasers: Vec<Value> = related.iter().map(|s| json!({ "summary": s })).collect();
        article.insert("related".into(), teasers.into());
    }
    if let Some(prompt) = prompt {
        article.insert("discussion".into(), json!({ "prompt": prompt }));
    }
    article
}

/// A short line that does not end a sentence.
fn is_heading(line: &str) -> bool {
    line.chars().count() < MAX_HEADING_CHARS && !line.ends_with(['.', '!', '?', ':', ';', ','])
}

/// `text` as an id: lowercase ASCII letters and digits, apostrophes left
/// out, runs of anything else as one hyphen, starting with a letter, at most [`MAX_ID_LEN`] long
/// and cut at a hyphen.
pub(super) fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        // "China's" is one word: chinas.
        if matches!(c, '\'' | '\u{2019}') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if slug.is_empty() && c.is_ascii_digit() {
                slug.push('n');
            }
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.len() > MAX_ID_LEN {
        match slug.rfind('-') {
            Some(at) => slug.truncate(at),
            None => slug.truncate(MAX_ID_LEN),
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "article".into()
    } else {
        slug.into()
    }
}
