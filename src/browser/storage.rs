//! Remembering a reader's choices per article in `localStorage`.
//!
//! Storage can be missing, full, or throw on access (private browsing, blocked
//! third-party storage in iframes). All of that degrades to "not remembered".

const PREFIX: &str = "interactive-article:banner-dismissed:";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether the reader dismissed the disclaimer banner of article `article_id`.
pub fn banner_dismissed(article_id: &str) -> bool {
    local_storage()
        .and_then(|s| s.get_item(&format!("{PREFIX}{article_id}")).ok()?)
        .is_some_and(|v| v == "1")
}

/// Remembers (or forgets) that the banner of `article_id` was dismissed.
/// Returns whether storage accepted it.
pub fn set_banner_dismissed(article_id: &str, dismissed: bool) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let key = format!("{PREFIX}{article_id}");
    if dismissed {
        storage.set_item(&key, "1").is_ok()
    } else {
        storage.remove_item(&key).is_ok()
    }
}
