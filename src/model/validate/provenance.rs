//! How the text was made and who answers for it: whether AI generated it, the
//! disclaimer, the sources it was made from, what AI did, and the record of a
//! person's review. Sections say how they were made with the same
//! vocabulary ([`Validator::involvement`]).

use super::fields::{every, optional};
use super::Validator;
use crate::format::{ArticleDoc, ReviewDoc, AI_INVOLVEMENT_KEYS};
use crate::model::text::quoted;
use crate::model::{Involvement, Provenance, Review};

impl Validator {
    pub(super) fn provenance(&mut self, doc: &ArticleDoc) -> Option<Provenance> {
        let p = self.required(
            "provenance",
            doc.provenance.as_ref(),
            "is required: say at least whether the text is AI-generated (\"aiGenerated\")",
        )?;
        let ai_generated = self.required(
            "provenance.aiGenerated",
            p.ai_generated,
            "is required: true or false",
        );
        let disclaimer = match ai_generated {
            Some(true) => self
                .required_text("provenance.disclaimer", p.disclaimer.as_deref())
                .map(Some),
            _ => self.optional_text("provenance.disclaimer", p.disclaimer.as_deref()),
        };
        let responsible = self.optional_text("provenance.responsible", p.responsible.as_deref());
        let original_sources = every(&p.original_sources, |j, id| {
            self.source_ref(&format!("provenance.originalSources[{j}]"), id, doc)
        });
        // What AI did is said only of AI text: an article that is not
        // AI-generated has no involvement to qualify.
        let involvement = match (ai_generated, p.involvement.as_deref()) {
            (Some(true), None) => Some(Involvement::Generated),
            (Some(true), Some(key)) => {
                self.involvement("provenance.involvement", Some(key), &AI_INVOLVEMENT_KEYS)
            }
            (_, None) => Some(Involvement::None),
            (_, Some(_)) => {
                self.problems.push(
                    "provenance.involvement",
                    "applies only when \"aiGenerated\" is true",
                );
                None
            }
        };
        let review = optional(p.review.as_ref(), |review| self.review(review));
        Some(Provenance {
            ai_generated: ai_generated?,
            disclaimer: disclaimer?,
            responsible: responsible?,
            original_sources: original_sources?,
            involvement: involvement?,
            review: review?,
        })
    }

    /// An involvement at `path`, one of the format's keys in `allowed`.
    pub(super) fn involvement(
        &mut self,
        path: &str,
        value: Option<&str>,
        allowed: &[&str],
    ) -> Option<Involvement> {
        let Some(key) = value else {
            self.problems.push(
                path,
                format!("is required: use one of {}", allowed.join(", ")),
            );
            return None;
        };
        let found = Involvement::from_key(key).filter(|i| allowed.contains(&i.key()));
        if found.is_none() {
            self.problems.push(
                path,
                format!(
                    "{} is not a known involvement: use one of {}",
                    quoted(key),
                    allowed.join(", ")
                ),
            );
        }
        found
    }

    /// The record of review: every field present and non-empty.
    fn review(&mut self, review: &ReviewDoc) -> Option<Review> {
        let reviewer = self.required_text("provenance.review.reviewer", review.reviewer.as_deref());
        let date = self.required_date("provenance.review.date", review.date.as_deref());
        let scope = self.required_text("provenance.review.scope", review.scope.as_deref());
        Some(Review {
            reviewer: reviewer?,
            date: date?,
            scope: scope?,
        })
    }
}
