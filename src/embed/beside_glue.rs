//! Files that sit beside the glue (`interactive_article.js`), fetched when a
//! widget needs one: the UI text of every language but English
//! (`strings/<tag>.txt`, see `strings/languages.rs`) and the default article
//! (`articles/…`, see `model::DEFAULT_ARTICLE_FILE`). A file is fetched once
//! at a time: widgets that need one already on its way wait for the same
//! response.
//!
//! Where a file is, and what it must hash to, the glue may say: the build
//! appends to it a table of these files (`scripts/build-wasm.sh`), each as
//! `new URL("./strings/de.txt", import.meta.url)`, a pattern bundlers
//! follow to copy the file and rename it, with the file's SRI hash, which
//! the fetch checks. `embed/containment.js` hands the table to
//! `locateFilesWith` before the first mount. Without one (a glue not built
//! by that script), a file is fetched beside the glue, unchecked.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The glue module's `import.meta`: its URL says where the files are.
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

/// Told the text of a file, or why it could not be read.
type Waiter = Box<dyn FnOnce(Result<&'static str, String>)>;

#[wasm_bindgen]
extern "C" {
    /// The global `fetch(url, init)`; `init` may be `undefined`.
    #[wasm_bindgen(js_name = fetch)]
    fn fetch_with_init(url: &str, init: &JsValue) -> js_sys::Promise;
}

thread_local! {
    /// The files on their way, by path, and who waits for each.
    static IN_FLIGHT: RefCell<Vec<(String, Vec<Waiter>)>> = const { RefCell::new(Vec::new()) };
    /// The glue's table of files: path → `{ url, integrity }`.
    static LOCATED: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
}

/// Fetches the files beside the glue through `files` from now on: for each
/// path (`strings/de.txt`), `{ url, integrity }`, the URL to fetch and the
/// SRI hash the response must have (`fetch`'s own `integrity` option, so a
/// file that is not the one built is refused like a failed download).
/// A path the table does not name is fetched beside the glue, unchecked.
#[wasm_bindgen(js_name = locateFilesWith)]
pub fn locate_files_with(files: JsValue) {
    LOCATED.with(|located| *located.borrow_mut() = files);
}

/// Fetches `path` (relative to the glue's URL) and tells `then` its text, or
/// the URL and why it could not be read (`…/strings/fr.txt: HTTP 404`). The
/// text lives as long as the module, for the caller to keep: each file is
/// read once per module.
pub(super) fn fetch(path: String, then: impl FnOnce(Result<&'static str, String>) + 'static) {
    let first = IN_FLIGHT.with(|in_flight| {
        let mut in_flight = in_flight.borrow_mut();
        match in_flight.iter_mut().find(|(file, _)| *file == path) {
            Some((_, waiters)) => {
                waiters.push(Box::new(then));
                false
            }
            None => {
                in_flight.push((path.clone(), vec![Box::new(then)]));
                true
            }
        }
    });
    if !first {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let read = fetch_text(&path)
            .await
            .map(|text| &*Box::leak(text.into_boxed_str()));
        let waiters = IN_FLIGHT.with(|in_flight| {
            let mut in_flight = in_flight.borrow_mut();
            let index = in_flight.iter().position(|(file, _)| *file == path);
            index.map_or_else(Vec::new, |index| in_flight.swap_remove(index).1)
        });
        for waiter in waiters {
            waiter(read.clone());
        }
    });
}

/// The URL of `path` beside the glue.
fn url_beside_glue(path: &str) -> String {
    let glue = IMPORT_META.with(ImportMeta::url);
    let glue = glue.split(['?', '#']).next().unwrap_or_default();
    let folder = glue.rfind('/').and_then(|slash| glue.get(..=slash));
    format!("{}{path}", folder.unwrap_or_default())
}

/// Where `path` is, and the `fetch` options that check it (the table's
/// entry, whose `integrity` is one), or beside the glue with none.
fn locate(path: &str) -> (String, JsValue) {
    let entry = LOCATED.with(|located| {
        let located = located.borrow();
        if located.is_object() {
            js_sys::Reflect::get(&located, &path.into()).unwrap_or_default()
        } else {
            JsValue::UNDEFINED
        }
    });
    let url = js_sys::Reflect::get(&entry, &"url".into())
        .ok()
        .and_then(|url| url.as_string());
    match url {
        Some(url) => (url, entry),
        None => (url_beside_glue(path), JsValue::UNDEFINED),
    }
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let (url, init) = locate(path);
    let reason = |error: JsValue| {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()));
        format!("{url}: {}", message.unwrap_or_else(|| "failed".into()))
    };
    let response: web_sys::Response = JsFuture::from(fetch_with_init(&url, &init))
        .await
        .map_err(reason)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(reason)?)
        .await
        .map_err(reason)?;
    Ok(text.as_string().unwrap_or_default())
}
