//! Every element id the widget renders, built in one place: the components
//! that render an id and the code that focuses or scrolls to it call the same
//! function, so they cannot drift apart.
//!
//! The rule, for a widget with prefix `P` (the host's `idPrefix`; else empty,
//! or the one [`choose_id_prefix`] picks when those ids are taken) showing
//! article `A`:
//!
//! - sections and claims keep their article ids, after the prefix:
//!   `P` + `the-global-implications`, so `#the-global-implications` links to
//!   a section;
//! - every other id is `P` + `A` + `_ia-` + a role (and `-` + a section,
//!   claim or source id): `china-ai_ia-heading-the-global-implications`,
//!   `china-ai_ia-sources-heading`. Article ids are slugs (`a-z`, `0-9`, `-`),
//!   so the `_` keeps these apart from section and claim ids, and `A` keeps
//!   two articles on one page apart. A role is one word when a key follows
//!   (`heading`, `panel`, `callout`, `label`, `source`) and never starts
//!   with one of those words and a `-` otherwise, so roles and keys cannot
//!   run into each other.
//!
//! Nothing depends on mount order or a counter, so a page rendered on a server
//! gets the same ids as the browser. Two widgets of the same article in one
//! document would still collide: [`choose_id_prefix`] then picks a prefix.

use super::Ui;
use crate::model::{Article, Claim, FragmentTarget, Section, Source};
use crate::state::FocusTarget;
use yew::AttrValue;

impl Ui {
    /// An id the widget makes up: `P` `A` `_ia-` `role`.
    fn made_up(&self, role: &str) -> AttrValue {
        AttrValue::from(format!("{}{}_ia-{role}", self.id_prefix, self.article_id))
    }

    /// An id the widget makes up for one part of the article:
    /// `P` `A` `_ia-` `role` `-` `key`.
    fn made_up_for(&self, role: &str, key: &str) -> AttrValue {
        AttrValue::from(format!(
            "{}{}_ia-{role}-{key}",
            self.id_prefix, self.article_id
        ))
    }

    /// A section's `<section>`: its article id, the URL fragment that opens it.
    pub fn section_id(&self, section: &Section) -> AttrValue {
        AttrValue::from(format!("{}{}", self.id_prefix, section.id))
    }

    /// A claim's marked words: its article id, the URL fragment that shows it.
    pub fn claim_id(&self, claim: &Claim) -> AttrValue {
        AttrValue::from(format!("{}{}", self.id_prefix, claim.id))
    }

    /// A section's heading button.
    pub fn heading_id(&self, section: &Section) -> AttrValue {
        self.made_up_for("heading", &section.id)
    }

    /// A section's collapsible panel.
    pub fn panel_id(&self, section: &Section) -> AttrValue {
        self.made_up_for("panel", &section.id)
    }

    /// A claim's callout card.
    pub fn callout_id(&self, claim: &Claim) -> AttrValue {
        self.made_up_for("callout", &claim.id)
    }

    /// The label (kind and status) that names a claim's callout card.
    pub fn callout_label_id(&self, claim: &Claim) -> AttrValue {
        self.made_up_for("label", &claim.id)
    }

    /// A source's entry in the sources list.
    pub fn source_id(&self, source: &Source) -> AttrValue {
        self.made_up_for("source", &source.id)
    }

    /// The banner's label, which names the banner.
    pub fn banner_label_id(&self) -> AttrValue {
        self.made_up("banner-label")
    }

    /// The banner's details (disclaimer, responsibility, original sources).
    pub fn banner_details_id(&self) -> AttrValue {
        self.made_up("banner-details")
    }

    /// The full banner's dismiss button.
    pub fn banner_dismiss_id(&self) -> AttrValue {
        self.made_up("banner-dismiss")
    }

    /// The compact banner's restore button.
    pub fn banner_restore_id(&self) -> AttrValue {
        self.made_up("banner-restore")
    }

    /// The key-claims panel's heading.
    pub fn key_claims_heading_id(&self) -> AttrValue {
        self.made_up("key-claims-heading")
    }

    /// The key-claims list.
    pub fn key_claims_list_id(&self) -> AttrValue {
        self.made_up("key-claims-list")
    }

    /// The sources list's heading, where "Verify with sources" moves focus.
    pub fn sources_heading_id(&self) -> AttrValue {
        self.made_up("sources-heading")
    }

    /// The related articles' heading.
    pub fn related_heading_id(&self) -> AttrValue {
        self.made_up("related-heading")
    }

    /// The discussion prompt's heading.
    pub fn discussion_heading_id(&self) -> AttrValue {
        self.made_up("discussion-heading")
    }

    /// The element a focus request points at.
    pub fn focus_id(&self, article: &Article, target: FocusTarget) -> Option<AttrValue> {
        Some(match target {
            FocusTarget::SectionHeading(s) => self.heading_id(article.sections.get(s)?),
            FocusTarget::ClaimMark(c) => self.claim_id(article.claims.get(c)?),
            FocusTarget::Callout(c) => self.callout_id(article.claims.get(c)?),
            FocusTarget::SourcesList => self.sources_heading_id(),
            FocusTarget::BannerRestore => self.banner_restore_id(),
            FocusTarget::BannerDismiss => self.banner_dismiss_id(),
        })
    }

    /// The section or claim a URL fragment (without `#`) names: the id this
    /// widget gives it, so with a prefix `#P-the-section`.
    pub fn fragment_target(&self, article: &Article, fragment: &str) -> Option<FragmentTarget> {
        article.find_fragment(fragment.strip_prefix(self.id_prefix.as_str())?)
    }

    /// Ids this widget would render that show whether another widget (or the
    /// page) already uses its ids: every section and claim id and one id it
    /// makes up.
    pub fn ids_to_reserve(&self, article: &Article) -> Vec<AttrValue> {
        let sections = article.sections.iter().map(|s| self.section_id(s));
        let claims = article.claims.iter().map(|c| self.claim_id(c));
        sections
            .chain(claims)
            .chain(std::iter::once(self.sources_heading_id()))
            .collect()
    }
}

/// Whether `prefix` may start element ids: a letter, then letters, digits,
/// `-` and `_`, at most 64 in all (no spaces, nothing a CSS `#id` selector
/// would need to escape).
pub fn is_id_prefix(prefix: &str) -> bool {
    let mut chars = prefix.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && prefix.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The id prefix for a widget showing `article` in a document where `taken`
/// says which ids are already used (by the page or another widget): the
/// host's `explicit` prefix if given; else none when the widget's ids are
/// free; else the first free of `A-2-`, `A-3-`, … (`A` the article id), so a
/// second copy of an article on one page gets ids of its own. Deterministic:
/// the same document gives the same prefix.
pub fn choose_id_prefix(
    ui: &Ui,
    article: &Article,
    explicit: Option<&str>,
    taken: impl Fn(&str) -> bool,
) -> AttrValue {
    if let Some(prefix) = explicit {
        return AttrValue::from(prefix.to_owned());
    }
    let free = |prefix: &AttrValue| {
        let ui = Ui {
            id_prefix: prefix.clone(),
            ..ui.clone()
        };
        !ui.ids_to_reserve(article).iter().any(|id| taken(id))
    };
    let candidates = std::iter::once(AttrValue::Static(""))
        .chain((2..100u32).map(|n| AttrValue::from(format!("{}-{n}-", article.id))));
    let mut last = AttrValue::Static("");
    for candidate in candidates {
        if free(&candidate) {
            return candidate;
        }
        last = candidate;
    }
    // A hundred copies of one article on a page: give up looking.
    last
}
