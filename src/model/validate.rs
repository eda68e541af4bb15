//! [`validate_article`]: every rule of format v1, checked item by item, with
//! every problem collected so an editor can fix them all in one pass.

use super::text::{is_language_tag, is_slug, quoted};
use super::{
    find_anchor, parse_date, reading_minutes, Anchor, AnchorError, Article, Claim, ClaimStatus,
    Date, Discussion, Mark, Paragraph, Problems, Provenance, Related, SafeUrl, Section, Source,
};
use crate::format::{ArticleDoc, ClaimDoc, FORMAT_VERSION};
use std::collections::HashMap;
use yew::AttrValue;

/// Checks `doc` against every rule of format v1. Returns the article, or every
/// problem found, each with its JSON path.
pub fn validate_article(doc: &ArticleDoc) -> Result<Article, Problems> {
    let mut v = Validator::default();

    match doc.version {
        None => v
            .problems
            .push("version", "is required (this widget reads version 1)"),
        Some(FORMAT_VERSION) => {}
        Some(other) => v.problems.push(
            "version",
            format!(
                "unsupported format version {other} (this widget reads version {FORMAT_VERSION})"
            ),
        ),
    }
    let id = v.slug("id", doc.id.as_deref());
    let lang = match doc.lang.as_deref() {
        None => {
            v.problems
                .push("lang", "is required: a BCP 47 language tag such as \"en\"");
            None
        }
        Some(tag) if !is_language_tag(tag) => {
            v.problems.push(
                "lang",
                format!(
                    "{} is not a BCP 47 language tag such as \"en\" or \"zh-Hans\"",
                    quoted(tag)
                ),
            );
            None
        }
        Some(tag) => Some(AttrValue::from(tag.to_owned())),
    };
    let title = v.required_text("title", doc.title.as_deref());
    let standfirst = v.required_text("standfirst", doc.standfirst.as_deref());
    let byline = v.optional_text("byline", doc.byline.as_deref());
    let publisher = v.optional_text("publisher", doc.publisher.as_deref());
    let published = v.optional_date("published", doc.published.as_deref());
    let updated = v.optional_date("updated", doc.updated.as_deref());
    let intro: Vec<AttrValue> = doc
        .intro
        .iter()
        .enumerate()
        .filter_map(|(i, p)| v.required_text(&format!("intro[{i}]"), Some(p)))
        .collect();

    // Sections and claims share one id space: both become URL fragments.
    let mut fragment_ids: HashMap<&str, String> = HashMap::new();
    let doc_sections = doc.sections.as_deref().unwrap_or_default();
    let mut sections = Vec::with_capacity(doc_sections.len());
    match &doc.sections {
        None => v
            .problems
            .push("sections", "is required: a list of at least one section"),
        Some(list) if list.is_empty() => v.problems.push("sections", "needs at least one section"),
        Some(_) => {}
    }
    for (i, s) in doc_sections.iter().enumerate() {
        let path = format!("sections[{i}]");
        let id = v.slug(&format!("{path}.id"), s.id.as_deref());
        if let Some(raw) = s.id.as_deref() {
            v.unique(&mut fragment_ids, raw, &path);
        }
        let heading = v.required_text(&format!("{path}.heading"), s.heading.as_deref());
        let doc_paragraphs = s.paragraphs.as_deref().unwrap_or_default();
        match &s.paragraphs {
            None => v.problems.push(
                format!("{path}.paragraphs"),
                "is required: a list of at least one paragraph",
            ),
            Some(list) if list.is_empty() => v
                .problems
                .push(format!("{path}.paragraphs"), "needs at least one paragraph"),
            Some(_) => {}
        }
        let paragraphs: Vec<AttrValue> = doc_paragraphs
            .iter()
            .enumerate()
            .filter_map(|(j, p)| v.required_text(&format!("{path}.paragraphs[{j}]"), Some(p)))
            .collect();
        sections.push((id, heading, paragraphs, s.collapsed));
    }

    let mut source_ids: HashMap<&str, String> = HashMap::new();
    let mut sources = Vec::with_capacity(doc.sources.len());
    for (i, s) in doc.sources.iter().enumerate() {
        let path = format!("sources[{i}]");
        let id = v.slug(&format!("{path}.id"), s.id.as_deref());
        if let Some(raw) = s.id.as_deref() {
            v.unique(&mut source_ids, raw, &path);
        }
        let title = v.required_text(&format!("{path}.title"), s.title.as_deref());
        let publisher = v.optional_text(&format!("{path}.publisher"), s.publisher.as_deref());
        let url = v.required_url(&format!("{path}.url"), s.url.as_deref());
        let date = v.optional_date(&format!("{path}.date"), s.date.as_deref());
        if let (Some(id), Some(title), Some(url)) = (id, title, url) {
            sources.push(Some(Source {
                id,
                title,
                publisher,
                url,
                date,
            }));
        } else {
            sources.push(None);
        }
    }
    let source_index = |id: &str| doc.sources.iter().position(|s| s.id.as_deref() == Some(id));

    let mut claims = Vec::with_capacity(doc.claims.len());
    for (i, c) in doc.claims.iter().enumerate() {
        if let Some(raw) = c.id.as_deref() {
            v.unique(&mut fragment_ids, raw, &format!("claims[{i}]"));
        }
        claims.push(v.claim(i, c, doc, &sections, &source_index));
    }
    v.check_overlaps(&claims);
    let claims: Vec<Option<(Claim, Anchor)>> = claims
        .into_iter()
        .map(|(claim, placed)| Some((claim?, placed?.1)))
        .collect();

    let provenance = match &doc.provenance {
        None => {
            v.problems.push(
                "provenance",
                "is required: say at least whether the text is AI-generated (\"aiGenerated\")",
            );
            None
        }
        Some(p) => {
            let ai_generated = p.ai_generated;
            if ai_generated.is_none() {
                v.problems
                    .push("provenance.aiGenerated", "is required: true or false");
            }
            let disclaimer = match (ai_generated, p.disclaimer.as_deref()) {
                (Some(true), text) => v.required_text("provenance.disclaimer", text),
                (_, text) => v.optional_text("provenance.disclaimer", text),
            };
            let responsible = v.optional_text("provenance.responsible", p.responsible.as_deref());
            let original_sources = p
                .original_sources
                .iter()
                .enumerate()
                .filter_map(|(j, id)| {
                    v.source_ref(
                        &format!("provenance.originalSources[{j}]"),
                        id,
                        &source_index,
                    )
                })
                .collect();
            ai_generated.map(|ai_generated| Provenance {
                ai_generated,
                disclaimer,
                responsible,
                original_sources,
            })
        }
    };

    let related = doc
        .related
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let path = format!("related[{i}]");
            let title = v.optional_text(&format!("{path}.title"), r.title.as_deref());
            let summary = v.required_text(&format!("{path}.summary"), r.summary.as_deref());
            let url = r
                .url
                .as_deref()
                .and_then(|u| v.required_url(&format!("{path}.url"), Some(u)));
            Some(Related {
                title,
                summary: summary?,
                url,
            })
        })
        .collect();

    let discussion = doc.discussion.as_ref().and_then(|d| {
        let prompt = v.required_text("discussion.prompt", d.prompt.as_deref());
        let sign_in_url = d
            .sign_in_url
            .as_deref()
            .and_then(|u| v.required_url("discussion.signInUrl", Some(u)));
        Some(Discussion {
            prompt: prompt?,
            sign_in_url,
        })
    });

    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    // With no problems recorded, every Option above is Some; a None here would
    // mean a rule that records no problem, so it is reported rather than unwrapped.
    assemble(
        id, lang, title, standfirst, byline, publisher, published, updated, intro, sections,
        claims, sources, provenance, related, discussion,
    )
    .ok_or_else(|| {
        let mut p = Problems::default();
        p.push(
            "",
            "internal error: the article passed validation but could not be assembled",
        );
        p
    })
}

/// Builds the article once validation found nothing wrong.
#[allow(clippy::too_many_arguments)]
fn assemble(
    id: Option<AttrValue>,
    lang: Option<AttrValue>,
    title: Option<AttrValue>,
    standfirst: Option<AttrValue>,
    byline: Option<AttrValue>,
    publisher: Option<AttrValue>,
    published: Option<Date>,
    updated: Option<Date>,
    intro: Vec<AttrValue>,
    sections: Vec<SectionParts>,
    claims: Vec<Option<(Claim, Anchor)>>,
    sources: Vec<Option<Source>>,
    provenance: Option<Provenance>,
    related: Vec<Related>,
    discussion: Option<Discussion>,
) -> Option<Article> {
    let claims: Vec<(Claim, Anchor)> = claims.into_iter().collect::<Option<_>>()?;
    let mut sections: Vec<Section> = sections
        .into_iter()
        .map(|(id, heading, paragraphs, collapsed)| {
            Some(Section {
                id: id?,
                heading: heading?,
                paragraphs: paragraphs
                    .into_iter()
                    .map(|text| Paragraph {
                        text,
                        marks: Vec::new(),
                    })
                    .collect(),
                collapsed_at_start: collapsed,
            })
        })
        .collect::<Option<_>>()?;
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
    let title = title?;
    let standfirst = standfirst?;
    let reading_minutes = reading_minutes(
        [&*title, &*standfirst]
            .into_iter()
            .chain(intro.iter().map(|p| &**p))
            .chain(sections.iter().flat_map(|s| {
                std::iter::once(&*s.heading).chain(s.paragraphs.iter().map(|p| &*p.text))
            })),
    );
    Some(Article {
        id: id?,
        lang: lang?,
        title,
        standfirst,
        byline,
        publisher,
        published,
        updated,
        intro: intro
            .into_iter()
            .map(|text| Paragraph {
                text,
                marks: Vec::new(),
            })
            .collect(),
        sections,
        claims: claims.into_iter().map(|(claim, _)| claim).collect(),
        sources: sources.into_iter().collect::<Option<_>>()?,
        provenance: provenance?,
        related,
        discussion,
        reading_minutes,
    })
}

/// A claim as far as it validated, and where its quote was found (section
/// index and anchor), kept even when other fields failed so that overlaps are
/// still reported.
type CheckedClaim = (Option<Claim>, Option<(usize, Anchor)>);

type SectionParts = (Option<AttrValue>, Option<AttrValue>, Vec<AttrValue>, bool);

#[derive(Default)]
struct Validator {
    problems: Problems,
}

impl Validator {
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
    fn unique<'d>(&mut self, seen: &mut HashMap<&'d str, String>, id: &'d str, path: &str) {
        if let Some(first) = seen.get(id) {
            self.problems.push(
                format!("{path}.id"),
                format!("duplicate id {}: already used by {first}", quoted(id)),
            );
        } else {
            seen.insert(id, path.to_owned());
        }
    }

    fn optional_date(&mut self, path: &str, value: Option<&str>) -> Option<Date> {
        let raw = value?;
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

    fn required_url(&mut self, path: &str, value: Option<&str>) -> Option<SafeUrl> {
        let Some(raw) = value else {
            self.problems.push(path, "is required but missing");
            return None;
        };
        SafeUrl::parse(raw)
            .map_err(|err| self.problems.push(path, format!("{} {err}", quoted(raw))))
            .ok()
    }

    fn source_ref(
        &mut self,
        path: &str,
        id: &str,
        source_index: &dyn Fn(&str) -> Option<usize>,
    ) -> Option<usize> {
        let index = source_index(id);
        if index.is_none() {
            self.problems
                .push(path, format!("no source has the id {}", quoted(id)));
        }
        index
    }

    fn claim(
        &mut self,
        i: usize,
        c: &ClaimDoc,
        doc: &ArticleDoc,
        sections: &[SectionParts],
        source_index: &dyn Fn(&str) -> Option<usize>,
    ) -> CheckedClaim {
        let path = format!("claims[{i}]");
        let id = self.slug(&format!("{path}.id"), c.id.as_deref());
        let status = match c.status.as_deref() {
            None => {
                self.problems
                    .push(format!("{path}.status"), status_hint("is required"));
                None
            }
            Some(key) => {
                let status = ClaimStatus::from_key(key);
                if status.is_none() {
                    self.problems.push(
                        format!("{path}.status"),
                        status_hint(&format!("{} is not a known status", quoted(key))),
                    );
                }
                status
            }
        };
        let explanation =
            self.required_text(&format!("{path}.explanation"), c.explanation.as_deref());
        let claim_sources: Vec<usize> = c
            .sources
            .iter()
            .enumerate()
            .filter_map(|(j, id)| {
                self.source_ref(&format!("{path}.sources[{j}]"), id, source_index)
            })
            .collect();
        if let Some(status) = status {
            if status.needs_sources() && c.sources.is_empty() {
                self.problems.push(
                    format!("{path}.sources"),
                    format!(
                        "a claim marked \"{}\" needs at least one source; without one, mark it \"unverified\"",
                        status.key()
                    ),
                );
            }
        }
        let quote = self.required_text(&format!("{path}.quote"), c.quote.as_deref());
        let (section, anchor) = match c.section.as_deref() {
            None => {
                self.problems.push(
                    format!("{path}.section"),
                    "is required: the id of the section that holds the quote",
                );
                (None, None)
            }
            Some(section_id) => {
                let section = doc
                    .sections
                    .iter()
                    .flatten()
                    .position(|s| s.id.as_deref() == Some(section_id));
                match (section, &quote) {
                    (None, _) => {
                        self.problems.push(
                            format!("{path}.section"),
                            format!("no section has the id {}", quoted(section_id)),
                        );
                        (None, None)
                    }
                    (Some(s), Some(quote)) => {
                        let prefix = c.prefix.as_deref().filter(|p| !p.is_empty());
                        match find_anchor(&sections[s].2, quote, prefix) {
                            Ok(anchor) => (Some(s), Some(anchor)),
                            Err(err) => {
                                let message = match err {
                                    AnchorError::NotFound => format!(
                                        "{} not found in section {}",
                                        quoted(quote),
                                        quoted(section_id)
                                    ),
                                    AnchorError::NotAfterPrefix => format!(
                                        "{} is in section {}, but never right after the prefix {}",
                                        quoted(quote),
                                        quoted(section_id),
                                        quoted(prefix.unwrap_or_default())
                                    ),
                                    AnchorError::Ambiguous(n) => format!(
                                        "{} appears {n} times in section {}: add a \"prefix\" with the words just before the one you mean",
                                        quoted(&format!("{}{}", prefix.unwrap_or_default(), quote)),
                                        quoted(section_id)
                                    ),
                                };
                                self.problems.push(format!("{path}.quote"), message);
                                (Some(s), None)
                            }
                        }
                    }
                    (Some(s), None) => (Some(s), None),
                }
            }
        };
        let placed = section.zip(anchor);
        let claim = (|| {
            Some(Claim {
                id: id?,
                section: section?,
                paragraph: anchor?.paragraph,
                quote: quote?,
                status: status?,
                explanation: explanation?,
                sources: claim_sources,
            })
        })();
        (claim, placed)
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
        for pair in placed.windows(2) {
            let (s1, p1, _, end1, first) = pair[0];
            let (s2, p2, start2, _, second) = pair[1];
            if (s1, p1) == (s2, p2) && start2 < end1 {
                let (earlier, later) = (first.min(second), first.max(second));
                self.problems.push(
                    format!("claims[{later}].quote"),
                    format!("overlaps the words of claims[{earlier}]: two claims cannot mark the same text"),
                );
            }
        }
    }
}

fn status_hint(lead: &str) -> String {
    let keys: Vec<&str> = ClaimStatus::ALL.iter().map(|s| s.key()).collect();
    format!("{lead}: use one of {}", keys.join(", "))
}
