//! `ia-ready`, once the widget is in the page.

use crate::events::WidgetEvent;
use yew::{hook, use_effect_with, Callback};

/// Tells the host the article is rendered, after the DOM exists so the host
/// can measure it: once `every_section` is rendered (a widget rendered
/// afresh renders a long article's sections in steps).
#[hook]
pub fn use_ready_event(on_event: &Callback<WidgetEvent>, every_section: bool) {
    let on_event = on_event.clone();
    use_effect_with(every_section, move |&every_section| {
        if every_section {
            on_event.emit(WidgetEvent::Ready);
        }
    });
}
