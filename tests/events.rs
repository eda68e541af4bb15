//! The `ia-*` events are declared once (`events::EVENTS`), and the package's
//! types and manifest are written from that table: every event a widget
//! dispatches is in it, once. (tests/embed.rs holds each dispatched
//! `detail` to the table's fields, in the browser.)
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::events::{WidgetEvent, ERROR_EVENT, EVENTS};

/// One value of each kind of [`WidgetEvent`]: the match stops compiling
/// when a kind is added, so the list below cannot miss it.
fn one_of_each(event: WidgetEvent) -> WidgetEvent {
    match event {
        WidgetEvent::Ready
        | WidgetEvent::SectionToggle { .. }
        | WidgetEvent::ClaimOpen { .. }
        | WidgetEvent::SourceClick { .. }
        | WidgetEvent::DisclaimerDismiss => event,
    }
}

#[test]
fn every_dispatched_event_is_declared_once() {
    let dispatched = [
        WidgetEvent::Ready,
        WidgetEvent::SectionToggle {
            section: None,
            expanded: true,
        },
        WidgetEvent::ClaimOpen { claim: 0 },
        WidgetEvent::SourceClick {
            source: 0,
            claim: None,
        },
        WidgetEvent::DisclaimerDismiss,
    ]
    .map(|event| one_of_each(event).name());
    let mut names: Vec<&str> = dispatched.into_iter().chain([ERROR_EVENT]).collect();
    let mut declared: Vec<&str> = EVENTS.iter().map(|event| event.name).collect();
    names.sort();
    declared.sort();
    assert_eq!(names, declared);
}

#[test]
fn each_detail_field_is_named_once_with_a_type() {
    for event in EVENTS {
        let mut fields: Vec<&str> = event.detail.iter().map(|field| field.0).collect();
        assert!(event.detail.iter().all(|field| !field.1.is_empty()));
        fields.sort();
        fields.dedup();
        assert_eq!(fields.len(), event.detail.len(), "{}", event.name);
    }
}
