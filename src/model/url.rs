//! The one gate every link passes: only `http:`, `https:` and `mailto:` URLs
//! become `href`s, so article data can never smuggle in `javascript:`, `data:`
//! or other schemes that run code or confuse readers.

use super::text::is_invisible_format;
use crate::format::MAX_URL_LEN;
use std::fmt;
use yew::AttrValue;

/// A URL that is safe to put in an `href`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeUrl(AttrValue);

/// Why a URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlError {
    /// Empty or only white space.
    Empty,
    /// Longer than [`MAX_URL_LEN`].
    TooLong,
    /// Contains white space or a control character inside it.
    BadCharacter,
    /// Contains an invisible formatting character (bidi override, zero-width
    /// space, …) that makes it read differently from where it leads.
    Invisible,
    /// `http(s)://user@host`: the part before `@` reads like a host to people
    /// but is not where the link goes.
    Userinfo,
    /// A scheme other than http, https or mailto (or none at all).
    Scheme,
    /// `http(s)://` with no host, or `mailto:` with no address.
    NoTarget,
    /// A `mailto:` URL where a web page's address is needed.
    NotWeb,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UrlError::Empty => "is empty",
            UrlError::TooLong => return write!(f, "is longer than {MAX_URL_LEN} characters"),
            UrlError::BadCharacter => "contains spaces or control characters",
            UrlError::Invisible => "contains invisible formatting characters (bidi or zero-width)",
            UrlError::Userinfo => {
                "has a user name before the host (user@host), which hides where it leads"
            }
            UrlError::Scheme => "is not an http(s) or mailto URL",
            UrlError::NoTarget => "has no host or address after the scheme",
            UrlError::NotWeb => "is not an http(s) URL",
        })
    }
}

impl SafeUrl {
    /// Checks `raw` and keeps it (trimmed) when it is an absolute http(s) or
    /// mailto URL.
    pub fn parse(raw: &str) -> Result<SafeUrl, UrlError> {
        let url = raw.trim();
        if url.is_empty() {
            return Err(UrlError::Empty);
        }
        if url.len() > MAX_URL_LEN {
            return Err(UrlError::TooLong);
        }
        // Browsers silently drop tabs and newlines inside URLs ("java\tscript:"),
        // so anything of the kind is refused rather than normalised.
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UrlError::BadCharacter);
        }
        // Bidi overrides and zero-width characters make a URL read differently
        // from where it leads.
        if url.chars().any(is_invisible_format) {
            return Err(UrlError::Invisible);
        }
        let rest = strip_scheme(url, "https://")
            .or_else(|| strip_scheme(url, "http://"))
            .map(|rest| (rest, true))
            .or_else(|| strip_scheme(url, "mailto:").map(|rest| (rest, false)));
        match rest {
            None => Err(UrlError::Scheme),
            Some((rest, is_http)) => {
                let has_target = if is_http {
                    // "http:///x" and "http://\x" would resolve against odd hosts.
                    !rest.is_empty() && !rest.starts_with(['/', '\\', '?', '#'])
                } else {
                    !rest.is_empty()
                };
                if !has_target {
                    Err(UrlError::NoTarget)
                } else if is_http && authority(rest).contains('@') {
                    Err(UrlError::Userinfo)
                } else {
                    Ok(SafeUrl(AttrValue::from(url.to_owned())))
                }
            }
        }
    }

    /// Checks `raw` like [`SafeUrl::parse`], but for an address of a web
    /// page: `mailto:` is refused too.
    pub fn parse_web(raw: &str) -> Result<SafeUrl, UrlError> {
        let url = SafeUrl::parse(raw)?;
        if strip_scheme(url.as_str(), "mailto:").is_some() {
            return Err(UrlError::NotWeb);
        }
        Ok(url)
    }

    /// The URL, for an `href`.
    pub fn as_attr(&self) -> AttrValue {
        self.0.clone()
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it is an `http:` or `https:` URL (not `mailto:`).
    pub fn is_http(&self) -> bool {
        strip_scheme(&self.0, "https://")
            .or_else(|| strip_scheme(&self.0, "http://"))
            .is_some()
    }

    /// The URL that lands on `passage` of the page: with a text directive
    /// (see [`super::text_fragment`]) for an http(s) URL; a `mailto:` URL
    /// as it is, since a mail client has no passage to find. Still safe:
    /// only the fragment changes, and its new text is percent-encoded.
    pub fn to_passage(&self, passage: &str) -> SafeUrl {
        if self.is_http() {
            SafeUrl(AttrValue::from(super::text_fragment::with_text_directive(
                &self.0, passage,
            )))
        } else {
            self.clone()
        }
    }
}

/// `url` without `scheme`, compared case-insensitively.
fn strip_scheme<'a>(url: &'a str, scheme: &str) -> Option<&'a str> {
    let head = url.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme)
        .then(|| url.get(scheme.len()..))
        .flatten()
}

/// The authority of an http(s) URL: what follows `//` up to the path, query
/// or fragment (browsers treat `\\` as `/` there).
fn authority(rest: &str) -> &str {
    rest.split(['/', '\\', '?', '#']).next().unwrap_or(rest)
}
