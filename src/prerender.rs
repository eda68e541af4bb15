//! The article as HTML before any script runs: the widget rendered with
//! Yew's server renderer, wrapped for the page that embeds it, with the
//! article's structured data. The `interactive-article` CLI prints what
//! these functions return, and so does the server wasm (src/server.rs),
//! asked the same way ([`RenderRequest`]).
//!
//! Every piece of article text reaches the HTML through Yew's renderer (which
//! escapes it) or through [`escape`]; article JSON inside a `<script>` has
//! `<`, `>` and `&` written as `\u003c` and so on, so no string in an article
//! can close the script or open a tag.
//!
//! Output is deterministic: the same article and options give the same bytes,
//! so a CMS can cache and diff it.

mod alone;
mod json_ld;
mod request;
mod template;

pub use json_ld::{digital_source_type, json_ld, rating};
pub use request::{Output, RenderOption, RenderRequest, RequestError, RENDER_OPTIONS};
pub use template::{Placeholder, Template, TemplateError, Widget, PAGE};

use crate::components::{
    section_props, KeyClaimsList, SectionCallbacks, SectionDisclosure, WidgetContent, WidgetProps,
    WidgetRoot, WidgetRootProps,
};
use crate::first_render::{first_render, FirstRender, HostConnection, PRERENDER_ATTRIBUTE};
use crate::model::Article;
use crate::options::{kebab_case, MountOptions};
use crate::state::State;
use alone::{Alone, AloneProps};
use std::fmt::Write as _;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use yew::{html, AttrValue, Callback, Html, LocalServerRenderer};

/// What to prerender: a checked article, its JSON as given, and the host's
/// options for the widget.
#[derive(Debug)]
pub struct Prerender {
    /// The validated article.
    pub article: Rc<Article>,
    /// The article data as read, embedded for the browser to hydrate from.
    pub json: serde_json::Value,
    /// The options, as the widget will read them.
    pub options: MountOptions,
    /// The options as given by name (`theme`, `headingLevel`) and text, in
    /// the order given, and the loader's `hydrate`: written on the custom
    /// element as its attributes.
    pub option_texts: Vec<(String, String)>,
    /// Where the loader, glue, wasm and stylesheets are (a folder laid out
    /// like `dist/embed/`), ending in `/`.
    pub assets: String,
    /// The page's canonical address, when known: the `canonical` link and
    /// the base of the structured data's URLs.
    pub page_url: Option<String>,
}

/// The inline `<script>` a prerendered widget's markup starts with, and a
/// line break: embed/recorder.js as the loader is shipped (comment lines,
/// indentation and blank lines dropped). It keeps the reader's clicks and
/// keys from the moment the widget is parsed until the loader, a module
/// script that runs only once the whole page is parsed, takes them over. A
/// strict Content-Security-Policy allows it by its hash (the README's policy
/// table); where a policy blocks it, the loader records from when it runs.
pub fn recorder_script() -> String {
    let code: Vec<&str> = include_str!("../embed/recorder.js")
        .lines()
        .map(str::trim_start)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect();
    format!("<script>{}</script>\n", code.join("\n"))
}

/// `text` escaped for HTML text or a quoted attribute value.
pub fn escape(text: &str) -> String {
    text.chars()
        .fold(String::with_capacity(text.len()), |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
            out
        })
}

/// `value` as JSON that is safe inside a `<script>` element: `<`, `>` and `&`
/// are written as `\u003c`, `\u003e`, `\u0026` (the same JSON to a parser),
/// so `</script>` or `<!--` in the data cannot end or change the element.
pub fn script_json(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The output of `future` if its first poll finishes it. Yew's server
/// renderer is async, but it schedules work synchronously natively and in
/// the server wasm (`not_browser_env`), and the widget awaits nothing (no
/// suspense), so every render finishes in one poll (were one to wait, its
/// widget would be empty: tests/prerender.rs finds every fixture's text in
/// its render). Polled here, not blocked on: wasm has no thread to park, and
/// a render that waited would hang a worker.
fn poll_once<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut context = Context::from_waker(futures_task::noop_waker_ref());
    match pin!(future).poll(&mut context) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// Renders the parts of `widget`'s article that the browser takes over as
/// they are (`ui/adopted.rs`) on their own, as the widget's first render
/// has them (the state it starts in, no callbacks: a server hears
/// nothing): each section, and the key-claims list. Keeps the
/// markup for the widget to write.
fn render_parts_beforehand(widget: &WidgetProps) {
    let WidgetContent::Article(article) = &widget.content else {
        return;
    };
    let state = State::new(
        Rc::clone(&article.0),
        widget.banner_dismissed,
        widget.sections,
    );
    let callbacks = SectionCallbacks::dispatching(&Callback::noop());
    let alone = |part: Html| {
        let props = AloneProps {
            ui: Rc::clone(&widget.ui),
            part,
        };
        let renderer = LocalServerRenderer::<Alone>::with_props(props).hydratable(false);
        AttrValue::from(poll_once(renderer.render()).unwrap_or_default())
    };
    let sections = (0..article.sections.len())
        .map(|index| {
            let props = section_props(article, &state, &callbacks, index);
            alone(html! { <SectionDisclosure ..props /> })
        })
        .collect();
    let key_claims =
        alone(html! { <KeyClaimsList article={article.clone()} open={state.key_claims_open} /> });
    widget.ui.adopted.keep_markup(sections, key_claims);
}

impl Prerender {
    /// The widget's first render, as `mount` would build it: no id prefix
    /// unless the host set one (a server sees no other ids), the banner as
    /// the article has it (a reader's stored dismissal is applied after
    /// hydration).
    fn first_render(&self) -> FirstRender {
        first_render(
            Rc::clone(&self.article),
            &self.options,
            HostConnection::default(),
            |_| false,
        )
    }

    /// The widget's markup, as Yew's server renderer writes it for hydration
    /// (with the comments that mark component boundaries), from the same root
    /// component as `mount` uses, so the two have the same structure. Each
    /// section, and the key-claims list, are rendered beforehand, on
    /// their own, and written as raw markup
    /// (`ui/adopted.rs`).
    pub fn widget_html(&self) -> String {
        let widget = self.first_render().props;
        render_parts_beforehand(&widget);
        let props = WidgetRootProps {
            widget: Some((0, widget)),
        };
        let renderer = LocalServerRenderer::<WidgetRoot>::with_props(props).hydratable(true);
        poll_once(renderer.render()).unwrap_or_default()
    }

    /// What this prerender was made from (see [`FirstRender::stamp`]); the
    /// browser hydrates the markup only when its own stamp is the same.
    pub fn stamp(&self) -> String {
        self.first_render().stamp()
    }

    /// `<script type="application/json">` holding the article.
    fn article_script(&self, attributes: &str) -> String {
        format!(
            "<script type=\"application/json\"{attributes}>{}</script>",
            script_json(&self.json)
        )
    }

    /// The `<interactive-article>` element for a news page, after the
    /// [`recorder_script`]: a declarative shadow root holding the stylesheets
    /// and the rendered widget, and the article JSON the loader hydrates from.
    pub fn element(&self) -> String {
        let mut out = recorder_script() + "<interactive-article";
        for (name, text) in &self.option_texts {
            let _ = write!(out, " {}=\"{}\"", kebab_case(name), escape(text));
        }
        let assets = escape(&self.assets);
        let _ = writeln!(
            out,
            "><template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"{assets}interactive-article.css\">\
             <link rel=\"stylesheet\" href=\"{assets}shadow.css\">\
             <div part=\"root\" {PRERENDER_ATTRIBUTE}=\"{}\">{}</div></template>{}</interactive-article>",
            escape(&self.stamp()),
            self.widget_html(),
            self.article_script("")
        );
        out
    }

    /// A plain container for `mount(container, article, options)`, after the
    /// [`recorder_script`], and the article JSON beside it (`data-ia-article`)
    /// to pass to `mount`.
    pub fn mount_container(&self) -> String {
        format!(
            "{}<div {PRERENDER_ATTRIBUTE}=\"{}\">{}</div>\n{}\n",
            recorder_script(),
            escape(&self.stamp()),
            self.widget_html(),
            self.article_script(" data-ia-article")
        )
    }

    /// A complete page: title, description, canonical link, the element,
    /// its structured data, and the loader from the assets folder ([`PAGE`]
    /// filled in).
    #[allow(clippy::expect_used)] // reason: PAGE is a constant, and tests/template.rs parses it
    pub fn page(&self) -> String {
        let page = Template::parse(PAGE).expect("unreachable: the built-in page template is valid");
        self.fill(&page, Widget::Element)
    }
}
