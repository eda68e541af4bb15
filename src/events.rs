//! What the widget tells its host about the reader's actions, for analytics
//! without trackers. Components emit these plain values; [`crate::embed`]
//! turns them into `ia-*` DOM events.

/// The event a widget's host hears when the article or the options were
/// rejected, or a panic stopped the widget: `ia-error`, with every problem.
/// Not a [`WidgetEvent`], which says what the reader did.
pub const ERROR_EVENT: &str = "ia-error";

/// One thing that happened in the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetEvent {
    /// The article is rendered (`ia-ready`).
    Ready,
    /// A section was expanded or collapsed from its heading, or all of them
    /// from "Show/Hide all sections" (`section` is then `None`)
    /// (`ia-section-toggle`).
    SectionToggle {
        /// Index of the section, or `None` for all of them.
        section: Option<usize>,
        /// Whether it is now expanded.
        expanded: bool,
    },
    /// A claim's callout was opened (`ia-claim-open`).
    ClaimOpen {
        /// Index of the claim.
        claim: usize,
    },
    /// A source link was followed (`ia-source-click`).
    SourceClick {
        /// Index of the source.
        source: usize,
        /// The claim whose callout held the link, if any.
        claim: Option<usize>,
    },
    /// The disclaimer banner was dismissed (`ia-disclaimer-dismiss`).
    DisclaimerDismiss,
}

impl WidgetEvent {
    /// The DOM event name.
    pub fn name(self) -> &'static str {
        match self {
            WidgetEvent::Ready => "ia-ready",
            WidgetEvent::SectionToggle { .. } => "ia-section-toggle",
            WidgetEvent::ClaimOpen { .. } => "ia-claim-open",
            WidgetEvent::SourceClick { .. } => "ia-source-click",
            WidgetEvent::DisclaimerDismiss => "ia-disclaimer-dismiss",
        }
    }
}
