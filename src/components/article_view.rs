//! The article as a whole: owns the widget's state, lays out the parts, and
//! connects them to the page through the named hooks in [`crate::hooks`].

use super::{
    ArticleHeader, DisclaimerBanner, DiscussionPrompt, KeyClaimsPanel, RelatedArticles,
    SectionDisclosure, SectionDisclosureProps, SourcesList,
};
use crate::hooks::{
    use_action, use_adopted_sections, use_copy_notice, use_focus_requests, use_fragment_navigation,
    use_ready_event, use_rendering_in_steps, use_reveal_on_find, use_store_banner_dismissal,
    use_widget_state,
};
use crate::state::{Action, HeadingStep, SectionsAtStart, State};
use crate::ui::{use_ui, ArticleRef, Theme};
use yew::{
    component, html, use_callback, use_memo, use_node_ref, Callback, Html, MouseEvent, Properties,
};

/// Props of [`ArticleView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ArticleViewProps {
    /// The validated article. Required. Compared by identity.
    pub article: ArticleRef,
    /// Colour scheme. Default: [`Theme::Auto`].
    #[prop_or_default]
    pub theme: Theme,
    /// Which sections start open. Default: as the article says.
    #[prop_or_default]
    pub sections: SectionsAtStart,
    /// Whether the disclaimer banner starts dismissed. Default: `false`.
    #[prop_or_default]
    pub banner_dismissed: bool,
    /// Told `true` on dismiss and `false` on restore. Default: does nothing.
    #[prop_or_default]
    pub on_banner_change: Callback<bool>,
    /// Whether a long article's sections render in steps. Default: `false`.
    #[prop_or_default]
    pub sections_in_steps: bool,
}

/// The callbacks every [`SectionDisclosure`] gets. Built once per widget from
/// its `dispatch`: Yew compares callbacks by identity, so callbacks rebuilt on
/// each render would re-render every section on every action.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionCallbacks {
    /// A section's heading button was activated.
    pub on_toggle: Callback<usize>,
    /// A claim's marked words were activated.
    pub on_open_claim: Callback<usize>,
    /// The open callout was closed.
    pub on_close_claim: Callback<()>,
    /// Up, Down, Home or End on a section's heading button.
    pub on_heading_key: Callback<(usize, HeadingStep)>,
}

impl SectionCallbacks {
    /// Callbacks that dispatch the matching [`Action`]s.
    pub fn dispatching(dispatch: &Callback<Action>) -> SectionCallbacks {
        SectionCallbacks {
            on_toggle: dispatch.reform(Action::ToggleSection),
            on_open_claim: dispatch.reform(Action::OpenClaim),
            on_close_claim: dispatch.reform(|()| Action::CloseClaim),
            on_heading_key: dispatch.reform(|(from, to)| Action::HeadingKey { from, to }),
        }
    }
}

/// The props of section `index` in `state`: a pure function, so a section
/// whose props are equal before and after an action is not rendered again.
pub fn section_props(
    article: &ArticleRef,
    state: &State,
    callbacks: &SectionCallbacks,
    index: usize,
) -> SectionDisclosureProps {
    let open_claim = state.open_claim().filter(|c| {
        article
            .claims
            .get(*c)
            .is_some_and(|claim| claim.section == index)
    });
    SectionDisclosureProps {
        article: article.clone(),
        index,
        open: state.is_section_open(index),
        open_claim,
        on_toggle: callbacks.on_toggle.clone(),
        on_open_claim: callbacks.on_open_claim.clone(),
        on_close_claim: callbacks.on_close_claim.clone(),
        on_heading_key: callbacks.on_heading_key.clone(),
    }
}

/// Renders a validated article with its banner, sections and claim callouts.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let ui = use_ui();
    let article = &props.article;
    let root = use_node_ref();
    let (state, dispatch) = use_widget_state(
        article,
        props.banner_dismissed,
        props.sections,
        props.sections_in_steps,
        &ui.on_event,
    );
    // Before the hooks that move focus: their effects run after its own,
    // which opens a section the server rendered before focus goes into it.
    let server_sections = use_adopted_sections(&root, article, &state, &dispatch);
    let every_section = state.every_section_rendered();
    use_rendering_in_steps(&dispatch, state.sections_rendered(), every_section);
    use_ready_event(&ui.on_event, every_section);
    use_fragment_navigation(&ui, article, &dispatch);
    use_reveal_on_find(&root, &dispatch);
    use_focus_requests(&root, &ui, article, state.focus);
    use_store_banner_dismissal(state.banner.dismissed, &props.on_banner_change);
    use_copy_notice(&root, &ui, article);

    let sections = use_memo(dispatch.clone(), SectionCallbacks::dispatching);
    let on_toggle_details = use_action(&dispatch, Action::ToggleBannerDetails);
    let on_verify = use_action(&dispatch, Action::VerifyWithSources);
    let on_dismiss = use_action(&dispatch, Action::DismissBanner);
    let on_restore = use_action(&dispatch, Action::RestoreBanner);
    let on_toggle_key_claims = use_action(&dispatch, Action::ToggleKeyClaims);
    let all_open = state.all_sections_open();
    let on_show_all = use_action::<MouseEvent>(
        &dispatch,
        if all_open {
            Action::HideAll
        } else {
            Action::ShowAll
        },
    );
    let on_jump = use_callback(dispatch.clone(), |claim, dispatch| {
        dispatch.emit(Action::JumpToClaim(claim))
    });

    let ui_lang = ui.ui_lang();
    html! {
        // ::part(article): the whole article, banner included
        <article class="ia-article" part="article" lang={ui.lang_around(Some(article.lang.clone()))} data-theme={props.theme.key()} ref={root}>
            if article.provenance.ai_generated {
                <DisclaimerBanner
                    article={article.clone()}
                    banner={state.banner}
                    {on_toggle_details}
                    {on_verify}
                    {on_dismiss}
                    {on_restore}
                />
            }
            <ArticleHeader article={article.clone()} />
            { for article.intro.iter().map(|p| html! { <p class="ia-paragraph ia-intro">{ p.text.clone() }</p> }) }
            if !article.claims.is_empty() {
                <KeyClaimsPanel
                    article={article.clone()}
                    open={state.key_claims_open}
                    on_toggle={on_toggle_key_claims}
                    {on_jump}
                />
            }
            <div class="ia-sections">
                <div class="ia-toolbar" lang={ui_lang}>
                    <button
                        type="button"
                        class="ia-toolbar__toggle"
                        aria-expanded={all_open.to_string()}
                        onclick={on_show_all}
                    >
                        <span class="ia-toolbar__chevron" aria-hidden="true"></span>
                        { if all_open { ui.strings.hide_all.clone() } else { ui.strings.show_all.clone() } }
                    </button>
                </div>
                // Unkeyed: the sections never move. A section not rendered
                // yet holds its place with nothing: Yew pairs unkeyed
                // children from the end, so a list that grew would pair
                // every section with its neighbour's and render each again.
                { for (0..article.sections.len()).map(|index| server_sections.markup(index).unwrap_or_else(|| {
                    if index < state.sections_rendered() {
                        html! { <SectionDisclosure ..section_props(article, &state, &sections, index) /> }
                    } else {
                        Html::default()
                    }
                })) }
            </div>
            // After the last section, so they never move down as sections
            // render in steps.
            if every_section {
                <SourcesList article={article.clone()} />
                if !article.related.is_empty() {
                    <RelatedArticles article={article.clone()} />
                }
                if let Some(discussion) = article.discussion.clone() {
                    <DiscussionPrompt {discussion} />
                }
            }
        </article>
    }
}
