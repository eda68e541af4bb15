//! A link to another site. Only a [`SafeUrl`] can become its `href`, so a
//! `javascript:` URL cannot reach the page by this or any other path.

use super::use_ui;
use crate::model::SafeUrl;
use yew::{component, html, AttrValue, Html, Properties};

/// Props of [`ExternalLink`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ExternalLinkProps {
    /// Where the link goes. Required.
    pub url: SafeUrl,
    /// The link text. Required.
    pub text: AttrValue,
    /// Extra class on the `<a>`. Default: none.
    #[prop_or_default]
    pub class: Option<AttrValue>,
}

/// Opens in a new tab, so the reader keeps their place in the article, and
/// says so to screen readers (WCAG G201). `noopener noreferrer` stops the
/// opened page from scripting or learning about this one.
#[component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    let ui = use_ui();
    html! {
        <a class={props.class.clone()} href={props.url.as_attr()} target="_blank" rel="noopener noreferrer">
            { props.text.clone() }
            <span class="ia-visually-hidden">{ " " }{ ui.strings.new_tab.clone() }</span>
        </a>
    }
}
