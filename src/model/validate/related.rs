//! What follows the article: teasers for related articles and the invitation
//! to discuss it.

use super::fields::every;
use super::Validator;
use crate::format::{DiscussionDoc, RelatedDoc};
use crate::model::{Discussion, Related};

impl Validator {
    pub(super) fn related(&mut self, related: &[RelatedDoc]) -> Option<Vec<Related>> {
        every(related, |i, r| {
            let path = format!("related[{i}]");
            let title = self.optional_text(&format!("{path}.title"), r.title.as_deref());
            let summary = self.required_text(&format!("{path}.summary"), r.summary.as_deref());
            let url = self.optional_url(&format!("{path}.url"), r.url.as_deref());
            Some(Related {
                title: title?,
                summary: summary?,
                url: url?,
            })
        })
    }

    pub(super) fn discussion(&mut self, d: &DiscussionDoc) -> Option<Discussion> {
        let prompt = self.required_text("discussion.prompt", d.prompt.as_deref());
        let sign_in_url = self.optional_url("discussion.signInUrl", d.sign_in_url.as_deref());
        Some(Discussion {
            prompt: prompt?,
            sign_in_url: sign_in_url?,
        })
    }
}
