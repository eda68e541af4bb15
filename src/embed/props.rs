//! What a widget is rendered from, built the same way in the browser
//! (`mount`) and on a server (the prerender CLI): a prerendered page can only
//! be hydrated when both sides render the same thing.

use super::options::MountOptions;
use crate::components::Ui;
use crate::model::Article;
use crate::strings::Strings;

/// The UI text for `options` and the article's language.
pub fn strings_for(options: &MountOptions, article_lang: Option<&str>) -> Strings {
    let lang = options.lang.as_deref().or(article_lang).unwrap_or("en");
    let mut strings = Strings::for_language(lang);
    for (key, text) in &options.strings {
        // Keys were checked against `Strings::KEYS` when the options were read.
        strings.set(key, text.clone().into());
    }
    strings
}

/// The [`Ui`] of a widget showing `article` with `options`, before an id
/// prefix is chosen and events are connected.
pub fn article_ui(article: &Article, options: &MountOptions) -> Ui {
    Ui {
        strings: strings_for(options, Some(&article.lang)),
        article_id: article.id.clone(),
        article_lang: article.lang.clone(),
        heading_level: options.heading_level.max(1),
        ..Ui::default()
    }
}
