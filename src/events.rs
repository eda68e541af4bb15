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

/// What the host hears of one `ia-*` event: its name, when it is
/// dispatched, and the fields of its `detail`. The package's declarations
/// (`HTMLElementEventMap`) and its custom-elements manifest are written from
/// [`EVENTS`] (`make types`); `embed/dom_events.rs` fills these fields.
#[derive(Debug, Clone, Copy)]
pub struct EventSpec {
    /// The DOM event name (`ia-ready`).
    pub name: &'static str,
    /// When it is dispatched, in one line.
    pub description: &'static str,
    /// Each field of its `detail`: name, TypeScript type, what it holds.
    pub detail: &'static [(&'static str, &'static str, &'static str)],
}

/// The article's id, in every event the reader's actions cause.
const ARTICLE_ID: (&str, &str, &str) = ("articleId", "string", "the article's id");

/// Every event a widget dispatches: each [`WidgetEvent`]'s and
/// [`ERROR_EVENT`] (tests/events.rs holds the two to this table).
pub const EVENTS: [EventSpec; 6] = [
    EventSpec {
        name: "ia-ready",
        description: "the article is rendered",
        detail: &[
            ARTICLE_ID,
            ("sections", "number", "how many sections it has"),
            ("claims", "number", "how many claims it has"),
        ],
    },
    EventSpec {
        name: "ia-section-toggle",
        description: "a section was expanded or collapsed, or all of them",
        detail: &[
            ARTICLE_ID,
            (
                "sectionId",
                "string | null",
                "the section's id; null: all sections",
            ),
            ("expanded", "boolean", "whether it is now expanded"),
        ],
    },
    EventSpec {
        name: "ia-claim-open",
        description: "a claim's callout was opened",
        detail: &[
            ARTICLE_ID,
            ("claimId", "string | null", "the claim's id"),
            ("status", "ClaimStatus | null", "the claim's status"),
        ],
    },
    EventSpec {
        name: "ia-source-click",
        description: "a source link was followed",
        detail: &[
            ARTICLE_ID,
            ("sourceId", "string | null", "the source's id"),
            ("url", "string | null", "the source's address"),
            (
                "claimId",
                "string | null",
                "the claim whose callout held the link, if any",
            ),
        ],
    },
    EventSpec {
        name: "ia-disclaimer-dismiss",
        description: "the disclaimer banner was dismissed",
        detail: &[ARTICLE_ID],
    },
    EventSpec {
        name: ERROR_EVENT,
        description: "the article or the options were rejected, or a panic stopped the widget",
        detail: &[
            (
                "problems",
                "Problem[]",
                "every problem, each with its JSON path",
            ),
            (
                "url",
                "string | null",
                "the address the element could not fetch the article from; null when the article was had but rejected, or the widget stopped",
            ),
        ],
    },
];
