//! What a widget is rendered from, built the same way in the browser
//! (`mount`) and on a server (the prerender CLI): a prerendered page can only
//! be hydrated when both sides render the same thing.

use crate::components::{WidgetContent, WidgetProps};
use crate::model::Article;
use crate::options::MountOptions;
use crate::strings::strings_for;
use crate::ui::Ui;
use std::fmt::Write as _;

/// The [`Ui`] of a widget showing `article` with `options`, before an id
/// prefix is chosen and events are connected.
pub fn article_ui(article: &Article, options: &MountOptions) -> Ui {
    Ui {
        strings: strings_for(
            options.lang.as_deref(),
            Some(&article.lang),
            &options.strings,
        ),
        article_id: article.id.clone(),
        article_lang: article.lang.clone(),
        heading_level: options.heading_level,
        copy_notice: options.copy_notice,
        ..Ui::default()
    }
}

/// The attribute that stamps a prerendered widget's container with what it
/// was rendered from ([`render_stamp`]).
pub const PRERENDER_ATTRIBUTE: &str = "data-ia-prerender";

/// A 64-bit FNV-1a hash of the text written into it: small, and the same on
/// every platform.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl std::fmt::Write for Fnv1a {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0 = text.bytes().fold(self.0, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        Ok(())
    }
}

/// What a widget rendered from `props` looks like at its first render, as
/// `crate version:hash`: the article and everything else that decides the
/// markup (UI text, ids, heading level, theme, sections, banner). A server
/// and a browser that compute the same stamp render the same markup, so the
/// browser may hydrate the server's; otherwise it must render afresh (a
/// structure Yew does not expect would stop the module). `None` for the
/// error box, which is never prerendered.
pub fn render_stamp(props: &WidgetProps) -> Option<String> {
    let WidgetContent::Article(article) = &props.content else {
        return None;
    };
    let ui = &props.ui;
    // Debug output of plain data: the same bytes natively and in wasm. It is
    // hashed as it is written: a long article's Debug text runs to megabytes,
    // and wasm memory, once grown for it, never shrinks.
    let mut hash = Fnv1a::default();
    // Writing into the hasher never fails (a failing Debug impl would only
    // change the stamp, and the browser would render afresh).
    let _ = write!(
        hash,
        "{:?}|{:?}|{}|{}|{}|{}|{:?}|{:?}|{}",
        *article.0,
        ui.strings,
        ui.id_prefix,
        ui.article_id,
        ui.article_lang,
        ui.heading_level,
        props.theme,
        props.sections,
        props.banner_dismissed,
    );
    Some(format!("{}:{:016x}", env!("CARGO_PKG_VERSION"), hash.0))
}
