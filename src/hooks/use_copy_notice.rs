//! The AI label travels with text a reader copies from the article.

use crate::model::Article;
use crate::strings::Strings;
use crate::ui::{ArticleRef, Ui};
use std::rc::Rc;
use yew::{hook, use_effect_with, NodeRef};

/// The line added to copied text: the article's label and its address (the
/// article's `canonicalUrl`, else `page_url`). None when the article is not
/// AI-generated (it has no label) or the host turned the notice off.
pub fn copy_notice_line(ui: &Ui, article: &Article, page_url: Option<&str>) -> Option<String> {
    if !copies_get_notice(ui, article) {
        return None;
    }
    let url = article
        .canonical_url
        .as_ref()
        .map(|u| u.as_str())
        .or(page_url)?;
    Some(Strings::fill_named(
        &ui.strings.copy_notice,
        &[
            ("label", &ui.ai_label(&article.provenance, false)),
            ("url", url),
        ],
    ))
}

/// Whether text copied from `article` gets a notice line at all.
fn copies_get_notice(ui: &Ui, article: &Article) -> bool {
    ui.copy_notice && article.provenance.ai_generated
}

/// `copied` followed by the notice, on a line of its own after a blank one.
pub fn with_notice(copied: &str, line: &str) -> String {
    format!("{}\n\n{line}", copied.trim_end_matches(['\n', '\r']))
}

/// On `copy` inside the widget (`root`, the article element; the event
/// reaches it from inside a shadow root too), writes the selection followed
/// by the notice line as the clipboard's plain text, and the selected markup
/// followed by the line in a `<p>` as its HTML, so that both flavours carry
/// it. The clipboard is only written, never read; the selection is left as
/// it is. An empty selection leaves the browser's copy alone. The page's
/// address is read when the reader copies, as it is then.
#[hook]
pub fn use_copy_notice(root: &NodeRef, ui: &Rc<Ui>, article: &ArticleRef) {
    let root = root.clone();
    use_effect_with((ui.clone(), article.clone()), move |(ui, article)| {
        let element = root
            .cast::<web_sys::Element>()
            .filter(|_| copies_get_notice(ui, article));
        let listener = element.map(|element| {
            let (target, ui, article) = (element.clone(), ui.clone(), article.clone());
            gloo_events::EventListener::new_with_options(
                &element,
                "copy",
                gloo_events::EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let page = crate::browser::page_url();
                    if let Some(line) = copy_notice_line(&ui, &article, page.as_deref()) {
                        add_notice(&target, event, &line);
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// Writes the copied text with the notice into the copy event's clipboard.
fn add_notice(widget: &web_sys::Element, event: &web_sys::Event, line: &str) {
    use wasm_bindgen::JsCast;
    let Some(clipboard) = event
        .dyn_ref::<web_sys::ClipboardEvent>()
        .and_then(|e| e.clipboard_data())
    else {
        return;
    };
    let Some(selection) = crate::browser::selection_in_root_of(widget) else {
        return;
    };
    let text = String::from(selection.to_string());
    if selection.is_collapsed() || text.trim().is_empty() {
        return;
    }
    let html = crate::browser::copied_html(&selection, line);
    if clipboard
        .set_data("text/plain", &with_notice(&text, line))
        .is_err()
    {
        return;
    }
    if let Some(html) = html {
        let _ = clipboard.set_data("text/html", &html);
    }
    // Only now that the data is set: the browser's own copy would replace it.
    event.prevent_default();
}
