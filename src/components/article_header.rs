//! Headline, standfirst and the line of facts under them: byline, publisher,
//! dates and reading time.

use crate::model::Date;
use crate::strings::Strings;
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, AttrValue, Html, Properties};

/// Props of [`ArticleHeader`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ArticleHeaderProps {
    /// The article. Required.
    pub article: ArticleRef,
}

/// The article's header.
#[component]
pub fn ArticleHeader(props: &ArticleHeaderProps) -> Html {
    let ui = use_ui();
    let article = &props.article;
    let date = |lead: &AttrValue, date: &Date| {
        html! {
            <span class="ia-meta__item" lang={ui.ui_lang()}>
                { lead.clone() }{ " " }
                <time datetime={date.raw.clone()}>{ ui.date(date) }</time>
            </span>
        }
    };
    html! {
        // ::part(header): headline, standfirst, byline and dates
        <header class="ia-header" part="header">
            <@{ui.heading(0)} class="ia-title">{ article.title.clone() }</@>
            <p class="ia-standfirst">{ article.standfirst.clone() }</p>
            <p class="ia-meta">
                if let Some(byline) = article.byline.clone() {
                    <span class="ia-meta__item ia-meta__byline">{ byline }</span>
                }
                if let Some(publisher) = article.publisher.clone() {
                    <span class="ia-meta__item">{ publisher }</span>
                }
                if let Some(published) = &article.published {
                    { date(&ui.strings.published, published) }
                }
                if let Some(updated) = &article.updated {
                    { date(&ui.strings.updated, updated) }
                }
                <span class="ia-meta__item ia-meta__reading-time" lang={ui.ui_lang()}>
                    { Strings::fill(&ui.strings.reading_time, article.reading_minutes) }
                </span>
            </p>
        </header>
    }
}
