//! The effects that connect a widget's state to the page, one named hook per
//! file (as in yew's `function_todomvc`), so [`crate::components::ArticleView`]
//! reads like its markup. Each one only touches the page after render, and
//! looks ids up from the widget's own root, never from `document`.

mod use_adopted;
mod use_copy_notice;
mod use_focus_requests;
mod use_fragment_navigation;
mod use_ready_event;
mod use_rendering_in_steps;
mod use_reveal_on_find;
mod use_store_banner_dismissal;
mod use_widget_state;

pub use use_adopted::{use_adopted_key_claims, use_adopted_sections, ServerSections};
pub use use_copy_notice::{copy_notice_line, use_copy_notice, with_notice};
pub use use_focus_requests::use_focus_requests;
pub use use_fragment_navigation::use_fragment_navigation;
pub use use_ready_event::use_ready_event;
pub use use_rendering_in_steps::use_rendering_in_steps;
pub use use_reveal_on_find::use_reveal_on_find;
pub use use_store_banner_dismissal::use_store_banner_dismissal;
pub use use_widget_state::{use_action, use_widget_state};
