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

/// The README's event table has a row for each event, whose `detail` column
/// names the declared fields in their order: a field added to the table and
/// not to the README (or the other way round) fails here.
#[test]
fn the_readme_event_table_follows_the_declaration() {
    let readme = include_str!("../README.md");
    for event in EVENTS {
        let row = readme
            .lines()
            .find(|line| line.starts_with(&format!("| `{}` |", event.name)))
            .unwrap_or_else(|| panic!("README's event table has no row for {}", event.name));
        let detail = row.split(" | ").nth(2).unwrap_or_default();
        let shape = detail.split('`').nth(1).unwrap_or_default();
        // `{ problems: [{ path, message }], url }`: the top-level names.
        let mut depth = 0;
        let mut top = String::new();
        for c in shape
            .trim()
            .trim_start_matches('{')
            .trim_end_matches('}')
            .chars()
        {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ if depth == 0 => top.push(c),
                _ => {}
            }
        }
        let named: Vec<&str> = top
            .split(',')
            .map(|field| field.split(':').next().unwrap_or_default().trim())
            .filter(|field| !field.is_empty())
            .collect();
        let declared: Vec<&str> = event.detail.iter().map(|field| field.0).collect();
        assert_eq!(named, declared, "README's row for {}", event.name);
    }
}
