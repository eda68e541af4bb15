//! Teasers for related articles. A teaser without a URL is shown as text: the
//! widget never invents a link.

use super::ExternalLink;
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, Html, Properties};

/// Props of [`RelatedArticles`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RelatedArticlesProps {
    /// The article. Required.
    pub article: ArticleRef,
}

/// The related-articles list.
#[component]
pub fn RelatedArticles(props: &RelatedArticlesProps) -> Html {
    let ui = use_ui();
    let heading_id = ui.related_heading_id();
    html! {
        // ::part(related): the related articles
        <section class="ia-related" part="related" aria-labelledby={heading_id.clone()}>
            <@{ui.heading(1)} class="ia-related__heading" id={heading_id} lang={ui.ui_lang()}>{ ui.strings.related.clone() }</@>
            <ul class="ia-related__list">
                { for props.article.related.iter().map(|related| {
                    let title = match (related.title.clone(), related.url.clone()) {
                        (Some(title), Some(url)) => html! {
                            <p class="ia-related__title"><ExternalLink {url} text={title} /></p>
                        },
                        (Some(title), None) => html! { <p class="ia-related__title">{ title }</p> },
                        (None, _) => Html::default(),
                    };
                    let summary = match (&related.title, related.url.clone()) {
                        // With no title, the summary itself carries the link.
                        (None, Some(url)) => html! { <ExternalLink {url} text={related.summary.clone()} /> },
                        _ => html! { { related.summary.clone() } },
                    };
                    html! {
                        <li class="ia-related__item">
                            { title }
                            <p class="ia-related__summary">{ summary }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
