//! The reducer's rules, natively: what each reader action does to the state.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::model::{load_article, FragmentTarget};
use interactive_article::state::{Action, FocusTarget, SectionsAtStart, State};
use std::rc::Rc;

/// The edge-case fixture: section 0 open, sections 1 and 2 collapsed; claim 0
/// in section 0, claims 1–3 in section 1, claim 4 in section 2.
fn state() -> State {
    let article = load_article(include_str!("fixtures/edge-cases.json")).unwrap();
    State::new(Rc::new(article), false, SectionsAtStart::AsArticle)
}

fn after(actions: &[Action]) -> State {
    let mut state = state();
    for action in actions {
        state.apply(*action);
    }
    state
}

fn focus(state: &State) -> Option<FocusTarget> {
    state.focus.map(|f| f.target)
}

#[test]
fn sections_start_as_the_article_says() {
    let state = state();
    assert!(state.is_section_open(0));
    assert!(!state.is_section_open(1));
    assert!(!state.is_section_open(2));
    assert!(!state.all_sections_open());
    assert!(!state.is_section_open(99), "out of range reads as closed");
}

#[test]
fn toggle_flips_one_section() {
    let state = after(&[Action::ToggleSection(1)]);
    assert!(state.is_section_open(1));
    let state = after(&[Action::ToggleSection(0)]);
    assert!(!state.is_section_open(0));
    // Out of range is ignored rather than a panic.
    let state = after(&[Action::ToggleSection(99)]);
    assert!(state.is_section_open(0));
}

#[test]
fn show_all_and_hide_all() {
    let state = after(&[Action::ShowAll]);
    assert!(state.all_sections_open());
    let state = after(&[Action::ShowAll, Action::OpenClaim(0), Action::HideAll]);
    assert!((0..3).all(|i| !state.is_section_open(i)));
    assert_eq!(
        state.open_claim(),
        None,
        "hiding all closes the callout too"
    );
}

#[test]
fn find_in_page_reveals_without_toggling_closed() {
    let state = after(&[Action::RevealSection(1), Action::RevealSection(1)]);
    assert!(state.is_section_open(1));
    assert_eq!(
        state.focus, None,
        "find-in-page keeps focus where the browser put it"
    );
}

#[test]
fn opening_a_claim_opens_its_section_and_focuses_the_callout() {
    let state = after(&[Action::OpenClaim(4)]);
    assert!(state.is_section_open(2));
    assert_eq!(state.open_claim(), Some(4));
    assert_eq!(focus(&state), Some(FocusTarget::Callout(4)));
}

#[test]
fn only_one_callout_is_open_at_a_time() {
    let state = after(&[Action::OpenClaim(1), Action::OpenClaim(2)]);
    assert_eq!(state.open_claim(), Some(2));
}

#[test]
fn closing_a_callout_returns_focus_to_its_words() {
    let state = after(&[Action::OpenClaim(2), Action::CloseClaim]);
    assert_eq!(state.open_claim(), None);
    assert_eq!(focus(&state), Some(FocusTarget::ClaimMark(2)));
    // Closing when nothing is open moves no focus.
    let state = after(&[Action::CloseClaim]);
    assert_eq!(state.focus, None);
}

#[test]
fn collapsing_a_section_closes_its_callout() {
    let state = after(&[Action::OpenClaim(0), Action::ToggleSection(0)]);
    assert_eq!(state.open_claim(), None);
    let state = after(&[
        Action::OpenClaim(0),
        Action::ToggleSection(1),
        Action::ToggleSection(1),
    ]);
    assert_eq!(state.open_claim(), Some(0), "other sections leave it open");
}

#[test]
fn key_claims_panel_jumps_to_the_words() {
    let state = after(&[Action::JumpToClaim(3)]);
    assert!(state.is_section_open(1));
    assert_eq!(focus(&state), Some(FocusTarget::ClaimMark(3)));
    assert_eq!(state.open_claim(), None);
}

#[test]
fn fragments_open_the_section_that_holds_them() {
    let state = after(&[Action::Navigate(FragmentTarget::Section(2))]);
    assert!(state.is_section_open(2));
    assert_eq!(focus(&state), Some(FocusTarget::SectionHeading(2)));
    let state = after(&[Action::Navigate(FragmentTarget::Claim(1))]);
    assert!(state.is_section_open(1));
    assert_eq!(focus(&state), Some(FocusTarget::ClaimMark(1)));
}

#[test]
fn repeated_focus_requests_are_distinct() {
    let state = after(&[Action::JumpToClaim(3)]);
    let first = state.focus.unwrap();
    let state = after(&[Action::JumpToClaim(3), Action::JumpToClaim(3)]);
    assert_ne!(
        state.focus.unwrap(),
        first,
        "the same target twice must refocus"
    );
}

#[test]
fn banner_dismissal_keeps_a_label_and_moves_focus() {
    let state = after(&[Action::ToggleBannerDetails]);
    assert!(state.banner.details_open);
    let state = after(&[Action::ToggleBannerDetails, Action::DismissBanner]);
    assert!(state.banner.dismissed);
    assert!(!state.banner.details_open);
    assert_eq!(focus(&state), Some(FocusTarget::BannerRestore));
    let state = after(&[Action::DismissBanner, Action::RestoreBanner]);
    assert!(!state.banner.dismissed);
    assert_eq!(focus(&state), Some(FocusTarget::BannerDismiss));
}

#[test]
fn a_remembered_dismissal_starts_compact() {
    let article = load_article(include_str!("fixtures/edge-cases.json")).unwrap();
    let state = State::new(Rc::new(article), true, SectionsAtStart::AsArticle);
    assert!(state.banner.dismissed);
}

#[test]
fn verify_with_sources_focuses_the_sources_list() {
    let state = after(&[Action::VerifyWithSources]);
    assert_eq!(focus(&state), Some(FocusTarget::SourcesList));
}

#[test]
fn the_key_claims_list_starts_collapsed_and_toggles() {
    assert!(!state().key_claims_open);
    assert!(after(&[Action::ToggleKeyClaims]).key_claims_open);
    assert!(!after(&[Action::ToggleKeyClaims, Action::ToggleKeyClaims]).key_claims_open);
}

#[test]
fn the_host_can_open_or_collapse_every_section_at_start() {
    let article = Rc::new(load_article(include_str!("fixtures/edge-cases.json")).unwrap());
    let open = State::new(article.clone(), false, SectionsAtStart::Open);
    assert!(open.all_sections_open());
    let collapsed = State::new(article, false, SectionsAtStart::Collapsed);
    assert!((0..3).all(|i| !collapsed.is_section_open(i)));
    assert_eq!(SectionsAtStart::parse("open"), Some(SectionsAtStart::Open));
    assert_eq!(SectionsAtStart::parse("closed"), None);
}

// What the host is told: one decision per action, from the state it meets.

use interactive_article::events::WidgetEvent;
use interactive_article::state::HeadingStep;

#[test]
fn section_toggles_tell_the_host_the_new_state() {
    let state = state();
    assert_eq!(
        state.event_for(Action::ToggleSection(1)),
        Some(WidgetEvent::SectionToggle {
            section: Some(1),
            expanded: true
        }),
        "section 1 starts collapsed, so toggling expands it"
    );
    assert_eq!(
        state.event_for(Action::ToggleSection(0)),
        Some(WidgetEvent::SectionToggle {
            section: Some(0),
            expanded: false
        })
    );
    assert_eq!(state.event_for(Action::ToggleSection(99)), None);
    assert_eq!(
        state.event_for(Action::ShowAll),
        Some(WidgetEvent::SectionToggle {
            section: None,
            expanded: true
        })
    );
    assert_eq!(
        state.event_for(Action::HideAll),
        Some(WidgetEvent::SectionToggle {
            section: None,
            expanded: false
        })
    );
    // The state the action meets decides: after opening it, toggling closes.
    let opened = after(&[Action::ToggleSection(1)]);
    assert_eq!(
        opened.event_for(Action::ToggleSection(1)),
        Some(WidgetEvent::SectionToggle {
            section: Some(1),
            expanded: false
        })
    );
}

#[test]
fn claims_and_the_banner_tell_the_host_once() {
    let state = state();
    assert_eq!(
        state.event_for(Action::OpenClaim(4)),
        Some(WidgetEvent::ClaimOpen { claim: 4 })
    );
    assert_eq!(state.event_for(Action::OpenClaim(99)), None);
    assert_eq!(
        state.event_for(Action::DismissBanner),
        Some(WidgetEvent::DisclaimerDismiss)
    );
    let dismissed = after(&[Action::DismissBanner]);
    assert_eq!(
        dismissed.event_for(Action::DismissBanner),
        None,
        "an already dismissed banner is not dismissed again"
    );
}

#[test]
fn finding_ones_way_tells_the_host_nothing() {
    let state = after(&[Action::OpenClaim(0)]);
    for action in [
        Action::RevealSection(1),
        Action::CloseClaim,
        Action::JumpToClaim(3),
        Action::Navigate(FragmentTarget::Section(2)),
        Action::ToggleKeyClaims,
        Action::ToggleBannerDetails,
        Action::VerifyWithSources,
        Action::RestoreBanner,
        Action::HeadingKey {
            from: 0,
            to: HeadingStep::Next,
        },
    ] {
        assert_eq!(state.event_for(action), None, "{action:?}");
    }
}

// The accordion's optional keys on section headings.

fn heading_after(from: usize, to: HeadingStep) -> Option<FocusTarget> {
    focus(&after(&[Action::HeadingKey { from, to }]))
}

#[test]
fn up_and_down_move_between_headings_and_wrap() {
    use FocusTarget::SectionHeading;
    assert_eq!(heading_after(0, HeadingStep::Next), Some(SectionHeading(1)));
    assert_eq!(heading_after(1, HeadingStep::Next), Some(SectionHeading(2)));
    assert_eq!(
        heading_after(2, HeadingStep::Next),
        Some(SectionHeading(0)),
        "Down on the last heading wraps to the first"
    );
    assert_eq!(
        heading_after(2, HeadingStep::Previous),
        Some(SectionHeading(1))
    );
    assert_eq!(
        heading_after(0, HeadingStep::Previous),
        Some(SectionHeading(2)),
        "Up on the first heading wraps to the last"
    );
    assert_eq!(
        heading_after(1, HeadingStep::First),
        Some(SectionHeading(0))
    );
    assert_eq!(heading_after(1, HeadingStep::Last), Some(SectionHeading(2)));
    // Keys move focus only: no section opens or closes.
    let state = after(&[Action::HeadingKey {
        from: 0,
        to: HeadingStep::Next,
    }]);
    assert!(state.is_section_open(0) && !state.is_section_open(1));
}

#[test]
fn heading_keys_are_the_apg_keys() {
    assert_eq!(HeadingStep::from_key("ArrowDown"), Some(HeadingStep::Next));
    assert_eq!(
        HeadingStep::from_key("ArrowUp"),
        Some(HeadingStep::Previous)
    );
    assert_eq!(HeadingStep::from_key("Home"), Some(HeadingStep::First));
    assert_eq!(HeadingStep::from_key("End"), Some(HeadingStep::Last));
    for other in ["ArrowLeft", "ArrowRight", "Enter", " ", "Tab", "PageDown"] {
        assert_eq!(HeadingStep::from_key(other), None, "{other}");
    }
}

// Rendering work per action: a section re-renders only when its props change.

use interactive_article::components::{section_props, SectionCallbacks};
use interactive_article::ui::Shared;
use yew::Callback;

#[test]
fn one_action_changes_the_props_of_the_sections_it_touches_only() {
    let article = Rc::new(load_article(include_str!("fixtures/edge-cases.json")).unwrap());
    let shared = Shared(Rc::clone(&article));
    let callbacks = SectionCallbacks::dispatching(&Callback::noop());
    let changed = |actions: &[Action]| -> Vec<usize> {
        let before = State::new(Rc::clone(&article), false, SectionsAtStart::AsArticle);
        let mut after = before.clone();
        for action in actions {
            after.apply(*action);
        }
        (0..article.sections.len())
            .filter(|&i| {
                section_props(&shared, &before, &callbacks, i)
                    != section_props(&shared, &after, &callbacks, i)
            })
            .collect()
    };
    assert_eq!(changed(&[Action::ToggleSection(1)]), [1]);
    assert_eq!(
        changed(&[Action::OpenClaim(4)]),
        [2],
        "claim 4 is in section 2"
    );
    assert_eq!(changed(&[Action::ToggleKeyClaims]), [] as [usize; 0]);
    assert_eq!(changed(&[Action::DismissBanner]), [] as [usize; 0]);
    assert_eq!(
        changed(&[Action::ShowAll]),
        [1, 2],
        "section 0 was open already"
    );
}

// A widget rendered afresh renders a long article's sections in steps.

use interactive_article::state::{next_step, SECTIONS_AT_FIRST};

/// The edge-case fixture with section 2 repeated to `count` sections, and
/// its claim 4 moved into the last one.
fn long_state(count: usize) -> State {
    let mut article = load_article(include_str!("fixtures/edge-cases.json")).unwrap();
    while article.sections.len() < count {
        article.sections.push(article.sections[2].clone());
    }
    article.claims[4].section = count - 1;
    State::new(Rc::new(article), false, SectionsAtStart::AsArticle).rendering_in_steps()
}

#[test]
fn every_section_renders_at_once_unless_in_steps() {
    assert_eq!(state().sections_rendered(), 3);
    assert!(state().every_section_rendered());
    let short = state().rendering_in_steps();
    assert!(short.every_section_rendered(), "3 sections are one step");
}

#[test]
fn sections_in_steps_render_a_step_a_task_until_every_one_is() {
    let count = 2 * SECTIONS_AT_FIRST + 5;
    let mut state = long_state(count);
    let mut seen = vec![state.sections_rendered()];
    while !state.every_section_rendered() {
        state.apply(Action::RenderMoreSections(SECTIONS_AT_FIRST));
        seen.push(state.sections_rendered());
    }
    assert_eq!(seen, [SECTIONS_AT_FIRST, 2 * SECTIONS_AT_FIRST, count]);
    state.apply(Action::RenderMoreSections(7));
    assert_eq!(state.sections_rendered(), count, "never past the last");
    assert_eq!(state.event_for(Action::RenderMoreSections(7)), None);
}

#[test]
fn what_the_reader_is_taken_to_renders_with_everything_before_it() {
    let count = 3 * SECTIONS_AT_FIRST;
    let mut jump = long_state(count);
    jump.apply(Action::JumpToClaim(4));
    assert_eq!(
        jump.sections_rendered(),
        count,
        "claim 4 is in the last section"
    );
    assert_eq!(focus(&jump), Some(FocusTarget::ClaimMark(4)));

    let mut link = long_state(count);
    link.apply(Action::Navigate(FragmentTarget::Section(
        SECTIONS_AT_FIRST + 3,
    )));
    assert_eq!(link.sections_rendered(), SECTIONS_AT_FIRST + 4);

    let mut end = long_state(count);
    end.apply(Action::HeadingKey {
        from: 0,
        to: interactive_article::state::HeadingStep::Last,
    });
    assert!(end.every_section_rendered());

    let mut sources = long_state(count);
    sources.apply(Action::VerifyWithSources);
    assert!(
        sources.every_section_rendered(),
        "the sources come after every section"
    );

    let mut print = long_state(count);
    print.apply(Action::RenderEverySection);
    assert!(print.every_section_rendered());

    let mut banner = long_state(count);
    banner.apply(Action::DismissBanner);
    banner.apply(Action::ShowAll);
    assert_eq!(
        banner.sections_rendered(),
        SECTIONS_AT_FIRST,
        "nothing to take the reader to"
    );
}

#[test]
fn a_step_is_as_many_sections_as_the_last_ones_pace_fits_in_a_task() {
    // TASK_MS is 12.
    assert_eq!(next_step(20, 12.0), 20, "the same pace, the same step");
    assert_eq!(next_step(20, 24.0), 10, "twice as slow, half as many");
    assert_eq!(next_step(20, 600.0), 1, "at least one");
    assert_eq!(next_step(20, 6.0), 40);
    assert_eq!(next_step(20, 0.0), 80, "at most four times the last");
    assert_eq!(next_step(0, 0.0), 4, "a step of none counts as one");
}
