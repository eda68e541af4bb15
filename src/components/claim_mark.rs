//! A key claim's words, marked in the paragraph and operable as a button.
//!
//! A `<button>` cannot wrap across lines inside running text (browsers lay it
//! out as an inline block), so the words are a `<span role="button">` with the
//! keyboard behaviour of a button: focusable, Enter and Space activate.
//! https://www.w3.org/WAI/ARIA/apg/patterns/button/

use super::status_badge::status_icon;
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, AttrValue, Callback, Html, KeyboardEvent, MouseEvent, Properties};

/// Props of [`ClaimMark`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ClaimMarkProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Index of the claim. Required.
    pub claim: usize,
    /// The marked words. Required.
    pub text: AttrValue,
    /// Whether this claim's callout is open. Required.
    pub expanded: bool,
    /// Told the claim index when the words are activated while closed. Required.
    pub on_open: Callback<usize>,
    /// Told when the words are activated (or Escape pressed) while open. Required.
    pub on_close: Callback<()>,
}

/// Marked claim words.
#[component]
pub fn ClaimMark(props: &ClaimMarkProps) -> Html {
    let ui = use_ui();
    let Some(claim) = props.article.claims.get(props.claim) else {
        return html! { { props.text.clone() } };
    };
    let activate = {
        let (on_open, on_close) = (props.on_open.clone(), props.on_close.clone());
        let (index, expanded) = (props.claim, props.expanded);
        Callback::from(move |()| {
            if expanded {
                on_close.emit(());
            } else {
                on_open.emit(index);
            }
        })
    };
    let onclick = activate.reform(|_: MouseEvent| ());
    let onkeydown = {
        let activate = activate.clone();
        let on_close = props.on_close.clone();
        let expanded = props.expanded;
        move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" | " " | "Spacebar" => {
                // Space would otherwise scroll the page.
                event.prevent_default();
                activate.emit(());
            }
            "Escape" if expanded => {
                event.prevent_default();
                on_close.emit(());
            }
            _ => {}
        }
    };
    let status = claim.status;
    html! {
        // ::part(claim): a key claim's words, marked in the text and operable
        <mark class="ia-claim" part="claim" data-status={status.key()} data-expanded={props.expanded.to_string()}>
            <span
                class="ia-claim__words"
                id={ui.claim_id(claim)}
                role="button"
                tabindex="0"
                aria-expanded={props.expanded.to_string()}
                aria-controls={ui.callout_id(claim)}
                {onclick}
                {onkeydown}
            >
                { props.text.clone() }
                <span class="ia-claim__icon" aria-hidden="true">{ status_icon(status) }</span>
                // The claim's number in the key-claims list, its footnote
                // number in print; shown only there.
                <sup class="ia-claim__ref" aria-hidden="true">{ props.claim + 1 }</sup>
                <span class="ia-visually-hidden" lang={ui.ui_lang()}>
                    { " (" }{ ui.strings.key_claim.clone() }{ " " }{ ui.strings.status(status).clone() }{ ")" }
                </span>
            </span>
        </mark>
    }
}
