//! Links that land on a passage: the text directive of the URL Fragment Text
//! Directives spec (https://wicg.github.io/scroll-to-text-fragment/), made
//! from a source's `quote`. A browser that supports it scrolls to the passage
//! and highlights it; one that does not ignores the directive and opens the
//! page at its top, as a link without it would.

/// Passages up to this many characters are linked whole (`text=passage`);
/// longer ones by their first and last words (`text=start,end`). Exact
/// matching of a long passage fails on any difference the page renders in
/// between (a footnote marker, a line break, a changed word), while the range
/// form needs only its two ends to match. 300 is where Chromium's own "Copy
/// link to highlight" switches to the range form.
pub const EXACT_MAX_CHARS: usize = 300;

/// Words of a long passage in its start term and in its end term: enough to
/// find the passage on a page again, few enough to survive small edits.
pub const RANGE_WORDS: usize = 5;

/// The characters a text directive writes as they are: the spec's
/// `TextDirectiveExplicitChar`, ASCII letters and digits and these. `-`, `&`
/// and `,` are the directive's own syntax and are encoded like everything else.
const EXPLICIT: &[u8] = b"!$'()*+./:;=?@_~";

/// `passage` as a text directive, `text=…`: white space collapsed to single
/// spaces, the start,end form past [`EXACT_MAX_CHARS`], every term
/// percent-encoded as the spec requires.
pub fn text_directive(passage: &str) -> String {
    let words: Vec<&str> = passage.split_whitespace().collect();
    let whole = words.join(" ");
    let ends = (whole.chars().count() > EXACT_MAX_CHARS && words.len() > 2 * RANGE_WORDS)
        .then(|| {
            let start = words.get(..RANGE_WORDS)?.join(" ");
            let end = words
                .get(words.len().saturating_sub(RANGE_WORDS)..)?
                .join(" ");
            Some((start, end))
        })
        .flatten();
    match ends {
        Some((start, end)) => format!("text={},{}", percent_encode(&start), percent_encode(&end)),
        None => format!("text={}", percent_encode(&whole)),
    }
}

/// `term` percent-encoded for a text directive: UTF-8 bytes as `%XX`
/// (upper-case hex), except ASCII letters, digits and [`EXPLICIT`].
pub fn percent_encode(term: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(term.len());
    for byte in term.bytes() {
        if byte.is_ascii_alphanumeric() || EXPLICIT.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 0x0f] {
                out.push(HEX.get(usize::from(nibble)).map_or('0', |h| char::from(*h)));
            }
        }
    }
    out
}

/// `url` with the text directive of `passage` in its fragment: after `#:~:`
/// when the URL has no fragment, after the fragment (`#frag:~:`) when it has
/// one, and as one more directive (`&text=`) when it has directives already.
pub fn with_text_directive(url: &str, passage: &str) -> String {
    let directive = text_directive(passage);
    match url.split_once('#') {
        None => format!("{url}#:~:{directive}"),
        Some((_, fragment)) if fragment.contains(":~:") => format!("{url}&{directive}"),
        Some(_) => format!("{url}:~:{directive}"),
    }
}
