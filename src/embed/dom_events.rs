//! Turns [`WidgetEvent`]s into `ia-*` DOM events on the host's element. They
//! bubble and are `composed`, so they cross a shadow root and a host can
//! listen on `document`. Nothing is sent anywhere: analytics stay the host's.
//!
//! Each `detail` is a struct below, crossing to JS through
//! serde-wasm-bindgen; its fields are the ones [`crate::events::EVENTS`]
//! declares for the package's types (tests/embed.rs holds the two together).

use crate::events::{WidgetEvent, ERROR_EVENT};
use crate::model::{Article, Problem, Problems};
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

/// The `detail` of every event the reader's actions cause.
#[derive(Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
enum Detail<'a> {
    Ready {
        article_id: &'a str,
        sections: u32,
        claims: u32,
    },
    SectionToggle {
        article_id: &'a str,
        section_id: Option<&'a str>,
        expanded: bool,
    },
    ClaimOpen {
        article_id: &'a str,
        claim_id: Option<&'a str>,
        status: Option<&'static str>,
    },
    SourceClick {
        article_id: &'a str,
        source_id: Option<&'a str>,
        url: Option<&'a str>,
        claim_id: Option<&'a str>,
    },
    DisclaimerDismiss {
        article_id: &'a str,
    },
    Error {
        problems: &'a [Problem],
        /// Only the loader, which fetches `src`, knows an address to give.
        url: Option<&'a str>,
    },
}

fn dispatch(target: &EventTarget, name: &str, detail: &Detail) {
    // `None` is `null` in a detail, never a missing field.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let detail = detail.serialize(&serializer).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Dispatches `event` with its `detail`, naming sections, claims and sources
/// by their ids in the article.
pub fn dispatch_widget_event(target: &EventTarget, article: &Article, event: WidgetEvent) {
    let article_id = article.id.as_str();
    let claim_id = |c: usize| article.claims.get(c).map(|c| c.id.as_str());
    let detail = match event {
        WidgetEvent::Ready => Detail::Ready {
            article_id,
            sections: article.sections.len() as u32,
            claims: article.claims.len() as u32,
        },
        WidgetEvent::SectionToggle { section, expanded } => Detail::SectionToggle {
            article_id,
            section_id: section
                .and_then(|s| article.sections.get(s))
                .map(|s| s.id.as_str()),
            expanded,
        },
        WidgetEvent::ClaimOpen { claim } => Detail::ClaimOpen {
            article_id,
            claim_id: claim_id(claim),
            status: article.claims.get(claim).map(|c| c.status.key()),
        },
        WidgetEvent::SourceClick { source, claim } => {
            let source = article.sources.get(source);
            Detail::SourceClick {
                article_id,
                source_id: source.map(|s| s.id.as_str()),
                url: source.map(|s| s.url.as_str()),
                claim_id: claim.and_then(claim_id),
            }
        }
        WidgetEvent::DisclaimerDismiss => Detail::DisclaimerDismiss { article_id },
    };
    dispatch(target, event.name(), &detail);
}

/// Dispatches [`ERROR_EVENT`] (`ia-error`) with every problem as `{ path, message }`.
pub fn dispatch_error(target: &EventTarget, problems: &Problems) {
    dispatch(
        target,
        ERROR_EVENT,
        &Detail::Error {
            problems: &problems.0,
            url: None,
        },
    );
}
