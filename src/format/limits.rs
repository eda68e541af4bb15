//! Every limit, pattern and vocabulary of format v1, declared once. The
//! schema's attributes in `v1.rs` and the validator's checks in
//! [`crate::model`] both read them from here, so the two cannot disagree.
//!
//! The validator does not run the patterns (a regex engine would weigh on the
//! wasm build); its checks are written out in code beside the model, and the
//! property tests hold them to the patterns here.

/// Longest id (`id`, `sections[].id`, `claims[].id`, `sources[].id`), in
/// characters.
pub const MAX_ID_LEN: usize = 100;

/// An id as the schema checks it: `a-z`, `0-9` and `-`, starting with a
/// letter, at most [`MAX_ID_LEN`] long.
pub fn slug_pattern() -> String {
    format!("^[a-z][a-z0-9-]{{0,{}}}$", MAX_ID_LEN - 1)
}

/// `lang`: a light BCP 47 tag, a 2–3 letter language and then 1–8 character
/// subtags (`en`, `en-GB`, `zh-Hans-CN`).
pub const LANGUAGE_TAG_PATTERN: &str = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

/// Longest URL (`canonicalUrl`, `sources[].url`, `related[].url`,
/// `discussion.signInUrl`), in bytes; longer ones are almost always pasted by
/// mistake.
pub const MAX_URL_LEN: usize = 2048;

/// `canonicalUrl`: an `http(s)` URL with a host.
pub const WEB_URL_PATTERN: &str = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^/\\?#]";

/// `sources[].url`: an `http(s)` URL with a host, or a `mailto` URL.
pub const LINK_URL_PATTERN: &str =
    r"^\s*([Hh][Tt][Tt][Pp][Ss]?://[^/\\?#]|[Mm][Aa][Ii][Ll][Tt][Oo]:.)";

/// Longest `sources[].quote`, in characters.
pub const MAX_PASSAGE_CHARS: usize = 1000;

/// `sources[].quote`: one line without control characters, not blank.
pub const PASSAGE_PATTERN: &str =
    r"^[^\u0000-\u001F\u007F-\u009F]*\S[^\u0000-\u001F\u007F-\u009F]*$";

/// `claims[].status` and `claims[].history[].status`: the verification
/// statuses, in the order the format documents them.
pub const STATUS_KEYS: [&str; 5] = [
    "supported",
    "partly-supported",
    "unverified",
    "disputed",
    "opinion",
];

/// `sections[].provenance.involvement`: how far AI made a piece of text, in
/// the order the format documents them.
pub const INVOLVEMENT_KEYS: [&str; 3] = ["none", "assisted", "generated"];

/// `provenance.involvement`: what AI did in an AI-generated article, the
/// default first. An article's own text is never `none` of it: that is
/// `aiGenerated: false`.
pub const AI_INVOLVEMENT_KEYS: [&str; 2] = {
    let [_, assisted, generated] = INVOLVEMENT_KEYS;
    [generated, assisted]
};

/// The schema's `enum` for `provenance.involvement`, which may be left out:
/// [`AI_INVOLVEMENT_KEYS`] or `null`.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn ai_involvement_or_null() -> Vec<Option<&'static str>> {
    AI_INVOLVEMENT_KEYS
        .into_iter()
        .map(Some)
        .chain([None])
        .collect()
}
