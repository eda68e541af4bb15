//! The problems of the text, each at its line: choosing one puts the
//! cursor there.

use crate::dialect::Problem;
use std::rc::Rc;
use yew::prelude::*;

/// The problem list's props.
#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    /// The problems, in the order of the text.
    pub problems: Rc<[Problem]>,
    /// Called with a problem's line and column when it is chosen.
    pub on_choose: Callback<(usize, usize)>,
}

/// Buttons, so the list is used by keyboard as by mouse.
#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    html! {
        <ol id="problems" class="editor__problems">
            { for props.problems.iter().map(|problem| {
                let (line, column) = (problem.line, problem.column);
                let on_choose = props.on_choose.clone();
                // Text, never markup: a message quotes the article's words.
                html! {
                    <li>
                        <button type="button" class="editor__problem"
                            onclick={move |_| on_choose.emit((line, column))}>
                            { problem.to_string() }
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}
