//! One section on its own, for the server to render beforehand: its markup
//! goes into the page as raw markup, which the browser's widget hydrates by
//! taking the nodes as they are, never walking them (`ui/adopted.rs`).

use crate::components::{SectionDisclosure, SectionDisclosureProps};
use crate::ui::Ui;
use std::rc::Rc;
use yew::{component, html, ContextProvider, Html, Properties};

/// Props of [`SectionAlone`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SectionAloneProps {
    /// The widget's UI context. Required.
    pub ui: Rc<Ui>,
    /// The section, as the widget's first render has it. Required.
    pub section: SectionDisclosureProps,
}

/// A section with the widget's UI context, as in the widget.
#[component]
pub fn SectionAlone(props: &SectionAloneProps) -> Html {
    html! {
        <ContextProvider<Rc<Ui>> context={props.ui.clone()}>
            <SectionDisclosure ..props.section.clone() />
        </ContextProvider<Rc<Ui>>>
    }
}
