//! The widget's reducer, and the one callback every reader action goes
//! through: it tells the host what [`State::event_for`] decides, then applies
//! the action.

use crate::events::WidgetEvent;
use crate::state::{Action, SectionsAtStart, State};
use crate::ui::ArticleRef;
use std::rc::Rc;
use yew::{hook, use_callback, use_reducer, Callback, UseReducerHandle};

/// The state of one widget and its `dispatch` callback, which stays the same
/// callback for the widget's life (so props built from it never change).
#[hook]
pub fn use_widget_state(
    article: &ArticleRef,
    banner_dismissed: bool,
    sections: SectionsAtStart,
    in_steps: bool,
    on_event: &Callback<WidgetEvent>,
) -> (UseReducerHandle<State>, Callback<Action>) {
    let state = {
        let article = Rc::clone(&article.0);
        use_reducer(move || {
            let state = State::new(article, banner_dismissed, sections);
            if in_steps {
                state.rendering_in_steps()
            } else {
                state
            }
        })
    };
    let dispatch = {
        let state = state.clone();
        use_callback(on_event.clone(), move |action: Action, on_event| {
            // A handle reads the reducer's current state (yew keeps it
            // up to date as actions are dispatched), so this is the state
            // the action meets, even for two actions before one render. A
            // fresh clone per read: a handle keeps every state it has read.
            let told = state.clone().event_for(action);
            state.dispatch(action);
            if let Some(event) = told {
                on_event.emit(event);
            }
        })
    };
    (state, dispatch)
}

/// A callback, whatever its event type, that dispatches `action`; the same
/// callback from render to render while `action` stays the same.
#[hook]
pub fn use_action<T: 'static>(dispatch: &Callback<Action>, action: Action) -> Callback<T> {
    use_callback((dispatch.clone(), action), |_: T, (dispatch, action)| {
        dispatch.emit(*action)
    })
}
