//! The preview: the widget itself, mounted as a page mounts it, showing the
//! last valid article.

use crate::embed::{mount, MountHandle};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The preview's props.
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The JSON of the last valid article; none before the first.
    pub json: Option<Rc<str>>,
    /// The element the widget is mounted in (the editor reads selections in it).
    pub node: NodeRef,
}

/// Remounts the widget when the article changes. Yew renders the element
/// and never its children: those are the widget's.
#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let handle = use_mut_ref(|| None::<MountHandle>);
    {
        let node = props.node.clone();
        use_effect_with(props.json.clone(), move |json| {
            if let Some(mut old) = handle.borrow_mut().take() {
                old.unmount();
            }
            if let (Some(json), Some(element)) = (json, node.cast::<web_sys::Element>()) {
                // Whatever the last widget or its error box left.
                element.set_text_content(None);
                let options = js_sys::Object::new();
                // Ids of its own, apart from the editor's.
                let _ = js_sys::Reflect::set(&options, &"idPrefix".into(), &"preview-".into());
                // An article with problems never gets here; were mount to
                // refuse one, it shows why in the element itself.
                *handle.borrow_mut() = mount(element, JsValue::from_str(json), options.into()).ok();
            }
        });
    }
    html! {
        <section class="editor__pane" aria-labelledby="preview-heading">
            <h2 id="preview-heading" class="editor__subtitle">{ "Preview" }</h2>
            <div id="preview" class="editor__preview" ref={props.node.clone()}></div>
        </section>
    }
}
