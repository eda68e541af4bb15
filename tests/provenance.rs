//! Provenance, natively: review and AI involvement (article and section),
//! claim history, the canonical URL and the copy notice, through
//! validation, the label, the server renderer and the structured data.
//! Fixtures: valid-provenance.json, invalid-provenance.json, edge-cases.json.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::hooks::{copy_notice_line, with_notice};
use interactive_article::model::{load_article, ClaimStatus, Involvement};
use interactive_article::options::MountOptions;
use interactive_article::prerender::{json_ld, Prerender};
use interactive_article::strings::Strings;
use interactive_article::ui::Ui;
use serde_json::{json, Value};
use std::rc::Rc;

const VALID: &str = include_str!("fixtures/valid-provenance.json");
const INVALID: &str = include_str!("fixtures/invalid-provenance.json");
const EDGE: &str = include_str!("fixtures/edge-cases.json");
const MINIMAL: &str = include_str!("fixtures/valid-minimal.json");

#[path = "support/problems.rs"]
mod validation;
use validation::{message_at, problems};

/// `json` with `change` applied to its parsed value.
fn edited(json: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(json).unwrap();
    change(&mut doc);
    doc.to_string()
}

fn page(json: &str, copy_notice: Option<&str>) -> String {
    let mut options = MountOptions::default();
    let mut texts = Vec::new();
    if let Some(value) = copy_notice {
        options.set_text("copyNotice", value).unwrap();
        texts.push(("copyNotice".to_owned(), value.to_owned()));
    }
    Prerender {
        article: Rc::new(load_article(json).unwrap()),
        json: serde_json::from_str(json).unwrap(),
        options,
        option_texts: texts,
        assets: "/embed/".into(),
        page_url: None,
    }
    .page()
}

#[test]
fn every_provenance_field_reaches_the_model() {
    let article = load_article(VALID).unwrap();
    let provenance = &article.provenance;
    assert_eq!(provenance.involvement, Involvement::Assisted);
    let review = provenance.review.as_ref().unwrap();
    assert_eq!(review.reviewer, "Ben Example, data editor");
    assert_eq!(review.date.raw, "2025-06-01");
    assert_eq!(review.scope, "the figures against the survey");
    assert_eq!(
        article.canonical_url.as_ref().map(|u| u.as_str()),
        Some("https://example.org/news/valid-provenance")
    );
    let involvements: Vec<_> = article.sections.iter().map(|s| s.involvement).collect();
    assert_eq!(involvements, [None, Some(Involvement::Generated)]);
    let claim = &article.claims[0];
    let updates: Vec<_> = claim
        .updates()
        .map(|u| (u.was, u.change.status, u.change.date.raw.to_string()))
        .collect();
    assert_eq!(
        updates,
        [
            (
                ClaimStatus::Supported,
                ClaimStatus::Disputed,
                "2025-06-01T09:00:00Z".to_owned()
            ),
            (
                ClaimStatus::Unverified,
                ClaimStatus::Supported,
                "2025-05-02".to_owned()
            ),
        ],
        "newest change first, each with the status before it"
    );
    assert_eq!(claim.modified().unwrap().raw, "2025-06-01T09:00:00Z");
}

#[test]
fn without_the_new_fields_an_article_is_generated_unreviewed_and_unchanged() {
    let article = load_article(MINIMAL).unwrap();
    let expected = if article.provenance.ai_generated {
        Involvement::Generated
    } else {
        Involvement::None
    };
    assert_eq!(article.provenance.involvement, expected);
    assert!(article.provenance.review.is_none());
    assert!(article.canonical_url.is_none());
    assert!(article.sections.iter().all(|s| s.involvement.is_none()));
    assert!(article.claims.iter().all(|c| c.modified().is_none()));
    let generated = load_article(EDGE).unwrap();
    assert_eq!(generated.provenance.involvement, Involvement::Generated);
}

#[test]
fn every_provenance_problem_is_reported_with_its_path() {
    let problems = problems(INVALID);
    let expected = [
        ("canonicalUrl", "is not an http(s) URL"),
        (
            "sections[0].provenance.involvement",
            "\"mostly\" is not a known involvement: use one of none, assisted, generated",
        ),
        (
            "claims[0].history[1].status",
            "\"rumour\" is not a known status",
        ),
        ("claims[0].history[1].note", "must not be empty"),
        ("claims[0].history[2].date", "\"2025-02-30\" is not a date"),
        (
            "claims[1].history[1].date",
            "is before the date of claims[1].history[0]",
        ),
        (
            "claims[1].history[1].status",
            "the claim's current status, \"opinion\", not \"unverified\"",
        ),
        (
            "provenance.involvement",
            "\"partly\" is not a known involvement: use one of generated, assisted",
        ),
        ("provenance.review.reviewer", "must not be empty"),
        ("provenance.review.date", "\"yesterday\" is not a date"),
        ("provenance.review.scope", "is required"),
    ];
    for (path, reason) in expected {
        let message = message_at(&problems, path);
        assert!(message.contains(reason), "{path}: {message}");
    }
    assert_eq!(problems.0.len(), expected.len(), "{problems}");
}

#[test]
fn involvement_needs_an_ai_generated_article_and_history_entries_their_fields() {
    let human = edited(VALID, |doc| doc["provenance"]["aiGenerated"] = json!(false));
    assert!(message_at(&problems(&human), "provenance.involvement").contains("only when"));
    let none_for_article = edited(VALID, |doc| {
        doc["provenance"]["involvement"] = json!("none")
    });
    assert!(
        message_at(&problems(&none_for_article), "provenance.involvement").contains("\"none\"")
    );
    let bare = edited(VALID, |doc| doc["claims"][0]["history"] = json!([{}]));
    let bare = problems(&bare);
    for field in ["date", "status", "note"] {
        message_at(&bare, &format!("claims[0].history[0].{field}"));
    }
    let same_day = edited(VALID, |doc| {
        doc["claims"][0]["history"][1]["date"] = json!("2025-04-30T18:00:00Z")
    });
    assert!(
        load_article(&same_day).is_ok(),
        "two entries on one day are in order"
    );
}

#[test]
fn the_label_names_the_review_and_the_kind_of_involvement() {
    let ui = Ui::default();
    let reviewed = load_article(EDGE).unwrap();
    let label = "AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor";
    assert_eq!(ui.ai_label(&reviewed.provenance, false), label);
    assert_eq!(
        ui.ai_label(&reviewed.provenance, true),
        label,
        "the compact label keeps the review"
    );
    let unreviewed = load_article(&edited(EDGE, |doc| {
        doc["provenance"].as_object_mut().unwrap().remove("review");
    }))
    .unwrap();
    assert_eq!(
        ui.ai_label(&unreviewed.provenance, false),
        "AI-generated content — verify with the original source"
    );
    assert_eq!(
        ui.ai_label(&unreviewed.provenance, true),
        "AI-generated — verify with source"
    );
    let assisted = load_article(VALID).unwrap();
    assert_eq!(
        ui.ai_label(&assisted.provenance, false),
        "Written with AI assistance"
    );
}

#[test]
fn placeholders_are_filled_once_and_unknown_ones_stay() {
    assert_eq!(
        Strings::fill_named("{a} and {b}, {c}", &[("a", "{b}"), ("b", "2")]),
        "{b} and 2, {c}"
    );
    assert_eq!(
        Strings::fill_named("no { close", &[("a", "1")]),
        "no { close"
    );
}

#[test]
fn the_prerender_shows_the_review_badge_and_claim_history() {
    let html = page(EDGE, None);
    assert!(html.contains(
        "ia-banner__label\">AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor</p>"
    ), "the label names the review");
    assert!(html.contains("Reviewed on 1 March 2024 by Ada Example, standards editor."));
    assert!(
        html.contains("What was checked: <span>every claim against the sources listed</span>"),
        "the scope is in the details"
    );
    assert!(html.contains("An AI model generated this text."));
    assert!(
        html.contains("data-involvement=\"none\""),
        "the non-latin section has its badge"
    );
    assert!(html.contains("Written by a person"));
    assert_eq!(html.matches("class=\"ia-section__badge\"").count(), 1);
    assert!(
        html.contains("data-updated=\"true\""),
        "the key-claims list marks the updated claim"
    );
    assert_eq!(html.matches("data-updated=\"true\"").count(), 1);
    // Without script and in print the key-claims list is where the history
    // is read, so it says what changed, not only the note.
    assert!(
        html.contains(
            "<p class=\"ia-key-claims__update\"><strong class=\"ia-key-claims__update-label\">\
             Updated 1 March 2024: was Unverified</strong> The statistics office published the June figures.</p>"
        ),
        "the key-claims list says what changed"
    );
}

#[test]
fn the_copy_notice_is_the_label_and_the_canonical_or_page_url() {
    let ui = Ui::default();
    let edge = load_article(EDGE).unwrap();
    assert_eq!(
        copy_notice_line(&ui, &edge, Some("https://host.example/page")).as_deref(),
        Some("AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor — https://example.org/news/edge-cases"),
        "the article's canonical URL wins over the page's"
    );
    let no_canonical = load_article(&edited(EDGE, |doc| {
        doc.as_object_mut().unwrap().remove("canonicalUrl");
    }))
    .unwrap();
    assert!(
        copy_notice_line(&ui, &no_canonical, Some("https://host.example/page"))
            .unwrap()
            .ends_with(" — https://host.example/page")
    );
    let off = Ui {
        copy_notice: false,
        ..Ui::default()
    };
    assert_eq!(
        copy_notice_line(&off, &edge, Some("https://x.example/")),
        None
    );
    let human = load_article(&edited(MINIMAL, |doc| {
        doc["provenance"] = json!({"aiGenerated": false})
    }))
    .unwrap();
    assert_eq!(
        copy_notice_line(&ui, &human, Some("https://x.example/")),
        None
    );
    assert_eq!(with_notice("Prices rose\n", "LINE"), "Prices rose\n\nLINE");
}

#[test]
fn copy_notice_is_an_option_as_text_and_as_attribute() {
    let mut options = MountOptions::default();
    assert!(options.copy_notice);
    options.set_text("copyNotice", "off").unwrap();
    assert!(!options.copy_notice);
    options.set_text("copyNotice", "on").unwrap();
    assert!(options.copy_notice);
    assert!(options.set_text("copyNotice", "maybe").is_err());
    assert!(
        page(EDGE, Some("off")).contains("<interactive-article copy-notice=\"off\">"),
        "the prerendered element carries the option as its attribute"
    );
}

#[test]
fn the_structured_data_maps_involvement_review_parts_and_claim_changes() {
    let edge = json_ld(&load_article(EDGE).unwrap(), None);
    let news = &edge["@graph"][0];
    assert_eq!(
        news["digitalSourceType"],
        "https://schema.org/TrainedAlgorithmicMediaDigitalSource"
    );
    assert_eq!(news["url"], "https://example.org/news/edge-cases");
    assert_eq!(
        news["editor"],
        json!({"@type": "Person", "name": "Ada Example, standards editor"})
    );
    assert_eq!(
        news["review"],
        json!({
            "@type": "Review",
            "author": {"@type": "Person", "name": "Ada Example, standards editor"},
            "datePublished": "2024-03-01",
            "reviewBody": "every claim against the sources listed",
        })
    );
    assert_eq!(
        news["hasPart"],
        json!([{
            "@type": "CreativeWork",
            "name": "中文段落",
            "url": "https://example.org/news/edge-cases#non-latin",
        }]),
        "a part written by a person has no AI source type"
    );
    assert_eq!(edge["@graph"][1]["dateModified"], "2024-03-01");
    assert!(edge["@graph"][2].get("dateModified").is_none());

    let valid = json_ld(
        &load_article(VALID).unwrap(),
        Some("https://news.example/story"),
    );
    let news = &valid["@graph"][0];
    assert_eq!(
        news["digitalSourceType"],
        "https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource"
    );
    assert_eq!(news["url"], "https://news.example/story");
    assert_eq!(
        news["hasPart"][0]["digitalSourceType"],
        "https://schema.org/TrainedAlgorithmicMediaDigitalSource"
    );
    assert_eq!(valid["@graph"][1]["dateModified"], "2025-06-01T09:00:00Z");
}
