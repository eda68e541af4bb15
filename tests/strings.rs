//! The UI text tables: one per language, complete, with their placeholders;
//! language choice and single-string overrides.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::model::ClaimStatus;
use interactive_article::strings::{table_entries, Language, Strings, LANGUAGES};
use std::collections::BTreeSet;

/// The 24 official languages of the EU, and Simplified Chinese.
const EXPECTED: [&str; 25] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "zh-Hans",
];

/// Everything wrong with one language file, one line per problem, each
/// naming the language and the key (or line).
fn table_problems(language: &Language) -> Vec<String> {
    let tag = language.tag;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in table_entries(language.table) {
        match entry {
            Err(line) => problems.push(format!("{tag}: line {line:?} is not `key = text`")),
            Ok((key, _)) if !Strings::table_keys().any(|known| known == key) => {
                problems.push(format!("{tag}: unknown key {key}"))
            }
            Ok((key, _)) if !seen.insert(key) => {
                problems.push(format!("{tag}: key {key} is set twice"))
            }
            Ok((key, text)) if text.trim().is_empty() || text.trim() != text => {
                problems.push(format!("{tag}: {key} is empty or has spaces around it"))
            }
            Ok(_) => {}
        }
    }
    for key in Strings::table_keys() {
        if !seen.contains(key) {
            problems.push(format!("{tag}: missing key {key}"));
        }
    }
    problems
}

#[test]
fn the_widget_speaks_the_eu_languages_and_simplified_chinese() {
    let mut tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
    tags.sort_unstable();
    assert_eq!(tags, EXPECTED);
    assert_eq!(
        LANGUAGES.first().map(|l| l.tag),
        Some("en"),
        "English first: the fallback"
    );
}

#[test]
fn every_language_has_every_string() {
    let problems: Vec<String> = LANGUAGES.iter().flat_map(table_problems).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_completeness_check_names_the_language_and_the_missing_key() {
    let english = LANGUAGES.first().map_or("", |l| l.table);
    // English without its first line, with one key twice and one unknown.
    let broken: &'static str = Box::leak(
        english
            .lines()
            .skip(1)
            .chain(["dismiss = Dismiss", "noSuchKey = x", "not a line"])
            .collect::<Vec<_>>()
            .join("\n")
            .into_boxed_str(),
    );
    let problems = table_problems(&Language {
        tag: "xx",
        table: broken,
    });
    assert_eq!(
        problems,
        [
            "xx: key dismiss is set twice",
            "xx: unknown key noSuchKey",
            "xx: line \"not a line\" is not `key = text`",
            "xx: missing key aiIcon",
        ]
    );
    // The widget still has a text there: English's.
    let strings = Strings::of(&Language {
        tag: "xx",
        table: broken,
    });
    assert_eq!(strings.ai_icon, Strings::english().ai_icon);
}

/// The `{placeholders}` in `text`, in order.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_translation_keeps_the_placeholders_of_its_english_text() {
    let english = Strings::english();
    let mut problems = Vec::new();
    for language in LANGUAGES {
        let strings = Strings::of(language);
        for key in Strings::table_keys() {
            let (Some(want), Some(have)) = (english.get(key), strings.get(key)) else {
                problems.push(format!("{key} has no text"));
                continue;
            };
            let mut want = placeholders(want);
            let mut have = placeholders(have);
            want.sort_unstable();
            have.sort_unstable();
            if want != have {
                problems.push(format!(
                    "{}: {key} has placeholders {have:?}, English {want:?}",
                    language.tag
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(placeholders(&english.date_format), ["d", "m", "y"]);
    assert_eq!(Strings::fill("{n} min read", 4), "4 min read");
}

#[test]
fn every_language_names_twelve_months_and_five_statuses_of_its_own() {
    let english = Strings::english();
    for language in LANGUAGES {
        let strings = Strings::of(language);
        let tag = language.tag;
        let months: BTreeSet<&str> = strings.months.iter().map(|m| m.as_str()).collect();
        assert_eq!(months.len(), 12, "{tag}: twelve different months");
        assert!(!months.contains(""), "{tag}: no empty month");
        let statuses: BTreeSet<&str> = ClaimStatus::ALL
            .iter()
            .map(|s| strings.status(*s).as_str())
            .collect();
        assert_eq!(statuses.len(), 5, "{tag}: five different statuses");
        assert!(!statuses.contains(""), "{tag}: no empty status");
        assert_eq!(strings.lang, tag);
        if tag != "en" {
            // A table pasted from English would pass every check above.
            for key in ["aiLabel", "aiLabelCompact", "dismissLabel", "keyClaimsHint"] {
                assert_ne!(
                    strings.get(key),
                    english.get(key),
                    "{tag}: {key} is translated"
                );
            }
        }
    }
}

#[test]
fn the_dismiss_buttons_accessible_name_starts_with_its_visible_text() {
    // WCAG 2.5.3 Label in Name: a speech user says what they see.
    for language in LANGUAGES {
        let strings = Strings::of(language);
        assert!(
            strings.dismiss_label.starts_with(strings.dismiss.as_str()),
            "{}: {:?} starts with {:?}",
            language.tag,
            strings.dismiss_label,
            strings.dismiss
        );
    }
}

#[test]
fn the_language_tag_picks_the_table_by_its_primary_subtag() {
    for language in LANGUAGES {
        let primary = language.tag.split('-').next().unwrap_or_default();
        for tag in [
            language.tag.to_owned(),
            primary.to_uppercase(),
            format!("{primary}-XX"),
        ] {
            assert_eq!(Strings::for_language(&tag).lang, language.tag, "{tag}");
        }
    }
    for (tag, want) in [
        ("pt-BR", "pt"),
        ("de-AT", "de"),
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("ZH-hant", "zh-Hans"),
        ("zh_Hans", "zh-Hans"),
        ("en-GB", "en"),
        ("", "en"),
        ("zhx", "en"),
        ("no", "en"),
        ("tlh", "en"),
    ] {
        assert_eq!(Strings::for_language(tag).lang, want, "{tag}");
    }
    assert_eq!(Strings::for_language("fr"), Strings::of(&LANGUAGES[9]));
}

#[test]
fn every_key_can_be_overridden_and_unknown_keys_are_refused() {
    for key in Strings::KEYS {
        let mut strings = Strings::english();
        assert!(strings.set(key, "X".into()), "{key} is settable");
        assert_ne!(strings, Strings::english(), "{key} changed something");
        assert_eq!(strings.get(key).map(|s| s.as_str()), Some("X"), "{key}");
    }
    let mut strings = Strings::english();
    assert!(!strings.set("noSuchString", "X".into()));
    assert!(
        !strings.set("month1", "X".into()),
        "months are not overridable"
    );
    assert_eq!(strings, Strings::english());
    strings.set("statusDisputed", "Contested".into());
    assert_eq!(&**strings.status(ClaimStatus::Disputed), "Contested");
}
