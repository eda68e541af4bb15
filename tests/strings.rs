//! The UI text tables: language choice and single-string overrides.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::model::ClaimStatus;
use interactive_article::strings::Strings;

#[test]
fn the_language_tag_picks_the_table() {
    for tag in ["zh", "zh-Hans", "zh-CN", "ZH-hant", "zh_Hans"] {
        assert_eq!(
            Strings::for_language(tag),
            Strings::simplified_chinese(),
            "{tag}"
        );
    }
    for tag in ["en", "en-GB", "fr", "", "zhx"] {
        assert_eq!(Strings::for_language(tag), Strings::english(), "{tag}");
    }
}

#[test]
fn every_key_can_be_overridden_and_unknown_keys_are_refused() {
    for key in Strings::KEYS {
        let mut strings = Strings::english();
        assert!(strings.set(key, "X".into()), "{key} is settable");
        assert_ne!(strings, Strings::english(), "{key} changed something");
    }
    let mut strings = Strings::english();
    assert!(!strings.set("noSuchString", "X".into()));
    assert_eq!(strings, Strings::english());
    strings.set("statusDisputed", "Contested".into());
    assert_eq!(&**strings.status(ClaimStatus::Disputed), "Contested");
}

#[test]
fn both_tables_fill_their_templates() {
    for strings in [Strings::english(), Strings::simplified_chinese()] {
        for template in [
            &strings.reading_time,
            &strings.key_claims_show,
            &strings.error_intro,
        ] {
            assert!(template.contains("{n}"), "{template}");
        }
        for part in ["{d}", "{m}", "{y}"] {
            assert!(strings.date_format.contains(part));
        }
    }
    assert_eq!(Strings::fill("{n} min read", 4), "4 min read");
}

#[test]
fn both_tables_have_every_placeholder_of_the_provenance_templates() {
    for strings in [Strings::english(), Strings::simplified_chinese()] {
        for (template, names) in [
            (&strings.ai_label_reviewed, &["{reviewer}", "{date}"][..]),
            (&strings.review_record, &["{reviewer}", "{date}"]),
            (&strings.claim_updated, &["{date}", "{status}"]),
            (&strings.copy_notice, &["{label}", "{url}"]),
        ] {
            for name in names {
                assert!(template.contains(name), "{name} in {template}");
            }
        }
    }
}
