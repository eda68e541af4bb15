//! A link to another site. Only a [`SafeUrl`] can become its `href`, so a
//! `javascript:` URL cannot reach the page by this or any other path.

use crate::events::WidgetEvent;
use crate::model::SafeUrl;
use crate::ui::use_ui;
use yew::{component, html, AttrValue, Html, Properties};

/// Props of [`ExternalLink`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ExternalLinkProps {
    /// Where the link goes. Required.
    pub url: SafeUrl,
    /// The link text. Required.
    pub text: AttrValue,
    /// The widget's own words before `text`, as in "Verify with source:
    /// <title>". Default: none.
    #[prop_or_default]
    pub lead: Option<AttrValue>,
    /// Extra class on the `<a>`. Default: none.
    #[prop_or_default]
    pub class: Option<AttrValue>,
    /// The article source this link opens, reported to the host when
    /// followed. Default: none (not a source, no event).
    #[prop_or_default]
    pub source: Option<usize>,
    /// The claim whose callout holds the link. Default: none.
    #[prop_or_default]
    pub claim: Option<usize>,
}

/// Opens in a new tab, so the reader keeps their place in the article, and
/// says so to screen readers (WCAG G201). `noopener noreferrer` stops the
/// opened page from scripting or learning about this one.
#[component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    let ui = use_ui();
    let onclick = props.source.map(|source| {
        let (on_event, claim) = (ui.on_event.clone(), props.claim);
        move |_| on_event.emit(WidgetEvent::SourceClick { source, claim })
    });
    html! {
        <a class={props.class.clone()} href={props.url.as_attr()} target="_blank" rel="noopener noreferrer" {onclick}>
            if let Some(lead) = props.lead.clone() {
                <span lang={ui.ui_lang()}>{ lead }{ ": " }</span>
            }
            { props.text.clone() }
            <span class="ia-visually-hidden" lang={ui.ui_lang()}>{ " " }{ ui.strings.new_tab.clone() }</span>
        </a>
    }
}
