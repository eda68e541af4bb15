//! Every piece of text the widget itself shows (as opposed to article text),
//! in the 24 official languages of the EU and Simplified Chinese.
//!
//! Components read UI text only from a [`Strings`] value, so translating the
//! widget or overriding one label (`strings: { showAll: "Expand all" }` in the
//! mount options) is a matter of supplying another table.
//!
//! Each language is one text file in `src/strings/` (`de.txt`): a line
//! `key = text` per string, with the keys a host overrides,
//! `statusSupported` … `statusOpinion` for the statuses and `month1` …
//! `month12` for month names as they stand in a date (`dateFormat`; genitive
//! where the language wants it). The CLI has every file compiled in; the
//! wasm has English and fetches another language's file when a widget needs
//! it (`strings/languages.rs`). Choosing a language reads its ~50 lines into
//! [`Strings`] without copying any text (every value borrows the file's
//! text). A key a table lacks keeps the English text; `tests/strings.rs`
//! names every missing key of every language. Adding a string is one line in
//! the macro below and one line per language file.

use crate::model::ClaimStatus;
use yew::AttrValue;

mod languages;

#[cfg(all(target_arch = "wasm32", not(feature = "server")))]
pub use languages::provide;
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub use languages::LANGUAGES;
pub use languages::{language_for, missing_table, Language, LANGUAGE_TAGS};

/// Declares the table's text fields once: the struct field, its doc line and
/// the camelCase key a host uses to override it and a language file sets.
macro_rules! strings_table {
    ($( $(#[doc = $doc:literal])* $field:ident = $key:literal, )*) => {
        /// The UI text table.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Strings {
            $( $(#[doc = $doc])* pub $field: AttrValue, )*
            /// Label of each status, in [`ClaimStatus::ALL`] order. Keys
            /// `statusSupported`, `statusPartlySupported`, `statusUnverified`,
            /// `statusDisputed`, `statusOpinion`.
            pub statuses: [AttrValue; 5],
            /// Month names as they stand in a date, January first. Keys
            /// `month1` … `month12` in a language file (not overridable).
            pub months: [AttrValue; 12],
            /// BCP 47 tag of the language the table is written in, for the
            /// `lang` of the widget's own text (not overridable).
            pub lang: AttrValue,
        }

        impl Strings {
            /// Every key a host may override.
            pub const KEYS: &'static [&'static str] = &[
                $($key,)*
                "statusSupported",
                "statusPartlySupported",
                "statusUnverified",
                "statusDisputed",
                "statusOpinion",
            ];

            /// The keys of the twelve months in a language file (not
            /// overridable), January first.
            pub const MONTH_KEYS: [&'static str; 12] = [
                "month1", "month2", "month3", "month4", "month5", "month6",
                "month7", "month8", "month9", "month10", "month11", "month12",
            ];

            /// Every key a language file sets: [`Strings::KEYS`] and the
            /// twelve months.
            pub fn table_keys() -> impl Iterator<Item = &'static str> {
                Self::KEYS.iter().copied().chain(Self::MONTH_KEYS)
            }

            /// A table with every text empty, in language `lang`.
            fn blank(lang: &'static str) -> Strings {
                Strings {
                    $( $field: AttrValue::Static(""), )*
                    statuses: Default::default(),
                    months: Default::default(),
                    lang: AttrValue::Static(lang),
                }
            }

            /// Replaces the string under `key`. Returns `false` for an
            /// unknown key, leaving the table unchanged.
            pub fn set(&mut self, key: &str, value: AttrValue) -> bool {
                match key {
                    $($key => self.$field = value,)*
                    _ => match self.status_mut(key) {
                        Some(status) => *status = value,
                        None => return false,
                    },
                }
                true
            }

            /// The string under `key` (one of [`Strings::table_keys`]).
            pub fn get(&self, key: &str) -> Option<&AttrValue> {
                match key {
                    $($key => Some(&self.$field),)*
                    _ => self.status_or_month(key),
                }
            }
        }
    };
}

strings_table! {
    /// The short mark in the banner's icon ("AI", "KI"); hidden from screen
    /// readers, which read the label.
    ai_icon = "aiIcon",
    /// Banner label; always visible, even when the banner is dismissed.
    ai_label = "aiLabel",
    /// Shorter label for the dismissed banner.
    ai_label_compact = "aiLabelCompact",
    /// Label of a reviewed AI-generated article, full and compact;
    /// `{reviewer}` and `{date}` are the review's.
    ai_label_reviewed = "aiLabelReviewed",
    /// Label of an article a person wrote with AI help, full and compact.
    ai_label_assisted = "aiLabelAssisted",
    /// Banner details: what the AI did, for generated text.
    involvement_generated = "involvementGenerated",
    /// Banner details: what the AI did, for AI-assisted text.
    involvement_assisted = "involvementAssisted",
    /// Banner details: the review; `{reviewer}` and `{date}` are the review's.
    review_record = "reviewRecord",
    /// Lead-in for what the reviewer checked.
    review_scope = "reviewScope",
    /// Banner details when no review is recorded.
    not_reviewed = "notReviewed",
    /// Badge by a section heading: written by a person.
    section_none = "sectionNone",
    /// Badge by a section heading: written with AI help.
    section_assisted = "sectionAssisted",
    /// Badge by a section heading: generated by AI.
    section_generated = "sectionGenerated",
    /// A claim's change of status in its callout; `{date}` and `{status}`
    /// (the status before).
    claim_updated = "claimUpdated",
    /// Line added to text copied from the article; `{label}` is the AI
    /// label, `{url}` the article's address.
    copy_notice = "copyNotice",
    /// Button that expands the banner's details.
    banner_details_show = "bannerDetailsShow",
    /// Button that collapses the banner's details.
    banner_details_hide = "bannerDetailsHide",
    /// Button that moves focus to the sources list.
    verify_with_sources = "verifyWithSources",
    /// Button that shrinks the banner to its compact label.
    dismiss = "dismiss",
    /// Accessible name of the dismiss button; starts with the visible text.
    dismiss_label = "dismissLabel",
    /// Button on the compact label that brings the full banner back.
    restore = "restore",
    /// Lead-in for who holds editorial responsibility.
    responsible = "responsible",
    /// Heading of the banner's list of original sources.
    original_sources = "originalSources",
    /// Said when the article lists no original sources.
    original_sources_missing = "originalSourcesMissing",
    /// Control that expands every section.
    show_all = "showAll",
    /// Control that collapses every section.
    hide_all = "hideAll",
    /// Heading of the key-claims panel.
    key_claims = "keyClaims",
    /// Explains the key-claims panel.
    key_claims_hint = "keyClaimsHint",
    /// Button that expands the key-claims list; `{n}` is the number of claims.
    key_claims_show = "keyClaimsShow",
    /// Button that collapses the key-claims list.
    key_claims_hide = "keyClaimsHide",
    /// Heading of the sources list.
    sources = "sources",
    /// Said when the article lists no sources.
    no_sources = "noSources",
    /// Heading of the related-articles list.
    related = "related",
    /// Heading of the discussion prompt.
    discussion = "discussion",
    /// Sign-in invitation under the discussion prompt.
    sign_in = "signIn",
    /// Link text for a claim's source.
    verify_with_source = "verifyWithSource",
    /// Appended, visually hidden, to links that open a new tab.
    new_tab = "newTab",
    /// Said in a callout when the claim cites no source.
    claim_no_sources = "claimNoSources",
    /// Accessible name of a callout's close button.
    close_callout = "closeCallout",
    /// Visually hidden lead-in before a claim's status inside its marked words.
    key_claim = "keyClaim",
    /// Reading time; `{n}` is replaced by the number of minutes.
    reading_time = "readingTime",
    /// Lead-in for the publication date.
    published = "published",
    /// Lead-in for the update date.
    updated = "updated",
    /// A date: `{d}` day, `{m}` month name, `{y}` year.
    date_format = "dateFormat",
    /// Heading of the error box.
    error_title = "errorTitle",
    /// Sentence before the list of problems; `{n}` is the number of problems.
    error_intro = "errorIntro",
}

/// The `key = text` lines of a language file, in order: `Err` with the line
/// for one that is not of that form. Blank lines are skipped.
pub fn table_entries(
    table: &'static str,
) -> impl Iterator<Item = Result<(&'static str, &'static str), &'static str>> {
    table
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split_once(" = ").ok_or(line))
}

/// The UI text a widget shows: in the host's language (the `lang` option)
/// if it set one, else the article's, else English; with the host's
/// `overrides` (the `strings` option, whose keys were checked against
/// [`Strings::KEYS`] when the options were read) over that table.
pub fn strings_for(
    host_lang: Option<&str>,
    article_lang: Option<&str>,
    overrides: &[(String, String)],
) -> Strings {
    let lang = host_lang.or(article_lang).unwrap_or("en");
    let mut strings = Strings::for_language(lang);
    for (key, text) in overrides {
        strings.set(key, text.clone().into());
    }
    strings
}

impl Strings {
    /// English.
    pub fn english() -> Strings {
        let mut strings = Strings::blank(languages::ENGLISH.tag);
        strings.read_table(languages::ENGLISH.table);
        strings
    }

    /// The table of `language`: its file read over English, so that a key
    /// the file lacks still has a text.
    pub fn of(language: &Language) -> Strings {
        let mut strings = Strings::english();
        strings.lang = AttrValue::Static(language.tag);
        strings.read_table(language.table);
        strings
    }

    /// The table for a BCP 47 language tag, by its primary subtag
    /// ([`language_for`]); English for a language the widget does not
    /// speak, and in the browser for one whose table it does not have
    /// (`mount` fetches it first: see `strings/languages.rs`).
    pub fn for_language(tag: &str) -> Strings {
        language_for(tag)
            .and_then(languages::table)
            .map_or_else(Strings::english, |language| Strings::of(&language))
    }

    /// Sets every `key = text` line of `table`; lines of another form and
    /// unknown keys are left out (the tests name them).
    fn read_table(&mut self, table: &'static str) {
        for (key, text) in table_entries(table).flatten() {
            let text = AttrValue::Static(text);
            if !self.set(key, text.clone()) {
                if let Some(month) = self.month_mut(key) {
                    *month = text;
                }
            }
        }
    }

    /// The month under `month1` … `month12`.
    fn month_mut(&mut self, key: &str) -> Option<&mut AttrValue> {
        let number: usize = key.strip_prefix("month")?.parse().ok()?;
        self.months.get_mut(number.checked_sub(1)?)
    }

    /// The status label under `statusSupported` … `statusOpinion`.
    fn status_mut(&mut self, key: &str) -> Option<&mut AttrValue> {
        let index = ClaimStatus::ALL
            .iter()
            .position(|status| Strings::status_key(*status) == key)?;
        self.statuses.get_mut(index)
    }

    /// A status's or month's string, by its key.
    fn status_or_month(&self, key: &str) -> Option<&AttrValue> {
        let index = ClaimStatus::ALL
            .iter()
            .position(|status| Strings::status_key(*status) == key);
        if let Some(index) = index {
            return self.statuses.get(index);
        }
        let month = Strings::MONTH_KEYS.iter().position(|month| *month == key)?;
        self.months.get(month)
    }

    /// The key of `status`'s label: `statusPartlySupported`.
    fn status_key(status: ClaimStatus) -> &'static str {
        match status {
            ClaimStatus::Supported => "statusSupported",
            ClaimStatus::PartlySupported => "statusPartlySupported",
            ClaimStatus::Unverified => "statusUnverified",
            ClaimStatus::Disputed => "statusDisputed",
            ClaimStatus::Opinion => "statusOpinion",
        }
    }

    /// The label of `status`.
    pub fn status(&self, status: ClaimStatus) -> &AttrValue {
        let [supported, partly, unverified, disputed, opinion] = &self.statuses;
        match status {
            ClaimStatus::Supported => supported,
            ClaimStatus::PartlySupported => partly,
            ClaimStatus::Unverified => unverified,
            ClaimStatus::Disputed => disputed,
            ClaimStatus::Opinion => opinion,
        }
    }

    /// `template` with each `{name}` of `values` replaced by its value, in
    /// one pass: a value that itself holds `{date}` is left as written.
    /// Unknown placeholders stay as they are.
    pub fn fill_named(template: &str, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let (before, from_brace) = rest.split_at(open);
            out.push_str(before);
            let value = from_brace.find('}').and_then(|close| {
                let name = from_brace.get(1..close)?;
                let value = values.iter().find(|(key, _)| *key == name)?.1;
                Some((value, close))
            });
            match value {
                Some((value, close)) => {
                    out.push_str(value);
                    rest = from_brace
                        .get(close.saturating_add(1)..)
                        .unwrap_or_default();
                }
                None => {
                    out.push('{');
                    rest = from_brace.get(1..).unwrap_or_default();
                }
            }
        }
        out.push_str(rest);
        out
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
