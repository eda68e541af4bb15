//! The text side: the tools, the textarea, the exports and the problems.

use super::problem_list::ProblemList;
use crate::dialect::Problem;
use std::rc::Rc;
use yew::prelude::*;

/// What the editor asks of the text side's buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Mark the selected words (in the text or the preview) as a claim.
    MarkClaim,
    /// Replace the text with the example.
    StartFromExample,
    /// Download the text.
    ExportMarkdown,
    /// Download the article's JSON.
    ExportJson,
    /// Download the prerendered HTML fragment.
    ExportHtml,
}

/// The text side's props.
#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    /// The textarea, which the browser edits and the editor reads.
    pub textarea: NodeRef,
    /// Called on every input; the editor debounces the read.
    pub on_input: Callback<()>,
    /// Called with a chosen command.
    pub on_command: Callback<Command>,
    /// Called with the text of a plain-text file chosen for import.
    pub on_import: Callback<web_sys::File>,
    /// The status line.
    pub status: AttrValue,
    /// The problems of the text.
    pub problems: Rc<[Problem]>,
    /// Called with a problem's line and column when it is chosen.
    pub on_choose: Callback<(usize, usize)>,
}

/// The textarea is not controlled: the browser keeps every keystroke and
/// its cursor, and the editor only reads it (and writes it when a mark or
/// an import replaces the text).
#[function_component]
pub fn SourcePane(props: &SourcePaneProps) -> Html {
    let command = |command: Command| {
        let on_command = props.on_command.clone();
        move |_: MouseEvent| on_command.emit(command)
    };
    let oninput = {
        let on_input = props.on_input.clone();
        move |_: InputEvent| on_input.emit(())
    };
    let onchange = {
        let on_import = props.on_import.clone();
        move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_import.emit(file);
            }
            // The same file chosen again imports again.
            input.set_value("");
        }
    };
    html! {
        <section class="editor__pane" aria-labelledby="source-label">
            <div class="editor__tools" role="toolbar" aria-label="Editing">
                <button type="button" id="mark-claim" onclick={command(Command::MarkClaim)}>{ "Mark claim" }</button>
                <label class="editor__file">{ "Import plain text… " }
                    <input type="file" id="import-plain" accept=".txt,text/plain" {onchange} />
                </label>
                <button type="button" id="start-default" onclick={command(Command::StartFromExample)}>{ "Start from the example" }</button>
            </div>
            <label id="source-label" for="source">{ "Article text" }</label>
            <textarea id="source" spellcheck="true" rows="30" aria-describedby="problems-heading"
                ref={props.textarea.clone()} {oninput} />
            <div class="editor__tools" role="toolbar" aria-label="Export">
                <button type="button" id="export-md" onclick={command(Command::ExportMarkdown)}>{ "Download .md" }</button>
                <button type="button" id="export-json" onclick={command(Command::ExportJson)}>{ "Download JSON" }</button>
                <button type="button" id="export-html" onclick={command(Command::ExportHtml)}>{ "Download HTML" }</button>
            </div>
            <h2 id="problems-heading" class="editor__subtitle">{ "Problems" }</h2>
            <p id="status" role="status" class="editor__status">{ props.status.clone() }</p>
            <ProblemList problems={Rc::clone(&props.problems)} on_choose={props.on_choose.clone()} />
        </section>
    }
}
