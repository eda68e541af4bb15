//! The root component of every Yew app that shows a widget: the widget, or
//! nothing while a browser's app waits in its pool for the next mount (see
//! `embed/app_pool.rs`). The server renderer renders it too, so the markup
//! it writes has the component structure `mount` hydrates.

use super::{Widget, WidgetProps};
use yew::{component, html, Html, Properties};

/// Props of [`WidgetRoot`].
#[derive(Debug, Clone, PartialEq, Default, Properties)]
pub struct WidgetRootProps {
    /// The widget to show and its instance number, or `None` while the app
    /// is idle. Default: idle.
    #[prop_or_default]
    pub widget: Option<(u32, WidgetProps)>,
}

/// Renders the widget keyed by its instance number, so an app that passes
/// from one mount to the next never carries a reader's state (open sections,
/// focus requests, effects) from one widget into another.
#[component]
pub fn WidgetRoot(props: &WidgetRootProps) -> Html {
    #[cfg(feature = "test-trap")]
    force_render_trap(props);
    match &props.widget {
        Some((instance, widget)) => html! { <Widget key={*instance} ..widget.clone() /> },
        None => html! {},
    }
}

/// Test builds only (`--features test-trap`): an article whose id is
/// `forced-render-trap` panics in its first render, which Yew runs after
/// `mount` has returned. See `force_trap` in `embed/mount.rs`.
#[cfg(feature = "test-trap")]
#[allow(clippy::panic)] // reason: a deliberate panic is the point of this test hook
fn force_render_trap(props: &WidgetRootProps) {
    use super::WidgetContent;
    if let Some((_, widget)) = &props.widget {
        if let WidgetContent::Article(article) = &widget.content {
            if &*article.id == "forced-render-trap" {
                panic!("forced-render-trap: the test build's deliberate panic");
            }
        }
    }
}
