//! The host's settings for one widget: the third argument of `mount`, or the
//! custom element's attributes. Each is checked like article data: a bad value
//! is a [`Problem`](crate::model::Problem) with a path such as `options.theme`.

use crate::components::Theme;
use crate::state::SectionsAtStart;
use web_sys::EventTarget;
#[cfg(target_arch = "wasm32")]
use {
    crate::components::is_id_prefix,
    crate::model::Problems,
    wasm_bindgen::{JsCast, JsValue},
};

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
    /// Whether text copied from the article gets the AI label and the
    /// article's address. Default: `true` (see [`MountOptions::defaults`]).
    pub copy_notice: bool,
}

/// The name of each option in `mount`'s options object, declared once: the
/// list of known options and every read below use these. (The custom
/// element's attributes are the same names in kebab-case, in the loader.)
const THEME: &str = "theme";
const SECTIONS: &str = "sections";
const LANG: &str = "lang";
const HEADING_LEVEL: &str = "headingLevel";
const COPY_NOTICE: &str = "copyNotice";
#[cfg(target_arch = "wasm32")]
const STRINGS: &str = "strings";
#[cfg(target_arch = "wasm32")]
const EVENT_TARGET: &str = "eventTarget";
#[cfg(target_arch = "wasm32")]
const ID_PREFIX: &str = "idPrefix";
#[cfg(target_arch = "wasm32")]
const KNOWN: [&str; 8] = [
    THEME,
    SECTIONS,
    LANG,
    HEADING_LEVEL,
    COPY_NOTICE,
    STRINGS,
    EVENT_TARGET,
    ID_PREFIX,
];

/// The options a value written as text sets: the custom element's
/// attributes (in kebab-case), and the prerender CLI's flags
/// (`--heading-level`), which must render what `mount` would.
pub const TEXT_OPTIONS: [&str; 5] = [THEME, SECTIONS, LANG, HEADING_LEVEL, COPY_NOTICE];

/// `headingLevel` → `heading-level`: an option's attribute or flag name.
pub fn kebab_case(name: &str) -> String {
    name.chars().fold(String::new(), |mut out, c| {
        if c.is_ascii_uppercase() {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
        out
    })
}

impl MountOptions {
    /// The options of a widget the host sets nothing for.
    pub fn defaults() -> MountOptions {
        MountOptions {
            heading_level: 1,
            copy_notice: true,
            ..MountOptions::default()
        }
    }

    /// Sets option `name` (one of [`TEXT_OPTIONS`]) from `text`; else says
    /// what the value must be.
    pub fn set_text(&mut self, name: &str, text: &str) -> Result<(), &'static str> {
        match name {
            THEME => {
                self.theme = Theme::parse(text).ok_or("must be \"light\", \"dark\" or \"auto\"")?
            }
            SECTIONS => {
                self.sections =
                    SectionsAtStart::parse(text).ok_or("must be \"open\" or \"collapsed\"")?
            }
            LANG if !text.trim().is_empty() => self.lang = Some(text.to_owned()),
            LANG => return Err("must be a language tag such as \"en\" or \"zh-Hans\""),
            HEADING_LEVEL => match parse_number(text.trim()) {
                // Whole numbers only: "2" and 2 from script, never "2.5".
                Some(n) if (1.0..=5.0).contains(&n) && n.fract() == 0.0 => {
                    self.heading_level = n as u8
                }
                _ => return Err("must be a whole number from 1 to 5"),
            },
            COPY_NOTICE => {
                self.copy_notice = match text.trim() {
                    "on" | "true" => true,
                    "off" | "false" => false,
                    _ => return Err("must be \"on\" or \"off\" (true or false from script)"),
                }
            }
            _ => return Err("is not an option set by text"),
        }
        Ok(())
    }
}

/// `text` as `str::parse::<f64>` reads it, or `None` where that fails. In
/// the browser the engine's `parseFloat` does the arithmetic instead: Rust's
/// parser would bring its table of powers of five into the wasm (12.7 KB of
/// the download, for one option). Both round to the nearest double, and
/// [`is_decimal`] admits exactly the texts Rust reads, less its names for
/// infinity and not-a-number (no heading level either way), so a text means
/// the same on every target (tests/properties.rs, tests/embed.rs).
fn parse_number(text: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        is_decimal(text).then(|| js_sys::Number::parse_float(text))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.parse::<f64>().ok()
    }
}

/// Whether `text` is a decimal number that Rust's `f64` parser and
/// JavaScript's `parseFloat` both read in full: a sign, digits with at most
/// one point (and a digit on at least one side of it), then an exponent.
pub fn is_decimal(text: &str) -> bool {
    fn sign(text: &[u8]) -> &[u8] {
        text.strip_prefix(b"+")
            .or_else(|| text.strip_prefix(b"-"))
            .unwrap_or(text)
    }
    /// The number of leading digits, and what follows them.
    fn digits(text: &[u8]) -> (usize, &[u8]) {
        let count = text.iter().take_while(|b| b.is_ascii_digit()).count();
        (count, text.get(count..).unwrap_or_default())
    }
    let (whole, rest) = digits(sign(text.as_bytes()));
    let (fraction, rest) = match rest.strip_prefix(b".") {
        Some(after) => digits(after),
        None => (0, rest),
    };
    if whole + fraction == 0 {
        return false;
    }
    let rest = match rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) {
        Some(after) => match digits(sign(after)) {
            (0, _) => return false,
            (_, rest) => rest,
        },
        None => rest,
    };
    rest.is_empty()
}

/// The problem path of option `name`: `options.theme`.
#[cfg(target_arch = "wasm32")]
fn path(name: &str) -> String {
    format!("options.{name}")
}

#[cfg(target_arch = "wasm32")]
/// Reads `value` (`undefined` or an object). Every problem is reported.
pub fn read_options(value: &JsValue) -> Result<MountOptions, Problems> {
    let mut options = MountOptions::defaults();
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
