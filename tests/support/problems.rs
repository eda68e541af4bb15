//! Reading validation problems in native tests (tests/model.rs,
//! tests/provenance.rs): the problems of an article that must not validate,
//! and the message at one path.

use interactive_article::model::{load_article, Problems};

/// The problems of `json`, failing when it validates.
pub fn problems(json: &str) -> Problems {
    match load_article(json) {
        Ok(_) => panic!("expected problems, the article validated"),
        Err(problems) => problems,
    }
}

/// The message at `path`, failing with the full list when there is none.
pub fn message_at(problems: &Problems, path: &str) -> String {
    problems
        .iter()
        .find(|p| p.path == path)
        .map(|p| p.message.clone())
        .unwrap_or_else(|| panic!("no problem at {path}; got:\n{problems}"))
}
