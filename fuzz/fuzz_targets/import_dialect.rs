//! Any bytes, read as an article in the authoring dialect: no input may
//! panic, every problem names a line of the text, and an article that reads
//! is exported and imported back to the same article. libFuzzer's -timeout
//! catches work that grows with the square of the input.
#![no_main]

use interactive_article::dialect::{export, import};
use interactive_article::format::parse_json_str;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let imported = import(text);
    let lines = text.split('\n').count();
    for problem in &imported.problems {
        assert!(problem.line >= 1 && problem.line <= lines && problem.column >= 1);
    }
    let Some(json) = imported.json else {
        assert!(!imported.problems.is_empty());
        return;
    };
    let Ok(markdown) = export(&json) else {
        return;
    };
    let again = import(&markdown).json.expect("an exported article reads back");
    assert_eq!(
        parse_json_str(&again).map(|p| p.doc),
        parse_json_str(&json).map(|p| p.doc)
    );
});
