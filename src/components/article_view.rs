//! The article as a whole: owns the widget's reducer, lays out the parts, and
//! runs the effects that connect state to the page (URL fragments,
//! find-in-page, focus).

use super::{
    use_ui, ArticleHeader, ArticleRef, DisclaimerBanner, DiscussionPrompt, KeyClaimsPanel,
    RelatedArticles, SectionDisclosure, SourcesList, Theme, Ui,
};
use crate::browser;
use crate::events::WidgetEvent;
use crate::model::Article;
use crate::state::{Action, FocusTarget, SectionsAtStart, State};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::{
    component, html, use_effect_with, use_node_ref, use_reducer, AttrValue, Callback, Html,
    Properties, UseReducerDispatcher,
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
}

/// The element id that a focus request points at.
pub fn focus_id(ui: &Ui, article: &Article, target: FocusTarget) -> Option<AttrValue> {
    Some(match target {
        FocusTarget::SectionHeading(s) => ui.id("heading", &article.sections.get(s)?.id),
        // Claim ids are used as element ids as they are, for deep links.
        FocusTarget::ClaimMark(c) => article.claims.get(c)?.id.clone(),
        FocusTarget::Callout(c) => ui.id("callout", &article.claims.get(c)?.id),
        FocusTarget::SourcesList => ui.id("sources", "heading"),
        FocusTarget::BannerRestore => ui.id("banner", "restore"),
        FocusTarget::BannerDismiss => ui.id("banner", "dismiss"),
    })
}

/// A callback, whatever its event type, that dispatches `action`.
fn dispatch_on<T: 'static>(dispatcher: UseReducerDispatcher<State>, action: Action) -> Callback<T> {
    Callback::from(move |_| dispatcher.dispatch(action))
}

/// Renders a validated article with its banner, sections and claim callouts.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let ui = use_ui();
    let article = props.article.clone();
    let state = {
        let article = Rc::clone(&article.0);
        let (dismissed, sections) = (props.banner_dismissed, props.sections);
        use_reducer(move || State::new(article, dismissed, sections))
    };
    let root = use_node_ref();

    // Rendered: tell the host (after the DOM exists, so it can measure it).
    {
        let on_event = ui.on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }

    // URL fragments: on first render and on every `hashchange`, a fragment that
    // names a section or claim opens its section and brings it into view.
    {
        let dispatcher = state.dispatcher();
        let article = article.clone();
        use_effect_with(article.clone(), move |_| {
            let navigate = move || {
                if let Some(target) =
                    browser::current_fragment().and_then(|f| article.find_fragment(&f))
                {
                    dispatcher.dispatch(Action::Navigate(target));
                }
            };
            navigate();
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| navigate()));
            move || drop(listener)
        });
    }

    // Find-in-page: the browser reveals a `hidden="until-found"` panel itself
    // and fires `beforematch` first; the state follows so the toggle's
    // `aria-expanded` stays true to what is shown.
    // https://developer.chrome.com/docs/css-ui/hidden-until-found
    {
        let dispatcher = state.dispatcher();
        let root = root.clone();
        use_effect_with((), move |_| {
            let listener = root.cast::<web_sys::Element>().map(|element| {
                EventListener::new(&element, "beforematch", move |event| {
                    let section = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|e| browser::closest_attribute(&e, "data-ia-section"))
                        .and_then(|i| i.parse().ok());
                    if let Some(section) = section {
                        dispatcher.dispatch(Action::RevealSection(section));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Focus requests from the reducer, carried out after the render that made
    // their target exist.
    {
        let ui = ui.clone();
        let article = article.clone();
        use_effect_with(state.focus, move |focus| {
            if let Some(id) = focus.and_then(|f| focus_id(&ui, &article, f.target)) {
                browser::focus_by_id(&id);
            }
        });
    }

    // Callbacks that dispatch one action: `dispatch` for a fixed action,
    // `dispatch_with` for one that carries a section or claim index.
    let dispatch = |action: Action| dispatch_on(state.dispatcher(), action);
    let dispatch_with = |to_action: fn(usize) -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |index| dispatcher.dispatch(to_action(index)))
    };
    // Banner changes are also told to the host, which remembers them.
    let dispatch_and_notify = |action: Action, dismissed: bool| {
        let dispatcher = state.dispatcher();
        let notify = props.on_banner_change.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(action);
            notify.emit(dismissed);
        })
    };
    // Reader actions the host hears about too.
    let on_open_claim = dispatch_with(Action::OpenClaim).reform({
        let on_event = ui.on_event.clone();
        move |claim| {
            on_event.emit(WidgetEvent::ClaimOpen { claim });
            claim
        }
    });
    let on_toggle_section = dispatch_with(Action::ToggleSection).reform({
        let (on_event, state) = (ui.on_event.clone(), state.clone());
        move |index| {
            let expanded = !state.is_section_open(index);
            on_event.emit(WidgetEvent::SectionToggle {
                section: Some(index),
                expanded,
            });
            index
        }
    });
    let on_jump_to_claim = dispatch_with(Action::JumpToClaim);
    let on_close_claim = dispatch_on(state.dispatcher(), Action::CloseClaim);
    let on_dismiss = dispatch_and_notify(Action::DismissBanner, true).reform({
        let on_event = ui.on_event.clone();
        move |()| on_event.emit(WidgetEvent::DisclaimerDismiss)
    });
    let on_restore = dispatch_and_notify(Action::RestoreBanner, false);

    let all_open = state.all_sections_open();
    let on_show_all = dispatch_on(
        state.dispatcher(),
        if all_open {
            Action::HideAll
        } else {
            Action::ShowAll
        },
    )
    .reform({
        let on_event = ui.on_event.clone();
        move |_: yew::MouseEvent| {
            let (section, expanded) = (None, !all_open);
            on_event.emit(WidgetEvent::SectionToggle { section, expanded });
        }
    });
    let open_claim = state.open_claim();
    html! {
        <article class="ia-article" part="article" lang={article.lang.clone()} data-theme={props.theme.key()} ref={root}>
            if article.provenance.ai_generated {
                <DisclaimerBanner
                    article={article.clone()}
                    banner={state.banner}
                    on_toggle_details={dispatch(Action::ToggleBannerDetails)}
                    on_verify={dispatch(Action::VerifyWithSources)}
                    on_dismiss={on_dismiss}
                    on_restore={on_restore}
                />
            }
            <ArticleHeader article={article.clone()} />
            { for article.intro.iter().map(|p| html! { <p class="ia-paragraph ia-intro">{ p.text.clone() }</p> }) }
            if !article.claims.is_empty() {
                <KeyClaimsPanel
                    article={article.clone()}
                    open={state.key_claims_open}
                    on_toggle={dispatch(Action::ToggleKeyClaims)}
                    on_jump={on_jump_to_claim}
                />
            }
            <div class="ia-sections">
                <div class="ia-toolbar">
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
                { for (0..article.sections.len()).map(|index| html! {
                    <SectionDisclosure
                        key={index}
                        article={article.clone()}
                        {index}
                        open={state.is_section_open(index)}
                        open_claim={open_claim.filter(|c| article.claims.get(*c).is_some_and(|claim| claim.section == index))}
                        on_toggle={on_toggle_section.clone()}
                        on_open_claim={on_open_claim.clone()}
                        on_close_claim={on_close_claim.clone()}
                    />
                }) }
            </div>
            <SourcesList article={article.clone()} />
            if !article.related.is_empty() {
                <RelatedArticles article={article.clone()} />
            }
            if let Some(discussion) = article.discussion.clone() {
                <DiscussionPrompt {discussion} />
            }
        </article>
    }
}
