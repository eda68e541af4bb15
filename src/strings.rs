//! Every piece of text the widget itself shows (as opposed to article text).
//!
//! Components read UI text only from a [`Strings`] value, so translating the
//! widget or overriding one label is a matter of supplying another table.

use crate::model::ClaimStatus;
use yew::AttrValue;

/// The UI text table.
#[derive(Debug, Clone, PartialEq)]
pub struct Strings {
    /// Banner label; always visible, even when the banner is dismissed.
    pub ai_label: AttrValue,
    /// Shorter label for the dismissed banner.
    pub ai_label_compact: AttrValue,
    /// Button that expands the banner's details.
    pub banner_details_show: AttrValue,
    /// Button that collapses the banner's details.
    pub banner_details_hide: AttrValue,
    /// Button that moves focus to the sources list.
    pub verify_with_sources: AttrValue,
    /// Button that shrinks the banner to its compact label.
    pub dismiss: AttrValue,
    /// Accessible name of the dismiss button.
    pub dismiss_label: AttrValue,
    /// Button on the compact label that brings the full banner back.
    pub restore: AttrValue,
    /// Lead-in for who holds editorial responsibility.
    pub responsible: AttrValue,
    /// Heading of the banner's list of original sources.
    pub original_sources: AttrValue,
    /// Said when the article lists no original sources.
    pub original_sources_missing: AttrValue,
    /// Control that expands every section.
    pub show_all: AttrValue,
    /// Control that collapses every section.
    pub hide_all: AttrValue,
    /// Heading of the key-claims panel.
    pub key_claims: AttrValue,
    /// Explains the key-claims panel.
    pub key_claims_hint: AttrValue,
    /// Button that expands the key-claims list; `{n}` is the number of claims.
    pub key_claims_show: AttrValue,
    /// Button that collapses the key-claims list.
    pub key_claims_hide: AttrValue,
    /// Heading of the sources list.
    pub sources: AttrValue,
    /// Said when the article lists no sources.
    pub no_sources: AttrValue,
    /// Heading of the related-articles list.
    pub related: AttrValue,
    /// Heading of the discussion prompt.
    pub discussion: AttrValue,
    /// Sign-in invitation under the discussion prompt.
    pub sign_in: AttrValue,
    /// Link text for a claim's source.
    pub verify_with_source: AttrValue,
    /// Appended, visually hidden, to links that open a new tab.
    pub new_tab: AttrValue,
    /// Said in a callout when the claim cites no source.
    pub claim_no_sources: AttrValue,
    /// Accessible name of a callout's close button.
    pub close_callout: AttrValue,
    /// Visually hidden lead-in before a claim's status inside its marked words.
    pub key_claim: AttrValue,
    /// Label of a status, by [`ClaimStatus`] in [`ClaimStatus::ALL`] order.
    pub statuses: [AttrValue; 5],
    /// Reading time; `{n}` is replaced by the number of minutes.
    pub reading_time: AttrValue,
    /// Lead-in for the publication date.
    pub published: AttrValue,
    /// Lead-in for the update date.
    pub updated: AttrValue,
    /// Month names, January first.
    pub months: [AttrValue; 12],
    /// Heading of the error box.
    pub error_title: AttrValue,
    /// Sentence before the list of problems; `{n}` is the number of problems.
    pub error_intro: AttrValue,
}

impl Strings {
    /// British/American-neutral English.
    pub fn english() -> Strings {
        Strings {
            ai_label: "AI-generated content — verify with the original source".into(),
            ai_label_compact: "AI-generated — verify with source".into(),
            banner_details_show: "About this article".into(),
            banner_details_hide: "Hide details".into(),
            verify_with_sources: "Verify with sources".into(),
            dismiss: "Dismiss".into(),
            dismiss_label: "Dismiss the AI disclaimer (a short label stays)".into(),
            restore: "Show disclaimer".into(),
            responsible: "Editorial responsibility:".into(),
            original_sources: "Original sources".into(),
            original_sources_missing:
                "The source articles this text was generated from are not listed.".into(),
            show_all: "Show all sections".into(),
            hide_all: "Hide all sections".into(),
            key_claims: "Key claims".into(),
            key_claims_hint:
                "Each claim is marked in the text. Select one to see how far it is supported."
                    .into(),
            key_claims_show: "List all {n} claims".into(),
            key_claims_hide: "Hide the list".into(),
            sources: "Sources".into(),
            no_sources: "This article lists no sources.".into(),
            related: "Related articles".into(),
            discussion: "Thoughts".into(),
            sign_in: "Sign in to join the conversation".into(),
            verify_with_source: "Verify with source".into(),
            new_tab: "(opens in a new tab)".into(),
            claim_no_sources: "The article cites no source for this claim.".into(),
            close_callout: "Close claim details".into(),
            key_claim: "Key claim:".into(),
            statuses: [
                "Supported".into(),
                "Partly supported".into(),
                "Unverified".into(),
                "Disputed".into(),
                "Opinion / analysis".into(),
            ],
            reading_time: "{n} min read".into(),
            published: "Published".into(),
            updated: "Updated".into(),
            months: [
                "January".into(),
                "February".into(),
                "March".into(),
                "April".into(),
                "May".into(),
                "June".into(),
                "July".into(),
                "August".into(),
                "September".into(),
                "October".into(),
                "November".into(),
                "December".into(),
            ],
            error_title: "This article could not be shown".into(),
            error_intro: "The article data has {n} problem(s):".into(),
        }
    }

    /// The label of `status`.
    pub fn status(&self, status: ClaimStatus) -> &AttrValue {
        let index = ClaimStatus::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or_default();
        &self.statuses[index]
    }

    /// `template` with `{n}` replaced by `n`.
    pub fn fill(template: &str, n: impl std::fmt::Display) -> String {
        template.replace("{n}", &n.to_string())
    }
}

impl Default for Strings {
    fn default() -> Self {
        Strings::english()
    }
}
