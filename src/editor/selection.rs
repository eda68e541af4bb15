//! Where the words to mark as a claim are in the text: from the textarea's
//! selection, or from words selected in the preview, found in the text
//! they were rendered from.

use crate::dialect::byte_offset;
use std::ops::Range;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

/// The textarea's selection as a byte range of its text, if words are selected.
pub fn in_textarea(textarea: &HtmlTextAreaElement) -> Option<Range<usize>> {
    let text = textarea.value();
    let start = textarea.selection_start().ok().flatten()?;
    let end = textarea.selection_end().ok().flatten()?;
    (start < end).then(|| byte_offset(&text, start)..byte_offset(&text, end))
}

/// Words selected in the preview, if the page's selection lies in it: the
/// words, and how many times they occur in the preview before the selection
/// (which occurrence in the text is meant).
pub fn in_preview(preview: &Element) -> Option<(String, usize)> {
    let window = web_sys::window()?;
    let selection = window.get_selection().ok().flatten()?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let inside = |node: Option<web_sys::Node>| node.is_some_and(|n| preview.contains(Some(&n)));
    if !inside(selection.anchor_node()) || !inside(selection.focus_node()) {
        return None;
    }
    let words = String::from(selection.to_string()).trim().to_owned();
    if words.is_empty() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let before = window.document()?.create_range().ok()?;
    before.set_start(preview.unchecked_ref(), 0).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let before = String::from(before.to_string());
    Some((words.clone(), find_all(&before, &words).len()))
}

/// Every place in `text` where `words` occur, with any run of white space
/// (a line break in the text, a space in the preview) standing for any
/// other, as byte ranges.
pub fn find_all(text: &str, words: &str) -> Vec<Range<usize>> {
    let tokens: Vec<&str> = words.split_whitespace().collect();
    let Some(first) = tokens.first() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (start, _) in text.match_indices(first) {
        let mut at = start + first.len();
        let mut matched = true;
        for token in tokens.iter().skip(1) {
            let rest = text.get(at..).unwrap_or_default();
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || !trimmed.starts_with(token) {
                matched = false;
                break;
            }
            at += rest.len() - trimmed.len() + token.len();
        }
        if matched {
            found.push(start..at);
        }
    }
    found
}

/// The byte range in `text` of the words selected in the preview: their
/// `nth` occurrence in the article's body (after the front matter), or the
/// last one if the preview showed them more often than the body has them
/// (a title, a callout). Says why when they are not in the text as
/// rendered (words across a mark or a link, say).
pub fn preview_words_in_text(text: &str, words: &str, nth: usize) -> Result<Range<usize>, String> {
    let body_start = body_start(text);
    let body = text.get(body_start..).unwrap_or_default();
    let found = find_all(body, words);
    let last = found.len().checked_sub(1).ok_or_else(|| {
        format!("“{words}” is not written this way in the text (it may run across a mark or a link): select the words in the text instead.")
    })?;
    let range = found.get(nth.min(last)).cloned().unwrap_or_default();
    Ok(body_start + range.start..body_start + range.end)
}

/// Where the body starts: after the front matter's closing `+++` line, or
/// at the top when there is none.
fn body_start(text: &str) -> usize {
    let mut lines = text.split_inclusive('\n');
    let mut at = 0;
    match lines.next() {
        Some(line) if line.trim_end() == "+++" => at += line.len(),
        _ => return 0,
    }
    for line in lines {
        at += line.len();
        if line.trim_end() == "+++" {
            return at;
        }
    }
    0
}
