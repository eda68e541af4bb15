//! The root component of every Yew app that `mount` creates: a widget, or
//! nothing while the app waits in the pool for its next mount (see
//! `mount.rs`, "Apps are reused"). The prerender CLI renders it too, so
//! the markup it writes has the component structure `mount` hydrates.

#[cfg(target_arch = "wasm32")]
use super::mount::first_render_done;
use crate::components::{Widget, WidgetProps};
use yew::{component, html, use_effect_with, Html, Properties};

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
    // Effects run after the render: the widget's first render is over.
    // (A server render runs no effects; natively there is nothing to tell.)
    use_effect_with(
        props.widget.as_ref().map(|(instance, _)| *instance),
        |instance| {
            #[cfg(target_arch = "wasm32")]
            if let Some(instance) = instance {
                first_render_done(*instance);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = instance;
        },
    );
    #[cfg(feature = "test-trap")]
    force_render_trap(props);
    match &props.widget {
        Some((instance, widget)) => html! { <Widget key={*instance} ..widget.clone() /> },
        None => html! {},
    }
}

/// Test builds only (`--features test-trap`): an article whose id is
/// `forced-render-trap` panics in its first render, which Yew runs after
/// `mount` has returned. See `force_trap` in `mount.rs`.
#[cfg(feature = "test-trap")]
#[allow(clippy::panic)] // reason: a deliberate panic is the point of this test hook
fn force_render_trap(props: &WidgetSlotProps) {
    use crate::components::WidgetContent;
    if let Some((_, widget)) = &props.widget {
        if let WidgetContent::Article(article) = &widget.content {
            if &*article.id == "forced-render-trap" {
                panic!("forced-render-trap: the test build's deliberate panic");
            }
        }
    }
}
