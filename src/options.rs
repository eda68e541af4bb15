//! The host's settings for one widget, declared once: the table of every
//! option ([`OPTIONS`]), their one default ([`MountOptions::default`]), and
//! how an option written as text is read ([`MountOptions::set_text`]).
//!
//! Both sides read them from here: in the browser `mount`'s third argument
//! and the custom element's attributes (read in `embed/`), on a server the
//! CLI's flags, whose `--help` lines are written from the table
//! ([`help_lines`]). As GOV.UK Frontend's components declare their
//! `static defaults` once and derive parsing from them.

use crate::state::SectionsAtStart;
use crate::ui::Theme;
use web_sys::EventTarget;

/// Checked mount options. Every field's default is [`MountOptions::default`]'s.
#[derive(Debug, Clone)]
pub struct MountOptions {
    /// Colour scheme.
    pub theme: Theme,
    /// Which sections start open.
    pub sections: SectionsAtStart,
    /// UI language; `None`: the article's.
    pub lang: Option<String>,
    /// Heading level of the title, 1–5.
    pub heading_level: u8,
    /// Single UI strings to override, by key.
    pub strings: Vec<(String, String)>,
    /// Where `ia-*` events are dispatched; `None`: the mount element.
    pub event_target: Option<EventTarget>,
    /// Put before every element id the widget renders; `None`: no prefix, or
    /// one chosen when the widget's ids are taken (see `ui/ids.rs`).
    pub id_prefix: Option<String>,
    /// Whether text copied from the article gets the AI label and the
    /// article's address.
    pub copy_notice: bool,
}

impl Default for MountOptions {
    /// The options of a widget the host sets nothing for: the defaults that
    /// [`OPTIONS`] states in words.
    fn default() -> Self {
        MountOptions {
            theme: Theme::Auto,
            sections: SectionsAtStart::AsArticle,
            lang: None,
            heading_level: 1,
            strings: Vec::new(),
            event_target: None,
            id_prefix: None,
            copy_notice: true,
        }
    }
}

/// When the custom element fetches and runs the wasm: the values of its
/// `hydrate` attribute. The loader (embed/interactive-article.js) reads it,
/// not `mount`: a host that calls `mount` itself decides when. The CLI writes
/// it on a prerendered element (`render --hydrate`).
pub const HYDRATE_VALUES: [&str; 4] = ["visible", "idle", "interaction", "eager"];

/// The name of option `theme` in `mount`'s options object.
pub const THEME: &str = "theme";
/// The name of option `sections`.
pub const SECTIONS: &str = "sections";
/// The name of option `lang`.
pub const LANG: &str = "lang";
/// The name of option `headingLevel`.
pub const HEADING_LEVEL: &str = "headingLevel";
/// The name of option `strings`.
pub const STRINGS: &str = "strings";
/// The name of option `idPrefix`.
pub const ID_PREFIX: &str = "idPrefix";
/// The name of option `copyNotice`.
pub const COPY_NOTICE: &str = "copyNotice";
/// The name of option `eventTarget`.
pub const EVENT_TARGET: &str = "eventTarget";

/// What one option is, for the host: its name, where it can be set, the
/// values it takes, its default and what it does.
#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    /// Its name in `mount`'s options object (`headingLevel`). The custom
    /// element's attribute and the CLI's flag are this in kebab-case
    /// (`heading-level`, see [`kebab_case`]).
    pub name: &'static str,
    /// Whether the custom element has it as an attribute (whose text
    /// `mount` reads as it reads the option).
    pub attribute: bool,
    /// Whether it is set from text by [`MountOptions::set_text`]: the
    /// attribute's text, and the CLI's flag.
    pub text: bool,
    /// The values it takes, as `--help` writes them (`light|dark|auto`).
    pub values: &'static str,
    /// Its default, in words (what [`MountOptions::default`] sets).
    pub default: &'static str,
    /// What it does, in one line.
    pub description: &'static str,
    /// The TypeScript type of its value in `mount`'s options object: what
    /// the package's declarations say (`make types`). `UiStringKey` is the
    /// union of [`Strings::KEYS`](crate::strings::Strings::KEYS).
    pub typescript: &'static str,
}

impl OptionSpec {
    /// The custom element's attribute and the CLI's flag (without `--`):
    /// the name in kebab-case.
    pub fn attribute_name(&self) -> String {
        kebab_case(self.name)
    }
}

/// Every option a host can set, once. The README's option tables, the
/// loader's `optionAttributes` and `--help` list exactly these
/// (tests/options.rs).
pub const OPTIONS: [OptionSpec; 8] = [
    OptionSpec {
        name: THEME,
        attribute: true,
        text: true,
        values: "light|dark|auto",
        default: "auto",
        description: "colour scheme",
        typescript: r#""light" | "dark" | "auto""#,
    },
    OptionSpec {
        name: SECTIONS,
        attribute: true,
        text: true,
        values: "open|collapsed",
        default: "as the article says",
        description: "which sections start open",
        typescript: r#""open" | "collapsed""#,
    },
    OptionSpec {
        name: LANG,
        attribute: true,
        text: true,
        values: "TAG",
        default: "the article's",
        description: "language of the widget's text",
        typescript: "string",
    },
    OptionSpec {
        name: HEADING_LEVEL,
        attribute: true,
        text: true,
        values: "1-5",
        default: "1",
        description: "heading level of the title",
        typescript: r#"1 | 2 | 3 | 4 | 5 | "1" | "2" | "3" | "4" | "5""#,
    },
    OptionSpec {
        name: COPY_NOTICE,
        attribute: true,
        text: true,
        values: "on|off",
        default: "on",
        description: "the AI label and address on copied text",
        typescript: r#"boolean | "on" | "off""#,
    },
    OptionSpec {
        name: STRINGS,
        attribute: true,
        text: false,
        values: "{ key: text } (JSON in the attribute)",
        default: "none",
        description: "single UI strings to override",
        typescript: "Partial<Record<UiStringKey, string>> | string",
    },
    OptionSpec {
        name: EVENT_TARGET,
        attribute: false,
        text: false,
        values: "an EventTarget",
        default: "the element",
        description: "where the ia-* events are dispatched",
        typescript: "EventTarget",
    },
    OptionSpec {
        name: ID_PREFIX,
        attribute: true,
        text: false,
        values: "a letter, then letters, digits, - and _",
        default: "none",
        description: "put before every element id the widget renders",
        typescript: "string",
    },
];

/// The number of options set from text.
const TEXT_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < OPTIONS.len() {
        #[allow(clippy::indexing_slicing)]
        // reason: evaluated at compile time, where a bad index is a build error
        if OPTIONS[i].text {
            count += 1;
        }
        i += 1;
    }
    count
};

/// The name of every option, in [`OPTIONS`] order. Computed from the table
/// when compiling, so code that reads options (in the wasm) holds the names
/// and none of the table's words.
pub const NAMES: [&str; OPTIONS.len()] = {
    let mut names = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        #[allow(clippy::indexing_slicing)]
        // reason: evaluated at compile time, where a bad index is a build error
        {
            names[i] = OPTIONS[i].name;
        }
        i += 1;
    }
    names
};

/// The names of the options set from text ([`OptionSpec::text`]), in
/// [`OPTIONS`] order, computed from the table as [`NAMES`] is.
pub const TEXT_OPTIONS: [&str; TEXT_COUNT] = {
    let mut names = [""; TEXT_COUNT];
    let (mut i, mut next) = (0, 0);
    while i < OPTIONS.len() {
        #[allow(clippy::indexing_slicing)]
        // reason: evaluated at compile time, where a bad index is a build error
        if OPTIONS[i].text {
            names[next] = OPTIONS[i].name;
            next += 1;
        }
        i += 1;
    }
    names
};

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

/// The CLI's widget options for `--help`, one line per option set by text:
/// `--heading-level 1-5`, what it does and its default.
pub fn help_lines() -> String {
    OPTIONS
        .iter()
        .filter(|option| option.text)
        .map(|option| {
            let flag = format!("--{} {}", option.attribute_name(), option.values);
            format!(
                "  {flag:<32} {} (default: {})\n",
                option.description, option.default
            )
        })
        .collect()
}

impl MountOptions {
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
/// the same on every target (tests/properties.rs, tests/embed.rs). The JSON
/// reader's powers of ten come from here too (`format/json/number.rs`).
pub(crate) fn parse_number(text: &str) -> Option<f64> {
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
