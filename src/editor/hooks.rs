//! The editor's effects, each as a named hook.

use super::state::{Action, EditorState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the draft is kept: the key the JavaScript editor used, so a draft
/// written before survives.
const DRAFT_KEY: &str = "interactive-article:editor-draft";

/// The example the editor starts from without a draft, beside the page.
pub const EXAMPLE: &str = "./articles/china-open-source-ai.md";

/// A pending `setTimeout`, cleared when dropped: a later keystroke replaces
/// it, so only the last one of a burst reads the text.
struct Timer {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// The call waiting out the delay, with its timer.
type Pending = Rc<RefCell<Option<(Timer, Rc<dyn Fn()>)>>>;

/// A debounced call: `schedule(f)` runs `f` once `delay_ms` have passed
/// without another `schedule`; `flush()` runs the pending one at once (an
/// export must see the last keystroke). Keystrokes are never lost: the text
/// stays in the textarea, which the browser edits; only the read of it is
/// put off.
#[derive(Clone)]
pub struct Debounced {
    pending: Pending,
    delay_ms: i32,
}

impl PartialEq for Debounced {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.pending, &other.pending)
    }
}

impl Debounced {
    /// Runs `f` after the delay, in place of any call still waiting.
    pub fn schedule(&self, f: impl Fn() + 'static) {
        let f: Rc<dyn Fn()> = Rc::new(f);
        let pending = Rc::clone(&self.pending);
        let run = Rc::clone(&f);
        let callback = Closure::<dyn FnMut()>::new(move || {
            // Take it out first: `run` may schedule again.
            drop(pending.borrow_mut().take());
            run();
        });
        let Some(window) = web_sys::window() else {
            return f();
        };
        match window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.as_ref().unchecked_ref(),
            self.delay_ms,
        ) {
            Ok(id) => {
                let timer = Timer {
                    id,
                    _callback: callback,
                };
                // Replacing the pending call drops its timer, which clears it.
                *self.pending.borrow_mut() = Some((timer, f));
            }
            Err(_) => f(),
        }
    }

    /// Runs the waiting call now, if there is one.
    pub fn flush(&self) {
        let waiting = self.pending.borrow_mut().take();
        if let Some((timer, f)) = waiting {
            drop(timer);
            f();
        }
    }
}

/// A [`Debounced`] that lives as long as the component.
#[hook]
pub fn use_debounced(delay_ms: i32) -> Debounced {
    let pending = use_mut_ref(|| None);
    Debounced { pending, delay_ms }
}

fn storage() -> Option<web_sys::Storage> {
    // Private browsing, or storage turned off: no draft is kept, and the
    // editor works on.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept in this browser, if there is one.
pub fn load_draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok().flatten()
}

/// Keeps every text read in localStorage, so a reload (or a crash) loses
/// nothing the editor had typed a debounce ago.
#[hook]
pub fn use_draft(state: &EditorState) {
    let text = Rc::clone(&state.text);
    let started = state.replaced > 0;
    use_effect_with((text, started), |(text, started)| {
        // Before the draft or the example is in, the empty text is no draft.
        if *started {
            if let Some(storage) = storage() {
                // A full quota: the draft is not kept, the editor works on.
                let _ = storage.set_item(DRAFT_KEY, text);
            }
        }
    });
}

/// The text fetched from `url` (relative to the page), or why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |_| format!("{url} could not be fetched");
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(failed)?
            .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "{url} could not be fetched ({})",
            response.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Starts the editor on the draft, or on the example when there is none.
#[hook]
pub fn use_initial_text(dispatch: UseReducerDispatcher<EditorState>) {
    use_effect_with((), move |()| {
        if let Some(draft) = load_draft() {
            dispatch.dispatch(Action::Replace(draft));
        } else {
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_text(EXAMPLE).await {
                    Ok(text) => dispatch.dispatch(Action::Replace(text)),
                    Err(reason) => dispatch.dispatch(Action::Notice(reason)),
                }
            });
        }
    });
}

/// `window.editor.current`: what the page shows, `{ json, problems }`, for
/// the end-to-end tests and the curious, as the page has always offered.
#[hook]
pub fn use_window_editor(state: &EditorState) {
    let imported = Rc::clone(&state.imported);
    let started = state.replaced > 0;
    use_effect_with((imported, started), |(imported, started)| {
        if !*started {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let editor = js_sys::Object::new();
        let current = serde_wasm_bindgen::to_value(&**imported).unwrap_or(JsValue::NULL);
        let _ = js_sys::Reflect::set(&editor, &"current".into(), &current);
        let _ = js_sys::Reflect::set(&window, &"editor".into(), &editor);
    });
}
