//! One collapsible section, after the WAI-ARIA disclosure pattern: a real
//! `<button>` inside the heading with `aria-expanded` and `aria-controls`.
//! https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/

use super::{use_ui, ArticleRef, SectionBody};
use yew::virtual_dom::VNode;
use yew::{component, html, Callback, Html, Properties};

/// Props of [`SectionDisclosure`].
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
}

/// A section heading that toggles its panel.
#[component]
pub fn SectionDisclosure(props: &SectionDisclosureProps) -> Html {
    let ui = use_ui();
    let Some(section) = props.article.sections.get(props.index) else {
        return Html::default();
    };
    let heading_id = ui.id("heading", &section.id);
    let panel_id = ui.id("panel", &section.id);
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        let index = props.index;
        move |_| on_toggle.emit(index)
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
        <section class="ia-section" part="section" id={section.id.clone()} data-ia-section={props.index.to_string()} data-open={props.open.to_string()}>
            <@{ui.heading(1)} class="ia-section__heading">
                <button
                    type="button"
                    class="ia-section__toggle"
                    part="section-toggle"
                    id={heading_id}
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id}
                    {onclick}
                >
                    <span class="ia-section__title">{ section.heading.clone() }</span>
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
