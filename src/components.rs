//! Yew function components, one per file. Each is a pure function of its
//! props, its context and the widget's [`crate::state::State`]; none calls
//! the browser while rendering, so the same tree can be rendered natively.
//!
//! What every component and hook shares ([`crate::ui::Ui`], the theme, the
//! shared article) and every element id the widget renders are in
//! [`crate::ui`], below both.

mod article_header;
mod article_view;
mod claim_callout;
mod claim_mark;
mod disclaimer_banner;
mod discussion_prompt;
mod error_box;
mod external_link;
mod key_claims_list;
mod key_claims_panel;
mod passage;
mod related_articles;
mod section_body;
mod section_disclosure;
mod sources_list;
mod status_badge;
mod widget;
mod widget_root;

pub use article_header::ArticleHeader;
pub use article_view::{section_props, ArticleView, ArticleViewProps, SectionCallbacks};
pub use claim_callout::ClaimCallout;
pub use claim_mark::ClaimMark;
pub use disclaimer_banner::DisclaimerBanner;
pub use discussion_prompt::DiscussionPrompt;
pub use error_box::ErrorBox;
pub use external_link::ExternalLink;
pub use key_claims_list::{KeyClaimsList, KeyClaimsListProps};
pub use key_claims_panel::KeyClaimsPanel;
pub use passage::Passage;
pub use related_articles::RelatedArticles;
pub use section_body::SectionBody;
#[cfg(debug_assertions)]
pub use section_disclosure::section_renders;
pub use section_disclosure::{SectionDisclosure, SectionDisclosureProps};
pub use sources_list::SourcesList;
pub use status_badge::StatusBadge;
pub use widget::{Widget, WidgetContent, WidgetProps};
pub use widget_root::{WidgetRoot, WidgetRootProps};
