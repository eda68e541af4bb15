//! Every source the article lists, with links. "Verify with sources" in the
//! banner moves focus to its heading.

use super::{ExternalLink, Passage};
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, Html, Properties};

/// Props of [`SourcesList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SourcesListProps {
    /// The article. Required.
    pub article: ArticleRef,
}

/// The sources section.
#[component]
pub fn SourcesList(props: &SourcesListProps) -> Html {
    let ui = use_ui();
    let heading_id = ui.sources_heading_id();
    let ui_lang = ui.ui_lang();
    let sources = &props.article.sources;
    html! {
        // ::part(sources): the list of sources to check the article against
        <section class="ia-sources" part="sources" aria-labelledby={heading_id.clone()}>
            // tabindex="-1": a focus target for "Verify with sources", not a tab stop.
            <@{ui.heading(1)} class="ia-sources__heading" id={heading_id} tabindex="-1" lang={ui_lang.clone()}>
                { ui.strings.sources.clone() }
            </@>
            if sources.is_empty() {
                <p class="ia-sources__empty" lang={ui_lang.clone()}>{ ui.strings.no_sources.clone() }</p>
            } else {
                <ol class="ia-sources__list">
                    { for sources.iter().enumerate().map(|(index, source)| html! {
                        <li class="ia-sources__item" id={ui.source_id(source)}>
                            <ExternalLink url={source.link()} text={source.title.clone()} source={index} />
                            if let Some(publisher) = source.publisher.clone() {
                                <span class="ia-sources__publisher">{ " — " }{ publisher }</span>
                            }
                            if let Some(date) = &source.date {
                                <span class="ia-sources__date" lang={ui_lang.clone()}>{ ", " }<time datetime={date.raw.clone()}>{ ui.date(date) }</time></span>
                            }
                            <Passage source={source.clone()} />
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
