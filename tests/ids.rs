//! Element ids, natively: every id a widget renders comes from one function
//! per kind, deterministic, and never the same for two different things.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::model::{load_article, Article, FragmentTarget};
use interactive_article::state::FocusTarget;
use interactive_article::strings::Strings;
use interactive_article::ui::{choose_id_prefix, is_id_prefix, Ui};
use std::collections::HashSet;
use yew::AttrValue;

fn edge() -> Article {
    load_article(include_str!("fixtures/edge-cases.json")).unwrap()
}

fn ui_for(article: &Article, prefix: &'static str) -> Ui {
    Ui {
        id_prefix: AttrValue::Static(prefix),
        article_id: article.id.clone(),
        article_lang: article.lang.clone(),
        ..Ui::default()
    }
}

/// Every id the widget can render for `article`.
fn all_ids(ui: &Ui, article: &Article) -> Vec<String> {
    let mut ids = vec![
        ui.banner_label_id(),
        ui.banner_details_id(),
        ui.banner_dismiss_id(),
        ui.banner_restore_id(),
        ui.key_claims_heading_id(),
        ui.key_claims_list_id(),
        ui.sources_heading_id(),
        ui.related_heading_id(),
        ui.discussion_heading_id(),
    ];
    for section in &article.sections {
        ids.extend([
            ui.section_id(section),
            ui.heading_id(section),
            ui.panel_id(section),
        ]);
    }
    for claim in &article.claims {
        ids.extend([
            ui.claim_id(claim),
            ui.callout_id(claim),
            ui.callout_label_id(claim),
        ]);
    }
    ids.extend(article.sources.iter().map(|s| ui.source_id(s)));
    ids.into_iter().map(|id| id.to_string()).collect()
}

#[test]
fn section_and_claim_ids_are_the_articles_so_links_work() {
    let article = edge();
    let ui = ui_for(&article, "");
    assert_eq!(&*ui.section_id(&article.sections[2]), "non-latin");
    assert_eq!(
        &*ui.heading_id(&article.sections[2]),
        "edge-cases_ia-heading-non-latin"
    );
    assert_eq!(&*ui.sources_heading_id(), "edge-cases_ia-sources-heading");
    let prefixed = ui_for(&article, "story-");
    assert_eq!(
        &*prefixed.section_id(&article.sections[2]),
        "story-non-latin"
    );
    assert_eq!(
        &*prefixed.callout_id(&article.claims[0]),
        "story-edge-cases_ia-callout-prices-june"
    );
}

#[test]
fn no_two_things_share_an_id_and_two_articles_never_do() {
    let article = edge();
    let markup = load_article(include_str!("fixtures/hostile-markup.json")).unwrap();
    let mut seen = HashSet::new();
    for (ui, article) in [
        (ui_for(&article, ""), &article),
        (ui_for(&markup, ""), &markup),
        (ui_for(&article, "edge-cases-2-"), &article),
    ] {
        for id in all_ids(&ui, article) {
            assert!(!id.is_empty() && !id.contains(char::is_whitespace));
            assert!(seen.insert(id.clone()), "{id} is used twice");
        }
    }
}

#[test]
fn ids_are_the_same_every_time() {
    // No counter: a page rendered on a server gets the ids the browser gives.
    let article = edge();
    assert_eq!(
        all_ids(&ui_for(&article, ""), &article),
        all_ids(&ui_for(&edge(), ""), &edge())
    );
}

#[test]
fn focus_requests_point_at_the_ids_the_components_render() {
    let article = edge();
    let ui = ui_for(&article, "p-");
    let cases = [
        (
            FocusTarget::SectionHeading(1),
            ui.heading_id(&article.sections[1]),
        ),
        (FocusTarget::ClaimMark(3), ui.claim_id(&article.claims[3])),
        (FocusTarget::Callout(0), ui.callout_id(&article.claims[0])),
        (FocusTarget::SourcesList, ui.sources_heading_id()),
        (FocusTarget::BannerRestore, ui.banner_restore_id()),
        (FocusTarget::BannerDismiss, ui.banner_dismiss_id()),
    ];
    for (target, id) in cases {
        assert_eq!(ui.focus_id(&article, target), Some(id), "{target:?}");
    }
    assert_eq!(ui.focus_id(&article, FocusTarget::SectionHeading(99)), None);
}

#[test]
fn a_fragment_names_what_the_widget_rendered() {
    let article = edge();
    let plain = ui_for(&article, "");
    assert_eq!(
        plain.fragment_target(&article, "non-latin"),
        Some(FragmentTarget::Section(2))
    );
    assert_eq!(
        plain.fragment_target(&article, "beta"),
        Some(FragmentTarget::Claim(3))
    );
    let prefixed = ui_for(&article, "story-");
    assert_eq!(
        prefixed.fragment_target(&article, "story-non-latin"),
        Some(FragmentTarget::Section(2))
    );
    assert_eq!(prefixed.fragment_target(&article, "non-latin"), None);
    assert_eq!(plain.fragment_target(&article, "nothing-here"), None);
}

#[test]
fn a_second_copy_of_an_article_gets_a_prefix_of_its_own() {
    let article = edge();
    let ui = ui_for(&article, "");
    // Free page: the article's own ids.
    assert_eq!(&*choose_id_prefix(&ui, &article, None, |_| false), "");
    // The host's prefix is used as given.
    assert_eq!(
        &*choose_id_prefix(&ui, &article, Some("story-"), |_| true),
        "story-"
    );
    // A first copy on the page: the second takes `edge-cases-2-`.
    let first: HashSet<String> = all_ids(&ui, &article).into_iter().collect();
    let second = choose_id_prefix(&ui, &article, None, |id| first.contains(id));
    assert_eq!(&*second, "edge-cases-2-");
    // And a third, the next free one.
    let second_ids = all_ids(&ui_for(&article, "edge-cases-2-"), &article);
    let taken: HashSet<String> = first.into_iter().chain(second_ids).collect();
    assert_eq!(
        &*choose_id_prefix(&ui, &article, None, |id| taken.contains(id)),
        "edge-cases-3-"
    );
    // A page element with a section's id is a clash too.
    assert_eq!(
        &*choose_id_prefix(&ui, &article, None, |id| id == "non-latin"),
        "edge-cases-2-"
    );
}

#[test]
fn id_prefixes_are_checked() {
    for good in ["story-", "a", "Story_1-", "x".repeat(64).as_str()] {
        assert!(is_id_prefix(good), "{good}");
    }
    for bad in [
        "",
        "1story",
        "-x",
        "my story",
        "a#b",
        "é-",
        "x".repeat(65).as_str(),
    ] {
        assert!(!is_id_prefix(bad), "{bad}");
    }
}

#[test]
fn the_widgets_own_text_carries_its_language_when_the_article_has_another() {
    let article = edge(); // en-GB
    let english = ui_for(&article, "");
    assert_eq!(english.ui_lang(), None, "en covers en-GB: nothing to mark");
    assert_eq!(english.text_lang(), None);
    let chinese = Ui {
        strings: std::rc::Rc::new(Strings::for_language("zh-Hans")),
        ..english.clone()
    };
    assert_eq!(chinese.ui_lang().as_deref(), Some("zh-Hans"));
    assert_eq!(chinese.text_lang().as_deref(), Some("en-GB"));
    let french_article = Ui {
        article_lang: "fr".into(),
        ..english.clone()
    };
    assert_eq!(
        french_article.ui_lang().as_deref(),
        Some("en"),
        "English labels in a French article"
    );
    let traditional = Ui {
        article_lang: "zh-Hant".into(),
        ..chinese.clone()
    };
    assert_eq!(traditional.ui_lang().as_deref(), Some("zh-Hans"));
    let simplified_cn = Ui {
        article_lang: "zh-hans-CN".into(),
        ..chinese
    };
    assert_eq!(simplified_cn.ui_lang(), None);
}
