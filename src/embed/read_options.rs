//! Reads `mount`'s third argument, a JS object (the custom element passes
//! its attributes as one), into [`MountOptions`]. Every value is checked
//! like article data: a bad value is a [`Problem`](crate::model::Problem)
//! with a path such as `options.theme`. The names, defaults and text
//! parsing are [`crate::options`]'.

use crate::model::Problems;
use crate::options::{
    MountOptions, COPY_NOTICE, EVENT_TARGET, HEADING_LEVEL, ID_PREFIX, NAMES, STRINGS, TEXT_OPTIONS,
};
use crate::ui::is_id_prefix;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::EventTarget;

/// The problem path of option `name`: `options.theme`.
fn path(name: &str) -> String {
    format!("options.{name}")
}

/// Reads `value` (`undefined` or an object). Every problem is reported.
pub fn read_options(value: &JsValue) -> Result<MountOptions, Problems> {
    let mut options = MountOptions::default();
    let mut problems = Problems::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let Some(object) = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !value.is_function())
    else {
        problems.push("options", "must be an object");
        return Err(problems);
    };
    for key in js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
    {
        if !NAMES.contains(&key.as_str()) {
            problems.push(
                path(&key),
                format!("unknown option; known options are {}", NAMES.join(", ")),
            );
        }
    }
    let get = |key: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };

    for name in TEXT_OPTIONS {
        let Some(value) = get(name) else { continue };
        // Attributes arrive as strings ("2"); a heading level from script
        // may be a number, the copy notice a boolean. Anything else is an
        // empty, so invalid, text.
        let text = value.as_string().or_else(|| match name {
            HEADING_LEVEL => value.as_f64().map(|n| n.to_string()),
            COPY_NOTICE => value.as_bool().map(|on| on.to_string()),
            _ => None,
        });
        if let Err(reason) = options.set_text(name, text.as_deref().unwrap_or_default()) {
            problems.push(path(name), reason);
        }
    }
    if let Some(mut strings) = get(STRINGS) {
        // The custom element's `strings` attribute carries the object as JSON.
        if let Some(text) = strings.as_string() {
            match js_sys::JSON::parse(&text) {
                Ok(parsed) => strings = parsed,
                Err(_) => problems.push(path(STRINGS), "is not valid JSON"),
            }
        }
        match strings
            .dyn_ref::<js_sys::Object>()
            .filter(|_| !strings.is_string())
        {
            Some(object) => {
                for entry in js_sys::Object::entries(object).iter() {
                    let pair = js_sys::Array::from(&entry);
                    let key = pair.get(0).as_string().unwrap_or_default();
                    match pair.get(1).as_string() {
                        Some(text) if crate::strings::Strings::KEYS.contains(&key.as_str()) => {
                            options.strings.push((key, text));
                        }
                        Some(_) => problems.push(
                            format!("{}.{key}", path(STRINGS)),
                            "is not a UI string this widget has",
                        ),
                        None => {
                            problems.push(format!("{}.{key}", path(STRINGS)), "must be a string")
                        }
                    }
                }
            }
            None => problems.push(path(STRINGS), "must be an object of UI strings by key"),
        }
    }
    if let Some(target) = get(EVENT_TARGET) {
        match target.dyn_into::<EventTarget>() {
            Ok(target) => options.event_target = Some(target),
            Err(_) => problems.push(
                path(EVENT_TARGET),
                "must be an EventTarget, such as an element",
            ),
        }
    }
    if let Some(prefix) = get(ID_PREFIX) {
        match prefix.as_string() {
            Some(prefix) if is_id_prefix(&prefix) => options.id_prefix = Some(prefix),
            _ => problems.push(
                path(ID_PREFIX),
                "must start with a letter and hold only letters, digits, \"-\" and \"_\" (at most 64)",
            ),
        }
    }
    if problems.is_empty() {
        Ok(options)
    } else {
        Err(problems)
    }
}
