//! The sections of a widget rendered afresh, a step per task
//! ([`State::rendering_in_steps`](crate::state::State::rendering_in_steps)).

use crate::state::{next_step, Action, SECTIONS_AT_FIRST};
use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use yew::{hook, use_effect_with, use_mut_ref, Callback};

/// While sections are left out (`rendered` of them are in), asks for the
/// next step in a task of its own (a `setTimeout` of 0, which every browser
/// has), so the browser can paint and handle input between steps, each as
/// many sections as the last step's pace fits in a task ([`next_step`]);
/// and, as the page is about to print, for every section at once.
#[hook]
pub fn use_rendering_in_steps(dispatch: &Callback<Action>, rendered: usize, every: bool) {
    // When the last step was asked for, and how many sections it was: its
    // render has run by the time this effect does.
    let asked = use_mut_ref(|| None::<(f64, usize)>);
    let step = dispatch.clone();
    use_effect_with((rendered, every), move |&(_, every)| {
        let size = asked
            .borrow_mut()
            .take()
            .map_or(SECTIONS_AT_FIRST, |(at, last)| {
                next_step(last, js_sys::Date::now() - at)
            });
        let next = web_sys::window().filter(|_| !every).map(|window| {
            let step = Closure::once(move || {
                *asked.borrow_mut() = Some((js_sys::Date::now(), size));
                step.emit(Action::RenderMoreSections(size));
            });
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
