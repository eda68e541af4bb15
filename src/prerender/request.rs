//! What `render` is asked to make, read the same way from the CLI's flags
//! and from the options object of the server wasm's `render(articleJson,
//! options)` (src/server.rs): every option has one name, its key in the
//! options object (`headingLevel`), whose kebab-case is its flag
//! (`--heading-level`). [`RENDER_OPTIONS`] lists the options of the render
//! itself; the widget's own are [`TEXT_OPTIONS`], checked by the code that
//! checks `mount`'s.

use super::{Prerender, Template, Widget};
use crate::model::{load_article, Problems};
use crate::options::{MountOptions, HYDRATE_VALUES, TEXT_OPTIONS};
use std::rc::Rc;

/// What `render` prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Output {
    /// The `<interactive-article>` element.
    #[default]
    Element,
    /// The container for `mount()` (option `mount`).
    Mount,
    /// A complete page (option `page`).
    Page,
}

/// One option of the render itself (not of the widget).
#[derive(Clone, Copy, Debug)]
pub struct RenderOption {
    /// Its name: the options object's key; in kebab-case, the flag.
    pub name: &'static str,
    /// What it takes, as an error names it (`a URL`); `None` for a switch
    /// (`--mount`; `mount: true`).
    pub takes: Option<&'static str>,
}

/// The name of the switch for the `mount()` container.
const MOUNT: &str = "mount";
/// The name of the switch for a complete page.
const PAGE: &str = "page";
/// The name of the option holding a page template (the CLI's flag reads it
/// from a file; the options object holds its text).
const TEMPLATE: &str = "template";
/// The name of the option naming the assets folder.
const ASSETS: &str = "assets";
/// The name of the option holding the page's own address.
const URL: &str = "url";
/// The name of the option for the element's `hydrate` attribute.
const HYDRATE: &str = "hydrate";

/// Every option of the render itself; the widget's own options
/// ([`TEXT_OPTIONS`]) follow them in [`RenderRequest::takes`].
pub const RENDER_OPTIONS: [RenderOption; 6] = [
    RenderOption {
        name: MOUNT,
        takes: None,
    },
    RenderOption {
        name: PAGE,
        takes: None,
    },
    RenderOption {
        name: TEMPLATE,
        takes: Some("a FILE"),
    },
    RenderOption {
        name: ASSETS,
        takes: Some("a URL"),
    },
    RenderOption {
        name: URL,
        takes: Some("a URL"),
    },
    RenderOption {
        name: HYDRATE,
        takes: Some("a value"),
    },
];

/// Why a render cannot be made as asked. Its text names options as the
/// caller spells them ([`RequestError::describe`]): `--heading-level` on
/// the command line, `headingLevel` in JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// No option has this name.
    Unknown(String),
    /// The option's value is not one it takes.
    Invalid {
        /// The option.
        name: &'static str,
        /// What its value must be (`must be "on" or "off"`).
        reason: String,
    },
    /// Two options that cannot go together.
    Conflict {
        /// The option given.
        name: &'static str,
        /// The option it conflicts with.
        with: &'static str,
    },
}

impl RequestError {
    /// The error in words, with each option name as `spell` writes it.
    pub fn describe(&self, spell: impl Fn(&str) -> String) -> String {
        match self {
            RequestError::Unknown(name) => format!("unknown option {}", spell(name)),
            RequestError::Invalid { name, reason } => format!("{} {reason}", spell(name)),
            RequestError::Conflict { name, with } if *name == HYDRATE => format!(
                "{} is the element's: with {}, the host's mount() call decides when",
                spell(name),
                spell(with)
            ),
            RequestError::Conflict { name, with } => format!(
                "{} is a template of its own: give {} or {}",
                spell(name),
                spell(name),
                spell(with)
            ),
        }
    }
}

/// What to render an article as, and with which options.
#[derive(Debug)]
pub struct RenderRequest {
    output: Output,
    template: Option<Template>,
    options: MountOptions,
    option_texts: Vec<(String, String)>,
    assets: String,
    page_url: Option<String>,
}

impl Default for RenderRequest {
    /// The element, with the widget's default options, the assets in
    /// `/embed/`, and no page address.
    fn default() -> Self {
        RenderRequest {
            output: Output::Element,
            template: None,
            options: MountOptions::default(),
            option_texts: Vec::new(),
            assets: String::from("/embed/"),
            page_url: None,
        }
    }
}

impl RenderRequest {
    /// Whether option `name` takes a value (and what, as an error names it)
    /// or is a switch (`Some(None)`); `None` when there is no such option.
    pub fn takes(name: &str) -> Option<Option<&'static str>> {
        RENDER_OPTIONS
            .iter()
            .find(|option| option.name == name)
            .map(|option| option.takes)
            .or_else(|| TEXT_OPTIONS.contains(&name).then_some(Some("a value")))
    }

    /// Every option name, the render's then the widget's.
    pub fn names() -> impl Iterator<Item = &'static str> {
        RENDER_OPTIONS
            .iter()
            .map(|option| option.name)
            .chain(TEXT_OPTIONS)
    }

    /// Sets option `name`: a switch with `None`, any other option with its
    /// text (a template's text, for `template`). The widget's options and
    /// `hydrate` are written on the element as given, in the order given.
    pub fn set(&mut self, name: &str, value: Option<&str>) -> Result<(), RequestError> {
        let Some(name) = Self::names().find(|known| *known == name) else {
            return Err(RequestError::Unknown(name.to_owned()));
        };
        let invalid = |reason: String| RequestError::Invalid { name, reason };
        let value = match (Self::takes(name).flatten(), value) {
            (None, _) => None,
            (Some(what), None) => return Err(invalid(format!("needs {what}"))),
            (Some(_), Some(value)) => Some(value),
        };
        match (name, value) {
            (MOUNT, _) => self.output = Output::Mount,
            (PAGE, _) => self.output = Output::Page,
            (TEMPLATE, Some(text)) => {
                let template = Template::parse(text)
                    .map_err(|err| invalid(format!("at line {}: {}", err.line, err.message)))?;
                self.set_template(template);
            }
            (ASSETS, Some(url)) if url.ends_with('/') => self.assets = url.to_owned(),
            (ASSETS, Some(url)) => self.assets = format!("{url}/"),
            (URL, Some(url)) => self.page_url = Some(url.to_owned()),
            (HYDRATE, Some(when)) if HYDRATE_VALUES.contains(&when) => {
                self.option_texts
                    .push((HYDRATE.to_owned(), when.to_owned()));
            }
            (HYDRATE, Some(_)) => {
                return Err(invalid(format!(
                    "must be one of {}",
                    HYDRATE_VALUES.join(", ")
                )))
            }
            (name, Some(text)) => {
                self.options
                    .set_text(name, text)
                    .map_err(|reason| invalid(reason.into()))?;
                self.option_texts.push((name.to_owned(), text.to_owned()));
            }
            // Every option but the switches takes a value (checked above).
            (_, None) => {}
        }
        Ok(())
    }

    /// Fills `template` instead of printing the element or container alone
    /// (the CLI reads it from a file, and says where a problem is).
    pub fn set_template(&mut self, template: Template) {
        self.template = Some(template);
    }

    /// Whether the options go together: `hydrate` is the element's, so not
    /// with `mount`; `page` is a template of its own.
    pub fn check(&self) -> Result<(), RequestError> {
        let hydrate = self.option_texts.iter().any(|(name, _)| name == HYDRATE);
        if self.output == Output::Mount && hydrate {
            return Err(RequestError::Conflict {
                name: HYDRATE,
                with: MOUNT,
            });
        }
        if self.output == Output::Page && self.template.is_some() {
            return Err(RequestError::Conflict {
                name: PAGE,
                with: TEMPLATE,
            });
        }
        Ok(())
    }

    /// The article in `text` rendered as asked, or its problems: the same
    /// bytes from the CLI and from the server wasm.
    pub fn render(self, text: &str) -> Result<String, Problems> {
        let article = load_article(text)?;
        // The article parsed, so the text is JSON.
        let json = serde_json::from_str(text).unwrap_or_default();
        let prerender = Prerender {
            article: Rc::new(article),
            json,
            options: self.options,
            option_texts: self.option_texts,
            assets: self.assets,
            page_url: self.page_url,
        };
        Ok(match (&self.template, self.output) {
            (Some(template), Output::Mount) => prerender.fill(template, Widget::MountContainer),
            (Some(template), _) => prerender.fill(template, Widget::Element),
            (None, Output::Element) => prerender.element(),
            (None, Output::Mount) => prerender.mount_container(),
            (None, Output::Page) => prerender.page(),
        })
    }
}
