//! The box shown instead of an article whose data was rejected: it lists every
//! problem with its JSON path, as text, so an editor can fix them all at once.

use crate::strings::Strings;
use crate::ui::{use_ui, ProblemsRef};
use yew::{component, html, Html, Properties};

/// Props of [`ErrorBox`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ErrorBoxProps {
    /// The problems to list. Required.
    pub problems: ProblemsRef,
}

/// Lists validation problems. `role="alert"` so screen readers announce that
/// the article failed instead of silently showing an empty box.
#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let ui = use_ui();
    let heading = ui.heading(0);
    let count = props.problems.0 .0.len();
    html! {
        // ::part(error): the box shown instead of an article that was rejected, with every problem
        <div class="ia-error" part="error" role="alert" data-problems={count.to_string()} lang={ui.strings.lang.clone()}>
            <@{heading} class="ia-error__title">{ ui.strings.error_title.clone() }</@>
            <p>{ Strings::fill(&ui.strings.error_intro, count) }</p>
            <ul class="ia-error__list">
                { for props.problems.iter().map(|problem| html! {
                    <li class="ia-error__item">
                        if !problem.path.is_empty() {
                            <code class="ia-error__path">{ problem.path.clone() }</code>{ ": " }
                        }
                        <span class="ia-error__message">{ problem.message.clone() }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}
