//! The authoring dialect: every article and fixture of the repository
//! survives export and import unchanged, the default article's `.md`
//! source imports to its JSON byte for byte, every problem of a dialect
//! file is reported at the line that made it, text that looks like markup
//! stays text, and hostile input finishes fast.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::dialect::{export, import, import_plain, Problem};
use interactive_article::format::{parse_json_str, Parsed};
use interactive_article::model::load_article;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "support/fixture_files.rs"]
mod fixture_files;
use fixture_files::json_files;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dialect")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// The article the JSON reader makes of `json`: the document and every
/// unknown field with its path.
fn read(json: &str) -> Parsed {
    parse_json_str(json).unwrap()
}

#[test]
fn every_readable_article_and_fixture_round_trips() {
    let mut round_tripped = 0;
    for (path, json) in json_files() {
        // Text the format's reader refuses (not JSON, a key twice, a wrong
        // type) is refused by export alike.
        if parse_json_str(&json).is_err() {
            assert!(
                export(&json).is_err(),
                "{path}: exported although unreadable"
            );
            continue;
        }
        let markdown = match export(&json) {
            Ok(markdown) => markdown,
            Err(problems) => {
                // The one limit of the dialect: values nested deeper than
                // its front matter holds, said as such.
                assert!(
                    problems
                        .iter()
                        .any(|p| p.message.contains("deeper than the front matter holds")),
                    "{path}: {problems:?}"
                );
                continue;
            }
        };
        let imported = import(&markdown);
        let back = imported.json.unwrap_or_else(|| {
            panic!("{path}: not read back: {:?}\n{markdown}", imported.problems)
        });
        // The same document, and the same unknown fields: in the order
        // written, which TOML's plain-values-before-tables may change.
        let (back, json) = (read(&back), read(&json));
        assert_eq!(back.doc, json.doc, "{path}\n{markdown}");
        let sorted = |parsed: Parsed| {
            let mut fields: Vec<_> = parsed
                .unknown_fields
                .into_iter()
                .map(|f| (f.path, f.message))
                .collect();
            fields.sort();
            fields
        };
        assert_eq!(sorted(back), sorted(json), "{path}\n{markdown}");
        round_tripped += 1;
    }
    assert!(
        round_tripped > 30,
        "only {round_tripped} articles round-tripped"
    );
}

#[test]
fn the_default_articles_source_imports_to_its_json_byte_for_byte() {
    let json = include_str!("../articles/china-open-source-ai.json");
    let markdown = include_str!("../articles/china-open-source-ai.md");
    assert_eq!(import(markdown).into_result().unwrap(), json);
    // And the source is what export writes, so the two stay in step.
    assert_eq!(export(json).unwrap(), markdown);
}

#[test]
fn a_value_with_a_line_like_the_front_matters_fence_reads_back() {
    // TOML's writer puts a text with line breaks on lines of its own, where
    // a line `+++` would end the front matter.
    let json = r#"{"version":1,"id":"a","lang":"en","title":"t","intro":[],"sections":[],"claims":[{"explanation":"+++\nbelow \"it\" \\ and\ttab"}],"kicker":"a\n+++  \nb"}"#;
    let markdown = export(json).unwrap();
    let imported = import(&markdown);
    let back = imported
        .json
        .unwrap_or_else(|| panic!("{:?}\n{markdown}", imported.problems));
    assert_eq!(read(&back).doc, read(json).doc, "{markdown}");
}

#[test]
fn line_endings_and_a_byte_order_mark_change_nothing() {
    let json = include_str!("../articles/china-open-source-ai.json");
    let markdown = include_str!("../articles/china-open-source-ai.md");
    let crlf = markdown.replace('\n', "\r\n");
    assert_eq!(import(&crlf).into_result().unwrap(), json);
    let bom = format!("\u{feff}{markdown}");
    assert_eq!(import(&bom).into_result().unwrap(), json);
}

#[test]
fn the_default_articles_claims_are_marked_in_place() {
    let markdown = include_str!("../articles/china-open-source-ai.md");
    assert!(markdown.contains(
        "[Chinese startup DeepSeek released an open-source AI model]{#deepseek-open-source-release status=supported"
    ));
    // No claim is written twice: no quote or prefix in the front matter.
    assert!(!markdown.contains("quote ="));
    assert!(!markdown.contains("[[claims]]"));
}

/// `(line, text in the message)` of each problem.
fn problems(markdown: &str) -> Vec<(usize, String)> {
    let imported = import(markdown);
    assert!(!imported.problems.is_empty(), "no problem found");
    imported
        .problems
        .iter()
        .map(|p: &Problem| (p.line, p.message.clone()))
        .collect()
}

fn assert_problem(found: &[(usize, String)], line: usize, words: &str) {
    assert!(
        found.iter().any(|(l, m)| *l == line && m.contains(words)),
        "no problem at line {line} with {words:?}: {found:?}"
    );
}

#[test]
fn an_unclosed_mark_is_a_problem_at_its_line() {
    let found = problems(&fixture("unclosed-mark.md"));
    assert_problem(&found, 19, "its [ is missing or its ] stands elsewhere");
    assert_eq!(found.len(), 1, "{found:?}");
    // A mark whose } is missing is not quietly kept as text.
    let found = problems(
        &fixture("unclosed-mark.md")
            .replace("planned{#overspend", "planned]{#overspend")
            .replace("spending.\"}", "spending.\""),
    );
    assert_problem(&found, 19, "never closed with }");
}

#[test]
fn overlapping_claims_are_a_problem_at_the_inner_mark() {
    let found = problems(&fixture("overlapping-claims.md"));
    assert_problem(&found, 19, "claims cannot nest or overlap");
}

#[test]
fn a_claim_across_two_paragraphs_is_a_problem_where_it_ends() {
    let found = problems(&fixture("claim-across-paragraphs.md"));
    assert_problem(&found, 21, "its [ is missing or its ] stands elsewhere");
}

#[test]
fn duplicate_ids_are_reported_at_the_second_mark() {
    let imported = import(&fixture("duplicate-ids.md"));
    let found: Vec<_> = imported
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.path.as_str()))
        .collect();
    assert!(found.contains(&(20, 13, "claims[0].id")), "{found:?}");
    assert!(found.contains(&(22, 85, "claims[2].id")), "{found:?}");
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let imported = import(&fixture("markup-as-text.md"));
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let article = load_article(&imported.json.unwrap()).unwrap();
    let section = &article.sections[0];
    assert_eq!(
        &*section.heading,
        "Text that looks like markup: <b>bold</b>"
    );
    assert_eq!(
        &*section.paragraphs[0].text,
        "A reader may type <script>alert(1)</script>, &amp; and [x]{.y} at 10:30 on 1.2.2026 -- \"quoted\" -- and it stays text."
    );
    assert!(section.paragraphs[1]
        .text
        .starts_with("<img src=x onerror=alert(1)> the council spent more is marked"));
    assert_eq!(
        &*article.claims[0].explanation,
        "<i>The report</i> says so & more."
    );
}

#[test]
fn a_rule_of_the_article_is_reported_at_the_place_that_broke_it() {
    let markdown = fixture("markup-as-text.md").replace("sources=\"report\"", "sources=\"annual\"");
    let imported = import(&markdown);
    let problem = &imported.problems[0];
    assert_eq!(
        (problem.line, problem.path.as_str()),
        (22, "claims[0].sources[0]")
    );
    assert!(problem.message.contains("annual"), "{problem:?}");
    // A front matter value is found at its own line.
    let markdown = fixture("markup-as-text.md").replace(
        "url = \"https://example.org/report\"",
        "url = \"javascript:alert(1)\"",
    );
    let problem = &import(&markdown).problems[0];
    assert_eq!(
        (problem.line, problem.column, problem.path.as_str()),
        (14, 7, "sources[0].url")
    );
}

#[test]
fn syntax_problems_of_the_front_matter_and_the_body_name_their_line() {
    let found = problems("+++\ntitle = \"unclosed\n+++\n");
    assert_problem(&found, 2, "front matter");
    let found = problems("+++\ntitle = \"x\"\n");
    assert_problem(&found, 1, "never closed");
    let found = problems("\n+++\ntitle = \"x\"\n+++\n");
    assert_problem(&found, 2, "must begin on the first line");
    let found = problems("+++\n+++\n# Heading\n\nSome *bold* text.\n\n- a list\n");
    assert_problem(&found, 5, "bold");
    assert_problem(&found, 7, "a list");
}

#[test]
fn a_claims_details_table_cannot_move_its_words() {
    let markdown = fixture("markup-as-text.md").replace(
        "+++\n\n{#budget}",
        "[claim.spent]\nquote = \"other words\"\n+++\n\n{#budget}",
    );
    let found = problems(&markdown);
    assert_problem(&found, 16, "cannot set quote");
}

#[test]
fn the_seeds_plain_text_imports_to_a_valid_article() {
    let seed = include_str!("fixtures/seed-article.txt");
    let markdown = import_plain(seed);
    let json = import(&markdown).into_result().unwrap();
    let article = load_article(&json).unwrap();
    assert_eq!(article.sections.len(), 4);
    assert_eq!(
        &*article.sections[1].id,
        "the-logic-behind-chinas-open-doors"
    );
    assert_eq!(article.intro.len(), 1);
    assert_eq!(article.related.len(), 4);
    assert_eq!(
        article.discussion.as_ref().map(|d| &*d.prompt),
        Some("Share your thoughts on this article")
    );
    assert!(article
        .provenance
        .disclaimer
        .as_deref()
        .is_some_and(|d| d.contains("AI-generated")));
}

/// Hostile shapes finish in well under a second each in a release build;
/// the bound leaves room for a debug build on a busy machine, and fails
/// for work that grows with the square of the input.
const FAST: Duration = Duration::from_secs(20);

fn assert_fast(name: &str, text: &str) {
    let start = Instant::now();
    let imported = import(text);
    let took = start.elapsed();
    assert!(took < FAST, "{name}: {took:?}");
    assert!(
        imported.json.is_some() || !imported.problems.is_empty(),
        "{name}: neither read nor refused"
    );
}

#[test]
fn deeply_nested_and_very_long_input_finishes_fast() {
    let front = "+++\nversion = 1\n+++\n# Heading\n\n";
    assert_fast("100k [", &format!("{front}{}", "[".repeat(100_000)));
    assert_fast(
        "100k nested spans",
        &format!("{front}{}x{}", "[".repeat(100_000), "]{#a}".repeat(100_000)),
    );
    assert_fast("100k {", &format!("{front}{}", "{".repeat(100_000)));
    assert_fast("100k >", &format!("{front}{}x", "> ".repeat(50_000)));
    assert_fast("100k -", &format!("{front}{}x", "- ".repeat(50_000)));
    assert_fast("100k ]{", &format!("{front}{}", "a]{".repeat(100_000)));
    assert_fast(
        "10 MB line",
        &format!("{front}{}", "word ".repeat(2_000_000)),
    );
    // Just under the limit, in every paragraph of a long article.
    let busy = format!("{}\n\n", "[_*a ".repeat(330));
    assert_fast("busy paragraphs", &format!("{front}{}", busy.repeat(200)));
    assert_fast(
        "10 MB of repeated claims",
        &format!(
            "{front}{}",
            "a [a]{#a status=opinion explanation=x} ".repeat(250_000)
        ),
    );
    assert_fast(
        "nested TOML",
        &format!(
            "+++\na = {}1{}\n+++\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    );
}

mod round_trip_properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// Text with Djot's markup characters, line breaks and spaces over-
    /// represented: what export must escape so import reads it back.
    fn text() -> impl Strategy<Value = String> {
        let markup = prop::sample::select(vec![
            '[', ']', '{', '}', '*', '_', '`', '<', '>', '#', '-', '+', ':', '|', '!', '$', '"',
            '\'', '.', ')', '(', '\\', '^', '~', '=', '%', '&', ' ', ' ', '\n', '\t', '1', 'a',
            'i', 'é', '😀', '\u{a0}', '\u{301}',
        ]);
        prop::collection::vec(prop_oneof![3 => markup, 1 => any::<char>()], 0..16)
            .prop_map(|chars| chars.into_iter().collect())
    }

    /// Mostly words, so claims find their quotes.
    fn words() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![2 => "[a-c]{1,3}".prop_map(String::from), 1 => text()],
            1..8,
        )
        .prop_map(|parts| parts.join(" "))
    }

    fn article() -> impl Strategy<Value = Value> {
        let section = (
            prop::option::of("[a-c]{0,2}"),
            words(),
            prop::collection::vec(words(), 0..4),
            any::<bool>(),
            prop::option::of(prop::sample::select(vec!["none", "assisted", "x y"])),
        );
        let claim = (
            prop::option::of("[a-d ]{0,2}"),
            0usize..4,
            0usize..4,
            0usize..40,
            1usize..12,
            prop::option::of(0usize..12),
            prop::option::of(prop::sample::select(vec![
                "supported",
                "opinion",
                "dis puted",
            ])),
            prop::option::of(text()),
            prop::option::of(prop::collection::vec("[a-c ]{0,3}", 0..3)),
        );
        (
            prop::collection::vec(words(), 0..3),
            prop::collection::vec(section, 0..4),
            prop::collection::vec(claim, 0..6),
            text(),
        )
            .prop_map(|(intro, sections, claims, title)| {
                let sections: Vec<Value> = sections
                    .into_iter()
                    .map(|(id, heading, paragraphs, collapsed, involvement)| {
                        let mut s = json!({ "heading": heading, "paragraphs": paragraphs });
                        if let Some(id) = id {
                            s["id"] = id.into();
                        }
                        if collapsed {
                            s["collapsed"] = true.into();
                        }
                        if let Some(involvement) = involvement {
                            s["provenance"] = json!({ "involvement": involvement });
                        }
                        s
                    })
                    .collect();
                let claims: Vec<Value> = claims
                    .into_iter()
                    .map(
                        |(id, si, pi, start, len, prefix_len, status, explanation, sources)| {
                            let mut c = json!({});
                            if let Some(id) = id {
                                c["id"] = id.into();
                            }
                            let section = sections.get(si % sections.len().max(1));
                            if let Some(section) = section {
                                if let Some(id) = section.get("id") {
                                    c["section"] = id.clone();
                                }
                                let paragraphs = section["paragraphs"].as_array().unwrap();
                                if let Some(text) = paragraphs
                                    .get(pi % paragraphs.len().max(1))
                                    .and_then(Value::as_str)
                                {
                                    let chars: Vec<char> = text.chars().collect();
                                    let start = start.min(chars.len());
                                    let end = (start + len).min(chars.len());
                                    c["quote"] =
                                        chars[start..end].iter().collect::<String>().into();
                                    if let Some(n) = prefix_len {
                                        let from = start.saturating_sub(n);
                                        c["prefix"] =
                                            chars[from..start].iter().collect::<String>().into();
                                    }
                                }
                            }
                            if let Some(status) = status {
                                c["status"] = status.into();
                            }
                            if let Some(explanation) = explanation {
                                c["explanation"] = explanation.into();
                            }
                            if let Some(sources) = sources {
                                c["sources"] = sources.into();
                            }
                            c
                        },
                    )
                    .collect();
                json!({
                    "version": 1,
                    "id": "a",
                    "lang": "en",
                    "title": title,
                    "intro": intro,
                    "sections": sections,
                    "claims": claims,
                    "provenance": { "aiGenerated": false },
                })
            })
    }

    /// `text` as prose the dialect writes as prose: no control characters
    /// but line breaks, no empty line, no line with spaces at its ends.
    fn to_prose(text: &str) -> String {
        let text: String = text
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        let lines: Vec<&str> = text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            "a".into()
        } else {
            lines.join("\n")
        }
    }

    /// An article whose intro, headings and paragraphs are all prose.
    fn prose_article() -> impl Strategy<Value = Value> {
        article().prop_map(|mut article| {
            for paragraph in article["intro"].as_array_mut().unwrap() {
                *paragraph = to_prose(paragraph.as_str().unwrap()).into();
            }
            for (i, section) in article["sections"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .enumerate()
            {
                section["heading"] = to_prose(section["heading"].as_str().unwrap())
                    .replace('\n', " ")
                    .into();
                if section.get("id").is_none() {
                    section["id"] = format!("s{i}").into();
                }
                let paragraphs = section["paragraphs"].as_array_mut().unwrap();
                if paragraphs.is_empty() {
                    paragraphs.push("a".into());
                }
                for paragraph in paragraphs {
                    *paragraph = to_prose(paragraph.as_str().unwrap()).into();
                }
            }
            article
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn prose_is_written_as_prose_and_read_back_exactly(article in prose_article()) {
            let json = article.to_string();
            let markdown = export(&json).unwrap();
            let has_sections = !article["sections"].as_array().unwrap().is_empty();
            prop_assert!(!has_sections || !markdown.contains("[[sections]]"), "{}", markdown);
            let imported = import(&markdown);
            let back = imported.json.unwrap_or_else(|| panic!("not read back: {:?}\n{markdown}", imported.problems));
            prop_assert_eq!(read(&back).doc, read(&json).doc, "{}", markdown);
        }

        #[test]
        fn import_of_export_is_the_same_article(article in article()) {
            let json = article.to_string();
            let markdown = export(&json).unwrap();
            let imported = import(&markdown);
            let back = imported.json.unwrap_or_else(|| panic!("not read back: {:?}\n{markdown}", imported.problems));
            prop_assert_eq!(read(&back).doc, read(&json).doc, "{}", markdown);
        }

        #[test]
        fn import_never_panics_and_places_every_problem(text in prop::collection::vec(
            prop_oneof![words(), Just("+++".to_owned()), Just("# h".to_owned()), Just("{#a}".to_owned()), Just("[a]{#b status=x}".to_owned()), Just(String::new())],
            0..12,
        )) {
            let text = text.join("\n");
            let lines = text.split('\n').count();
            for problem in import(&text).problems {
                prop_assert!(problem.line >= 1 && problem.line <= lines && problem.column >= 1, "{:?}", problem);
            }
        }
    }
}

#[test]
fn a_selection_is_marked_as_a_claim_for_the_editor() {
    use interactive_article::dialect::{mark_claim, NewClaim};
    let text = fixture("markup-as-text.md");
    let words = "A reader may type";
    let start = text.find(words).unwrap();
    let claim = NewClaim {
        status: "supported".into(),
        sources: vec!["report".into()],
        explanation: Some("The \"report\" says so.".into()),
        ..NewClaim::default()
    };
    // The space after the selection stays outside the mark.
    let marked = mark_claim(&text, start..start + words.len() + 1, &claim).unwrap();
    assert!(marked.contains(
        "[A reader may type]{#claim-a-reader-may-type status=supported sources=report explanation=\"The \\\"report\\\" says so.\"} <script>"
    ), "{marked}");
    let imported = import(&marked);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let article = load_article(&imported.json.unwrap()).unwrap();
    assert_eq!(&*article.claims[0].quote, words);
    assert_eq!(&*article.claims[0].explanation, "The \"report\" says so.");
    // A second claim on the same words gets an id of its own.
    let again = mark_claim(&marked, 0..0, &claim);
    assert!(again.is_err());
    let title = text.find("A fixture").unwrap();
    assert!(
        mark_claim(&text, title..title + 9, &claim).is_err(),
        "front matter"
    );
    let repeat = marked.find("<script>").unwrap();
    let twice = mark_claim(
        &marked,
        repeat..repeat + 8,
        &NewClaim {
            id: None,
            ..claim.clone()
        },
    )
    .unwrap();
    assert!(twice.contains("{#claim-script status"), "{twice}");
}
