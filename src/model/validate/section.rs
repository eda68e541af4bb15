//! The sections: each one's id, heading and paragraphs, and how it was made
//! when that differs from the article.

use super::fields::{every, optional, SeenIds};
use super::Validator;
use crate::format::{SectionDoc, INVOLVEMENT_KEYS};
use crate::model::Section;

impl Validator {
    /// The sections, at least one.
    pub(super) fn sections<'d>(
        &mut self,
        sections: Option<&'d [SectionDoc]>,
        fragment_ids: &mut SeenIds<'d>,
    ) -> Option<Vec<Section>> {
        let sections = match sections {
            None => {
                self.problems
                    .push("sections", "is required: a list of at least one section");
                return None;
            }
            Some([]) => {
                self.problems.push("sections", "needs at least one section");
                return None;
            }
            Some(sections) => sections,
        };
        every(sections, |i, s| self.section(i, s, fragment_ids))
    }

    fn section<'d>(
        &mut self,
        i: usize,
        s: &'d SectionDoc,
        fragment_ids: &mut SeenIds<'d>,
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
