//! Yew function components, one per file. Each is a pure function of its
//! props, its context and the widget's [`crate::state::State`]; none calls
//! the browser while rendering, so the same tree can be rendered natively.

mod article_header;
mod article_view;
mod claim_callout;
mod claim_mark;
mod disclaimer_banner;
mod discussion_prompt;
mod error_box;
mod external_link;
mod key_claims_panel;
mod related_articles;
mod section_body;
mod section_disclosure;
mod sources_list;
mod status_badge;
mod widget;

pub use article_header::ArticleHeader;
pub use article_view::{ArticleView, ArticleViewProps};
pub use claim_callout::ClaimCallout;
pub use claim_mark::ClaimMark;
pub use disclaimer_banner::DisclaimerBanner;
pub use discussion_prompt::DiscussionPrompt;
pub use error_box::ErrorBox;
pub use external_link::ExternalLink;
pub use key_claims_panel::KeyClaimsPanel;
pub use related_articles::RelatedArticles;
pub use section_body::SectionBody;
pub use section_disclosure::SectionDisclosure;
pub use sources_list::SourcesList;
pub use status_badge::StatusBadge;
pub use widget::{Widget, WidgetContent, WidgetProps};

use crate::events::WidgetEvent;
use crate::model::{Article, Date, Problems};
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
/// context: UI text, the prefix that keeps element ids unique on the host page,
/// the heading level of the article title, and where events go.
#[derive(Debug, Clone, PartialEq)]
pub struct Ui {
    /// The UI text table.
    pub strings: Strings,
    /// Prefix of every element id the widget makes up (section and claim ids
    /// from the article are used as they are, so `#fragment` links work).
    pub id_prefix: AttrValue,
    /// Heading level of the article title, 1–5; sections are one level below.
    pub heading_level: u8,
    /// Told what the reader does, for the host's analytics.
    pub on_event: Callback<WidgetEvent>,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            strings: Strings::english(),
            id_prefix: "ia".into(),
            heading_level: 1,
            on_event: Callback::noop(),
        }
    }
}

impl Ui {
    /// An element id made of the prefix, a role and a key: `ia-panel-intro`.
    pub fn id(&self, role: &str, key: &str) -> AttrValue {
        AttrValue::from(format!("{}-{role}-{key}", self.id_prefix))
    }

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
}

/// The widget's [`Ui`], or the default when no provider is above.
#[hook]
pub fn use_ui() -> Rc<Ui> {
    use_context::<Rc<Ui>>().unwrap_or_default()
}
