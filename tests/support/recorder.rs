//! Prerendered markup after the inline recorder it starts with
//! (`interactive_article::prerender::recorder_script`): the native tiers that
//! look at what `render` writes (the CLI's, the renderer's) read past it.

/// `html` after the recorder; fails the test when the recorder is not first.
pub fn without_recorder(html: &str) -> &str {
    html.strip_prefix(&interactive_article::prerender::recorder_script())
        .unwrap_or_else(|| panic!("no recorder first: {}", html.get(..80).unwrap_or(html)))
}
