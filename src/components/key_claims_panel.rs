//! The key claims at a glance: a count per status that is always shown, and a
//! list (a disclosure, collapsed at first so the article itself comes soon)
//! where choosing a claim opens its section and moves focus to its words.
//!
//! Each claim's explanation and sources are in the list too, shown only
//! where the callouts cannot be opened: without script (a prerendered page)
//! and in print, where the list becomes the claims' numbered footnotes.

use super::{KeyClaimsList, StatusBadge};
use crate::browser;
use crate::hooks::use_adopted_key_claims;
use crate::model::ClaimStatus;
use crate::ui::{use_ui, ArticleRef};
use wasm_bindgen::JsCast;
use yew::{component, html, use_node_ref, Callback, Html, MouseEvent, Properties};

/// A claim's button in the list.
const JUMP: &str = ".ia-key-claims__jump";

/// Props of [`KeyClaimsPanel`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct KeyClaimsPanelProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Whether the list is expanded. Required.
    pub open: bool,
    /// Told when the list's toggle is activated. Required.
    pub on_toggle: Callback<MouseEvent>,
    /// Told a claim index when the reader chooses it. Required.
    pub on_jump: Callback<usize>,
}

/// Key claims at a glance.
#[component]
pub fn KeyClaimsPanel(props: &KeyClaimsPanelProps) -> Html {
    let ui = use_ui();
    let strings = &ui.strings;
    let heading_id = ui.key_claims_heading_id();
    let list_id = ui.key_claims_list_id();
    let claims = &props.article.claims;
    let summary = ClaimStatus::ALL.into_iter().filter_map(|status| {
        let n = claims.iter().filter(|c| c.status == status).count();
        (n > 0).then(|| {
            html! {
                <li class="ia-key-claims__count">
                    <StatusBadge {status} />
                    <span class="ia-key-claims__number">{ " " }{ n }</span>
                </li>
            }
        })
    });
    let panel = use_node_ref();
    // The list the server rendered stays its own (`ui/adopted.rs`).
    let server_list = use_adopted_key_claims(&panel, props.open);
    // One listener on the panel, for the list's items whoever rendered them.
    let onclick = {
        let (on_jump, panel) = (props.on_jump.clone(), panel.clone());
        move |event: MouseEvent| {
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let jump = target.and_then(|t| t.closest(JUMP).ok().flatten());
            let panel = panel.cast::<web_sys::Element>();
            let index = jump
                .zip(panel)
                .and_then(|(jump, panel)| browser::index_among(&panel, JUMP, &jump));
            if let Some(index) = index {
                on_jump.emit(index);
            }
        }
    };
    let list = server_list.unwrap_or_else(|| {
        html! { <KeyClaimsList article={props.article.clone()} open={props.open} /> }
    });
    let toggle_label = if props.open {
        strings.key_claims_hide.to_string()
    } else {
        strings
            .key_claims_show
            .replace("{n}", &claims.len().to_string())
    };
    html! {
        // ::part(key-claims): the key claims at a glance: counts by status and the list
        <nav class="ia-key-claims" part="key-claims" aria-labelledby={heading_id.clone()} lang={ui.lang_around(ui.ui_lang())} ref={panel} {onclick}>
            <div class="ia-key-claims__head">
                <@{ui.heading(1)} class="ia-key-claims__heading" id={heading_id}>
                    { strings.key_claims.clone() }
                </@>
                <ul class="ia-key-claims__summary">{ for summary }</ul>
            </div>
            <p class="ia-key-claims__hint">{ strings.key_claims_hint.clone() }</p>
            <button
                type="button"
                class="ia-key-claims__toggle"
                aria-expanded={props.open.to_string()}
                aria-controls={list_id}
                onclick={props.on_toggle.clone()}
            >
                <span class="ia-toolbar__chevron" aria-hidden="true"></span>
                { toggle_label }
            </button>
            { list }
        </nav>
    }
}
