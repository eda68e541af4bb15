//! The sources a reader can check: each one's id, title, publisher, address
//! and date, and the passage the article relies on.

use super::fields::{every, optional, SeenIds};
use super::Validator;
use crate::format::{SourceDoc, MAX_PASSAGE_CHARS};
use crate::model::Source;
use yew::AttrValue;

impl Validator {
    /// The sources, each with an id unique among sources.
    pub(super) fn sources(&mut self, sources: &[SourceDoc]) -> Option<Vec<Source>> {
        let mut source_ids = SeenIds::new();
        every(sources, |i, s| self.source(i, s, &mut source_ids))
    }

    fn source(&mut self, i: usize, s: &SourceDoc, source_ids: &mut SeenIds) -> Option<Source> {
        let path = format!("sources[{i}]");
        let id = self.slug(&format!("{path}.id"), s.id.as_deref());
        self.unique(source_ids, s.id.as_deref(), &path);
        let title = self.required_text(&format!("{path}.title"), s.title.as_deref());
        let publisher = self.optional_text(&format!("{path}.publisher"), s.publisher.as_deref());
        let url = self.required_url(&format!("{path}.url"), s.url.as_deref());
        let date = self.optional_date(&format!("{path}.date"), s.date.as_deref());
        let quote = optional(s.quote.as_deref(), |text| {
            self.passage(&format!("{path}.quote"), text)
        });
        Some(Source {
            id: id?,
            title: title?,
            publisher: publisher?,
            url: url?,
            date: date?,
            quote: quote?,
        })
    }

    /// A source's `quote`: one line of text a reader can be sent to and
    /// shown.
    fn passage(&mut self, path: &str, text: &str) -> Option<AttrValue> {
        let reason = if text.trim().is_empty() {
            "must not be empty".to_owned()
        } else if text.chars().count() > MAX_PASSAGE_CHARS {
            format!(
                "is longer than {MAX_PASSAGE_CHARS} characters: quote the passage the article relies on, not the whole source"
            )
        } else if text.chars().any(char::is_control) {
            "must be one line without control characters (tabs, line breaks): a link can only land on text as a page shows it".to_owned()
        } else {
            return Some(AttrValue::from(text.to_owned()));
        };
        self.problems.push(path, reason);
        None
    }
}
