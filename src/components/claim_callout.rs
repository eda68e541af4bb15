//! The card that opens under a claim's paragraph: status, explanation and the
//! sources to check it against. It is not modal: Tab moves on through the
//! page; Escape or the close button closes it and returns focus to the words.

use super::{ExternalLink, Passage, StatusBadge};
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, AttrValue, Callback, Html, KeyboardEvent, Properties};

/// Props of [`ClaimCallout`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ClaimCalloutProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Index of the claim. Required.
    pub claim: usize,
    /// Told when the reader closes the card. Required.
    pub on_close: Callback<()>,
}

/// A claim's callout card.
#[component]
pub fn ClaimCallout(props: &ClaimCalloutProps) -> Html {
    let ui = use_ui();
    let article = &props.article;
    let Some(claim) = article.claims.get(props.claim) else {
        return Html::default();
    };
    let card_id = ui.callout_id(claim);
    let label_id = ui.callout_label_id(claim);
    let ui_lang = ui.ui_lang();
    let onkeydown = {
        let on_close = props.on_close.clone();
        move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        }
    };
    let on_close_click = props.on_close.reform(|_| ());
    html! {
        // ::part(callout): a claim's card: status, explanation and sources
        <div
            class="ia-callout"
            part="callout"
            id={card_id}
            role="group"
            aria-labelledby={label_id.clone()}
            tabindex="-1"
            data-status={claim.status.key()}
            {onkeydown}
        >
            <div class="ia-callout__head">
                <p class="ia-callout__label" id={label_id} lang={ui_lang.clone()}>
                    <span class="ia-callout__kind">{ ui.strings.key_claim.clone() }</span>{ " " }
                    <StatusBadge status={claim.status} />
                </p>
                <button type="button" class="ia-callout__close" aria-label={ui.strings.close_callout.clone()} lang={ui_lang.clone()} onclick={on_close_click}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            <blockquote class="ia-callout__quote">{ claim.quote.clone() }</blockquote>
            <p class="ia-callout__explanation">{ claim.explanation.clone() }</p>
            if claim.modified().is_some() {
                // Newest first: the change that made the status what it is now
                // is the one a returning reader looks for.
                <ul class="ia-callout__history">
                    { for claim.updates().map(|update| html! {
                        <li class="ia-callout__update" data-was={update.was.key()}>
                            <strong class="ia-callout__update-label" lang={ui_lang.clone()}>
                                { ui.claim_update_label(&update) }
                            </strong>
                            { " " }
                            <span class="ia-callout__update-note">{ update.change.note.clone() }</span>
                        </li>
                    }) }
                </ul>
            }
            if claim.sources.is_empty() {
                <p class="ia-callout__no-sources" lang={ui_lang.clone()}>{ ui.strings.claim_no_sources.clone() }</p>
            } else {
                <ul class="ia-callout__sources">
                    { for claim.sources.iter().filter_map(|s| Some((*s, article.sources.get(*s)?))).map(|(index, source)| html! {
                        <li>
                            // Link text names the source, so a list of links read
                            // out of context still says where each one goes.
                            <ExternalLink
                                class={Some(AttrValue::from("ia-callout__source"))}
                                url={source.link()}
                                lead={Some(ui.strings.verify_with_source.clone())}
                                text={source.title.clone()}
                                source={index}
                                claim={props.claim}
                            />
                            if let Some(publisher) = source.publisher.clone() {
                                <span class="ia-callout__source-publisher">{ " — " }{ publisher }</span>
                            }
                            <Passage source={source.clone()} />
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
