//! Any bytes, read as article JSON text and validated, both as text an editor
//! wrote and as JSON.stringify would hand it over: no input may panic (in the
//! release build panics abort, which in the browser is a trap that takes down
//! every widget on the page). Every anchor of an article that validates must
//! lie on character boundaries and cover exactly its claim's quote.
#![no_main]

use interactive_article::format::{parse_json, Input};
use interactive_article::model::{validate_parsed, Problems};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for input in [Input::Text, Input::Object] {
        let outcome = parse_json(text, input)
            .map_err(Problems::from)
            .and_then(validate_parsed);
        match outcome {
            Err(problems) => assert!(!problems.is_empty()),
            Ok(article) => {
                for section in &article.sections {
                    for paragraph in &section.paragraphs {
                        for mark in &paragraph.marks {
                            let words = paragraph.text.get(mark.start..mark.end);
                            assert_eq!(words, Some(&*article.claims[mark.claim].quote));
                        }
                    }
                }
            }
        }
    }
});
