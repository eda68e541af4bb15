//! `ia-ready`, once the widget is in the page.

use crate::events::WidgetEvent;
use yew::{hook, use_effect_with, Callback};

/// Tells the host the article is rendered, after the DOM exists so the host
/// can measure it.
#[hook]
pub fn use_ready_event(on_event: &Callback<WidgetEvent>) {
    let on_event = on_event.clone();
    use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
}
