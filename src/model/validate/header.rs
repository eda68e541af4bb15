//! The article's own fields, at the top of the document: the format version,
//! the id, the language, the headline and standfirst, who wrote and published
//! it and when, and its own address.

use super::Validator;
use crate::format::{ArticleDoc, FORMAT_VERSION};
use crate::model::{Date, SafeUrl};
use yew::AttrValue;

/// The article's own fields, checked.
pub(super) struct Header {
    pub(super) id: AttrValue,
    pub(super) lang: AttrValue,
    pub(super) title: AttrValue,
    pub(super) standfirst: AttrValue,
    pub(super) byline: Option<AttrValue>,
    pub(super) publisher: Option<AttrValue>,
    pub(super) published: Option<Date>,
    pub(super) updated: Option<Date>,
    pub(super) canonical_url: Option<SafeUrl>,
}

impl Validator {
    /// `version`: the one this widget reads. Nothing else depends on it, so
    /// the rest is still checked when it is wrong.
    pub(super) fn version(&mut self, version: Option<u32>) {
        match version {
            None => self.problems.push(
                "version",
                format!("is required (this widget reads version {FORMAT_VERSION})"),
            ),
            Some(FORMAT_VERSION) => {}
            Some(other) => self.problems.push(
                "version",
                format!(
                    "unsupported format version {other} (this widget reads version {FORMAT_VERSION})"
                ),
            ),
        }
    }

    pub(super) fn header(&mut self, doc: &ArticleDoc) -> Option<Header> {
        let id = self.slug("id", doc.id.as_deref());
        let lang = self.language("lang", doc.lang.as_deref());
        let title = self.required_text("title", doc.title.as_deref());
        let standfirst = self.required_text("standfirst", doc.standfirst.as_deref());
        let byline = self.optional_text("byline", doc.byline.as_deref());
        let publisher = self.optional_text("publisher", doc.publisher.as_deref());
        let published = self.optional_date("published", doc.published.as_deref());
        let updated = self.optional_date("updated", doc.updated.as_deref());
        let canonical_url = self.optional_web_url("canonicalUrl", doc.canonical_url.as_deref());
        Some(Header {
            id: id?,
            lang: lang?,
            title: title?,
            standfirst: standfirst?,
            byline: byline?,
            publisher: publisher?,
            published: published?,
            updated: updated?,
            canonical_url: canonical_url?,
        })
    }
}
