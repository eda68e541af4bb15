//! What a widget is rendered from at its first render, built by one function
//! for both sides: `mount` in the browser and the server renderer (the
//! prerender CLI). The browser takes over prerendered markup only when the
//! two render the same thing, which the stamp ([`FirstRender::stamp`]) shows;
//! as leptos builds the same app for every target.

use crate::components::{WidgetContent, WidgetProps};
use crate::events::WidgetEvent;
use crate::model::{Article, Problems};
use crate::options::MountOptions;
use crate::strings::strings_for;
use crate::ui::{choose_id_prefix, Adopted, Shared, Ui};
use stamp::{Stamp, StampHasher};
use std::rc::Rc;
use yew::{AttrValue, Callback};

mod stamp;

/// The attribute that stamps a prerendered widget's container with what it
/// was rendered from ([`FirstRender::stamp`]).
pub const PRERENDER_ATTRIBUTE: &str = "data-ia-prerender";

/// What connects a widget to its host page. A server connects nothing
/// (the default): it knows nothing of the reader, and its render runs no
/// effects.
#[derive(Debug, Default)]
pub struct HostConnection {
    /// Told what the reader does, for the host's `ia-*` events.
    pub on_event: Callback<WidgetEvent>,
    /// Told `true` when the reader dismisses the banner, `false` when they
    /// restore it, so the host can remember it.
    pub on_banner_change: Callback<bool>,
    /// Whether the reader dismissed this article's banner on an earlier visit.
    pub banner_dismissed_before: bool,
}

/// A widget's first render of an article.
#[derive(Debug, Clone)]
pub struct FirstRender {
    /// The props of the first render as a server renders it: the banner as
    /// the article has it.
    pub props: WidgetProps,
    /// Whether the reader dismissed the banner on an earlier visit: applied
    /// when the widget renders afresh ([`FirstRender::fresh`]). A widget that
    /// takes over a server's markup keeps the full banner the server rendered
    /// instead: shrinking it once the page has painted would move the article
    /// under the reader's eyes (a layout shift).
    pub banner_dismissed_before: bool,
}

/// The first render of `article` with the host's `options`. Its ids get the
/// host's prefix, else none, else (when `taken` says the widget's ids are
/// already used in its document) the one [`choose_id_prefix`] picks.
pub fn first_render(
    article: Rc<Article>,
    options: &MountOptions,
    host: HostConnection,
    taken: impl Fn(&str) -> bool,
) -> FirstRender {
    // Every field written out: `..Ui::default()` would build the English
    // table only to drop it.
    let ui = Ui {
        strings: Rc::new(strings_for(
            options.lang.as_deref(),
            Some(&article.lang),
            &options.strings,
        )),
        id_prefix: AttrValue::Static(""),
        article_id: article.id.clone(),
        article_lang: article.lang.clone(),
        heading_level: options.heading_level,
        on_event: host.on_event,
        copy_notice: options.copy_notice,
        adopted: Adopted::default(),
    };
    let id_prefix = choose_id_prefix(&ui, &article, options.id_prefix.as_deref(), taken);
    let props = WidgetProps {
        content: WidgetContent::Article(Shared(article)),
        ui: Rc::new(Ui { id_prefix, ..ui }),
        theme: options.theme,
        sections: options.sections,
        banner_dismissed: false,
        on_banner_change: host.on_banner_change,
        sections_in_steps: false,
    };
    FirstRender {
        props,
        banner_dismissed_before: host.banner_dismissed_before,
    }
}

/// The props of the error box `mount` shows for an article or options it
/// rejected: the widget's text in the host's language (there is no article
/// to take one from), at the host's heading level. Never prerendered.
pub fn error_box_props(problems: Problems, options: &MountOptions) -> WidgetProps {
    WidgetProps {
        content: WidgetContent::Problems(Shared::from(problems)),
        ui: Rc::new(Ui {
            strings: Rc::new(strings_for(options.lang.as_deref(), None, &options.strings)),
            id_prefix: AttrValue::Static(""),
            article_id: AttrValue::Static(""),
            article_lang: AttrValue::Static(""),
            heading_level: options.heading_level,
            on_event: Callback::noop(),
            copy_notice: options.copy_notice,
            adopted: Adopted::default(),
        }),
        theme: options.theme,
        sections: options.sections,
        banner_dismissed: false,
        on_banner_change: Callback::noop(),
        sections_in_steps: false,
    }
}

impl FirstRender {
    /// The props for rendering afresh, where no server's markup is taken
    /// over: a banner the reader dismissed before starts dismissed, and a
    /// long article's sections render in steps.
    pub fn fresh(self) -> WidgetProps {
        WidgetProps {
            banner_dismissed: self.banner_dismissed_before,
            sections_in_steps: true,
            ..self.props
        }
    }

    /// What the first render looks like, as `crate version:hash`: the
    /// article and everything else that decides the markup (UI text, ids,
    /// heading level, theme, sections, banner). A server and a browser that
    /// compute the same stamp render the same markup, so the browser may
    /// hydrate the server's; otherwise it must render afresh (a structure
    /// Yew does not expect would stop the module).
    pub fn stamp(&self) -> String {
        let (props, ui) = (&self.props, &self.props.ui);
        // Always an article: `first_render` builds nothing else.
        let WidgetContent::Article(article) = &props.content else {
            return String::new();
        };
        let mut hash = StampHasher::default();
        article.0.feed(&mut hash);
        ui.strings.feed(&mut hash);
        ui.id_prefix.feed(&mut hash);
        ui.article_id.feed(&mut hash);
        ui.article_lang.feed(&mut hash);
        ui.heading_level.feed(&mut hash);
        props.theme.feed(&mut hash);
        props.sections.feed(&mut hash);
        props.banner_dismissed.feed(&mut hash);
        format!("{}:{:016x}", env!("CARGO_PKG_VERSION"), hash.finish())
    }
}
