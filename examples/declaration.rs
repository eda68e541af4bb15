//! Prints, as one JSON object, what the package's TypeScript declarations
//! and custom-elements manifest are written from: the option table, the
//! events, the UI string keys, the `hydrate` values and the server's render
//! options. `make types` passes it to `scripts/types.mjs`; tests/types.rs
//! fails when the files it wrote are out of date.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use interactive_article::events::EVENTS;
    use interactive_article::options::{HYDRATE_VALUES, OPTIONS};
    use interactive_article::prerender::RENDER_OPTIONS;
    use interactive_article::strings::Strings;
    use serde_json::json;

    let options: Vec<_> = OPTIONS
        .iter()
        .map(|option| {
            json!({
                "name": option.name,
                "attribute": option.attribute.then(|| option.attribute_name()),
                "text": option.text,
                "values": option.values,
                "default": option.default,
                "description": option.description,
                "type": option.typescript,
            })
        })
        .collect();
    let events: Vec<_> = EVENTS
        .iter()
        .map(|event| {
            let detail: Vec<_> = event
                .detail
                .iter()
                .map(|(name, ty, description)| {
                    json!({ "name": name, "type": ty, "description": description })
                })
                .collect();
            json!({ "name": event.name, "description": event.description, "detail": detail })
        })
        .collect();
    let render_options: Vec<_> = RENDER_OPTIONS
        .iter()
        .map(|option| json!({ "name": option.name, "takes": option.takes }))
        .collect();
    let declaration = json!({
        "options": options,
        "events": events,
        "uiStringKeys": Strings::KEYS,
        "hydrateValues": HYDRATE_VALUES,
        "renderOptions": render_options,
    });
    println!("{declaration:#}");
}

// The declaration is read natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
