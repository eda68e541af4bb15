//! Every piece of text the widget itself shows (as opposed to article text),
//! in English and Simplified Chinese.
//!
//! Components read UI text only from a [`Strings`] value, so translating the
//! widget or overriding one label (`strings: { showAll: "Expand all" }` in the
//! mount options) is a matter of supplying another table.

use crate::model::ClaimStatus;
use yew::AttrValue;

/// Declares the table's text fields once: the struct field, its doc line and
/// the camelCase key a host uses to override it.
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
            /// Month names, January first (not overridable).
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

            /// Replaces the string under `key`. Returns `false` for an
            /// unknown key, leaving the table unchanged.
            pub fn set(&mut self, key: &str, value: AttrValue) -> bool {
                match key {
                    $($key => self.$field = value,)*
                    "statusSupported" => self.statuses[0] = value,
                    "statusPartlySupported" => self.statuses[1] = value,
                    "statusUnverified" => self.statuses[2] = value,
                    "statusDisputed" => self.statuses[3] = value,
                    "statusOpinion" => self.statuses[4] = value,
                    _ => return false,
                }
                true
            }
        }
    };
}

strings_table! {
    /// Banner label; always visible, even when the banner is dismissed.
    ai_label = "aiLabel",
    /// Shorter label for the dismissed banner.
    ai_label_compact = "aiLabelCompact",
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

/// Turns a list of `&'static str` into the `AttrValue` array a table holds.
fn texts<const N: usize>(list: [&'static str; N]) -> [AttrValue; N] {
    list.map(AttrValue::Static)
}

impl Strings {
    /// English.
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
            statuses: texts([
                "Supported",
                "Partly supported",
                "Unverified",
                "Disputed",
                "Opinion / analysis",
            ]),
            reading_time: "{n} min read".into(),
            published: "Published".into(),
            updated: "Updated".into(),
            date_format: "{d} {m} {y}".into(),
            months: texts([
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]),
            error_title: "This article could not be shown".into(),
            error_intro: "The article data has {n} problem(s):".into(),
            lang: "en".into(),
        }
    }

    /// Simplified Chinese.
    pub fn simplified_chinese() -> Strings {
        Strings {
            ai_label: "AI 生成内容——请以原始来源为准进行核实".into(),
            ai_label_compact: "AI 生成——请核实来源".into(),
            banner_details_show: "关于本文".into(),
            banner_details_hide: "收起详情".into(),
            verify_with_sources: "对照来源核实".into(),
            dismiss: "关闭".into(),
            dismiss_label: "关闭 AI 声明（仍保留简短标签）".into(),
            restore: "显示声明".into(),
            responsible: "编辑责任：".into(),
            original_sources: "原始来源".into(),
            original_sources_missing: "本文未列出生成时所依据的原始文章。".into(),
            show_all: "展开全部章节".into(),
            hide_all: "收起全部章节".into(),
            key_claims: "关键论断".into(),
            key_claims_hint: "每条论断都已在正文中标出。选择一条，查看它有多少依据。".into(),
            key_claims_show: "列出全部 {n} 条论断".into(),
            key_claims_hide: "收起列表".into(),
            sources: "来源".into(),
            no_sources: "本文未列出任何来源。".into(),
            related: "相关文章".into(),
            discussion: "读者讨论".into(),
            sign_in: "登录后参与讨论".into(),
            verify_with_source: "对照来源核实".into(),
            new_tab: "（在新标签页中打开）".into(),
            claim_no_sources: "本文未就此论断引用任何来源。".into(),
            close_callout: "关闭论断详情".into(),
            key_claim: "关键论断：".into(),
            statuses: texts(["有依据", "部分有依据", "未经核实", "有争议", "观点／分析"]),
            reading_time: "阅读约需 {n} 分钟".into(),
            published: "发布于".into(),
            updated: "更新于".into(),
            date_format: "{y}年{m}{d}日".into(),
            months: texts([
                "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                "12月",
            ]),
            error_title: "无法显示本文".into(),
            error_intro: "文章数据有 {n} 个问题：".into(),
            lang: "zh-Hans".into(),
        }
    }

    /// The table for a BCP 47 language tag: Simplified Chinese for `zh`
    /// (`zh`, `zh-Hans`, `zh-CN`, …), English for everything else.
    pub fn for_language(tag: &str) -> Strings {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("zh") {
            Strings::simplified_chinese()
        } else {
            Strings::english()
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
