//! The host's settings for one widget: the third argument of `mount`, or the
//! custom element's attributes. Each is checked like article data: a bad value
//! is a [`Problem`](crate::model::Problem) with a path such as `options.theme`.

use crate::components::{is_id_prefix, Theme};
use crate::model::Problems;
use crate::state::SectionsAtStart;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::EventTarget;

/// Checked mount options.
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    /// Colour scheme. Default: auto.
    pub theme: Theme,
    /// Which sections start open. Default: as the article says.
    pub sections: SectionsAtStart,
    /// UI language; default: the article's.
    pub lang: Option<String>,
    /// Heading level of the title, 1–5. Default: 1.
    pub heading_level: u8,
    /// Single UI strings to override, by key.
    pub strings: Vec<(String, String)>,
    /// Where `ia-*` events are dispatched. Default: the mount element.
    pub event_target: Option<EventTarget>,
    /// Put before every element id the widget renders. Default: none, or
    /// one chosen when the widget's ids are taken (see `components/ids.rs`).
    pub id_prefix: Option<String>,
}

/// The name of each option in `mount`'s options object, declared once: the
/// list of known options and every read below use these. (The custom
/// element's attributes are the same names in kebab-case, in the loader.)
const THEME: &str = "theme";
const SECTIONS: &str = "sections";
const LANG: &str = "lang";
const HEADING_LEVEL: &str = "headingLevel";
const STRINGS: &str = "strings";
const EVENT_TARGET: &str = "eventTarget";
const ID_PREFIX: &str = "idPrefix";
const KNOWN: [&str; 7] = [
    THEME,
    SECTIONS,
    LANG,
    HEADING_LEVEL,
    STRINGS,
    EVENT_TARGET,
    ID_PREFIX,
];

/// The problem path of option `name`: `options.theme`.
fn path(name: &str) -> String {
    format!("options.{name}")
}

/// Reads `value` (`undefined` or an object). Every problem is reported.
pub fn read_options(value: &JsValue) -> Result<MountOptions, Problems> {
    let mut options = MountOptions {
        heading_level: 1,
        ..MountOptions::default()
    };
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
        if !KNOWN.contains(&key.as_str()) {
            problems.push(
                path(&key),
                format!("unknown option; known options are {}", KNOWN.join(", ")),
            );
        }
    }
    let get = |key: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };

    if let Some(theme) = get(THEME) {
        match theme.as_string().as_deref().and_then(Theme::parse) {
            Some(theme) => options.theme = theme,
            None => problems.push(path(THEME), "must be \"light\", \"dark\" or \"auto\""),
        }
    }
    if let Some(sections) = get(SECTIONS) {
        match sections
            .as_string()
            .as_deref()
            .and_then(SectionsAtStart::parse)
        {
            Some(sections) => options.sections = sections,
            None => problems.push(path(SECTIONS), "must be \"open\" or \"collapsed\""),
        }
    }
    if let Some(lang) = get(LANG) {
        match lang.as_string() {
            Some(lang) if !lang.trim().is_empty() => options.lang = Some(lang),
            _ => problems.push(
                path(LANG),
                "must be a language tag such as \"en\" or \"zh-Hans\"",
            ),
        }
    }
    if let Some(level) = get(HEADING_LEVEL) {
        // Attributes arrive as strings ("2"), script options as numbers.
        let number = level
            .as_f64()
            .or_else(|| level.as_string()?.trim().parse().ok());
        match number {
            Some(n) if (1.0..=5.0).contains(&n) && n.fract() == 0.0 => {
                options.heading_level = n as u8
            }
            _ => problems.push(path(HEADING_LEVEL), "must be a whole number from 1 to 5"),
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
