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

use super::{reading_minutes, Anchor, Article, Claim, Mark, Problems, Section};
use crate::format::ArticleDoc;
use fields::{optional, SeenIds};

/// Checks `doc` against every rule of format v1. Returns the article, or every
/// problem found, each with its JSON path.
pub fn validate_article(doc: &ArticleDoc) -> Result<Article, Problems> {
    let mut v = Validator::default();
    v.version(doc.version);
    let header = v.header(doc);
    let intro = v.paragraphs("intro", &doc.intro);
    // Sections and claims share one id space: both become URL fragments.
    let mut fragment_ids = SeenIds::new();
    let sections = v.sections(doc.sections.as_deref(), &mut fragment_ids);
    let sources = v.sources(&doc.sources);
    let claims = v.claims(doc, &mut fragment_ids);
    let provenance = v.provenance(doc);
    let related = v.related(&doc.related);
    let discussion = optional(doc.discussion.as_ref(), |d| v.discussion(d));

    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    // Every check that fails records a problem, so with none recorded every
    // part is here; were one missing, that is reported rather than unwrapped.
    let article = (|| {
        let header = header?;
        let intro = intro?;
        let mut sections = sections?;
        let claims = claims?;
        mark_claims(&mut sections, &claims)?;
        let minutes = reading_minutes(
            [&*header.title, &*header.standfirst]
                .into_iter()
                .chain(intro.iter().map(|p| &*p.text))
                .chain(sections.iter().flat_map(|s| {
                    std::iter::once(&*s.heading).chain(s.paragraphs.iter().map(|p| &*p.text))
                })),
        );
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
            sources: sources?,
            provenance: provenance?,
            related: related?,
            discussion: discussion?,
            reading_minutes: minutes,
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
