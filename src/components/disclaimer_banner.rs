//! The AI-provenance banner, before the content. Dismissing it shrinks it to a
//! compact label that stays: readers are never left without the notice that
//! the text is AI-generated, nor, once a person reviewed it, without that.

use super::ExternalLink;
use crate::model::Involvement;
use crate::state::BannerState;
use crate::ui::{use_ui, ArticleRef};
use yew::{component, html, Callback, Html, MouseEvent, Properties};

/// Props of [`DisclaimerBanner`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DisclaimerBannerProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Details open, dismissed. Required.
    pub banner: BannerState,
    /// Told when the details button is activated. Required.
    pub on_toggle_details: Callback<MouseEvent>,
    /// Told when "Verify with sources" is activated. Required.
    pub on_verify: Callback<MouseEvent>,
    /// Told when the banner is dismissed. Required.
    pub on_dismiss: Callback<MouseEvent>,
    /// Told when the compact label is expanded again. Required.
    pub on_restore: Callback<MouseEvent>,
}

/// The disclaimer banner, full or compact.
#[component]
pub fn DisclaimerBanner(props: &DisclaimerBannerProps) -> Html {
    let ui = use_ui();
    let strings = &ui.strings;
    let provenance = &props.article.provenance;
    let label_id = ui.banner_label_id();
    // The banner is the widget's own text; what the article says inside it
    // (disclaimer, who is responsible, source titles) is in the article's.
    let (ui_lang, text_lang) = (ui.ui_lang(), ui.text_lang());
    let icon = html! { <span class="ia-banner__icon" aria-hidden="true">{ strings.ai_icon.clone() }</span> };

    if props.banner.dismissed {
        return html! {
            // ::part(banner): the AI label, before the content; shrunk, never gone, once dismissed
            <aside class="ia-banner" part="banner" data-dismissed="true" aria-labelledby={label_id.clone()} lang={ui_lang}>
                <div class="ia-banner__bar">
                    { icon }
                    <p class="ia-banner__label" id={label_id}>{ ui.ai_label(provenance, true) }</p>
                    <button
                        type="button"
                        class="ia-banner__button"
                        id={ui.banner_restore_id()}
                        onclick={props.on_restore.clone()}
                    >
                        { strings.restore.clone() }
                    </button>
                </div>
            </aside>
        };
    }

    let details_id = ui.banner_details_id();
    let involvement = match provenance.involvement {
        Involvement::Assisted => strings.involvement_assisted.clone(),
        Involvement::Generated | Involvement::None => strings.involvement_generated.clone(),
    };
    let original_sources = &provenance.original_sources;
    html! {
        <aside class="ia-banner" part="banner" data-dismissed="false" aria-labelledby={label_id.clone()} lang={ui_lang}>
            <div class="ia-banner__bar">
                { icon }
                <p class="ia-banner__label" id={label_id}>{ ui.ai_label(provenance, false) }</p>
                <div class="ia-banner__actions">
                    <button
                        type="button"
                        class="ia-banner__button"
                        aria-expanded={props.banner.details_open.to_string()}
                        aria-controls={details_id.clone()}
                        onclick={props.on_toggle_details.clone()}
                    >
                        { if props.banner.details_open { strings.banner_details_hide.clone() } else { strings.banner_details_show.clone() } }
                    </button>
                    <button type="button" class="ia-banner__button" onclick={props.on_verify.clone()}>
                        { strings.verify_with_sources.clone() }
                    </button>
                    <button
                        type="button"
                        class="ia-banner__button ia-banner__dismiss"
                        id={ui.banner_dismiss_id()}
                        aria-label={strings.dismiss_label.clone()}
                        onclick={props.on_dismiss.clone()}
                    >
                        { strings.dismiss.clone() }
                    </button>
                </div>
            </div>
            <div class="ia-banner__details" id={details_id} hidden={!props.banner.details_open}>
                // What the AI did, who reviewed what, who answers for it: the
                // record Art. 50(4) of the EU AI Act asks a publisher to show.
                <p class="ia-banner__involvement" data-involvement={provenance.involvement.key()}>{ involvement }</p>
                if let Some(disclaimer) = provenance.disclaimer.clone() {
                    <p class="ia-banner__disclaimer" lang={text_lang.clone()}>{ disclaimer }</p>
                }
                if let Some(review) = &provenance.review {
                    <p class="ia-banner__review">{ ui.review_text(&strings.review_record, review) }</p>
                    <p class="ia-banner__review-scope">{ strings.review_scope.clone() }{ " " }<span lang={text_lang.clone()}>{ review.scope.clone() }</span></p>
                } else {
                    <p class="ia-banner__review" data-reviewed="false">{ strings.not_reviewed.clone() }</p>
                }
                if let Some(responsible) = provenance.responsible.clone() {
                    <p class="ia-banner__responsible">{ strings.responsible.clone() }{ " " }<span lang={text_lang.clone()}>{ responsible }</span></p>
                }
                <p class="ia-banner__subheading">{ strings.original_sources.clone() }</p>
                if original_sources.is_empty() {
                    <p class="ia-banner__no-sources">{ strings.original_sources_missing.clone() }</p>
                } else {
                    <ul class="ia-banner__sources" lang={text_lang.clone()}>
                        { for original_sources.iter().filter_map(|s| Some((*s, props.article.sources.get(*s)?))).map(|(index, source)| html! {
                            <li><ExternalLink url={source.link()} text={source.title.clone()} source={index} /></li>
                        }) }
                    </ul>
                }
            </div>
        </aside>
    }
}
