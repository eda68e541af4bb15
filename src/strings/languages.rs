//! Which languages the widget speaks, and where each one's table comes from.
//!
//! Natively (the CLI, the tests) and in the server wasm every table is
//! compiled in, so a server renders any language at once. The browser wasm
//! carries English alone, the fallback: a reader downloads one language, not
//! 25 (11.7 KB brotli). The other tables are the same files, served beside the
//! glue (`strings/<tag>.txt`); `mount` fetches the one a widget needs the
//! first time it needs it (`embed/beside_glue.rs`) and hands it to
//! [`provide`], and renders once it has it.

/// A language the widget speaks: its tag and its file in `src/strings/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, written as the widget's `lang`.
    pub tag: &'static str,
    /// The file: `key = text` lines.
    pub table: &'static str,
}

/// Declares each language once, by tag (which is its file's name).
macro_rules! languages {
    ($($tag:literal),* $(,)?) => {
        /// The tag of every language, English first.
        pub const LANGUAGE_TAGS: &[&str] = &[$($tag),*];

        /// Every language with its table, English first (compiled in
        /// natively only; see the module's documentation).
        #[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
        pub const LANGUAGES: &[Language] = &[
            $(Language { tag: $tag, table: include_str!(concat!($tag, ".txt")) },)*
        ];
    };
}

languages![
    "en", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "zh-Hans",
];

/// The English table, which every build carries.
pub const ENGLISH: Language = Language {
    tag: "en",
    table: include_str!("en.txt"),
};

/// The language the widget speaks for a BCP 47 tag, by its primary subtag:
/// `de-AT` → `de`, `pt-BR` → `pt`, `zh`, `zh-CN`, `zh-Hant` → `zh-Hans` (the
/// only Chinese table). `None` for a language it does not speak.
pub fn language_for(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    LANGUAGE_TAGS.iter().copied().find(|language| {
        language
            .split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(primary))
    })
}

/// The language's table, if this build has it: natively always.
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub fn table(tag: &str) -> Option<Language> {
    LANGUAGES
        .iter()
        .find(|language| language.tag == tag)
        .copied()
}

/// The language's table, if this build has it: in the browser English and
/// those [`provide`]d.
#[cfg(all(target_arch = "wasm32", not(feature = "server")))]
pub fn table(tag: &str) -> Option<Language> {
    if tag == ENGLISH.tag {
        return Some(ENGLISH);
    }
    PROVIDED.with(|provided| {
        provided
            .borrow()
            .iter()
            .find(|language| language.tag == tag)
            .copied()
    })
}

/// The language a widget whose text is in `lang` needs the table of, when
/// this build does not have it yet; `None` when there is nothing to wait for
/// (English, a language the widget does not speak, or a table it has).
pub fn missing_table(lang: Option<&str>) -> Option<&'static str> {
    let tag = language_for(lang?)?;
    table(tag).is_none().then_some(tag)
}

#[cfg(all(target_arch = "wasm32", not(feature = "server")))]
thread_local! {
    /// The tables provided in the browser. Each one lives as long as the
    /// module: a widget's text borrows it, and there are at most 24.
    static PROVIDED: std::cell::RefCell<Vec<Language>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Gives the browser build the table of language `tag` (one of
/// [`LANGUAGE_TAGS`]): the text of its file. Returns `false`, keeping
/// nothing, for a tag the widget does not speak; a table already provided
/// stays as it is.
#[cfg(all(target_arch = "wasm32", not(feature = "server")))]
pub fn provide(tag: &str, table: &'static str) -> bool {
    let Some(tag) = LANGUAGE_TAGS.iter().copied().find(|known| *known == tag) else {
        return false;
    };
    if self::table(tag).is_none() {
        PROVIDED.with(|provided| provided.borrow_mut().push(Language { tag, table }));
    }
    true
}
