//! The kinds of field that the parts of an article share: texts, paragraphs,
//! ids, language tags, dates, URLs and references to sources. Each is checked
//! one way wherever it appears, and its problem says the same thing.

use super::Validator;
use crate::format::{ArticleDoc, MAX_ID_LEN};
use crate::model::text::{is_language_tag, is_slug, quoted};
use crate::model::{parse_date, Date, Paragraph, SafeUrl, UrlError};
use std::collections::HashMap;
use yew::AttrValue;

/// What a required field left out is told, where its rule has nothing to add.
const MISSING: &str = "is required but missing";
/// What is wrong with a text that is blank.
const EMPTY: &str = "must not be empty";

/// Ids seen so far and the path of the item that used each first. (Its
/// own copies: a validation taken in steps keeps it between them.)
pub(super) type SeenIds = HashMap<String, String>;

/// A field the document may leave out: `Some(None)` when it does, otherwise
/// what `check` makes of it (`None` when it failed).
pub(super) fn optional<I, T>(
    value: Option<I>,
    check: impl FnOnce(I) -> Option<T>,
) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(value) => check(value).map(Some),
    }
}

/// Every item of a list, checked: all of them, or `None` when one failed.
/// Each item is checked even after one failed, so that every problem is
/// found.
pub(super) fn every<'d, D, T>(
    items: &'d [D],
    mut check: impl FnMut(usize, &'d D) -> Option<T>,
) -> Option<Vec<T>> {
    let checked: Vec<Option<T>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| check(i, item))
        .collect();
    checked.into_iter().collect()
}

impl Validator {
    /// `value`, or a problem saying that it is required (`missing` also says
    /// what to write there).
    pub(super) fn required<I>(&mut self, path: &str, value: Option<I>, missing: &str) -> Option<I> {
        if value.is_none() {
            self.problems.push(path, missing);
        }
        value
    }

    /// A text that must be there, and not blank.
    pub(super) fn required_text(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        let text = self.required(path, value, MISSING)?;
        self.text(path, text)
    }

    /// A text that may be left out, but not blank.
    pub(super) fn optional_text(
        &mut self,
        path: &str,
        value: Option<&str>,
    ) -> Option<Option<AttrValue>> {
        optional(value, |text| self.text(path, text))
    }

    fn text(&mut self, path: &str, text: &str) -> Option<AttrValue> {
        if text.trim().is_empty() {
            self.problems.push(path, EMPTY);
            return None;
        }
        Some(AttrValue::from(text.to_owned()))
    }

    /// Paragraphs at `path`, each required to have text. Indices match the
    /// document's, so claim anchors found in the document fit them.
    pub(super) fn paragraphs(&mut self, path: &str, texts: &[String]) -> Option<Vec<Paragraph>> {
        every(texts, |i, text| {
            // The path is written out only for a problem: an article has
            // thousands of paragraphs.
            if text.trim().is_empty() {
                self.problems.push(format!("{path}[{i}]"), EMPTY);
                return None;
            }
            let text = AttrValue::from(text.to_owned());
            Some(Paragraph {
                text,
                marks: Vec::new(),
            })
        })
    }

    /// An id: a slug, as the format's pattern says.
    pub(super) fn slug(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        let id = self.required(path, value, MISSING)?;
        if !is_slug(id) {
            self.problems.push(
                path,
                format!(
                    "{} is not a valid id: use lowercase letters a-z, digits and hyphens, starting with a letter (at most {MAX_ID_LEN})",
                    quoted(id)
                ),
            );
            return None;
        }
        Some(AttrValue::from(id.to_owned()))
    }

    /// Records the id of the item at `path` as used, or reports the clash.
    pub(super) fn unique(&mut self, seen: &mut SeenIds, id: Option<&str>, path: &str) {
        let Some(id) = id else {
            return;
        };
        if let Some(first) = seen.get(id) {
            self.problems.push(
                format!("{path}.id"),
                format!("duplicate id {}: already used by {first}", quoted(id)),
            );
        } else {
            seen.insert(id.to_owned(), path.to_owned());
        }
    }

    /// A BCP 47 language tag, as the format's pattern says.
    pub(super) fn language(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        let tag = self.required(
            path,
            value,
            "is required: a BCP 47 language tag such as \"en\"",
        )?;
        if !is_language_tag(tag) {
            self.problems.push(
                path,
                format!(
                    "{} is not a BCP 47 language tag such as \"en\" or \"zh-Hans\"",
                    quoted(tag)
                ),
            );
            return None;
        }
        Some(AttrValue::from(tag.to_owned()))
    }

    /// A date that must be there.
    pub(super) fn required_date(&mut self, path: &str, value: Option<&str>) -> Option<Date> {
        let raw = self.required(
            path,
            value,
            "is required: write YYYY-MM-DD or an RFC 3339 date-time",
        )?;
        self.date(path, raw)
    }

    /// A date that may be left out.
    pub(super) fn optional_date(
        &mut self,
        path: &str,
        value: Option<&str>,
    ) -> Option<Option<Date>> {
        optional(value, |raw| self.date(path, raw))
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<Date> {
        let date = parse_date(raw);
        if date.is_none() {
            self.problems.push(
                path,
                format!(
                    "{} is not a date: write YYYY-MM-DD or an RFC 3339 date-time",
                    quoted(raw)
                ),
            );
        }
        date
    }

    /// A link that must be there: an `http(s)` or `mailto` URL.
    pub(super) fn required_url(&mut self, path: &str, value: Option<&str>) -> Option<SafeUrl> {
        let raw = self.required(path, value, MISSING)?;
        self.url(path, raw, SafeUrl::parse)
    }

    /// A link that may be left out: an `http(s)` or `mailto` URL.
    pub(super) fn optional_url(
        &mut self,
        path: &str,
        value: Option<&str>,
    ) -> Option<Option<SafeUrl>> {
        optional(value, |raw| self.url(path, raw, SafeUrl::parse))
    }

    /// A web page's address that may be left out: an `http(s)` URL.
    pub(super) fn optional_web_url(
        &mut self,
        path: &str,
        value: Option<&str>,
    ) -> Option<Option<SafeUrl>> {
        optional(value, |raw| self.url(path, raw, SafeUrl::parse_web))
    }

    fn url(
        &mut self,
        path: &str,
        raw: &str,
        parse: fn(&str) -> Result<SafeUrl, UrlError>,
    ) -> Option<SafeUrl> {
        parse(raw)
            .map_err(|err| self.problems.push(path, format!("{} {err}", quoted(raw))))
            .ok()
    }

    /// The index of the source with `id`.
    pub(super) fn source_ref(&mut self, path: &str, id: &str, doc: &ArticleDoc) -> Option<usize> {
        let index = doc.sources.iter().position(|s| s.id.as_deref() == Some(id));
        if index.is_none() {
            self.problems
                .push(path, format!("no source has the id {}", quoted(id)));
        }
        index
    }
}
