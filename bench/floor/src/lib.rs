//! The floor fixture: a two-component Yew accordion, mounted into an element
//! the host page passes, as the widget is.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Sections of placeholder text, so the accordion has something to fold.
const SECTIONS: [(&str, &str); 4] = [
    ("First section", "The first section's text."),
    ("Second section", "The second section's text."),
    ("Third section", "The third section's text."),
    ("Fourth section", "The fourth section's text."),
];

#[derive(Properties, PartialEq)]
struct SectionProps {
    heading: AttrValue,
    body: AttrValue,
    open: bool,
    on_toggle: Callback<()>,
}

/// One section: a button that says whether its panel is open, and the panel.
#[function_component]
fn Section(props: &SectionProps) -> Html {
    let on_click = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <section>
            <h2>
                <button type="button" aria-expanded={props.open.to_string()} onclick={on_click}>
                    { props.heading.clone() }
                </button>
            </h2>
            <div hidden={!props.open}>
                <p>{ props.body.clone() }</p>
            </div>
        </section>
    }
}

/// The accordion: which sections are open, and the sections.
#[function_component]
fn Accordion() -> Html {
    let open = use_state(|| vec![false; SECTIONS.len()]);
    html! {
        <div class="accordion">
            { for SECTIONS.iter().enumerate().map(|(index, (heading, body))| {
                let on_toggle = {
                    let open = open.clone();
                    Callback::from(move |()| {
                        let mut next = (*open).clone();
                        if let Some(section) = next.get_mut(index) {
                            *section = !*section;
                        }
                        open.set(next);
                    })
                };
                html! {
                    <Section
                        heading={*heading}
                        body={*body}
                        open={open.get(index).copied().unwrap_or_default()}
                        {on_toggle}
                    />
                }
            }) }
        </div>
    }
}

/// Renders the accordion into `element`.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element) {
    yew::Renderer::<Accordion>::with_root(element).render();
}
