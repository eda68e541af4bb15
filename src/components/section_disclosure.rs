//! One collapsible section, after the WAI-ARIA disclosure pattern: a real
//! `<button>` inside the heading with `aria-expanded` and `aria-controls`,
//! plus the accordion pattern's optional keys (Up/Down to the previous/next
//! heading, Home/End to the first/last).
//! https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/
//! https://www.w3.org/WAI/ARIA/apg/patterns/accordion/

use super::SectionBody;
use crate::state::HeadingStep;
use crate::ui::{use_ui, ArticleRef};
use yew::virtual_dom::VNode;
use yew::{component, html, Callback, Html, KeyboardEvent, Properties};

/// Props of [`SectionDisclosure`]. Built by
/// [`section_props`](super::section_props), so that one reader action changes
/// the props of the sections it touches and of no other.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SectionDisclosureProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Index of the section in the article. Required.
    pub index: usize,
    /// Whether the section is expanded. Required.
    pub open: bool,
    /// The open claim, when it lies in this section. Default: none.
    #[prop_or_default]
    pub open_claim: Option<usize>,
    /// Told the section index when the heading button is activated. Required.
    pub on_toggle: Callback<usize>,
    /// Told a claim index when its marked words are activated. Required.
    pub on_open_claim: Callback<usize>,
    /// Told when the open callout is closed. Required.
    pub on_close_claim: Callback<()>,
    /// Told the section index and where to go when Up, Down, Home or End is
    /// pressed on the heading button. Default: does nothing.
    #[prop_or_default]
    pub on_heading_key: Callback<(usize, HeadingStep)>,
}

#[cfg(debug_assertions)]
thread_local! {
    static RENDERS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many times any [`SectionDisclosure`] has rendered, in debug builds
/// only: the browser tests hold one reader action to rendering the one
/// section it touches.
#[cfg(debug_assertions)]
pub fn section_renders() -> u64 {
    RENDERS.with(std::cell::Cell::get)
}

/// A section heading that toggles its panel.
#[component]
pub fn SectionDisclosure(props: &SectionDisclosureProps) -> Html {
    #[cfg(debug_assertions)]
    RENDERS.with(|n| n.set(n.get().saturating_add(1)));
    let ui = use_ui();
    let Some(section) = props.article.sections.get(props.index) else {
        return Html::default();
    };
    let panel_id = ui.panel_id(section);
    let index = props.index;
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        move |_| on_toggle.emit(index)
    };
    let onkeydown = {
        let on_heading_key = props.on_heading_key.clone();
        move |event: KeyboardEvent| {
            // With a modifier, the key is the browser's or the reader's own
            // shortcut (Alt+Home, Ctrl+End): leave it alone.
            if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key() {
                return;
            }
            if let Some(step) = HeadingStep::from_key(&event.key()) {
                // The arrows and Home/End would otherwise scroll the page.
                event.prevent_default();
                on_heading_key.emit((index, step));
            }
        }
    };
    let panel = html! {
        // No role="region": with many sections, a landmark each would drown the
        // landmark list (https://www.w3.org/WAI/ARIA/apg/patterns/accordion/).
        <div class="ia-section__panel" id={panel_id.clone()}>
            <SectionBody
                article={props.article.clone()}
                index={props.index}
                open_claim={props.open_claim}
                on_open_claim={props.on_open_claim.clone()}
                on_close_claim={props.on_close_claim.clone()}
            />
        </div>
    };
    html! {
        // ::part(section): one section: its heading and its panel
        <section class="ia-section" part="section" id={ui.section_id(section)} data-ia-section={props.index.to_string()} data-open={props.open.to_string()}>
            <@{ui.heading(1)} class="ia-section__heading">
                // ::part(section-toggle): a section heading's button, which opens and closes the section
                <button
                    type="button"
                    class="ia-section__toggle"
                    part="section-toggle"
                    id={ui.heading_id(section)}
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id}
                    {onclick}
                    {onkeydown}
                >
                    <span class="ia-section__title">{ section.heading.clone() }</span>
                    if let Some(involvement) = section.involvement {
                        // Words, not a colour, and inside the button so that the
                        // heading's accessible name carries it; the hidden comma
                        // makes a screen reader pause between the two.
                        <span class="ia-section__badge" data-involvement={involvement.key()} lang={ui.ui_lang()}>
                            <span class="ia-visually-hidden">{ ", " }</span>
                            { ui.involvement_label(involvement).clone() }
                        </span>
                    }
                    <span class="ia-section__chevron" aria-hidden="true"></span>
                </button>
            </@>
            { hidden_until_found(panel, !props.open) }
        </section>
    }
}

/// Marks a collapsed panel `hidden="until-found"`: hidden, but searchable by
/// the browser's find-in-page, which reveals it on a match (and skips its
/// layout while hidden). `html!` only knows `hidden` as a boolean, so the
/// attribute is set on the built node.
fn hidden_until_found(mut panel: Html, hidden: bool) -> Html {
    if let (VNode::VTag(tag), true) = (&mut panel, hidden) {
        std::rc::Rc::make_mut(tag).add_attribute("hidden", "until-found");
    }
    panel
}
