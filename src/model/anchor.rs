//! Finding a claim's words in its section.
//!
//! A claim is anchored by an exact quote. When the same words occur more than
//! once, the editor adds a `prefix` (the text just before the intended
//! occurrence) instead of us guessing which one was meant.

/// Where a quote sits: paragraph index within the section and the byte range
/// of the quote in that paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Index of the paragraph within its section.
    pub paragraph: usize,
    /// Byte offset where the quote starts.
    pub start: usize,
    /// Byte offset just past the quote.
    pub end: usize,
}

/// Why a quote could not be anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorError {
    /// The quote does not occur in any paragraph of the section.
    NotFound,
    /// The quote occurs, but never right after the prefix.
    NotAfterPrefix,
    /// The quote (with its prefix, if any) occurs this many times.
    Ambiguous(usize),
}

/// Occurrences counted before a quote is called ambiguous: enough to tell an
/// editor how often their words repeat, and a bound on the work a hostile
/// quote that occurs at every position of a long paragraph can cause.
pub const MAX_COUNTED: usize = 100;

/// Finds the single occurrence of `prefix` + `quote` in `paragraphs` and returns
/// the position of the quote part. An empty prefix counts as none.
/// [`AnchorError::Ambiguous`] counts at most [`MAX_COUNTED`] occurrences.
pub fn find_anchor<S: AsRef<str>>(
    paragraphs: &[S],
    quote: &str,
    prefix: Option<&str>,
) -> Result<Anchor, AnchorError> {
    let prefix = prefix.unwrap_or_default();
    let needle = format!("{prefix}{quote}");
    let mut found: Option<Anchor> = None;
    let mut count = 0;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let text = paragraph.as_ref();
        for start in occurrences(text, &needle, quote.is_empty()).take(MAX_COUNTED - count) {
            count += 1;
            found.get_or_insert(Anchor {
                paragraph: index,
                start: start + prefix.len(),
                end: start + needle.len(),
            });
        }
        if count >= MAX_COUNTED {
            break;
        }
    }
    match (count, found) {
        (1, Some(anchor)) => Ok(anchor),
        (0, _)
            if !prefix.is_empty()
                && find_anchor(paragraphs, quote, None) != Err(AnchorError::NotFound) =>
        {
            Err(AnchorError::NotAfterPrefix)
        }
        (0, _) => Err(AnchorError::NotFound),
        (n, _) => Err(AnchorError::Ambiguous(n)),
    }
}

/// Byte offsets of every occurrence of `needle` (the prefix and the quote),
/// overlapping ones included (so "aa" occurs twice in "aaa"). An empty quote
/// occurs nowhere.
fn occurrences<'a>(
    text: &'a str,
    needle: &'a str,
    empty_quote: bool,
) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if empty_quote {
            return None;
        }
        let at = from + text.get(from..)?.find(needle)?;
        // Step one character on, so overlapping matches are seen too.
        from = at + text.get(at..)?.chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}
