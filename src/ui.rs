//! What every component and hook of one widget shares: the [`Ui`] context
//! (UI text and its language, element ids, heading level, where events go),
//! the colour [`Theme`], and [`Shared`] data compared by identity. It sits
//! below both, as the shared types of yew's todomvc do, so hooks never import
//! from [`crate::components`]. Every element id is built in `ids.rs`.

mod adopted;
mod ids;

pub use adopted::{Adopted, SECTION_SELECTOR};
pub use ids::{choose_id_prefix, is_id_prefix};

use crate::events::WidgetEvent;
use crate::model::{Article, ClaimUpdate, Date, Involvement, Problems, Provenance, Review};
use crate::strings::Strings;
use std::rc::Rc;
use yew::{hook, use_context, AttrValue, Callback};

/// A shared, immutable value compared by identity: re-rendering a component
/// with the same article costs one pointer comparison, not a deep compare of
/// every paragraph. That is what keeps "show all" on a long article fast.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

/// The validated article, shared by every component of one widget.
pub type ArticleRef = Shared<Article>;
/// The problems found in an article that could not be shown.
pub type ProblemsRef = Shared<Problems>;

/// The colour scheme, set on the root as `data-theme` (the stylesheet's
/// `color-scheme` follows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    /// Reads the host's setting: `light`, `dark` or `auto`.
    pub fn parse(value: &str) -> Option<Theme> {
        match value {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The `data-theme` value.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Presentation settings shared by every component of one widget, through
/// context: UI text, the ids' prefix and article (see `ids.rs` for every id
/// built from them), the heading level of the article title, and where
/// events go.
#[derive(Debug, Clone, PartialEq)]
pub struct Ui {
    /// The UI text table, shared: a widget's [`Ui`] is cloned (for each id
    /// prefix tried, for instance), its ~60 texts need not be.
    pub strings: Rc<Strings>,
    /// The host's `idPrefix`, put before every element id the widget renders,
    /// section and claim ids included. Default: empty.
    pub id_prefix: AttrValue,
    /// Id of the article shown, which keeps the ids the widget makes up apart
    /// from another article's on the same page. Default: empty.
    pub article_id: AttrValue,
    /// Language of the article's text (its `lang`), which decides where the
    /// widget's own text needs a `lang` of its own. Default: empty (no
    /// article, as in the error box).
    pub article_lang: AttrValue,
    /// Heading level of the article title, 1–5; sections are one level below.
    pub heading_level: u8,
    /// Told what the reader does, for the host's analytics.
    pub on_event: Callback<WidgetEvent>,
    /// Whether copied text gets the AI label and the article's address.
    pub copy_notice: bool,
    /// Parts of the server's markup taken over and not rendered
    /// (`adopted.rs`). Default: none.
    pub adopted: Adopted,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            strings: Rc::new(Strings::english()),
            id_prefix: AttrValue::Static(""),
            article_id: AttrValue::Static(""),
            article_lang: AttrValue::Static(""),
            heading_level: 1,
            on_event: Callback::noop(),
            copy_notice: true,
            adopted: Adopted::default(),
        }
    }
}

impl Ui {
    /// The tag of a heading `depth` levels below the title (0 = the title),
    /// never deeper than `h6`.
    pub fn heading(&self, depth: u8) -> &'static str {
        match self.heading_level.clamp(1, 6).saturating_add(depth) {
            1 => "h1",
            2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        }
    }

    /// `date` written out for readers, e.g. "22 January 2025" or "2025年1月22日".
    pub fn date(&self, date: &Date) -> String {
        let month = self
            .strings
            .months
            .get(usize::from(date.month.saturating_sub(1)))
            .map_or("", |m| m.as_str());
        self.strings
            .date_format
            .replace("{d}", &date.day.to_string())
            .replace("{m}", month)
            .replace("{y}", &date.year.to_string())
    }

    /// The AI label of the article, full or `compact` (the dismissed
    /// banner's): it names the review when there is one, so the short form
    /// keeps saying that a person checked the text.
    pub fn ai_label(&self, provenance: &Provenance, compact: bool) -> String {
        let strings = &self.strings;
        match (provenance.involvement, &provenance.review) {
            (Involvement::Assisted, _) => strings.ai_label_assisted.to_string(),
            (_, Some(review)) => self.review_text(&strings.ai_label_reviewed, review),
            (_, None) if compact => strings.ai_label_compact.to_string(),
            (_, None) => strings.ai_label.to_string(),
        }
    }

    /// `template` with the review's `{reviewer}` and `{date}`.
    pub fn review_text(&self, template: &str, review: &Review) -> String {
        Strings::fill_named(
            template,
            &[
                ("reviewer", &review.reviewer),
                ("date", &self.date(&review.date)),
            ],
        )
    }

    /// "Updated <date>: was <status>" for one change of a claim's status, in
    /// the callout and in the key-claims list (shown without script and in
    /// print), so both say the same.
    pub fn claim_update_label(&self, update: &ClaimUpdate<'_>) -> String {
        Strings::fill_named(
            &self.strings.claim_updated,
            &[
                ("date", &self.date(&update.change.date)),
                ("status", self.strings.status(update.was)),
            ],
        )
    }

    /// The label of a section's badge.
    pub fn involvement_label(&self, involvement: Involvement) -> &AttrValue {
        match involvement {
            Involvement::None => &self.strings.section_none,
            Involvement::Assisted => &self.strings.section_assisted,
            Involvement::Generated => &self.strings.section_generated,
        }
    }

    /// The `lang` of the widget's own text (toolbar, banner, labels) inside
    /// the article: none when the UI text is in the article's language
    /// already (the article's `lang` is inherited), else the UI table's
    /// language, so a screen reader reads each in its own voice.
    /// https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts
    pub fn ui_lang(&self) -> Option<AttrValue> {
        (!language_range_matches(&self.strings.lang, &self.article_lang))
            .then(|| self.strings.lang.clone())
    }

    /// `lang`, for an element around a part of the article: none when the
    /// widget took the server's markup over, whose attribute stays. Written
    /// again on hydrating, even unchanged, it has the browser revisit every
    /// node below it (7 ms for the article element of 2,000 sections), and
    /// it never changes.
    pub fn lang_around(&self, lang: Option<AttrValue>) -> Option<AttrValue> {
        lang.filter(|_| !self.adopted.is_taken_over())
    }

    /// The `lang` of article text placed inside the widget's own text (the
    /// disclaimer inside the banner, quotes in the key-claims list): the
    /// article's language, when [`Ui::ui_lang`] set another one around it.
    pub fn text_lang(&self) -> Option<AttrValue> {
        self.ui_lang().map(|_| self.article_lang.clone())
    }
}

/// Whether `tag` falls within the language range `range` (RFC 4647 basic
/// filtering): `en` covers `en-GB`, `zh-Hans` covers `zh-Hans-CN`, but `en`
/// does not cover `fr` nor `zh-Hans` `zh-Hant`.
fn language_range_matches(range: &str, tag: &str) -> bool {
    let (range, tag) = (range.to_ascii_lowercase(), tag.to_ascii_lowercase());
    tag == range
        || tag
            .strip_prefix(&range)
            .is_some_and(|rest| rest.starts_with('-'))
}

/// The widget's [`Ui`], or the default when no provider is above.
#[hook]
pub fn use_ui() -> Rc<Ui> {
    use_context::<Rc<Ui>>().unwrap_or_default()
}
