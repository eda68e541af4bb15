//! A claim's verification status as an icon and words, never colour alone
//! (WCAG 1.4.1, https://www.w3.org/WAI/WCAG22/Understanding/use-of-color).

use crate::model::ClaimStatus;
use crate::ui::use_ui;
use yew::{component, html, Html, Properties};

/// Props of [`StatusBadge`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StatusBadgeProps {
    /// The status shown. Required.
    pub status: ClaimStatus,
}

/// The icon for `status`; decorative, the label carries the meaning.
pub fn status_icon(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Supported => "✓",
        ClaimStatus::PartlySupported => "◐",
        ClaimStatus::Unverified => "?",
        ClaimStatus::Disputed => "✗",
        ClaimStatus::Opinion => "“",
    }
}

/// Icon and label of a status; styled by `data-status`.
#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let ui = use_ui();
    html! {
        <span class="ia-status" data-status={props.status.key()}>
            <span class="ia-status__icon" aria-hidden="true">{ status_icon(props.status) }</span>
            <span class="ia-status__label">{ ui.strings.status(props.status).clone() }</span>
        </span>
    }
}
