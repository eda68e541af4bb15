//! The sections: each one's id, heading and paragraphs, and how it was made
//! when that differs from the article.

use super::fields::{optional, SeenIds};
use super::Validator;
use crate::format::{SectionDoc, INVOLVEMENT_KEYS};
use crate::model::Section;

impl Validator {
    /// Whether the document lists sections to check: at least one.
    pub(super) fn has_sections(&mut self, sections: Option<&[SectionDoc]>) -> bool {
        match sections {
            None => {
                self.problems
                    .push("sections", "is required: a list of at least one section");
                false
            }
            Some([]) => {
                self.problems.push("sections", "needs at least one section");
                false
            }
            Some(_) => true,
        }
    }

    /// Section `i`, whose id is unique among `fragment_ids`.
    pub(super) fn section(
        &mut self,
        i: usize,
        s: &SectionDoc,
        fragment_ids: &mut SeenIds,
    ) -> Option<Section> {
        let path = format!("sections[{i}]");
        let id = self.slug(&format!("{path}.id"), s.id.as_deref());
        self.unique(fragment_ids, s.id.as_deref(), &path);
        let heading = self.required_text(&format!("{path}.heading"), s.heading.as_deref());
        let paragraphs_path = format!("{path}.paragraphs");
        let paragraphs = match s.paragraphs.as_deref() {
            None => {
                self.problems.push(
                    paragraphs_path,
                    "is required: a list of at least one paragraph",
                );
                None
            }
            Some([]) => {
                self.problems
                    .push(paragraphs_path, "needs at least one paragraph");
                None
            }
            Some(texts) => self.paragraphs(&paragraphs_path, texts),
        };
        let involvement = optional(s.provenance.as_ref(), |p| {
            self.involvement(
                &format!("{path}.provenance.involvement"),
                p.involvement.as_deref(),
                &INVOLVEMENT_KEYS,
            )
        });
        Some(Section {
            id: id?,
            heading: heading?,
            paragraphs: paragraphs?,
            collapsed_at_start: s.collapsed,
            involvement: involvement?,
        })
    }
}
