//! Pages from a template: `interactive-article render --template FILE`.
//!
//! A template is a page as a CMS writes it, with `{{name}}` placeholders for
//! the rendered widget and the article's metadata ([`Placeholder`]). Each
//! value is escaped for the place it stands in, so the template decides where
//! things go and never how they are escaped; a placeholder in a place that no
//! escaping covers (a `<style>`, a comment, a tag outside a quoted attribute
//! value), like an unknown name, is refused with its line. [`PAGE`] is the
//! page of `render --page`.
//!
//! The places are found by a small HTML scanner, enough for a page template:
//! text, tags with their quoted attribute values, comments, declarations
//! (`<!doctype>`) and the raw text of `<script>` and `<style>`.

use super::{escape, json_ld, script_json, Prerender};
use std::fmt;

/// The page `render --page` prints: the template that makes it. It names its
/// icon (the AI label's, `icon.svg` in the assets folder), so a browser asks
/// the server for no `/favicon.ico`, a 404 and a console error on a site that
/// has none. (An empty `data:` URL would need `img-src data:` in a strict
/// policy.) A site's own template (`render --template`) links its own.
pub const PAGE: &str = include_str!("page.html");

/// A value a template can ask for, as `{{name}}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// What `render` prints (the element), or `render --mount` (the container).
    Widget,
    /// The page's title: the article's.
    Title,
    /// The meta description: the article's standfirst.
    Description,
    /// The article's language tag.
    Lang,
    /// The `--assets` folder, ending in `/`.
    Assets,
    /// `<link rel="canonical">` to the `--url` address; nothing without it.
    Canonical,
    /// The `<script type="module">` of the loader from `--assets`.
    Loader,
    /// The JSON-LD of `render --page`, for a `<script type="application/ld+json">`.
    JsonLd,
}

/// Where a value may stand, and how it is written there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Text between tags or in a quoted attribute value, with `&<>"'` escaped.
    Text,
    /// Whole elements, between tags, as they are. A markup placeholder alone
    /// on its line stands for whole lines: its value brings its own line
    /// break, and an empty value leaves no line.
    Markup,
    /// JSON inside a `<script>`, with `<`, `>` and `&` as `\u003c`… ([`script_json`]).
    ScriptJson,
}

impl Placeholder {
    /// Every placeholder, in the order `--help` and the README list them.
    pub const ALL: [Placeholder; 8] = [
        Placeholder::Widget,
        Placeholder::Title,
        Placeholder::Description,
        Placeholder::Lang,
        Placeholder::Assets,
        Placeholder::Canonical,
        Placeholder::Loader,
        Placeholder::JsonLd,
    ];

    /// The name written between the braces.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::Widget => "widget",
            Placeholder::Title => "title",
            Placeholder::Description => "description",
            Placeholder::Lang => "lang",
            Placeholder::Assets => "assets",
            Placeholder::Canonical => "canonical",
            Placeholder::Loader => "loader",
            Placeholder::JsonLd => "json_ld",
        }
    }

    fn kind(self) -> Kind {
        match self {
            Placeholder::Widget | Placeholder::Canonical | Placeholder::Loader => Kind::Markup,
            Placeholder::JsonLd => Kind::ScriptJson,
            _ => Kind::Text,
        }
    }
}

/// What `{{widget}}` is filled with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// The `<interactive-article>` element (`render`).
    Element,
    /// The container for `mount()` (`render --mount`).
    MountContainer,
}

/// Why a template cannot be used: its line (from 1) and the reason.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateError {
    /// The line of the template the problem is on.
    pub line: usize,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A checked template, ready to fill.
#[derive(Debug)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug)]
enum Part {
    Text(String),
    Value(Placeholder),
    /// A markup placeholder alone on its line, with the line's indentation.
    Lines(String, Placeholder),
}

/// Where the scanner is in the template's HTML.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Text,
    Comment,
    /// `<!doctype …>` and the like.
    Declaration,
    /// In a tag: the element's raw text follows it for `<script>`, `<style>`.
    Tag(Option<RawText>),
    /// In a quoted attribute value, with its quote.
    Quoted(u8, Option<RawText>),
    Raw(RawText),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RawText {
    Script,
    Style,
}

impl RawText {
    fn name(self) -> &'static str {
        match self {
            RawText::Script => "script",
            RawText::Style => "style",
        }
    }
}

impl Template {
    /// Reads the template file at `path`; the error says `path` and, for a
    /// problem inside it, the line.
    pub fn read(path: &str) -> Result<Template, String> {
        let text =
            std::fs::read_to_string(path).map_err(|err| format!("{path}: cannot read: {err}"))?;
        Template::parse(&text).map_err(|err| format!("{path}:{}: {}", err.line, err.message))
    }

    /// Checks `text` and splits it at its placeholders.
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let bytes = text.as_bytes();
        // The text is cut only where an ASCII delimiter (`{`, `<`, a line
        // break) stands, always a char boundary; `at` steps through the bytes
        // of other characters, none of which is ASCII, so nothing starts there.
        let rest = |at: usize| bytes.get(at..).unwrap_or_default();
        let slice = |from: usize, to: usize| text.get(from..to).unwrap_or_default();
        let mut parts = Vec::new();
        let mut state = State::Text;
        let mut line = 1;
        // Start of the text not yet in `parts`.
        let mut pending = 0;
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if rest(at).starts_with(b"{{") {
                let (placeholder, end) = placeholder_at(text, at)
                    .and_then(|(placeholder, end)| {
                        check_place(placeholder, state.place())?;
                        Ok((placeholder, end))
                    })
                    .map_err(|message| TemplateError { line, message })?;
                let line_start = slice(0, at).rfind('\n').map_or(0, |i| i + 1);
                let indent = slice(line_start, at);
                let alone = placeholder.kind() == Kind::Markup
                    && line_start >= pending
                    && indent.bytes().all(|b| b == b' ' || b == b'\t')
                    && matches!(bytes.get(end), None | Some(b'\n'));
                if alone {
                    parts.push(Part::Text(slice(pending, line_start).to_owned()));
                    parts.push(Part::Lines(indent.to_owned(), placeholder));
                    // The line break is the value's.
                    pending = (end + 1).min(bytes.len());
                    line += usize::from(end < bytes.len());
                } else {
                    parts.push(Part::Text(slice(pending, at).to_owned()));
                    parts.push(Part::Value(placeholder));
                    pending = end;
                }
                at = pending;
                continue;
            }
            line += usize::from(byte == b'\n');
            let (next, step) = state.after(rest(at));
            state = next;
            // A step of more than one byte passes no line break (`<!--`, a tag name).
            at += step;
        }
        parts.push(Part::Text(slice(pending, bytes.len()).to_owned()));
        Ok(Template { parts })
    }
}

/// The placeholder whose `{{` is at `at` in `text`, and where it ends.
fn placeholder_at(text: &str, at: usize) -> Result<(Placeholder, usize), String> {
    let inner = text
        .get(at + 2..)
        .and_then(|after| after.split_once("}}"))
        .map(|(inner, _)| inner)
        .filter(|inner| !inner.contains('\n'))
        .ok_or("{{ without its }} on the same line")?;
    let name = inner.trim();
    let placeholder = Placeholder::ALL
        .into_iter()
        .find(|p| p.name() == name)
        .ok_or_else(|| {
            format!(
                "unknown placeholder {{{{{name}}}}}; the placeholders are {}",
                Placeholder::ALL
                    .map(|p| format!("{{{{{}}}}}", p.name()))
                    .join(", ")
            )
        })?;
    Ok((placeholder, at + 2 + inner.len() + 2))
}

impl State {
    /// The state after the text that starts `rest`, and how many bytes
    /// that takes.
    fn after(self, rest: &[u8]) -> (State, usize) {
        let byte = rest.first().copied().unwrap_or_default();
        match self {
            State::Text if rest.starts_with(b"<!--") => (State::Comment, 4),
            State::Text if rest.starts_with(b"<!") || rest.starts_with(b"<?") => {
                (State::Declaration, 1)
            }
            State::Text if byte == b'<' => {
                let end_tag = rest.get(1) == Some(&b'/');
                let name = rest.get(1 + usize::from(end_tag)..).unwrap_or_default();
                let len = name
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
                    .count();
                if !name.first().is_some_and(u8::is_ascii_alphabetic) {
                    // A lone `<` is text.
                    return (State::Text, 1);
                }
                let name = name.get(..len).unwrap_or_default();
                let raw = [RawText::Script, RawText::Style]
                    .into_iter()
                    .find(|raw| !end_tag && name.eq_ignore_ascii_case(raw.name().as_bytes()));
                (State::Tag(raw), 1 + usize::from(end_tag) + len)
            }
            State::Comment if rest.starts_with(b"-->") => (State::Text, 3),
            State::Declaration if byte == b'>' => (State::Text, 1),
            State::Tag(raw) if byte == b'"' || byte == b'\'' => (State::Quoted(byte, raw), 1),
            State::Tag(Some(raw)) if byte == b'>' => (State::Raw(raw), 1),
            State::Tag(None) if byte == b'>' => (State::Text, 1),
            State::Quoted(quote, raw) if byte == quote => (State::Tag(raw), 1),
            State::Raw(raw) if Self::ends_raw_text(raw, rest) => {
                (State::Tag(None), 2 + raw.name().len())
            }
            unchanged => (unchanged, 1),
        }
    }

    /// Whether `rest` starts with the end tag of `raw` (`</script`, any
    /// case, then a space, `/` or `>`): nothing else ends a script.
    fn ends_raw_text(raw: RawText, rest: &[u8]) -> bool {
        let name = raw.name().as_bytes();
        rest.starts_with(b"</")
            && rest
                .get(2..2 + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && matches!(
                rest.get(2 + name.len()),
                Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
            )
    }
}

/// The kind of place a placeholder stands in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Text,
    Attribute,
    Script,
    /// Anywhere else, said as "a comment" and so on.
    Other(&'static str),
}

impl State {
    fn place(self) -> Place {
        match self {
            State::Text => Place::Text,
            State::Quoted(..) => Place::Attribute,
            State::Raw(RawText::Script) => Place::Script,
            State::Raw(RawText::Style) => Place::Other("a <style> element"),
            State::Comment => Place::Other("a comment"),
            State::Declaration | State::Tag(_) => {
                Place::Other("a tag, outside a quoted attribute value")
            }
        }
    }
}

/// Whether `placeholder` may stand in `place`, or why not.
fn check_place(placeholder: Placeholder, place: Place) -> Result<(), String> {
    let (fits, what) = match placeholder.kind() {
        Kind::Text => (
            matches!(place, Place::Text | Place::Attribute),
            "escaped text, for text between tags or a quoted attribute value",
        ),
        Kind::Markup => (place == Place::Text, "markup, for text between tags"),
        Kind::ScriptJson => (
            place == Place::Script,
            "JSON, for inside a <script> element",
        ),
    };
    if fits {
        return Ok(());
    }
    let place = match place {
        Place::Text => "text between tags",
        Place::Attribute => "an attribute value",
        Place::Script => "a <script> element",
        Place::Other(place) => place,
    };
    Err(format!(
        "{{{{{}}}}} cannot go in {place}: it is {what}",
        placeholder.name()
    ))
}

impl Prerender {
    /// `template` with its placeholders filled from this article, and
    /// `{{widget}}` with `widget`.
    pub fn fill(&self, template: &Template, widget: Widget) -> String {
        let mut out = String::new();
        for part in &template.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Value(placeholder) => out.push_str(&self.value(*placeholder, widget)),
                Part::Lines(indent, placeholder) => {
                    let value = self.value(*placeholder, widget);
                    if !value.is_empty() {
                        out.push_str(indent);
                        out.push_str(&value);
                    }
                }
            }
        }
        out
    }

    /// What `placeholder` stands for, escaped for the place its kind allows.
    fn value(&self, placeholder: Placeholder, widget: Widget) -> String {
        let article = &self.article;
        match placeholder {
            Placeholder::Widget => match widget {
                Widget::Element => self.element(),
                Widget::MountContainer => self.mount_container(),
            },
            Placeholder::Title => escape(&article.title),
            Placeholder::Description => escape(&article.standfirst),
            Placeholder::Lang => escape(&article.lang),
            Placeholder::Assets => escape(&self.assets),
            Placeholder::Canonical => self
                .page_url
                .as_deref()
                .map(|url| format!("<link rel=\"canonical\" href=\"{}\">\n", escape(url)))
                .unwrap_or_default(),
            Placeholder::Loader => format!(
                "<script type=\"module\" src=\"{}interactive-article.js\"></script>\n",
                escape(&self.assets)
            ),
            Placeholder::JsonLd => script_json(&json_ld(article, self.page_url.as_deref())),
        }
    }
}
