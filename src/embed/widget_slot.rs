//! The root component of every Yew app that `mount` creates: a widget, or
//! nothing while the app waits in the pool for its next mount (see
//! `mount.rs`, "Apps are reused").

use crate::components::{Widget, WidgetProps};
use yew::{component, html, Html, Properties};

/// Props of [`WidgetSlot`].
#[derive(Debug, Clone, PartialEq, Default, Properties)]
pub struct WidgetSlotProps {
    /// The mounted widget and its instance number, or `None` while the slot
    /// is idle. Default: idle.
    #[prop_or_default]
    pub widget: Option<(u32, WidgetProps)>,
}

/// Renders the widget keyed by its instance number, so a slot that passes
/// from one mount to the next never carries a reader's state (open sections,
/// focus requests, effects) from one widget into another.
#[component]
pub fn WidgetSlot(props: &WidgetSlotProps) -> Html {
    match &props.widget {
        Some((instance, widget)) => html! { <Widget key={*instance} ..widget.clone() /> },
        None => html! {},
    }
}
