//! Small checks and measurements on plain strings: ids, language tags, dates,
//! reading time, and quoting a value inside an error message.

use crate::format::MAX_ID_LEN;
use yew::AttrValue;

/// Whether `id` is a slug: `a-z`, `0-9` and `-`, starting with a letter, as
/// [`crate::format::slug_pattern`] says. Slugs are safe as URL fragments,
/// element ids and storage keys as they are.
pub(crate) fn is_slug(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && id.len() <= MAX_ID_LEN
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// A light BCP 47 check, [`crate::format::LANGUAGE_TAG_PATTERN`]: a 2–3
/// letter language, then 1–8 character subtags (`en`, `en-GB`, `zh-Hans-CN`).
/// Enough to catch "English" or "en_GB".
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A calendar date from the article, kept with the text it was written as so
/// that `<time datetime>` can carry the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31, valid for the month.
    pub day: u8,
    /// The value as written in the article, e.g. `2026-03-04T08:00:00Z`.
    pub raw: AttrValue,
}

/// Parses `YYYY-MM-DD`, optionally followed by an RFC 3339 time
/// (`T08:00:00Z`, `T08:00+01:00`). Returns `None` when it is not a real date.
pub fn parse_date(raw: &str) -> Option<Date> {
    let bytes = raw.as_bytes();
    if bytes.len() < 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let digits = raw.get(range)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())
            .flatten()
    };
    let year = number(0..4)?;
    let month = u8::try_from(number(5..7)?).ok()?;
    let day = u8::try_from(number(8..10)?).ok()?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days_in_month {
        return None;
    }
    let time = raw.get(10..)?;
    if !(time.is_empty() || is_rfc3339_time(time)) {
        return None;
    }
    Some(Date {
        year,
        month,
        day,
        raw: AttrValue::from(raw.to_owned()),
    })
}

/// `T` + `HH:MM` (+ optional `:SS` and fraction) + `Z` or `±HH:MM`.
fn is_rfc3339_time(time: &str) -> bool {
    let Some(rest) = time.strip_prefix(['T', 't']) else {
        return false;
    };
    let (clock, zone) = match rest.find(['Z', 'z', '+', '-']) {
        Some(i) => rest.split_at(i),
        None => return false,
    };
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = clock.split(':');
    let hh = parts.next().is_some_and(two_digits);
    let mm = parts.next().is_some_and(two_digits);
    let ss = parts.next().is_none_or(|s| {
        let whole = s.split('.').next().unwrap_or_default();
        two_digits(whole)
    });
    // `get`, not slicing: a hostile zone such as "+aé:b" is six bytes too, and
    // a byte range may split its characters.
    let zone_ok = zone.eq_ignore_ascii_case("z")
        || (zone.len() == 6
            && zone.get(1..3).is_some_and(two_digits)
            && zone.get(3..4) == Some(":")
            && zone.get(4..).is_some_and(two_digits));
    hh && mm && ss && parts.next().is_none() && zone_ok
}

/// Minutes a reader needs, rounded up, at least one. Latin-script words are
/// counted at 230 a minute; CJK characters, which have no spaces between words,
/// at 400 a minute.
pub fn reading_minutes<'a>(texts: impl IntoIterator<Item = &'a str>) -> u32 {
    let mut time = ReadingTime::default();
    for text in texts {
        time.count(text);
    }
    time.minutes()
}

/// [`reading_minutes`] counted a text at a time: validation counts each part
/// of an article as it checks it, so that no step of it reads the whole
/// article again (a tenth of the time validating a long one took).
#[derive(Debug, Default, Clone, Copy)]
pub struct ReadingTime {
    words: u32,
    cjk: u32,
}

impl ReadingTime {
    /// Counts the words and CJK characters of `text`.
    pub fn count(&mut self, text: &str) {
        let mut in_word = false;
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            // ASCII, most of most articles, a byte at a time: decoding and
            // classifying every character as Unicode was most of the time
            // counting took, itself a tenth of validating a long article.
            // The same rules as below, for ASCII.
            if byte.is_ascii() {
                at += 1;
                if byte.is_ascii_alphanumeric() {
                    self.words += u32::from(!in_word);
                    in_word = true;
                } else if matches!(byte, b' ' | b'\t'..=b'\r') {
                    in_word = false;
                }
                continue;
            }
            let c = text
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or_default();
            at += c.len_utf8();
            if is_cjk(c) {
                self.cjk += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                self.words += u32::from(!in_word);
                in_word = true;
            } else if c.is_whitespace() {
                in_word = false;
            }
        }
    }

    /// The minutes for every text counted.
    pub fn minutes(self) -> u32 {
        // Whole seconds keep this integer-only.
        let seconds = (self.words * 60).div_ceil(230) + (self.cjk * 60).div_ceil(400);
        seconds.div_ceil(60).max(1)
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// `value` in double quotes for an error message, cut to 60 characters as
/// shown so a hostile megabyte-long string cannot flood the error box.
pub(crate) fn quoted(value: &str) -> String {
    const LIMIT: usize = 60;
    let mut out = String::with_capacity(LIMIT + 4);
    out.push('"');
    let mut shown = 0;
    for c in value.chars() {
        // Control and invisible formatting characters are spelt out, so a
        // bidi override inside a bad value cannot turn the message around
        // it; spelt out, they count for what they take (\u{202E}: 8).
        let spelt = (c.is_control() || is_invisible_format(c))
            .then(|| format!("\\u{{{:04X}}}", u32::from(c)));
        let width = spelt.as_ref().map_or(1, |spelt| spelt.chars().count());
        if shown + width > LIMIT {
            out.push('…');
            break;
        }
        shown += width;
        match spelt {
            Some(spelt) => out.push_str(&spelt),
            None => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Unicode format characters (category Cf) that change how text is shown
/// without being seen: bidi marks, embeddings, overrides and isolates,
/// zero-width spaces and joiners, the word joiner and the byte-order mark.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}
