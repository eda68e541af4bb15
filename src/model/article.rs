//! The validated article. Indices (`usize`) point into the article's own
//! vectors and are guaranteed in range by validation.

use super::{Date, SafeUrl};
use yew::AttrValue;

/// A validated article, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Slug that keys stored reader preferences.
    pub id: AttrValue,
    /// BCP 47 language of the text, for the `lang` attribute.
    pub lang: AttrValue,
    /// Headline.
    pub title: AttrValue,
    /// Summary under the headline.
    pub standfirst: AttrValue,
    /// Author line.
    pub byline: Option<AttrValue>,
    /// Publisher name.
    pub publisher: Option<AttrValue>,
    /// Publication date.
    pub published: Option<Date>,
    /// Date of the last update.
    pub updated: Option<Date>,
    /// Paragraphs before the first section; never collapsed, never annotated.
    pub intro: Vec<Paragraph>,
    /// Sections in reading order; at least one.
    pub sections: Vec<Section>,
    /// Key claims in document order.
    pub claims: Vec<Claim>,
    /// Every source, in the order the article lists them.
    pub sources: Vec<Source>,
    /// How the text was made.
    pub provenance: Provenance,
    /// Related-article teasers.
    pub related: Vec<Related>,
    /// Discussion prompt.
    pub discussion: Option<Discussion>,
    /// Estimated reading time in whole minutes, at least one.
    pub reading_minutes: u32,
}

/// A paragraph of text and the claims marked in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The paragraph, verbatim.
    pub text: AttrValue,
    /// Marked claims, sorted by position, never overlapping.
    pub marks: Vec<Mark>,
}

/// A claim's quote inside a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Index into [`Article::claims`].
    pub claim: usize,
    /// Byte offset of the quote's start, on a character boundary.
    pub start: usize,
    /// Byte offset just past the quote, on a character boundary.
    pub end: usize,
}

/// One piece of a paragraph: plain text or a claim's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text outside any claim.
    Text(&'a str),
    /// The words of claim number `claim`.
    Claim {
        /// Index into [`Article::claims`].
        claim: usize,
        /// The quoted words.
        text: &'a str,
    },
}

impl Paragraph {
    /// The paragraph cut into text and claim segments, in order. Empty text
    /// between adjacent marks is left out.
    pub fn segments(&self) -> impl Iterator<Item = Segment<'_>> {
        let text: &str = &self.text;
        let mut at = 0;
        let mut marks = self.marks.iter().peekable();
        std::iter::from_fn(move || {
            if let Some(mark) = marks.peek() {
                if at < mark.start {
                    let piece = text.get(at..mark.start)?;
                    at = mark.start;
                    return Some(Segment::Text(piece));
                }
                let mark = marks.next()?;
                at = mark.end;
                return Some(Segment::Claim {
                    claim: mark.claim,
                    text: text.get(mark.start..mark.end)?,
                });
            }
            let piece = text.get(at..).filter(|piece| !piece.is_empty())?;
            at = text.len();
            Some(Segment::Text(piece))
        })
    }
}

/// A collapsible section.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Slug; the section's element id and URL fragment.
    pub id: AttrValue,
    /// Heading text.
    pub heading: AttrValue,
    /// At least one paragraph.
    pub paragraphs: Vec<Paragraph>,
    /// Whether the section starts collapsed.
    pub collapsed_at_start: bool,
}

/// The fixed vocabulary of verification statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimStatus {
    /// Sources confirm the claim.
    Supported,
    /// Sources confirm part of it, or confirm it with caveats.
    PartlySupported,
    /// No source has been checked; the article cites none.
    Unverified,
    /// Sources contradict it.
    Disputed,
    /// A judgement or forecast rather than a checkable fact.
    Opinion,
}

impl ClaimStatus {
    /// Every status, in the order the format documents them.
    pub const ALL: [ClaimStatus; 5] = [
        ClaimStatus::Supported,
        ClaimStatus::PartlySupported,
        ClaimStatus::Unverified,
        ClaimStatus::Disputed,
        ClaimStatus::Opinion,
    ];

    /// The value written in the JSON, also used as the `data-status` styling hook.
    pub fn key(self) -> &'static str {
        match self {
            ClaimStatus::Supported => "supported",
            ClaimStatus::PartlySupported => "partly-supported",
            ClaimStatus::Unverified => "unverified",
            ClaimStatus::Disputed => "disputed",
            ClaimStatus::Opinion => "opinion",
        }
    }

    /// Reads the JSON value.
    pub fn from_key(key: &str) -> Option<ClaimStatus> {
        ClaimStatus::ALL
            .into_iter()
            .find(|status| status.key() == key)
    }

    /// Statuses that assert something about sources need at least one.
    pub fn needs_sources(self) -> bool {
        matches!(
            self,
            ClaimStatus::Supported | ClaimStatus::PartlySupported | ClaimStatus::Disputed
        )
    }
}

/// A key claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Slug; the marked words' element id and URL fragment.
    pub id: AttrValue,
    /// Index into [`Article::sections`].
    pub section: usize,
    /// Index of the paragraph within that section.
    pub paragraph: usize,
    /// The quoted words.
    pub quote: AttrValue,
    /// Verification status.
    pub status: ClaimStatus,
    /// Why it has that status, in one sentence.
    pub explanation: AttrValue,
    /// Indices into [`Article::sources`].
    pub sources: Vec<usize>,
}

/// A source to check against.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Slug, unique among sources.
    pub id: AttrValue,
    /// Document title.
    pub title: AttrValue,
    /// Who published it.
    pub publisher: Option<AttrValue>,
    /// Where to read it.
    pub url: SafeUrl,
    /// When it was published.
    pub date: Option<Date>,
    /// The passage the article relies on, exactly as the source has it.
    pub quote: Option<AttrValue>,
}

impl Source {
    /// Where a link to the source goes: to its passage when it has one (a
    /// text fragment), else to the page.
    pub fn link(&self) -> SafeUrl {
        match &self.quote {
            Some(quote) => self.url.to_passage(quote),
            None => self.url.clone(),
        }
    }
}

/// How the text was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// Whether AI generated the text; the banner shows only then.
    pub ai_generated: bool,
    /// Full disclaimer; present whenever `ai_generated` is.
    pub disclaimer: Option<AttrValue>,
    /// Who holds editorial responsibility.
    pub responsible: Option<AttrValue>,
    /// Indices into [`Article::sources`] of the texts it was generated from.
    pub original_sources: Vec<usize>,
}

/// A related-article teaser.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Headline, when the article gives one.
    pub title: Option<AttrValue>,
    /// Teaser text.
    pub summary: AttrValue,
    /// Link, when given.
    pub url: Option<SafeUrl>,
}

/// The invitation to discuss the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Discussion {
    /// The prompt.
    pub prompt: AttrValue,
    /// Where to sign in.
    pub sign_in_url: Option<SafeUrl>,
}

/// What a URL fragment points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FragmentTarget {
    /// A section, by index.
    Section(usize),
    /// A claim, by index.
    Claim(usize),
}

impl Article {
    /// Resolves a URL fragment (without `#`) to a section or claim.
    pub fn find_fragment(&self, fragment: &str) -> Option<FragmentTarget> {
        if let Some(i) = self.sections.iter().position(|s| s.id == fragment) {
            return Some(FragmentTarget::Section(i));
        }
        self.claims
            .iter()
            .position(|c| c.id == fragment)
            .map(FragmentTarget::Claim)
    }
}
