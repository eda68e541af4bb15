//! The sections of a widget rendered afresh, a step per task
//! ([`State::rendering_in_steps`](crate::state::State::rendering_in_steps)).

use crate::state::Action;
use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use yew::{hook, use_effect_with, Callback};

/// While sections are left out (`rendered` of them are in), asks for the
/// next step in a task of its own (a `setTimeout` of 0, which every browser
/// has), so the browser can paint and handle input between steps; and, as
/// the page is about to print, for every section at once.
#[hook]
pub fn use_rendering_in_steps(dispatch: &Callback<Action>, rendered: usize, every: bool) {
    let step = dispatch.clone();
    use_effect_with((rendered, every), move |&(_, every)| {
        let next = web_sys::window().filter(|_| !every).map(|window| {
            let step = Closure::once(move || step.emit(Action::RenderMoreSections));
            let timer = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    step.as_ref().unchecked_ref(),
                    0,
                )
                .ok();
            (window, timer, step)
        });
        move || {
            // Called off when the widget goes, or renders again first.
            if let Some((window, Some(timer), _step)) = next {
                window.clear_timeout_with_handle(timer);
            }
        }
    });
    let print = dispatch.clone();
    use_effect_with(every, move |&every| {
        let listener = web_sys::window().filter(|_| !every).map(|window| {
            EventListener::once(&window, "beforeprint", move |_| {
                print.emit(Action::RenderEverySection)
            })
        });
        move || drop(listener)
    });
}
