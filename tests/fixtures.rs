//! Every fixture in `tests/fixtures/` and `tests/fixtures/hostile/` through the
//! native reader and validator, compared with the outcomes checked in for the
//! browser and end-to-end tiers (`tests/fixture-outcomes.json`).
#![cfg(not(target_arch = "wasm32"))]

mod fixture_outcomes;

use fixture_outcomes::{all_outcomes, fixtures, OUTCOMES_PATH};

#[test]
fn the_checked_in_outcomes_are_what_the_validator_reports_for_every_fixture() {
    let checked_in = std::fs::read_to_string(OUTCOMES_PATH).unwrap_or_default();
    let fresh = all_outcomes();
    if checked_in != fresh {
        let old: serde_json::Value = serde_json::from_str(&checked_in).unwrap_or_default();
        let new: serde_json::Value = serde_json::from_str(&fresh).unwrap();
        let differing: Vec<&String> = new
            .as_object()
            .unwrap()
            .iter()
            .filter(|(name, outcome)| old.get(name.as_str()) != Some(outcome))
            .map(|(name, _)| name)
            .collect();
        panic!(
            "tests/fixture-outcomes.json is out of date (differs for {differing:?}); \
             run `make fixture-outcomes` and review the diff"
        );
    }
}

#[test]
fn there_are_fixtures_of_every_kind() {
    let all = fixtures();
    let hostile = all
        .iter()
        .filter(|(name, _)| name.starts_with("hostile/"))
        .count();
    assert!(hostile >= 20, "{hostile} hostile fixtures");
    let outcomes: serde_json::Value = serde_json::from_str(&all_outcomes()).unwrap();
    let valid = outcomes
        .as_object()
        .unwrap()
        .values()
        .filter(|o| o["text"].get("valid").is_some())
        .count();
    assert!(
        valid >= 5 && valid < all.len() - 5,
        "{valid} of {} valid",
        all.len()
    );
}
