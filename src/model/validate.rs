//! [`validate_article`]: every rule of format v1, checked item by item, with
//! every problem collected so an editor can fix them all in one pass.
//!
//! The rules read like the document, one file per part of it, in the order
//! the problems are reported: the article's own fields (`validate/header.rs`),
//! its sections (`section.rs`), sources (`source.rs`), claims and their
//! history (`claim.rs`), how it was made (`provenance.rs`) and what follows it
//! (`related.rs`). The kinds of field the parts share (texts, ids, language
//! tags, dates, URLs, paragraphs) are checked in `fields.rs`. Every limit,
//! pattern and vocabulary comes from [`crate::format`], where the schema reads
//! it too. This file puts the article together.
//!
//! One convention for every check, a method of `Validator`: it records its
//! problems and returns `Option<T>`, the part or field as the model has it, or
//! `None` when it failed (its problem recorded). A field the format lets the
//! document leave out is checked to `Option<Option<T>>`, `Some(None)` when it
//! is left out (`fields::optional`). A part checks every field first and is
//! then put together with `field?` for each of them; a list checks every item
//! (`fields::every`), so one bad item does not hide the problems of the next.

mod claim;
mod fields;
mod header;
mod provenance;
mod related;
mod section;
mod source;

use super::{Anchor, Article, Claim, Mark, Paragraph, Problems, ReadingTime, Section, Source};
use crate::format::ArticleDoc;
use claim::{CheckedClaim, SectionIndex};
use fields::{optional, SeenIds};
use header::Header;
use std::borrow::Borrow;

/// Checks `doc` against every rule of format v1. Returns the article, or every
/// problem found, each with its JSON path.
pub fn validate_article(doc: &ArticleDoc) -> Result<Article, Problems> {
    Validation::new(doc, Problems::default()).finish()
}

/// Sections checked in one [`Validation::step`], and claims: small enough
/// that a step of a long article takes a few milliseconds in a browser.
const SECTIONS_A_STEP: usize = 50;
const CLAIMS_A_STEP: usize = 100;

/// Validation of one document, in steps that follow the document: its own
/// fields, its sections a few at a time, its sources, its claims a few at a
/// time, then the rest and the article put together. The CLI and the server
/// take every step at once ([`Validation::finish`]); the browser can take
/// them in tasks of their own, so a long article never blocks its page for
/// long. Either way the problems are the same, in the same order.
pub struct Validation<D> {
    doc: D,
    /// Problems found before validating (a read document's unknown fields):
    /// listed first.
    before: Problems,
    v: Validator,
    next: Stage,
    header: Option<Header>,
    intro: Option<Vec<Paragraph>>,
    /// Whether the document has a list of sections to check.
    has_sections: bool,
    sections: Vec<Option<Section>>,
    /// Sections and claims share one id space: both become URL fragments.
    fragment_ids: SeenIds,
    sources: Option<Vec<Source>>,
    section_index: SectionIndex,
    claims: Vec<CheckedClaim>,
    /// The reading time of the texts checked so far, counted part by part.
    reading: ReadingTime,
}

/// What [`Validation::step`] does next.
#[derive(Clone, Copy)]
enum Stage {
    Header,
    /// The sections from this index on.
    Sections(usize),
    Sources,
    /// The claims from this index on.
    Claims(usize),
    Rest,
}

impl<D: Borrow<ArticleDoc>> Validation<D> {
    /// Validation of `doc`, whose problems follow `before`.
    pub fn new(doc: D, before: Problems) -> Self {
        Validation {
            doc,
            before,
            v: Validator::default(),
            next: Stage::Header,
            header: None,
            intro: None,
            has_sections: false,
            sections: Vec::new(),
            fragment_ids: SeenIds::new(),
            sources: None,
            section_index: SectionIndex::new(),
            claims: Vec::new(),
            reading: ReadingTime::default(),
        }
    }

    /// Takes every step left.
    pub fn finish(mut self) -> Result<Article, Problems> {
        loop {
            if let Some(outcome) = self.step() {
                return outcome;
            }
        }
    }

    /// Takes the next step: `Some` with the outcome once the last is taken.
    pub fn step(&mut self) -> Option<Result<Article, Problems>> {
        let doc = self.doc.borrow();
        let v = &mut self.v;
        match self.next {
            Stage::Header => {
                v.version(doc.version);
                self.header = v.header(doc);
                self.intro = v.paragraphs("intro", &doc.intro);
                if let Some(header) = &self.header {
                    self.reading.count(&header.title);
                    self.reading.count(&header.standfirst);
                }
                for paragraph in self.intro.iter().flatten() {
                    self.reading.count(&paragraph.text);
                }
                self.has_sections = v.has_sections(doc.sections.as_deref());
                self.next = Stage::Sections(0);
            }
            Stage::Sections(from) => {
                let all = doc.sections.as_deref().filter(|_| self.has_sections);
                let part = all.and_then(|all| all.get(from..)).unwrap_or_default();
                let part = part.get(..SECTIONS_A_STEP).unwrap_or(part);
                for (i, s) in (from..).zip(part) {
                    let section = v.section(i, s, &mut self.fragment_ids);
                    if let Some(section) = &section {
                        self.reading.count(&section.heading);
                        for paragraph in &section.paragraphs {
                            self.reading.count(&paragraph.text);
                        }
                    }
                    self.sections.push(section);
                }
                self.next = if part.len() < SECTIONS_A_STEP {
                    Stage::Sources
                } else {
                    Stage::Sections(from + part.len())
                };
            }
            Stage::Sources => {
                self.sources = v.sources(&doc.sources);
                self.section_index = claim::section_index(doc);
                self.next = Stage::Claims(0);
            }
            Stage::Claims(from) => {
                let part = doc.claims.get(from..).unwrap_or_default();
                let part = part.get(..CLAIMS_A_STEP).unwrap_or(part);
                for (i, c) in (from..).zip(part) {
                    let claim = v.claim(i, c, doc, &self.section_index, &mut self.fragment_ids);
                    self.claims.push(claim);
                }
                self.next = if part.len() < CLAIMS_A_STEP {
                    Stage::Rest
                } else {
                    Stage::Claims(from + part.len())
                };
            }
            Stage::Rest => return Some(self.rest()),
        }
        None
    }

    /// The last step: what follows the claims, and the article put together.
    fn rest(&mut self) -> Result<Article, Problems> {
        let doc = self.doc.borrow();
        let v = &mut self.v;
        v.check_overlaps(&self.claims);
        let provenance = v.provenance(doc);
        let related = v.related(&doc.related);
        let discussion = optional(doc.discussion.as_ref(), |d| v.discussion(d));

        let mut problems = std::mem::take(&mut self.before);
        if !v.problems.is_empty() || !problems.is_empty() {
            problems.0.append(&mut v.problems.0);
            return Err(problems);
        }
        // Every check that fails records a problem, so with none recorded every
        // part is here; were one missing, that is reported rather than unwrapped.
        let article = (|| {
            let header = self.header.take()?;
            let intro = self.intro.take()?;
            let mut sections: Vec<Section> = std::mem::take(&mut self.sections)
                .into_iter()
                .collect::<Option<_>>()
                .filter(|_| self.has_sections)?;
            let claims: Vec<(Claim, Anchor)> = std::mem::take(&mut self.claims)
                .into_iter()
                .map(|(claim, placed)| Some((claim?, placed?.1)))
                .collect::<Option<_>>()?;
            mark_claims(&mut sections, &claims)?;
            Some(Article {
                id: header.id,
                lang: header.lang,
                title: header.title,
                standfirst: header.standfirst,
                byline: header.byline,
                publisher: header.publisher,
                published: header.published,
                updated: header.updated,
                intro,
                sections,
                claims: claims.into_iter().map(|(claim, _)| claim).collect(),
                sources: self.sources.take()?,
                provenance: provenance?,
                related: related?,
                discussion: discussion?,
                reading_minutes: self.reading.minutes(),
                canonical_url: header.canonical_url,
            })
        })();
        article.ok_or_else(|| {
            let mut problems = Problems::default();
            problems.push(
                "",
                "internal error: the article passed validation but could not be assembled",
            );
            problems
        })
    }
}

/// Puts each claim's mark into the paragraph that holds its quote, in order.
fn mark_claims(sections: &mut [Section], claims: &[(Claim, Anchor)]) -> Option<()> {
    for (index, (claim, anchor)) in claims.iter().enumerate() {
        let paragraph = sections
            .get_mut(claim.section)?
            .paragraphs
            .get_mut(claim.paragraph)?;
        paragraph.marks.push(Mark {
            claim: index,
            start: anchor.start,
            end: anchor.end,
        });
    }
    for paragraph in sections.iter_mut().flat_map(|s| s.paragraphs.iter_mut()) {
        paragraph.marks.sort_by_key(|m| m.start);
    }
    Some(())
}

/// What every check writes to: the problems found so far, in document order.
#[derive(Default)]
struct Validator {
    problems: Problems,
}
