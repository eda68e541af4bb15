//! Turns [`WidgetEvent`]s into `ia-*` DOM events on the host's element. They
//! bubble and are `composed`, so they cross a shadow root and a host can
//! listen on `document`. Nothing is sent anywhere: analytics stay the host's.

use crate::events::{WidgetEvent, ERROR_EVENT};
use crate::model::{Article, Problems};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value.into());
}

fn dispatch(target: &EventTarget, name: &str, detail: &js_sys::Object) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Dispatches `event` with its `detail`, naming sections, claims and sources
/// by their ids in the article.
pub fn dispatch_widget_event(target: &EventTarget, article: &Article, event: WidgetEvent) {
    let detail = js_sys::Object::new();
    set(&detail, "articleId", article.id.as_str());
    let claim_id = |c: usize| article.claims.get(c).map(|c| JsValue::from_str(&c.id));
    match event {
        WidgetEvent::Ready => {
            set(&detail, "sections", article.sections.len() as u32);
            set(&detail, "claims", article.claims.len() as u32);
        }
        WidgetEvent::SectionToggle { section, expanded } => {
            let id = section
                .and_then(|s| article.sections.get(s))
                .map(|s| JsValue::from_str(&s.id));
            set(&detail, "sectionId", id.unwrap_or(JsValue::NULL));
            set(&detail, "expanded", expanded);
        }
        WidgetEvent::ClaimOpen { claim } => {
            set(&detail, "claimId", claim_id(claim).unwrap_or(JsValue::NULL));
            let status = article.claims.get(claim).map(|c| c.status.key());
            set(
                &detail,
                "status",
                status.map(JsValue::from_str).unwrap_or(JsValue::NULL),
            );
        }
        WidgetEvent::SourceClick { source, claim } => {
            let source = article.sources.get(source);
            set(
                &detail,
                "sourceId",
                source
                    .map(|s| JsValue::from_str(&s.id))
                    .unwrap_or(JsValue::NULL),
            );
            set(
                &detail,
                "url",
                source
                    .map(|s| JsValue::from_str(s.url.as_str()))
                    .unwrap_or(JsValue::NULL),
            );
            set(
                &detail,
                "claimId",
                claim.and_then(claim_id).unwrap_or(JsValue::NULL),
            );
        }
        WidgetEvent::DisclaimerDismiss => {}
    }
    dispatch(target, event.name(), &detail);
}

/// Dispatches [`ERROR_EVENT`] (`ia-error`) with every problem as `{ path, message }`.
pub fn dispatch_error(target: &EventTarget, problems: &Problems) {
    let list = js_sys::Array::new();
    for problem in problems.iter() {
        let item = js_sys::Object::new();
        set(&item, "path", problem.path.as_str());
        set(&item, "message", problem.message.as_str());
        list.push(&item);
    }
    let detail = js_sys::Object::new();
    set(&detail, "problems", list);
    dispatch(target, ERROR_EVENT, &detail);
}
