//! The list of every key claim with its status; choosing one opens its
//! section and moves focus to its words in the text.

use super::{use_ui, ArticleRef, StatusBadge};
use yew::{component, html, Callback, Html, Properties};

/// Props of [`KeyClaimsPanel`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct KeyClaimsPanelProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Told a claim index when the reader chooses it. Required.
    pub on_jump: Callback<usize>,
}

/// Key claims at a glance.
#[component]
pub fn KeyClaimsPanel(props: &KeyClaimsPanelProps) -> Html {
    let ui = use_ui();
    let heading_id = ui.id("claims", "heading");
    html! {
        <nav class="ia-key-claims" aria-labelledby={heading_id.clone()}>
            <@{ui.heading(1)} class="ia-key-claims__heading" id={heading_id}>
                { ui.strings.key_claims.clone() }
            </@>
            <p class="ia-key-claims__hint">{ ui.strings.key_claims_hint.clone() }</p>
            <ol class="ia-key-claims__list">
                { for props.article.claims.iter().enumerate().map(|(index, claim)| {
                    let on_jump = props.on_jump.clone();
                    html! {
                        <li class="ia-key-claims__item" data-status={claim.status.key()}>
                            <button
                                type="button"
                                class="ia-key-claims__jump"
                                aria-controls={claim.id.clone()}
                                onclick={move |_| on_jump.emit(index)}
                            >
                                <StatusBadge status={claim.status} />
                                <span class="ia-key-claims__quote">{ claim.quote.clone() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
