//! A part of the widget on its own, for the server to render beforehand: its
//! markup goes into the page as raw markup, which the browser's widget
//! hydrates by taking the nodes as they are, never walking them
//! (`ui/adopted.rs`).

use crate::ui::Ui;
use std::rc::Rc;
use yew::{component, html, ContextProvider, Html, Properties};

/// Props of [`Alone`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AloneProps {
    /// The widget's UI context. Required.
    pub ui: Rc<Ui>,
    /// The part (a section, the key-claims list's items), with its props as
    /// the widget's first render has them. Required.
    pub part: Html,
}

/// A part with the widget's UI context, as in the widget.
#[component]
pub fn Alone(props: &AloneProps) -> Html {
    html! {
        <ContextProvider<Rc<Ui>> context={props.ui.clone()}>
            { props.part.clone() }
        </ContextProvider<Rc<Ui>>>
    }
}
