//! The form that marks a claim: a status from the format's own list, the
//! article's sources to tick, an explanation. Nothing of the syntax.

use crate::dialect::NewClaim;
use crate::model::ClaimStatus;
use crate::strings::Strings;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A source the claim may cite.
#[derive(Clone, PartialEq)]
pub struct SourceChoice {
    /// Its id, which the mark names.
    pub id: String,
    /// What the editor reads: its title, or its id.
    pub title: String,
}

/// The dialog's props.
#[derive(Properties, PartialEq)]
pub struct ClaimDialogProps {
    /// The `<dialog>`, which the editor opens with `showModal()`.
    pub node: NodeRef,
    /// The words to be marked.
    pub words: AttrValue,
    /// The article's sources.
    pub sources: Vec<SourceChoice>,
    /// Called when the dialog closes: the claim, or none if cancelled.
    pub on_close: Callback<Option<NewClaim>>,
}

/// A modal `<dialog>` with a `method="dialog"` form: Escape and Cancel
/// close it, and focus returns to the text (the editor focuses it before
/// opening the dialog).
#[function_component]
pub fn ClaimDialog(props: &ClaimDialogProps) -> Html {
    let status = use_node_ref();
    let sources = use_node_ref();
    let explanation = use_node_ref();
    let onclose = {
        let node = props.node.clone();
        let (status, sources, explanation) = (status.clone(), sources.clone(), explanation.clone());
        let on_close = props.on_close.clone();
        move |_: Event| {
            let Some(dialog) = node.cast::<web_sys::HtmlDialogElement>() else {
                return;
            };
            if dialog.return_value() != "mark" {
                return on_close.emit(None);
            }
            let status = status
                .cast::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut ticked = Vec::new();
            if let Some(list) = sources.cast::<web_sys::Element>() {
                if let Ok(boxes) = list.query_selector_all("input:checked") {
                    for i in 0..boxes.length() {
                        if let Some(input) = boxes
                            .get(i)
                            .and_then(|b| b.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            ticked.push(input.value());
                        }
                    }
                }
            }
            let explanation = explanation.cast::<web_sys::HtmlTextAreaElement>().map(|e| {
                let text = e.value().trim().to_owned();
                e.set_value("");
                text
            });
            on_close.emit(Some(NewClaim {
                id: None,
                status,
                sources: ticked,
                explanation: explanation.filter(|e| !e.is_empty()),
            }));
        }
    };
    let strings = Strings::english();
    html! {
        <dialog id="claim-dialog" aria-labelledby="claim-dialog-title" ref={props.node.clone()} {onclose}>
            <form method="dialog" id="claim-form">
                <h2 id="claim-dialog-title">
                    { "Mark “" }<span id="claim-words">{ props.words.clone() }</span>{ "” as a claim" }
                </h2>
                <label for="claim-status">{ "Status" }</label>
                // The statuses of the format, in its order, with the
                // widget's own labels: one declaration, in the crate.
                <select id="claim-status" required=true ref={status}>
                    // The first selected by default, said outright: Yew
                    // inserts options last first, and a select keeps the
                    // first option it was given.
                    { for ClaimStatus::ALL.into_iter().enumerate().map(|(i, s)| html! {
                        <option value={s.key()} selected={i == 0}>{ strings.status(s).clone() }</option>
                    }) }
                </select>
                <fieldset id="claim-sources" ref={sources}>
                    <legend>{ "Sources" }</legend>
                    { for props.sources.iter().map(|source| html! {
                        <label key={source.id.clone()}>
                            <input type="checkbox" value={source.id.clone()} />
                            { " " }{ source.title.clone() }
                        </label>
                    }) }
                </fieldset>
                <label for="claim-explanation">{ "Explanation" }</label>
                <textarea id="claim-explanation" rows="4" ref={explanation} />
                <div class="editor__tools">
                    <button type="submit" value="mark">{ "Mark" }</button>
                    <button type="submit" value="cancel" formnovalidate=true>{ "Cancel" }</button>
                </div>
            </form>
        </dialog>
    }
}
