//! The root of every mounted widget: provides the [`Ui`] context and shows the
//! article, or the error box when the article data was rejected.

use super::{ArticleView, ErrorBox};
use crate::state::SectionsAtStart;
use crate::ui::{ArticleRef, ProblemsRef, Theme, Ui};
use std::rc::Rc;
use yew::{component, html, Callback, ContextProvider, Html, Properties};

/// What the widget shows.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetContent {
    /// A validated article.
    Article(ArticleRef),
    /// Everything wrong with article data that could not be shown.
    Problems(ProblemsRef),
}

/// Props of [`Widget`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct WidgetProps {
    /// The article or the problems. Required.
    pub content: WidgetContent,
    /// UI text, id prefix and heading level. Default: English, no id prefix
    /// (`mount` gives one only when the host sets it or the widget's ids
    /// are taken), title as `h1`.
    #[prop_or_default]
    pub ui: Rc<Ui>,
    /// Colour scheme. Default: [`Theme::Auto`].
    #[prop_or_default]
    pub theme: Theme,
    /// Which sections start open. Default: as the article says.
    #[prop_or_default]
    pub sections: SectionsAtStart,
    /// Whether the disclaimer banner starts dismissed. Default: `false`.
    #[prop_or_default]
    pub banner_dismissed: bool,
    /// Told `true` when the reader dismisses the banner, `false` when they
    /// restore it, so the host can remember it. Default: does nothing.
    #[prop_or_default]
    pub on_banner_change: Callback<bool>,
    /// Whether a long article's sections render in steps, a task each
    /// ([`crate::state::State::rendering_in_steps`]): `mount` rendering
    /// afresh. Default: `false`, every section at once, as a server renders
    /// them and as markup taken over from one must be.
    #[prop_or_default]
    pub sections_in_steps: bool,
}

/// The widget root.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let body = match &props.content {
        WidgetContent::Article(article) => html! {
            <ArticleView
                article={article.clone()}
                theme={props.theme}
                sections={props.sections}
                banner_dismissed={props.banner_dismissed}
                on_banner_change={props.on_banner_change.clone()}
                sections_in_steps={props.sections_in_steps}
            />
        },
        WidgetContent::Problems(problems) => html! { <ErrorBox problems={problems.clone()} /> },
    };
    html! {
        <ContextProvider<Rc<Ui>> context={props.ui.clone()}>
            { body }
        </ContextProvider<Rc<Ui>>>
    }
}
