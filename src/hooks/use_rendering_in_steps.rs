//! The sections of a widget rendered afresh, a step per task
//! ([`State::rendering_in_steps`](crate::state::State::rendering_in_steps)).

use crate::state::{next_step, Action, SECTIONS_AT_FIRST};
use gloo_events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::{hook, use_effect_with, use_mut_ref, Callback};

/// While sections are left out (`rendered` of them are in), asks for the
/// next step in a task of its own (a `setTimeout` of 0, which every browser
/// has), so the browser can paint and handle input between steps, each as
/// many sections as the last step's pace fits in a task ([`next_step`]);
/// and, as the page is about to print, for every section at once. (Yew
/// renders that in a microtask, before the page is laid out for print;
/// unless it yielded to the browser between a render and its effects,
/// which it does past 16 ms, and then it renders in its next task, after
/// the print was laid out.)
#[hook]
pub fn use_rendering_in_steps(dispatch: &Callback<Action>, rendered: usize, every: bool) {
    // When the last step was asked for, and how many sections it was: its
    // render has run by the time this effect does.
    let asked = use_mut_ref(|| None::<(f64, usize)>);
    let dispatch = dispatch.clone();
    use_effect_with((rendered, every), move |&(_, every)| {
        let size = asked
            .borrow_mut()
            .take()
            .map_or(SECTIONS_AT_FIRST, |(at, last)| {
                next_step(last, js_sys::Date::now() - at)
            });
        // Called off when the widget goes, or renders again first (this
        // effect's next run then listens for printing instead).
        let called_off = Rc::new(Cell::new(false));
        let print = web_sys::window().filter(|_| !every).map(|window| {
            let (called_off, step) = (Rc::clone(&called_off), dispatch.clone());
            // The closure type `waiting::after_a_task` uses too: each type
            // has its own shim in the wasm.
            let then: Box<dyn FnOnce()> = Box::new(move || {
                if !called_off.get() {
                    *asked.borrow_mut() = Some((js_sys::Date::now(), size));
                    step.emit(Action::RenderMoreSections(size));
                }
            });
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                Closure::once_into_js(then).unchecked_ref(),
                0,
            );
            EventListener::once(&window, "beforeprint", move |_| {
                dispatch.emit(Action::RenderEverySection)
            })
        });
        move || {
            called_off.set(true);
            drop(print);
        }
    });
}
