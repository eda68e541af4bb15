//! The invitation to discuss the article, with a sign-in link when the host
//! gives one.

use super::ExternalLink;
use crate::model::Discussion;
use crate::ui::use_ui;
use yew::{component, html, Html, Properties};

/// Props of [`DiscussionPrompt`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DiscussionPromptProps {
    /// The prompt and optional sign-in URL. Required.
    pub discussion: Discussion,
}

/// The discussion prompt.
#[component]
pub fn DiscussionPrompt(props: &DiscussionPromptProps) -> Html {
    let ui = use_ui();
    let heading_id = ui.discussion_heading_id();
    html! {
        // ::part(discussion): the closing invitation to discuss the article
        <section class="ia-discussion" part="discussion" aria-labelledby={heading_id.clone()}>
            <@{ui.heading(1)} class="ia-discussion__heading" id={heading_id} lang={ui.ui_lang()}>{ ui.strings.discussion.clone() }</@>
            <p class="ia-discussion__prompt">{ props.discussion.prompt.clone() }</p>
            if let Some(url) = props.discussion.sign_in_url.clone() {
                <p class="ia-discussion__sign-in" lang={ui.ui_lang()}>
                    <ExternalLink {url} text={ui.strings.sign_in.clone()} />
                </p>
            }
        </section>
    }
}
