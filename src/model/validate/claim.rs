//! The key claims: each one's id, status, explanation and sources, the
//! history of its status, and the words it marks, found in its section and
//! overlapping no other claim's.

use super::fields::{every, SeenIds};
use super::Validator;
use crate::format::{ArticleDoc, ClaimDoc, ClaimHistoryDoc, STATUS_KEYS};
use crate::model::anchor::MAX_COUNTED;
use crate::model::text::quoted;
use crate::model::{find_anchor, Anchor, AnchorError, Claim, ClaimChange, ClaimStatus, Date};
use std::collections::{BTreeMap, HashMap};

/// A claim as far as it validated, and where its quote was found (section
/// index and anchor), kept even when other fields failed so that overlaps are
/// still reported.
pub(super) type CheckedClaim = (Option<Claim>, Option<(usize, Anchor)>);

/// The index of the first section with each id: looked up once per claim, so
/// a long article is not searched section by section for each of its claims.
pub(super) type SectionIndex = HashMap<String, usize>;

/// The [`SectionIndex`] of `doc`.
pub(super) fn section_index(doc: &ArticleDoc) -> SectionIndex {
    let mut sections = SectionIndex::new();
    for (index, id) in doc
        .sections
        .iter()
        .flatten()
        .enumerate()
        .filter_map(|(index, s)| Some((index, s.id.as_deref()?)))
    {
        sections.entry(id.to_owned()).or_insert(index);
    }
    sections
}

impl Validator {
    /// Claim `i`, with the anchor of the words it marks; its id is unique
    /// among `fragment_ids`.
    pub(super) fn claim(
        &mut self,
        i: usize,
        c: &ClaimDoc,
        doc: &ArticleDoc,
        sections: &SectionIndex,
        fragment_ids: &mut SeenIds,
    ) -> CheckedClaim {
        let path = format!("claims[{i}]");
        let id = self.slug(&format!("{path}.id"), c.id.as_deref());
        self.unique(fragment_ids, c.id.as_deref(), &path);
        let status = self.status(&format!("{path}.status"), c.status.as_deref());
        let explanation =
            self.required_text(&format!("{path}.explanation"), c.explanation.as_deref());
        let sources = every(&c.sources, |j, id| {
            self.source_ref(&format!("{path}.sources[{j}]"), id, doc)
        });
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
        let placed = self.place_quote(&path, c, doc, sections, quote.as_deref());
        let claim = (|| {
            Some(Claim {
                id: id?,
                section: placed?.0,
                paragraph: placed?.1.paragraph,
                quote: quote?,
                status: status?,
                explanation: explanation?,
                sources: sources?,
                history: history?,
            })
        })();
        (claim, placed)
    }

    /// A status, one of the format's [`STATUS_KEYS`].
    fn status(&mut self, path: &str, value: Option<&str>) -> Option<ClaimStatus> {
        let hint = |lead: &str| format!("{lead}: use one of {}", STATUS_KEYS.join(", "));
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

    /// Finds a claim's quote in its section: the section's index and the anchor.
    fn place_quote(
        &mut self,
        path: &str,
        c: &ClaimDoc,
        doc: &ArticleDoc,
        sections: &SectionIndex,
        quote: Option<&str>,
    ) -> Option<(usize, Anchor)> {
        let section_id = self.required(
            &format!("{path}.section"),
            c.section.as_deref(),
            "is required: the id of the section that holds the quote",
        )?;
        let Some(&section) = sections.get(section_id) else {
            self.problems.push(
                format!("{path}.section"),
                format!("no section has the id {}", quoted(section_id)),
            );
            return None;
        };
        let quote = quote?;
        let prefix = c.prefix.as_deref().filter(|p| !p.is_empty());
        let paragraphs = doc
            .sections
            .as_deref()
            .unwrap_or_default()
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

    /// Two claims may not mark the same words: a reader could not tell which
    /// callout a click opens.
    pub(super) fn check_overlaps(&mut self, claims: &[CheckedClaim]) {
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
