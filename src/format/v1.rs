//! Version 1 of the article format. Field names are camelCase in JSON.
//! Unknown fields are problems, so that a misspelt field name (`colapsed`) is
//! reported with its path rather than silently ignored. serde does not reject
//! them here (`deny_unknown_fields` would stop at the first); the reader in
//! `parse.rs` collects every one, and the schema still forbids them.

#[cfg(not(target_arch = "wasm32"))]
use super::limits::{
    ai_involvement_or_null, slug_pattern, INVOLVEMENT_KEYS, LANGUAGE_TAG_PATTERN, LINK_URL_PATTERN,
    MAX_PASSAGE_CHARS, PASSAGE_PATTERN, STATUS_KEYS, WEB_URL_PATTERN,
};
use serde::Deserialize;

/// A whole article document.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ArticleDoc {
    /// Format version. Required; must be `1`.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "u32", required, range(min = 1, max = 1))
    )]
    pub version: Option<u32>,
    /// Article id: a slug (`a-z`, `0-9`, `-`, starting with a letter). Required.
    /// Keys stored reader preferences, such as a dismissed disclaimer.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(slug_pattern()))
    )]
    pub id: Option<String>,
    /// Language of the article text as a BCP 47 tag, e.g. `en` or `zh-Hans`. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(LANGUAGE_TAG_PATTERN))
    )]
    pub lang: Option<String>,
    /// Headline. Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub title: Option<String>,
    /// The summary shown under the headline. Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub standfirst: Option<String>,
    /// Author line, e.g. "By Jane Doe". Optional.
    pub byline: Option<String>,
    /// Name of the publisher. Optional.
    pub publisher: Option<String>,
    /// Publication date, `YYYY-MM-DD` or an RFC 3339 date-time. Optional.
    pub published: Option<String>,
    /// Date of the last update, same form as `published`. Optional.
    pub updated: Option<String>,
    /// Paragraphs before the first section, always shown. Optional.
    #[serde(default)]
    pub intro: Vec<String>,
    /// The collapsible sections, in reading order. Required, at least one.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Vec<SectionDoc>", required, length(min = 1))
    )]
    pub sections: Option<Vec<SectionDoc>>,
    /// Key claims marked in the text. Optional.
    #[serde(default)]
    pub claims: Vec<ClaimDoc>,
    /// Sources that claims and provenance refer to by id. Optional.
    #[serde(default)]
    pub sources: Vec<SourceDoc>,
    /// How the text was made. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "ProvenanceDoc", required)
    )]
    pub provenance: Option<ProvenanceDoc>,
    /// Teasers for related articles. Optional.
    #[serde(default)]
    pub related: Vec<RelatedDoc>,
    /// Invitation to discuss the article. Optional.
    pub discussion: Option<DiscussionDoc>,
    /// The article's own address (`http(s)` URL), added to text a reader
    /// copies from it. Optional; without it, the address of the page.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(WEB_URL_PATTERN)))]
    pub canonical_url: Option<String>,
}

/// One collapsible section.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct SectionDoc {
    /// Slug, unique among sections and claims; becomes the URL fragment `#id`. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(slug_pattern()))
    )]
    pub id: Option<String>,
    /// Section heading. Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub heading: Option<String>,
    /// Paragraphs of plain text. Required, at least one, none empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Vec<String>", required, length(min = 1))
    )]
    pub paragraphs: Option<Vec<String>>,
    /// Whether the section starts collapsed. Optional, default `false`.
    #[serde(default)]
    pub collapsed: bool,
    /// How this section was made, when it differs from the article (e.g. one
    /// section written by a person in an AI-generated article). Optional.
    pub provenance: Option<SectionProvenanceDoc>,
}

/// How one section was made.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct SectionProvenanceDoc {
    /// `none` (written by a person), `assisted` (written by a person with AI
    /// help) or `generated` (generated by AI). Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", required, extend("enum" = INVOLVEMENT_KEYS)))]
    pub involvement: Option<String>,
}

/// A key claim, anchored to the words that make it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ClaimDoc {
    /// Slug, unique among sections and claims; becomes the URL fragment `#id`. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(slug_pattern()))
    )]
    pub id: Option<String>,
    /// Id of the section whose paragraph holds the quote. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(slug_pattern()))
    )]
    pub section: Option<String>,
    /// The claim's exact words, as they appear in one paragraph. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub quote: Option<String>,
    /// Text that immediately precedes the quote, to pick one of several
    /// occurrences. Optional.
    pub prefix: Option<String>,
    /// Verification status: `supported`, `partly-supported`, `unverified`,
    /// `disputed` or `opinion`. Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", required, extend("enum" = STATUS_KEYS)))]
    pub status: Option<String>,
    /// One sentence saying why the claim has this status. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub explanation: Option<String>,
    /// Ids of sources to check the claim against. Required (at least one) for
    /// `supported`, `partly-supported` and `disputed`.
    #[serde(default)]
    pub sources: Vec<String>,
    /// How the status changed, oldest first; the last entry has the current
    /// `status`. Optional.
    #[serde(default)]
    pub history: Vec<ClaimHistoryDoc>,
}

/// One status a claim had, from a date on.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ClaimHistoryDoc {
    /// When the claim got this status, `YYYY-MM-DD` or RFC 3339; not before
    /// the entry above. Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", required))]
    pub date: Option<String>,
    /// The status from that date, one of the claim statuses. Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", required, extend("enum" = STATUS_KEYS)))]
    pub status: Option<String>,
    /// What changed and why. Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub note: Option<String>,
}

/// A source a reader can check.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct SourceDoc {
    /// Slug, unique among sources. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(slug_pattern()))
    )]
    pub id: Option<String>,
    /// Title of the document. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub title: Option<String>,
    /// Who published it. Optional.
    pub publisher: Option<String>,
    /// Where to read it: an `http(s)` or `mailto` URL. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, pattern(LINK_URL_PATTERN))
    )]
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD` or RFC 3339. Optional.
    pub date: Option<String>,
    /// The passage of the source the article relies on, copied exactly, on
    /// one line (at most 1,000 characters, no tabs or line breaks). Optional.
    /// Links to the source then land on it (a URL text fragment), and the
    /// callout shows it.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(
            length(min = 1, max = MAX_PASSAGE_CHARS),
            pattern(PASSAGE_PATTERN)
        )
    )]
    pub quote: Option<String>,
}

/// How the article was produced and who answers for it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ProvenanceDoc {
    /// Whether the text was generated by AI. Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "bool", required))]
    pub ai_generated: Option<bool>,
    /// The full disclaimer shown to readers. Required when `aiGenerated` is true.
    pub disclaimer: Option<String>,
    /// Who holds editorial responsibility. Optional.
    pub responsible: Option<String>,
    /// Ids of the sources the text was generated from. Optional.
    #[serde(default)]
    pub original_sources: Vec<String>,
    /// What the AI did: `generated` the text (the default when `aiGenerated`
    /// is true) or `assisted` a person who wrote it. Only with `aiGenerated`
    /// true. Optional.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<String>", extend("enum" = ai_involvement_or_null())))]
    pub involvement: Option<String>,
    /// The record of a person's review of the text. Optional.
    pub review: Option<ReviewDoc>,
}

/// Who reviewed the text, when, and what they checked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ReviewDoc {
    /// The reviewer, e.g. "Jane Doe, science editor". Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub reviewer: Option<String>,
    /// Date of the review, `YYYY-MM-DD` or RFC 3339. Required.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String", required))]
    pub date: Option<String>,
    /// What was checked, e.g. "every claim against the sources listed".
    /// Required, non-empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub scope: Option<String>,
}

/// A teaser for another article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct RelatedDoc {
    /// Headline of the related article. Optional.
    pub title: Option<String>,
    /// One or two sentences about it. Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub summary: Option<String>,
    /// Link to it: `http(s)` URL. Optional.
    pub url: Option<String>,
}

/// The discussion prompt under the article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct DiscussionDoc {
    /// The invitation, e.g. "Share your thoughts on this article". Required.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "String", required, length(min = 1))
    )]
    pub prompt: Option<String>,
    /// Where readers sign in to comment: `http(s)` URL. Optional.
    pub sign_in_url: Option<String>,
}
