//! The editor: the text side, the preview, the claim form, and what ties
//! them together.

use super::claim_dialog::{ClaimDialog, SourceChoice};
use super::download::download;
use super::hooks::{
    fetch_text, use_debounced, use_draft, use_initial_text, use_window_editor, EXAMPLE,
};
use super::preview::Preview;
use super::selection;
use super::source_pane::{Command, SourcePane};
use super::state::{Action, EditorState};
use crate::dialect::{import, import_plain, mark_claim, NewClaim};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Long enough that typing a word reads the text once; short enough to
/// feel live.
const DEBOUNCE_MS: i32 = 300;

/// The editor's props.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The server renderer's `render(json, options)`, for the HTML export.
    pub render: js_sys::Function,
}

/// The UTF-16 offset (a textarea's) of a 1-based line and column, the
/// column counted in characters as the problems count it.
fn offset_of(text: &str, line: usize, column: usize) -> u32 {
    let mut units = 0;
    for (index, text_line) in text.split('\n').enumerate() {
        if index + 1 == line {
            let within: usize = text_line
                .chars()
                .take(column.saturating_sub(1))
                .map(char::len_utf16)
                .sum();
            return u32::try_from(units + within).unwrap_or(u32::MAX);
        }
        units += text_line.encode_utf16().count() + 1;
    }
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The article's sources, as the claim form lists them.
fn sources_of(json: Option<&str>) -> Vec<SourceChoice> {
    let Some(value) = json.and_then(|json| serde_json::from_str::<serde_json::Value>(json).ok())
    else {
        return Vec::new();
    };
    let sources = value.get("sources").and_then(|s| s.as_array());
    sources
        .into_iter()
        .flatten()
        .filter_map(|source| {
            let id = source.get("id")?.as_str()?.to_owned();
            let title = source
                .get("title")
                .and_then(|t| t.as_str())
                .unwrap_or(&id)
                .to_owned();
            Some(SourceChoice { id, title })
        })
        .collect()
}

/// The name files are downloaded as: the article's id.
fn base_name(json: Option<&str>) -> String {
    json.and_then(|json| serde_json::from_str::<serde_json::Value>(json).ok())
        .and_then(|v| v.get("id")?.as_str().map(str::to_owned))
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| "article".to_owned())
}

/// The whole page's app.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = use_reducer(EditorState::default);
    let textarea = use_node_ref();
    let preview = use_node_ref();
    let dialog = use_node_ref();
    let debounced = use_debounced(DEBOUNCE_MS);
    // The words the claim form is about, as a byte range of the text.
    let marking = use_state(|| None::<(Range<usize>, String)>);
    use_initial_text(state.dispatcher());
    use_draft(&state);
    use_window_editor(&state);

    // A text replaced from outside (a mark, the example, an import) goes
    // into the textarea; typed text is already there.
    {
        let textarea = textarea.clone();
        let text = Rc::clone(&state.text);
        use_effect_with(state.replaced, move |_| {
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }

    let text_now = {
        let textarea = textarea.clone();
        move || {
            textarea
                .cast::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default()
        }
    };
    // Reads the textarea now rather than after the debounce: an export or
    // a mark must see the last keystroke.
    let flush = {
        let debounced = debounced.clone();
        move || debounced.flush()
    };

    let on_input = {
        let dispatch = state.dispatcher();
        let debounced = debounced.clone();
        let text_now = text_now.clone();
        Callback::from(move |()| {
            let dispatch = dispatch.clone();
            let text_now = text_now.clone();
            debounced.schedule(move || dispatch.dispatch(Action::Read(text_now())));
        })
    };

    let on_choose = {
        let textarea = textarea.clone();
        Callback::from(move |(line, column): (usize, usize)| {
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                let at = offset_of(&area.value(), line, column);
                let _ = area.focus();
                let _ = area.set_selection_range(at, at);
            }
        })
    };

    let on_import = {
        let dispatch = state.dispatcher();
        Callback::from(move |file: web_sys::File| {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    // The seed's plain-text shape, as `interactive-article
                    // import --plain` reads it.
                    Ok(text) => dispatch.dispatch(Action::Replace(import_plain(
                        &text.as_string().unwrap_or_default(),
                    ))),
                    Err(_) => {
                        dispatch.dispatch(Action::Notice("The file could not be read.".into()))
                    }
                }
            });
        })
    };

    let on_command = {
        let dispatch = state.dispatcher();
        let render = props.render.clone();
        let (textarea, preview, dialog, marking) = (
            textarea.clone(),
            preview.clone(),
            dialog.clone(),
            marking.clone(),
        );
        Callback::from(move |command: Command| {
            flush();
            let text = text_now();
            let notice = |message: &str| dispatch.dispatch(Action::Notice(message.to_owned()));
            match command {
                Command::MarkClaim => {
                    let from_preview = preview
                        .cast::<web_sys::Element>()
                        .and_then(|p| selection::in_preview(&p));
                    let picked = match from_preview {
                        Some((words, nth)) => selection::preview_words_in_text(&text, &words, nth),
                        None => textarea
                            .cast::<HtmlTextAreaElement>()
                            .and_then(|a| selection::in_textarea(&a))
                            .ok_or_else(|| {
                                "Select the claim's words in the text or in the preview first."
                                    .to_owned()
                            }),
                    };
                    match picked {
                        Ok(range) => {
                            let words = text.get(range.clone()).unwrap_or_default().to_owned();
                            marking.set(Some((range, words)));
                            // A modal dialog gives focus back, as it closes,
                            // to what had it when it opened: the text, where
                            // the editor goes on, and at once (the close
                            // event, which also focuses the text, comes a
                            // task later).
                            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                                let _ = area.focus();
                            }
                            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                                let _ = dialog.show_modal();
                            }
                        }
                        Err(message) => {
                            notice(&message);
                            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                                let _ = area.focus();
                            }
                        }
                    }
                }
                Command::StartFromExample => {
                    let dispatch = dispatch.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match fetch_text(EXAMPLE).await {
                            Ok(text) => dispatch.dispatch(Action::Replace(text)),
                            Err(reason) => dispatch.dispatch(Action::Notice(reason)),
                        }
                    });
                }
                Command::ExportMarkdown => {
                    let imported = import(&text);
                    let name = format!("{}.md", base_name(imported.json.as_deref()));
                    if let Err(message) = download(&name, "text/markdown", &text) {
                        notice(&message);
                    }
                }
                Command::ExportJson => {
                    let imported = import(&text);
                    let Some(json) = imported.json.as_deref() else {
                        return notice(
                            "The text cannot be read as an article yet: see the problems.",
                        );
                    };
                    let name = format!("{}.json", base_name(Some(json)));
                    if let Err(message) = download(&name, "application/json", json) {
                        notice(&message);
                    }
                }
                Command::ExportHtml => {
                    let imported = import(&text);
                    let json = match (&imported.json, imported.problems.is_empty()) {
                        (Some(json), true) => json,
                        _ => {
                            return notice(
                                "Fix the problems first: only a valid article is rendered.",
                            )
                        }
                    };
                    let html = render
                        .call2(
                            &JsValue::NULL,
                            &JsValue::from_str(json),
                            &js_sys::Object::new(),
                        )
                        .map(|html| html.as_string().unwrap_or_default());
                    let name = format!("{}.html", base_name(Some(json)));
                    let done = html
                        .map_err(|_| "The article could not be rendered.".to_owned())
                        .and_then(|html| download(&name, "text/html", &html));
                    if let Err(message) = done {
                        notice(&message);
                    }
                }
            }
        })
    };

    let on_close = {
        let dispatch = state.dispatcher();
        let (textarea, marking) = (textarea.clone(), marking.clone());
        Callback::from(move |claim: Option<NewClaim>| {
            let area = textarea.cast::<HtmlTextAreaElement>();
            if let (Some(claim), Some((range, _))) = (claim, (*marking).clone()) {
                let text = area.as_ref().map(|a| a.value()).unwrap_or_default();
                match mark_claim(&text, range, &claim) {
                    Ok(marked) => dispatch.dispatch(Action::Replace(marked)),
                    Err(message) => dispatch.dispatch(Action::Notice(message)),
                }
            }
            marking.set(None);
            if let Some(area) = area {
                let _ = area.focus();
            }
        })
    };

    let words = marking
        .as_ref()
        .map(|(_, words)| words.clone())
        .unwrap_or_default();
    html! {
        <>
            <div class="editor">
                <SourcePane
                    textarea={textarea}
                    {on_input}
                    {on_command}
                    {on_import}
                    status={AttrValue::from(state.status())}
                    problems={Rc::from(state.imported.problems.as_slice())}
                    {on_choose}
                />
                <Preview json={state.valid_json.clone()} node={preview} />
            </div>
            <ClaimDialog
                node={dialog}
                words={AttrValue::from(words)}
                sources={sources_of(state.imported.json.as_deref())}
                {on_close}
            />
        </>
    }
}
