//! The key claims at a glance: a count per status that is always shown, and a
//! list (a disclosure, collapsed at first so the article itself comes soon)
//! where choosing a claim opens its section and moves focus to its words.
//!
//! Each claim's explanation and sources are in the list too, shown only
//! where the callouts cannot be opened: without script (a prerendered page)
//! and in print, where the list becomes the claims' numbered footnotes.

use super::{ExternalLink, Passage, StatusBadge};
use crate::browser;
use crate::hooks::use_adopted_key_claims;
use crate::model::ClaimStatus;
use crate::ui::{use_ui, ArticleRef};
use wasm_bindgen::JsCast;
use yew::{component, html, use_node_ref, AttrValue, Callback, Html, MouseEvent, Properties};

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
    let text_lang = ui.text_lang();
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
    let list_ref = use_node_ref();
    // Items the server rendered stay its own (`ui/adopted.rs`).
    let server_items = use_adopted_key_claims();
    // One listener on the list, for its items whoever rendered them.
    let onclick = {
        let (on_jump, list) = (props.on_jump.clone(), list_ref.clone());
        move |event: MouseEvent| {
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let jump = target.and_then(|t| t.closest(JUMP).ok().flatten());
            let list = list.cast::<web_sys::Element>();
            let index = jump
                .zip(list)
                .and_then(|(jump, list)| browser::index_among(&list, JUMP, &jump));
            if let Some(index) = index {
                on_jump.emit(index);
            }
        }
    };
    let items = claims.iter().enumerate().filter(|_| !server_items);
    let list = html! {
        <ol class="ia-key-claims__list" id={list_id.clone()} hidden={!props.open} ref={list_ref} {onclick}>
            { for items.map(|(index, claim)| {
                html! {
                    <li class="ia-key-claims__item" data-status={claim.status.key()} data-updated={claim.modified().is_some().to_string()}>
                        <button type="button" class="ia-key-claims__jump">
                            <StatusBadge status={claim.status} />
                            <span class="ia-key-claims__quote" lang={text_lang.clone()}>{ claim.quote.clone() }</span>
                            if let Some(date) = claim.modified() {
                                <span class="ia-key-claims__updated">
                                    { ui.strings.updated.clone() }{ " " }
                                    <time datetime={date.raw.clone()}>{ ui.date(date) }</time>
                                </span>
                            }
                        </button>
                        <div class="ia-key-claims__detail" lang={text_lang.clone()}>
                            <p class="ia-key-claims__explanation">{ claim.explanation.clone() }</p>
                            { for claim.updates().map(|update| html! {
                                <p class="ia-key-claims__update">
                                    <strong class="ia-key-claims__update-label" lang={ui.ui_lang()}>{ ui.claim_update_label(&update) }</strong>
                                    { " " }{ update.change.note.clone() }
                                </p>
                            }) }
                            if !claim.sources.is_empty() {
                                <ul class="ia-key-claims__sources">
                                    { for claim.sources.iter().filter_map(|s| Some((*s, props.article.sources.get(*s)?))).map(|(source_index, source)| html! {
                                        <li>
                                            <ExternalLink
                                                class={Some(AttrValue::from("ia-key-claims__source"))}
                                                // The source's own address: printed
                                                // footnotes show it as a reader would
                                                // type it; the passage follows.
                                                url={source.url.clone()}
                                                text={source.title.clone()}
                                                source={source_index}
                                                claim={index}
                                            />
                                            <Passage source={source.clone()} />
                                        </li>
                                    }) }
                                </ul>
                            }
                        </div>
                    </li>
                }
            }) }
        </ol>
    };
    let toggle_label = if props.open {
        strings.key_claims_hide.to_string()
    } else {
        strings
            .key_claims_show
            .replace("{n}", &claims.len().to_string())
    };
    html! {
        // ::part(key-claims): the key claims at a glance: counts by status and the list
        <nav class="ia-key-claims" part="key-claims" aria-labelledby={heading_id.clone()} lang={ui.ui_lang()}>
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
