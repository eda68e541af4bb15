//! [`validate_article`]: every rule of format v1, checked item by item, with
//! every problem collected so an editor can fix them all in one pass.
//!
//! Each part of the document is checked by one method of [`Validator`] that
//! records its problems and returns the part as the model has it, or `None`
//! where it failed. The article is put together only when nothing failed.

use super::anchor::MAX_COUNTED;
use super::text::{is_language_tag, is_slug, quoted};
use super::{
    find_anchor, parse_date, reading_minutes, Anchor, AnchorError, Article, Claim, ClaimChange,
    ClaimStatus, Date, Discussion, Involvement, Mark, Paragraph, Problems, Provenance, Related,
    Review, SafeUrl, Section, Source,
};
use crate::format::{
    ArticleDoc, ClaimDoc, ClaimHistoryDoc, ProvenanceDoc, SectionDoc, SourceDoc, FORMAT_VERSION,
};
use std::collections::{BTreeMap, HashMap};
use yew::AttrValue;

/// Longest `sources[].quote`, in characters.
const MAX_PASSAGE_CHARS: usize = 1000;

/// Checks `doc` against every rule of format v1. Returns the article, or every
/// problem found, each with its JSON path.
pub fn validate_article(doc: &ArticleDoc) -> Result<Article, Problems> {
    let mut v = Validator::default();
    let doc_sections = doc.sections.as_deref().unwrap_or_default();

    v.version(doc.version);
    let header = v.header(doc);
    let intro = v.paragraphs("intro", &doc.intro);
    // Sections and claims share one id space: both become URL fragments.
    let mut fragment_ids = HashMap::new();
    v.sections_present(doc.sections.as_deref());
    let sections: Vec<Option<Section>> = doc_sections
        .iter()
        .enumerate()
        .map(|(i, s)| v.section(i, s, &mut fragment_ids))
        .collect();
    let mut source_ids = HashMap::new();
    let sources: Vec<Option<Source>> = doc
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| v.source(i, s, &mut source_ids))
        .collect();
    let claims: Vec<CheckedClaim> = doc
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| v.claim(i, c, doc, &mut fragment_ids))
        .collect();
    v.check_overlaps(&claims);
    let provenance = v.provenance(doc);
    let related: Vec<Option<Related>> = doc
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let path = format!("related[{i}]");
            let title = v.optional_text(&format!("{path}.title"), r.title.as_deref());
            let summary = v.required_text(&format!("{path}.summary"), r.summary.as_deref());
            let url = v.optional_url(&format!("{path}.url"), r.url.as_deref());
            Some(Related {
                title,
                summary: summary?,
                url: url.ok()?,
            })
        })
        .collect();
    let discussion = doc.discussion.as_ref().map(|d| {
        let prompt = v.required_text("discussion.prompt", d.prompt.as_deref());
        let sign_in_url = v.optional_url("discussion.signInUrl", d.sign_in_url.as_deref());
        Some(Discussion {
            prompt: prompt?,
            sign_in_url: sign_in_url.ok()?,
        })
    });

    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    // Every rule that leaves a part out records a problem, so with none
    // recorded every part is here; were one missing, that is reported rather
    // than unwrapped.
    let article = (|| {
        let header = header?;
        let mut sections: Vec<Section> = sections.into_iter().collect::<Option<_>>()?;
        let claims: Vec<(Claim, Anchor)> = claims
            .into_iter()
            .map(|(claim, placed)| Some((claim?, placed?.1)))
            .collect::<Option<_>>()?;
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
            sources: sources.into_iter().collect::<Option<_>>()?,
            provenance: provenance?,
            related: related.into_iter().collect::<Option<_>>()?,
            discussion: match discussion {
                None => None,
                Some(checked) => Some(checked?),
            },
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

/// The article's own fields, checked.
struct Header {
    id: AttrValue,
    lang: AttrValue,
    title: AttrValue,
    standfirst: AttrValue,
    byline: Option<AttrValue>,
    publisher: Option<AttrValue>,
    published: Option<Date>,
    updated: Option<Date>,
    canonical_url: Option<SafeUrl>,
}

/// A claim as far as it validated, and where its quote was found (section
/// index and anchor), kept even when other fields failed so that overlaps are
/// still reported.
type CheckedClaim = (Option<Claim>, Option<(usize, Anchor)>);

/// Ids seen so far and the path of the item that used each first.
type SeenIds<'d> = HashMap<&'d str, String>;

#[derive(Default)]
struct Validator {
    problems: Problems,
}

impl Validator {
    fn version(&mut self, version: Option<u32>) {
        match version {
            None => self
                .problems
                .push("version", "is required (this widget reads version 1)"),
            Some(FORMAT_VERSION) => {}
            Some(other) => self.problems.push(
                "version",
                format!(
                    "unsupported format version {other} (this widget reads version {FORMAT_VERSION})"
                ),
            ),
        }
    }

    fn header(&mut self, doc: &ArticleDoc) -> Option<Header> {
        let id = self.slug("id", doc.id.as_deref());
        let lang = self.language("lang", doc.lang.as_deref());
        let title = self.required_text("title", doc.title.as_deref());
        let standfirst = self.required_text("standfirst", doc.standfirst.as_deref());
        let byline = self.optional_text("byline", doc.byline.as_deref());
        let publisher = self.optional_text("publisher", doc.publisher.as_deref());
        let published = self.optional_date("published", doc.published.as_deref());
        let updated = self.optional_date("updated", doc.updated.as_deref());
        let canonical_url = match doc.canonical_url.as_deref() {
            None => Ok(None),
            Some(raw) => SafeUrl::parse_web(raw).map(Some).map_err(|err| {
                self.problems
                    .push("canonicalUrl", format!("{} {err}", quoted(raw)))
            }),
        };
        Some(Header {
            id: id?,
            lang: lang?,
            title: title?,
            standfirst: standfirst?,
            byline,
            publisher,
            published: published.ok()?,
            updated: updated.ok()?,
            canonical_url: canonical_url.ok()?,
        })
    }

    fn language(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        match value {
            None => {
                self.problems
                    .push(path, "is required: a BCP 47 language tag such as \"en\"");
                None
            }
            Some(tag) if !is_language_tag(tag) => {
                self.problems.push(
                    path,
                    format!(
                        "{} is not a BCP 47 language tag such as \"en\" or \"zh-Hans\"",
                        quoted(tag)
                    ),
                );
                None
            }
            Some(tag) => Some(AttrValue::from(tag.to_owned())),
        }
    }

    /// Paragraphs at `path`, each required to have text. Indices match the
    /// document's, so claim anchors found in the document fit them.
    fn paragraphs(&mut self, path: &str, texts: &[String]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let text = self.required_text(&format!("{path}[{i}]"), Some(text));
                Paragraph {
                    text: text.unwrap_or_default(),
                    marks: Vec::new(),
                }
            })
            .collect()
    }

    fn sections_present(&mut self, sections: Option<&[SectionDoc]>) {
        match sections {
            None => self
                .problems
                .push("sections", "is required: a list of at least one section"),
            Some([]) => self.problems.push("sections", "needs at least one section"),
            Some(_) => {}
        }
    }

    fn section<'d>(
        &mut self,
        i: usize,
        s: &'d SectionDoc,
        fragment_ids: &mut SeenIds<'d>,
    ) -> Option<Section> {
        let path = format!("sections[{i}]");
        let id = self.slug(&format!("{path}.id"), s.id.as_deref());
        if let Some(raw) = s.id.as_deref() {
            self.unique(fragment_ids, raw, &path);
        }
        let heading = self.required_text(&format!("{path}.heading"), s.heading.as_deref());
        let paragraphs = match s.paragraphs.as_deref() {
            None => {
                self.problems.push(
                    format!("{path}.paragraphs"),
                    "is required: a list of at least one paragraph",
                );
                Vec::new()
            }
            Some([]) => {
                self.problems
                    .push(format!("{path}.paragraphs"), "needs at least one paragraph");
                Vec::new()
            }
            Some(texts) => self.paragraphs(&format!("{path}.paragraphs"), texts),
        };
        let involvement = match &s.provenance {
            None => Ok(None),
            Some(p) => self
                .involvement(
                    &format!("{path}.provenance.involvement"),
                    p.involvement.as_deref(),
                    &Involvement::ALL,
                )
                .map(Some)
                .ok_or(()),
        };
        Some(Section {
            id: id?,
            heading: heading?,
            paragraphs,
            collapsed_at_start: s.collapsed,
            involvement: involvement.ok()?,
        })
    }

    fn source<'d>(
        &mut self,
        i: usize,
        s: &'d SourceDoc,
        source_ids: &mut SeenIds<'d>,
    ) -> Option<Source> {
        let path = format!("sources[{i}]");
        let id = self.slug(&format!("{path}.id"), s.id.as_deref());
        if let Some(raw) = s.id.as_deref() {
            self.unique(source_ids, raw, &path);
        }
        let title = self.required_text(&format!("{path}.title"), s.title.as_deref());
        let publisher = self.optional_text(&format!("{path}.publisher"), s.publisher.as_deref());
        let url = self.required_url(&format!("{path}.url"), s.url.as_deref());
        let date = self.optional_date(&format!("{path}.date"), s.date.as_deref());
        let quote = self.passage(&format!("{path}.quote"), s.quote.as_deref());
        Some(Source {
            id: id?,
            title: title?,
            publisher,
            url: url?,
            date: date.ok()?,
            quote: quote.ok()?,
        })
    }

    /// A source's `quote`: absent, or one line of text a reader can be sent
    /// to and shown.
    fn passage(&mut self, path: &str, value: Option<&str>) -> Result<Option<AttrValue>, ()> {
        let Some(text) = value else {
            return Ok(None);
        };
        let reason = if text.trim().is_empty() {
            "must not be empty".to_owned()
        } else if text.chars().count() > MAX_PASSAGE_CHARS {
            format!(
                "is longer than {MAX_PASSAGE_CHARS} characters: quote the passage the article relies on, not the whole source"
            )
        } else if text.chars().any(char::is_control) {
            "must be one line without control characters (tabs, line breaks): a link can only land on text as a page shows it".to_owned()
        } else {
            return Ok(Some(AttrValue::from(text.to_owned())));
        };
        self.problems.push(path, reason);
        Err(())
    }

    fn claim<'d>(
        &mut self,
        i: usize,
        c: &'d ClaimDoc,
        doc: &ArticleDoc,
        fragment_ids: &mut SeenIds<'d>,
    ) -> CheckedClaim {
        let path = format!("claims[{i}]");
        let id = self.slug(&format!("{path}.id"), c.id.as_deref());
        if let Some(raw) = c.id.as_deref() {
            self.unique(fragment_ids, raw, &path);
        }
        let status = self.status(&format!("{path}.status"), c.status.as_deref());
        let explanation =
            self.required_text(&format!("{path}.explanation"), c.explanation.as_deref());
        let sources: Vec<usize> = c
            .sources
            .iter()
            .enumerate()
            .filter_map(|(j, id)| self.source_ref(&format!("{path}.sources[{j}]"), id, doc))
            .collect();
        if let Some(status) = status.filter(|s| s.needs_sources() && c.sources.is_empty()) {
            self.problems.push(
                format!("{path}.sources"),
                format!(
                    "a claim marked \"{}\" needs at least one source; without one, mark it \"unverified\"",
                    status.key()
                ),
            );
        }
        let history = self.history(&path, &c.history, status);
        let quote = self.required_text(&format!("{path}.quote"), c.quote.as_deref());
        let placed = self.place_quote(&path, c, doc, quote.as_deref());
        let claim = (|| {
            Some(Claim {
                id: id?,
                section: placed?.0,
                paragraph: placed?.1.paragraph,
                quote: quote?,
                status: status?,
                explanation: explanation?,
                sources,
                history: history?,
            })
        })();
        (claim, placed)
    }

    /// A claim's history: every entry dated, with a known status and a
    /// note, oldest first, ending at the claim's current `status`.
    fn history(
        &mut self,
        path: &str,
        entries: &[ClaimHistoryDoc],
        current: Option<ClaimStatus>,
    ) -> Option<Vec<ClaimChange>> {
        let mut complete = true;
        let mut previous: Option<(&Date, usize)> = None;
        let changes: Vec<Option<ClaimChange>> = entries
            .iter()
            .enumerate()
            .map(|(j, entry)| {
                let entry_path = format!("{path}.history[{j}]");
                let date = self.required_date(&format!("{entry_path}.date"), entry.date.as_deref());
                let status = self.status(&format!("{entry_path}.status"), entry.status.as_deref());
                let note = self.required_text(&format!("{entry_path}.note"), entry.note.as_deref());
                Some(ClaimChange {
                    date: date?,
                    status: status?,
                    note: note?,
                })
            })
            .collect();
        for (j, change) in changes.iter().enumerate() {
            let Some(change) = change else {
                complete = false;
                continue;
            };
            if let Some((before, k)) = previous {
                if date_key(&change.date) < date_key(before) {
                    self.problems.push(
                        format!("{path}.history[{j}].date"),
                        format!(
                            "{} is before the date of {path}.history[{k}] ({}): list the history oldest first",
                            quoted(&change.date.raw),
                            before.raw
                        ),
                    );
                    complete = false;
                }
            }
            previous = Some((&change.date, j));
        }
        if let (Some(Some(last)), Some(current)) = (changes.last(), current) {
            if last.status != current {
                self.problems.push(
                    format!("{path}.history[{}].status", changes.len().saturating_sub(1)),
                    format!(
                        "the last entry of the history is the claim's current status, {}, not {}",
                        quoted(current.key()),
                        quoted(last.status.key())
                    ),
                );
                complete = false;
            }
        }
        if !complete {
            return None;
        }
        Some(changes.into_iter().flatten().collect())
    }

    /// An involvement at `path`, one of `allowed`.
    fn involvement(
        &mut self,
        path: &str,
        value: Option<&str>,
        allowed: &[Involvement],
    ) -> Option<Involvement> {
        let keys: Vec<&str> = allowed.iter().map(|i| i.key()).collect();
        let Some(key) = value else {
            self.problems
                .push(path, format!("is required: use one of {}", keys.join(", ")));
            return None;
        };
        let found = Involvement::from_key(key).filter(|i| allowed.contains(i));
        if found.is_none() {
            self.problems.push(
                path,
                format!(
                    "{} is not a known involvement: use one of {}",
                    quoted(key),
                    keys.join(", ")
                ),
            );
        }
        found
    }

    /// The record of review: every field present and non-empty.
    fn review(&mut self, p: &ProvenanceDoc) -> Result<Option<Review>, ()> {
        let Some(review) = &p.review else {
            return Ok(None);
        };
        let reviewer = self.required_text("provenance.review.reviewer", review.reviewer.as_deref());
        let date = self.required_date("provenance.review.date", review.date.as_deref());
        let scope = self.required_text("provenance.review.scope", review.scope.as_deref());
        Ok(Some(Review {
            reviewer: reviewer.ok_or(())?,
            date: date.ok_or(())?,
            scope: scope.ok_or(())?,
        }))
    }

    fn status(&mut self, path: &str, value: Option<&str>) -> Option<ClaimStatus> {
        let hint = |lead: &str| {
            let keys: Vec<&str> = ClaimStatus::ALL.iter().map(|s| s.key()).collect();
            format!("{lead}: use one of {}", keys.join(", "))
        };
        let Some(key) = value else {
            self.problems.push(path, hint("is required"));
            return None;
        };
        let status = ClaimStatus::from_key(key);
        if status.is_none() {
            self.problems.push(
                path,
                hint(&format!("{} is not a known status", quoted(key))),
            );
        }
        status
    }

    /// Finds a claim's quote in its section: the section's index and the anchor.
    fn place_quote(
        &mut self,
        path: &str,
        c: &ClaimDoc,
        doc: &ArticleDoc,
        quote: Option<&str>,
    ) -> Option<(usize, Anchor)> {
        let Some(section_id) = c.section.as_deref() else {
            self.problems.push(
                format!("{path}.section"),
                "is required: the id of the section that holds the quote",
            );
            return None;
        };
        let sections = doc.sections.as_deref().unwrap_or_default();
        let Some(section) = sections
            .iter()
            .position(|s| s.id.as_deref() == Some(section_id))
        else {
            self.problems.push(
                format!("{path}.section"),
                format!("no section has the id {}", quoted(section_id)),
            );
            return None;
        };
        let quote = quote?;
        let prefix = c.prefix.as_deref().filter(|p| !p.is_empty());
        let paragraphs = sections
            .get(section)
            .and_then(|s| s.paragraphs.as_deref())
            .unwrap_or_default();
        let message = match find_anchor(paragraphs, quote, prefix) {
            Ok(anchor) => return Some((section, anchor)),
            Err(AnchorError::NotFound) => format!(
                "{} not found in section {}",
                quoted(quote),
                quoted(section_id)
            ),
            Err(AnchorError::NotAfterPrefix) => format!(
                "{} is in section {}, but never right after the prefix {}",
                quoted(quote),
                quoted(section_id),
                quoted(prefix.unwrap_or_default())
            ),
            Err(AnchorError::Ambiguous(n)) => format!(
                "{} appears {}{} in section {}: add a \"prefix\" with the words just before the one you mean",
                quoted(&format!("{}{}", prefix.unwrap_or_default(), quote)),
                if n >= MAX_COUNTED { "at least " } else { "" },
                plural_times(n),
                quoted(section_id)
            ),
        };
        self.problems.push(format!("{path}.quote"), message);
        None
    }

    fn provenance(&mut self, doc: &ArticleDoc) -> Option<Provenance> {
        let Some(p) = &doc.provenance else {
            self.problems.push(
                "provenance",
                "is required: say at least whether the text is AI-generated (\"aiGenerated\")",
            );
            return None;
        };
        if p.ai_generated.is_none() {
            self.problems
                .push("provenance.aiGenerated", "is required: true or false");
        }
        let disclaimer = match p.ai_generated {
            Some(true) => self.required_text("provenance.disclaimer", p.disclaimer.as_deref()),
            _ => self.optional_text("provenance.disclaimer", p.disclaimer.as_deref()),
        };
        let responsible = self.optional_text("provenance.responsible", p.responsible.as_deref());
        let original_sources = p
            .original_sources
            .iter()
            .enumerate()
            .filter_map(|(j, id)| {
                self.source_ref(&format!("provenance.originalSources[{j}]"), id, doc)
            })
            .collect();
        // What AI did is said only of AI text: an article that is not
        // AI-generated has no involvement to qualify.
        let involvement = match (p.ai_generated, p.involvement.as_deref()) {
            (Some(true), None) => Some(Involvement::Generated),
            (Some(true), Some(key)) => self.involvement(
                "provenance.involvement",
                Some(key),
                &[Involvement::Generated, Involvement::Assisted],
            ),
            (_, None) => Some(Involvement::None),
            (_, Some(_)) => {
                self.problems.push(
                    "provenance.involvement",
                    "applies only when \"aiGenerated\" is true",
                );
                None
            }
        };
        let review = self.review(p);
        Some(Provenance {
            ai_generated: p.ai_generated?,
            disclaimer,
            responsible,
            original_sources,
            involvement: involvement?,
            review: review.ok()?,
        })
    }

    fn required_text(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        match value {
            None => {
                self.problems.push(path, "is required but missing");
                None
            }
            Some(text) if text.trim().is_empty() => {
                self.problems.push(path, "must not be empty");
                None
            }
            Some(text) => Some(AttrValue::from(text.to_owned())),
        }
    }

    fn optional_text(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        value.and_then(|text| self.required_text(path, Some(text)))
    }

    fn slug(&mut self, path: &str, value: Option<&str>) -> Option<AttrValue> {
        match value {
            None => {
                self.problems.push(path, "is required but missing");
                None
            }
            Some(id) if !is_slug(id) => {
                self.problems.push(
                    path,
                    format!(
                        "{} is not a valid id: use lowercase letters a-z, digits and hyphens, starting with a letter (at most 100)",
                        quoted(id)
                    ),
                );
                None
            }
            Some(id) => Some(AttrValue::from(id.to_owned())),
        }
    }

    /// Records `id` as used by `path`, or reports the clash.
    fn unique<'d>(&mut self, seen: &mut SeenIds<'d>, id: &'d str, path: &str) {
        if let Some(first) = seen.get(id) {
            self.problems.push(
                format!("{path}.id"),
                format!("duplicate id {}: already used by {first}", quoted(id)),
            );
        } else {
            seen.insert(id, path.to_owned());
        }
    }

    /// A date that may be absent: `Ok(None)` when it is, `Err` when it is
    /// there but not a date.
    fn optional_date(&mut self, path: &str, value: Option<&str>) -> Result<Option<Date>, ()> {
        let Some(raw) = value else {
            return Ok(None);
        };
        match parse_date(raw) {
            Some(date) => Ok(Some(date)),
            None => {
                self.problems.push(
                    path,
                    format!(
                        "{} is not a date: write YYYY-MM-DD or an RFC 3339 date-time",
                        quoted(raw)
                    ),
                );
                Err(())
            }
        }
    }

    /// A date that must be there.
    fn required_date(&mut self, path: &str, value: Option<&str>) -> Option<Date> {
        match value {
            None => {
                self.problems.push(
                    path,
                    "is required: write YYYY-MM-DD or an RFC 3339 date-time",
                );
                None
            }
            Some(raw) => self.optional_date(path, Some(raw)).ok().flatten(),
        }
    }

    fn required_url(&mut self, path: &str, value: Option<&str>) -> Option<SafeUrl> {
        let Some(raw) = value else {
            self.problems.push(path, "is required but missing");
            return None;
        };
        SafeUrl::parse(raw)
            .map_err(|err| self.problems.push(path, format!("{} {err}", quoted(raw))))
            .ok()
    }

    /// A URL that may be absent: `Ok(None)` when it is, `Err` when it is there
    /// but not safe to link to.
    fn optional_url(&mut self, path: &str, value: Option<&str>) -> Result<Option<SafeUrl>, ()> {
        match value {
            None => Ok(None),
            Some(raw) => self.required_url(path, Some(raw)).map(Some).ok_or(()),
        }
    }

    /// The index of the source with `id`.
    fn source_ref(&mut self, path: &str, id: &str, doc: &ArticleDoc) -> Option<usize> {
        let index = doc.sources.iter().position(|s| s.id.as_deref() == Some(id));
        if index.is_none() {
            self.problems
                .push(path, format!("no source has the id {}", quoted(id)));
        }
        index
    }

    /// Two claims may not mark the same words: a reader could not tell which
    /// callout a click opens.
    fn check_overlaps(&mut self, claims: &[CheckedClaim]) {
        let mut placed: Vec<(usize, usize, usize, usize, usize)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, (_, placed))| {
                placed.map(|(section, a)| (section, a.paragraph, a.start, a.end, i))
            })
            .collect();
        placed.sort_unstable();
        // Every earlier-starting claim in the same paragraph is compared, not
        // only the neighbour: a long quote can overlap several that follow it.
        // Each claim gets one problem naming what it overlaps, so claims that
        // all overlap one another give one problem each, not one per pair.
        let mut overlapped: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (n, &(s2, p2, start2, _, second)) in placed.iter().enumerate() {
            let before = placed.get(..n).unwrap_or_default();
            for &(s1, p1, _, end1, first) in before.iter().rev() {
                if (s1, p1) != (s2, p2) {
                    break;
                }
                if start2 < end1 {
                    let (earlier, later) = (first.min(second), first.max(second));
                    overlapped.entry(later).or_default().push(earlier);
                }
            }
        }
        for (later, mut earlier) in overlapped {
            earlier.sort_unstable();
            let mut names: Vec<String> = earlier
                .iter()
                .take(3)
                .map(|c| format!("claims[{c}]"))
                .collect();
            let rest = earlier.len().saturating_sub(names.len());
            let listed = match (names.pop(), rest) {
                (Some(last), 0) if names.is_empty() => last,
                (Some(last), 0) => format!("{} and {last}", names.join(", ")),
                (Some(last), rest) => {
                    names.push(last);
                    format!("{} and {rest} more", names.join(", "))
                }
                (None, _) => continue,
            };
            self.problems.push(
                format!("claims[{later}].quote"),
                format!("overlaps the words of {listed}: two claims cannot mark the same text"),
            );
        }
    }
}

/// A date's calendar day, for ordering: entries of one day may come in any
/// order of time.
fn date_key(date: &Date) -> (u16, u8, u8) {
    (date.year, date.month, date.day)
}

/// "2 times", "1 time".
fn plural_times(n: usize) -> String {
    if n == 1 {
        "1 time".into()
    } else {
        format!("{n} times")
    }
}
