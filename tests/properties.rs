//! Property tests: no string in any field makes a parser panic, and quote
//! anchors always fall on character boundaries inside their paragraph and
//! cover exactly the quote. Strings are drawn from all of Unicode with extra
//! weight on what breaks byte arithmetic: multi-byte and combining
//! characters, emoji, full-width digits, right-to-left and control characters.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::format::{parse_json, parse_json_str, Input};
use interactive_article::model::{
    find_anchor, load_article, parse_date, reading_minutes, AnchorError, SafeUrl, Segment,
};
use proptest::prelude::*;
use serde_json::{json, Value};

#[path = "support/heading_levels.rs"]
mod heading_levels;

/// Any string, with the awkward characters over-represented.
fn text() -> impl Strategy<Value = String> {
    let awkward = prop_oneof![
        Just('é'),
        Just('\u{301}'),
        Just('😀'),
        Just('\u{200d}'),
        Just('２'),
        Just('字'),
        Just('ש'),
        Just('\u{202e}'),
        Just('\u{0}'),
        Just('\u{feff}'),
        Just('-'),
        Just(':'),
        Just('T'),
        Just('Z'),
        Just('+'),
        Just('0'),
        Just('1'),
        Just(' '),
        Just('a'),
    ];
    prop::collection::vec(prop_oneof![3 => awkward, 1 => any::<char>()], 0..24)
        .prop_map(|chars| chars.into_iter().collect())
}

/// A date-shaped string: the right separators, any characters in between,
/// and a time whose clock and zone are cut by characters, not bytes, so the
/// digit checks and byte lengths of multi-byte zones are what is exercised.
fn date_like() -> impl Strategy<Value = String> {
    let cut =
        |s: &str, n: usize| -> String { s.chars().chain("2024-01-01".chars()).take(n).collect() };
    (
        (text(), text(), text()),
        prop::option::of((
            text(),
            prop::sample::select(vec!["Z", "z", "+", "-", ""]),
            text(),
            0usize..7,
        )),
    )
        .prop_map(move |((y, m, d), time)| {
            // Mostly a real date, so that the time after it is read too.
            let date = if y.len() % 4 == 0 {
                format!("{}-{}-{}", cut(&y, 4), cut(&m, 2), cut(&d, 2))
            } else {
                "2024-02-29".to_owned()
            };
            match time {
                None => date,
                Some((clock, sign, zone, zone_len)) => {
                    format!("{date}T{}{sign}{}", cut(&clock, 5), cut(&zone, zone_len))
                }
            }
        })
}

/// An article with `text()` in every string field (and dates, ids, the
/// language, quotes and prefixes drawn like them), sometimes with a claim
/// whose quote really is in its paragraph.
fn article() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(text(), 12),
        (date_like(), date_like(), date_like()),
        (text(), 0usize..30, 0usize..30, prop::option::of(0usize..10)),
    )
        .prop_map(|(t, (published, updated, source_date), (paragraph, a, b, prefix_len))| {
            let chars: Vec<char> = paragraph.chars().collect();
            let (start, end) = (a.min(b).min(chars.len()), a.max(b).min(chars.len()));
            let quote: String = chars.get(start..end).unwrap_or_default().iter().collect();
            let prefix: Option<String> = prefix_len.map(|n| {
                chars.get(start.saturating_sub(n)..start).unwrap_or_default().iter().collect()
            });
            json!({
                "version": 1,
                "id": t[0], "lang": t[1], "title": t[2], "standfirst": t[3],
                "byline": t[4], "published": published, "updated": updated,
                "intro": [t[5]],
                "sections": [
                    { "id": "s", "heading": t[6], "paragraphs": [paragraph, t[7]] },
                    { "id": t[8], "heading": "H", "paragraphs": [t[9]] }
                ],
                "claims": [
                    { "id": "c", "section": "s", "quote": quote, "prefix": prefix,
                      "status": "opinion", "explanation": "e" },
                    { "id": t[10], "section": t[8], "quote": t[9], "prefix": t[11],
                      "status": t[11], "explanation": t[4], "sources": ["src"] }
                ],
                "sources": [{ "id": "src", "title": t[3], "url": t[0], "date": source_date }],
                "provenance": { "aiGenerated": true, "disclaimer": t[2], "originalSources": [t[10]] },
                "related": [{ "title": t[5], "summary": t[6], "url": t[7] }],
                "discussion": { "prompt": t[1], "signInUrl": t[9] }
            })
        })
}

/// What must hold of every article that validates: each mark lies on
/// character boundaries inside its paragraph, covers exactly its claim's
/// quote, and the segments put the paragraph back together.
fn check_anchors(json: &str) {
    let Ok(article) = load_article(json) else {
        return;
    };
    for section in &article.sections {
        for paragraph in &section.paragraphs {
            let text: &str = &paragraph.text;
            for mark in &paragraph.marks {
                assert!(mark.start <= mark.end && mark.end <= text.len());
                assert!(text.is_char_boundary(mark.start) && text.is_char_boundary(mark.end));
                assert_eq!(
                    text.get(mark.start..mark.end),
                    Some(&*article.claims[mark.claim].quote)
                );
            }
            let mut rebuilt = String::new();
            for segment in paragraph.segments() {
                match segment {
                    Segment::Text(piece) => rebuilt.push_str(piece),
                    Segment::Claim { claim, text } => {
                        assert_eq!(text, &*article.claims[claim].quote);
                        rebuilt.push_str(text);
                    }
                }
            }
            assert_eq!(rebuilt, text);
        }
    }
}

// 256 cases per property (proptest's default); `PROPTEST_CASES=20000 cargo
// test --release --test properties` searches longer.
proptest! {
    #[test]
    fn any_text_is_read_without_panicking(raw in "\\PC*", any_text in text()) {
        let _ = parse_json_str(&raw);
        let _ = parse_json(&any_text, Input::Object);
        let _ = load_article(&format!("{{\"title\": {}}}", Value::String(any_text)));
    }

    #[test]
    fn any_string_in_any_field_is_validated_without_panicking(doc in article()) {
        let json = doc.to_string();
        let outcome = load_article(&json);
        // Every problem names a place and says something.
        if let Err(problems) = &outcome {
            prop_assert!(!problems.is_empty());
            for problem in problems.iter() {
                prop_assert!(!problem.message.is_empty(), "{problem}");
            }
        }
        check_anchors(&json);
    }

    #[test]
    fn a_quote_taken_from_its_paragraph_is_anchored_on_character_boundaries(
        paragraph in text(), a in 0usize..30, b in 0usize..30, prefix_len in 0usize..10,
    ) {
        let chars: Vec<char> = paragraph.chars().collect();
        let (start, end) = (a.min(b).min(chars.len()), a.max(b).min(chars.len()));
        let quote: String = chars[start..end].iter().collect();
        let prefix: String = chars[start.saturating_sub(prefix_len)..start].iter().collect();
        let paragraphs = ["before", paragraph.as_str()];
        match find_anchor(&paragraphs, &quote, Some(&prefix)) {
            Ok(anchor) => {
                let text = paragraphs[anchor.paragraph];
                prop_assert!(text.is_char_boundary(anchor.start) && text.is_char_boundary(anchor.end));
                prop_assert_eq!(text.get(anchor.start..anchor.end), Some(quote.as_str()));
                prop_assert!(text.get(..anchor.start).is_some_and(|before| before.ends_with(&prefix)));
            }
            // The quote is right there after its prefix, so the only reasons
            // not to anchor it are that it is empty or occurs more than once.
            Err(err) => prop_assert!(
                quote.is_empty() || matches!(err, AnchorError::Ambiguous(n) if n >= 2),
                "{:?} for {:?} after {:?}", err, quote, prefix
            ),
        }
    }

    #[test]
    fn anchoring_any_strings_never_panics(
        paragraphs in prop::collection::vec(text(), 0..4), quote in text(), prefix in prop::option::of(text()),
    ) {
        if let Ok(anchor) = find_anchor(&paragraphs, &quote, prefix.as_deref()) {
            let text = &paragraphs[anchor.paragraph];
            prop_assert!(text.is_char_boundary(anchor.start) && text.is_char_boundary(anchor.end));
            prop_assert_eq!(text.get(anchor.start..anchor.end), Some(quote.as_str()));
        }
    }

    #[test]
    fn dates_are_read_without_panicking(raw in date_like(), any_text in text()) {
        for raw in [raw, any_text] {
            if let Some(date) = parse_date(&raw) {
                prop_assert_eq!(&*date.raw, raw.as_str());
                prop_assert!((1..=12).contains(&date.month) && (1..=31).contains(&date.day));
                prop_assert!(raw.get(..10).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit() || b == b'-')));
            }
        }
    }

    #[test]
    fn urls_are_read_without_panicking(raw in text(), tail in text()) {
        for raw in [raw.clone(), format!("https://{raw}"), format!("mailto:{tail}"), format!("{tail}https://x")] {
            if let Ok(url) = SafeUrl::parse(&raw) {
                let lower = url.as_str().to_ascii_lowercase();
                prop_assert!(lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"), "{}", url.as_str());
                prop_assert!(!url.as_str().chars().any(|c| c.is_whitespace() || c.is_control()));
            }
        }
    }

    #[test]
    fn reading_time_counts_the_words_a_character_at_a_time_would(text in text()) {
        // Every character classified as Unicode has it, as the count did
        // before it read ASCII a byte at a time.
        let (mut words, mut cjk, mut in_word) = (0, 0, false);
        for c in text.chars() {
            if matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF) {
                cjk += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                words += usize::from(!in_word);
                in_word = true;
            } else if c.is_whitespace() {
                in_word = false;
            }
        }
        prop_assume!(cjk == 0 && words <= 230);
        // 230 words are a minute; one more is two.
        let padded = |to: usize| format!("{text} {}", "x ".repeat(to - words));
        prop_assert_eq!(reading_minutes([padded(230).as_str()]), 1);
        prop_assert_eq!(reading_minutes([padded(231).as_str()]), 2);
    }

    #[test]
    fn reading_time_is_at_least_a_minute(texts in prop::collection::vec(text(), 0..5)) {
        prop_assert!(reading_minutes(texts.iter().map(String::as_str)) >= 1);
    }

    #[test]
    fn ids_and_languages_that_validate_follow_the_format(id in text(), lang in text()) {
        let doc = json!({
            "version": 1, "id": id, "lang": lang, "title": "T", "standfirst": "S",
            "sections": [{ "id": "s", "heading": "H", "paragraphs": ["P"] }],
            "provenance": { "aiGenerated": false }
        });
        match load_article(&doc.to_string()) {
            Ok(article) => {
                let mut chars = article.id.chars();
                prop_assert!(chars.next().is_some_and(|c| c.is_ascii_lowercase()));
                prop_assert!(chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
                prop_assert!(article.lang.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric())));
            }
            Err(problems) => {
                for problem in problems.iter() {
                    // Values are quoted in messages cut to 60 characters.
                    prop_assert!(problem.message.chars().count() < 200, "{problem}");
                }
            }
        }
    }
}

/// Every text in the shared table sets the level it says natively (the
/// browser tests hold the wasm build to the same table).
#[test]
fn heading_level_texts() {
    heading_levels::check_heading_level_texts();
}

proptest! {
    /// `is_decimal` admits exactly the texts Rust's `f64` parser reads, less
    /// its names for infinity and not-a-number: the browser hands those
    /// texts to JavaScript's `Number` instead of Rust's parser.
    #[test]
    fn is_decimal_is_rusts_number_grammar(
        text in "[-+0-9.eE]{0,8}|[-+]?(inf|infinity|nan|[0-9]{0,3}[.]?[0-9]{0,3}([eE][-+]?[0-9]{0,3})?)|.{0,6}"
    ) {
        let named = ["inf", "infinity", "nan"]
            .contains(&text.trim_start_matches(['+', '-']).to_ascii_lowercase().as_str());
        prop_assert_eq!(
            interactive_article::options::is_decimal(&text),
            text.parse::<f64>().is_ok() && !named,
            "{:?}", text
        );
    }
}
