//! A source's passage (its `quote`), quoted under the link to it: the words
//! the article relies on, which the link's text fragment scrolls to.

use crate::model::Source;
use crate::ui::use_ui;
use yew::{component, html, Html, Properties};

/// Props of [`Passage`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PassageProps {
    /// The source. Required; without a `quote` nothing renders.
    pub source: Source,
}

/// `<q cite>`: the browser adds the quotation marks of the surrounding
/// language, and `cite` names where the words come from.
#[component]
pub fn Passage(props: &PassageProps) -> Html {
    let ui = use_ui();
    let Some(quote) = props.source.quote.clone() else {
        return Html::default();
    };
    html! {
        <span class="ia-passage">
            <q cite={props.source.url.as_attr()} lang={ui.text_lang()}>{ quote }</q>
        </span>
    }
}
