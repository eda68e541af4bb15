//! The key-claims list: each claim's button, and its explanation and
//! sources, shown where the callouts cannot be opened (without script, and
//! in print, where they are the claims' footnotes). Only whether it is shown
//! ever changes, so a server renders it on its own for the browser to take
//! over as it is (`ui/adopted.rs`).

use super::{ExternalLink, Passage, StatusBadge};
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, AttrValue, Html, Properties};

/// Props of [`KeyClaimsList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct KeyClaimsListProps {
    /// The article. Required. Compared by identity.
    pub article: ArticleRef,
    /// Whether the list is shown. Required.
    pub open: bool,
}

/// The list, one item per claim of the article, in order. Its clicks are
/// heard by the panel around it (`KeyClaimsPanel`), whoever rendered it.
#[component]
pub fn KeyClaimsList(props: &KeyClaimsListProps) -> Html {
    let ui = use_ui();
    let text_lang = ui.text_lang();
    html! {
        <ol class="ia-key-claims__list" id={ui.key_claims_list_id()} hidden={!props.open}>
        { for props.article.claims.iter().enumerate().map(|(index, claim)| {
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
    }
}
