//! Reads `mount`'s third argument, a JS object (the custom element passes
//! its attributes as one), into [`MountOptions`]. It crosses as data through
//! serde-wasm-bindgen ([`OptionsObject`]), but for the event target, which
//! is a live object and is taken as it is. Every value is checked
//! like article data: a bad value is a [`Problem`](crate::model::Problem)
//! with a path such as `options.theme`. The names, defaults and text
//! parsing are [`crate::options`]'.

use super::options_object::{OptionValue, OptionsObject};
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
    if value.dyn_ref::<js_sys::Object>().is_none() || value.is_function() {
        problems.push("options", "must be an object");
        return Err(problems);
    };
    // Never fails on a value (each is an `OptionValue`); an object the
    // bridge cannot read at all has no options to take.
    let object: OptionsObject = serde_wasm_bindgen::from_value(value.clone()).unwrap_or_default();
    for (key, _) in &object.0 {
        if !NAMES.contains(&key.as_str()) {
            problems.push(
                path(key),
                format!("unknown option; known options are {}", NAMES.join(", ")),
            );
        }
    }

    for name in TEXT_OPTIONS {
        // Attributes arrive as strings ("2"); a heading level from script
        // may be a number, the copy notice a boolean. Anything else is an
        // empty, so invalid, text.
        let text = match (object.get(name), name) {
            (OptionValue::Unset, _) => continue,
            (OptionValue::Text(text), _) => text.clone(),
            (OptionValue::Number(n), HEADING_LEVEL) => n.to_string(),
            (OptionValue::Bool(on), COPY_NOTICE) => on.to_string(),
            _ => String::new(),
        };
        if let Err(reason) = options.set_text(name, &text) {
            problems.push(path(name), reason);
        }
    }
    let mut strings = object.get(STRINGS).clone();
    // The custom element's `strings` attribute carries the object as JSON.
    if let OptionValue::Text(text) = &strings {
        strings = match js_sys::JSON::parse(text) {
            Ok(parsed) => serde_wasm_bindgen::from_value(parsed).unwrap_or(OptionValue::Other),
            Err(_) => {
                problems.push(path(STRINGS), "is not valid JSON");
                OptionValue::Unset
            }
        };
    }
    match strings {
        OptionValue::Unset => {}
        OptionValue::Entries(entries) => {
            for (key, text) in entries {
                match text {
                    OptionValue::Text(text)
                        if crate::strings::Strings::KEYS.contains(&key.as_str()) =>
                    {
                        options.strings.push((key, text));
                    }
                    OptionValue::Text(_) => problems.push(
                        format!("{}.{key}", path(STRINGS)),
                        "is not a UI string this widget has",
                    ),
                    _ => problems.push(format!("{}.{key}", path(STRINGS)), "must be a string"),
                }
            }
        }
        _ => problems.push(path(STRINGS), "must be an object of UI strings by key"),
    }
    let get = |key: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    if let Some(target) = get(EVENT_TARGET) {
        match target.dyn_into::<EventTarget>() {
            Ok(target) => options.event_target = Some(target),
            Err(_) => problems.push(
                path(EVENT_TARGET),
                "must be an EventTarget, such as an element",
            ),
        }
    }
    match object.get(ID_PREFIX) {
        OptionValue::Unset => {}
        OptionValue::Text(prefix) if is_id_prefix(prefix) => {
            options.id_prefix = Some(prefix.clone())
        }
        _ => problems.push(
            path(ID_PREFIX),
            "must start with a letter and hold only letters, digits, \"-\" and \"_\" (at most 64)",
        ),
    }
    if problems.is_empty() {
        Ok(options)
    } else {
        Err(problems)
    }
}
