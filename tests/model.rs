//! Parsing and validation, natively: each rule of format v1 with the path and
//! reason it reports. Fixtures are the ones the browser tests and demo use.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::format::MAX_URL_LEN;
use interactive_article::model::{
    find_anchor, load_article, parse_date, reading_minutes, AnchorError, ClaimStatus, SafeUrl,
    Segment, UrlError, DEFAULT_ARTICLE_JSON,
};

const MINIMAL: &str = include_str!("fixtures/valid-minimal.json");
const EDGE: &str = include_str!("fixtures/edge-cases.json");
const MANY: &str = include_str!("fixtures/invalid-many-problems.json");
const JS_URL: &str = include_str!("fixtures/hostile-javascript-url.json");
const MARKUP: &str = include_str!("fixtures/hostile-markup.json");

#[path = "support/problems.rs"]
mod validation;
use validation::{message_at, problems};

/// `MINIMAL` with one top-level field replaced.
fn minimal_with(field: &str, value: serde_json::Value) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    doc[field] = value;
    doc.to_string()
}

#[test]
fn default_article_is_the_seed_converted_faithfully() {
    let article = load_article(DEFAULT_ARTICLE_JSON).expect("the default article validates");
    assert_eq!(
        &*article.title,
        "China's Open-Source AI Strategy: A Different Path to Tech Dominance"
    );
    let headings: Vec<&str> = article.sections.iter().map(|s| &*s.heading).collect();
    assert_eq!(
        headings,
        [
            "The DeepSeek Moment That Changed Everything",
            "The Logic Behind China's Open Doors",
            "Two Superpowers, Two Playbooks",
            "The Global Implications"
        ]
    );
    // Every line of the seed's body (the text the article was converted
    // from, kept as a fixture) is a paragraph, verbatim.
    let seed = include_str!("fixtures/seed-article.txt");
    let mut paragraphs = article
        .intro
        .iter()
        .map(|p| p.text.to_string())
        .collect::<Vec<_>>();
    for section in &article.sections {
        paragraphs.extend(section.paragraphs.iter().map(|p| p.text.to_string()));
    }
    assert_eq!(paragraphs.len(), 13);
    for paragraph in &paragraphs {
        assert!(
            seed.lines().any(|line| line == paragraph),
            "not in the seed: {paragraph}"
        );
    }
    assert!(article.claims.len() >= 8);
    assert!(article.provenance.ai_generated);
    assert!(article
        .provenance
        .disclaimer
        .as_deref()
        .unwrap()
        .starts_with("This content is AI-generated"));
    assert!(seed
        .lines()
        .any(|l| Some(l) == article.provenance.disclaimer.as_deref()));
    assert_eq!(article.related.len(), 4);
    for related in &article.related {
        assert!(
            seed.lines().any(|l| l == &*related.summary),
            "{}",
            related.summary
        );
    }
    assert!(
        article.related.iter().all(|r| r.url.is_none()),
        "no invented URLs"
    );
    assert_eq!(
        &*article.discussion.unwrap().prompt,
        "Share your thoughts on this article"
    );
    // Claims that say a source backs them cite one: with their sources taken
    // away, validation must refuse every one of them, by path.
    let mut doc: serde_json::Value = serde_json::from_str(DEFAULT_ARTICLE_JSON).unwrap();
    let mut needing_sources = Vec::new();
    for (i, claim) in doc["claims"].as_array_mut().unwrap().iter_mut().enumerate() {
        if matches!(
            claim["status"].as_str(),
            Some("supported" | "partly-supported" | "disputed")
        ) {
            claim["sources"] = serde_json::json!([]);
            needing_sources.push(format!("claims[{i}].sources"));
        }
    }
    assert!(!needing_sources.is_empty(), "the seed cites sources");
    let refused = problems(&doc.to_string());
    let paths: Vec<&str> = refused.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, needing_sources, "{refused}");
    let statuses: Vec<ClaimStatus> = article.claims.iter().map(|c| c.status).collect();
    assert!(statuses.contains(&ClaimStatus::Supported), "{statuses:?}");
}

#[test]
fn minimal_and_edge_fixtures_validate() {
    let minimal = load_article(MINIMAL).expect("minimal validates");
    assert_eq!(minimal.sections.len(), 1);
    assert!(!minimal.provenance.ai_generated);
    let edge = load_article(EDGE).expect("edge cases validate");
    assert!(edge.sections[1].collapsed_at_start);
    assert_eq!(
        edge.published.as_ref().map(|d| (d.year, d.month, d.day)),
        Some((2024, 2, 29))
    );
    assert_eq!(edge.provenance.original_sources, vec![0]);
}

#[test]
fn a_prefix_picks_the_second_of_repeated_words() {
    let article = load_article(EDGE).unwrap();
    let paragraph = &article.sections[0].paragraphs[0];
    let segments: Vec<Segment> = paragraph.segments().collect();
    assert_eq!(
        segments,
        [
            Segment::Text("Prices rose in May. "),
            Segment::Claim {
                claim: 0,
                text: "Prices rose"
            },
            Segment::Text(" in June as well."),
        ]
    );
}

#[test]
fn a_quote_can_span_the_whole_paragraph_and_claims_can_touch() {
    let article = load_article(EDGE).unwrap();
    let whole: Vec<Segment> = article.sections[1].paragraphs[0].segments().collect();
    assert_eq!(
        whole,
        [Segment::Claim {
            claim: 1,
            text: "The whole paragraph is the claim."
        }]
    );
    let adjacent: Vec<Segment> = article.sections[1].paragraphs[1].segments().collect();
    assert_eq!(
        adjacent,
        [
            Segment::Text("Before adjacent claims: "),
            Segment::Claim {
                claim: 2,
                text: "alpha"
            },
            Segment::Claim {
                claim: 3,
                text: " beta"
            },
            Segment::Text(" gamma."),
        ]
    );
}

#[test]
fn quotes_in_non_latin_text_are_anchored_on_character_boundaries() {
    let article = load_article(EDGE).unwrap();
    let segments: Vec<Segment> = article.sections[2].paragraphs[0].segments().collect();
    assert_eq!(
        segments[0],
        Segment::Claim {
            claim: 4,
            text: "开源模型"
        }
    );
}

#[test]
fn anchoring_rules() {
    let paragraphs = ["one two one", "two"];
    assert_eq!(
        find_anchor(&paragraphs, "one", None),
        Err(AnchorError::Ambiguous(2))
    );
    assert_eq!(
        find_anchor(&paragraphs, "two", None),
        Err(AnchorError::Ambiguous(2))
    );
    let anchor = find_anchor(&paragraphs, "one", Some("two ")).unwrap();
    assert_eq!((anchor.paragraph, anchor.start, anchor.end), (0, 8, 11));
    assert_eq!(
        find_anchor(&paragraphs, "three", None),
        Err(AnchorError::NotFound)
    );
    assert_eq!(
        find_anchor(&paragraphs, "one", Some("six ")),
        Err(AnchorError::NotAfterPrefix)
    );
    // Overlapping occurrences count: "aa" is twice in "aaa".
    assert_eq!(
        find_anchor(&["aaa"], "aa", None),
        Err(AnchorError::Ambiguous(2))
    );
    assert_eq!(find_anchor(&["x"], "", None), Err(AnchorError::NotFound));
    // Counting stops at 100, across paragraphs: a quote at every place of a
    // long paragraph costs no more than that.
    let long = "a".repeat(1000);
    assert_eq!(
        find_anchor(&[long.as_str(), long.as_str()], &"a".repeat(500), None),
        Err(AnchorError::Ambiguous(100))
    );
    assert_eq!(
        find_anchor(&["ab ab", "ab"], "b", Some("a")),
        Err(AnchorError::Ambiguous(3))
    );
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let problems = problems(MANY);
    let expect = [
        ("version", "unsupported format version 2"),
        ("id", "\"Not A Slug\" is not a valid id"),
        ("lang", "\"English\" is not a BCP 47 language tag"),
        ("title", "must not be empty"),
        ("standfirst", "is required but missing"),
        ("published", "\"2023-02-29\" is not a date"),
        (
            "sections[1].id",
            "duplicate id \"dup\": already used by sections[0]",
        ),
        ("sections[1].heading", "must not be empty"),
        ("sections[1].paragraphs", "needs at least one paragraph"),
        (
            "sources[0].url",
            "\"ftp://example.org/file\" is not an http(s) or mailto URL",
        ),
        (
            "claims[0].quote",
            "\"1.4 billion users\" not found in section \"dup\"",
        ),
        (
            "claims[1].quote",
            "appears 2 times in section \"dup\": add a \"prefix\"",
        ),
        ("claims[2].quote", "but never right after the prefix \"A \""),
        ("claims[3].section", "no section has the id \"nowhere\""),
        (
            "claims[4].status",
            "\"true\" is not a known status: use one of supported, partly-supported",
        ),
        ("claims[5].sources[0]", "no source has the id \"ghost\""),
        (
            "claims[6].id",
            "duplicate id \"dup\": already used by sections[0]",
        ),
        ("claims[6].explanation", "must not be empty"),
        ("claims[7].quote", "overlaps the words of claims[4]"),
        (
            "claims[8].sources",
            "a claim marked \"supported\" needs at least one source",
        ),
        ("provenance.disclaimer", "is required but missing"),
    ];
    for (path, fragment) in expect {
        let message = message_at(&problems, path);
        assert!(
            message.contains(fragment),
            "{path}: {message:?} lacks {fragment:?}"
        );
    }
    assert_eq!(
        problems
            .iter()
            .find(|p| p.path == "claims[0].quote")
            .unwrap()
            .to_string(),
        "claims[0].quote: \"1.4 billion users\" not found in section \"dup\""
    );
}

#[test]
fn missing_required_fields_each_have_their_own_message() {
    let found = problems("{}");
    for path in [
        "version",
        "id",
        "lang",
        "title",
        "standfirst",
        "sections",
        "provenance",
    ] {
        message_at(&found, path);
    }
    assert!(message_at(&found, "version").contains("is required"));
    assert!(message_at(&found, "sections").contains("is required"));
    let empty = problems(&minimal_with("sections", serde_json::json!([])));
    assert!(message_at(&empty, "sections").contains("needs at least one section"));
}

#[test]
fn parse_errors_name_the_path_or_position() {
    let syntax = problems(include_str!("fixtures/invalid-syntax.json"));
    assert_eq!(syntax.0.len(), 1);
    assert!(syntax.0[0].message.contains("line 1"), "{syntax}");
    let types = problems(include_str!("fixtures/invalid-types.json"));
    assert_eq!(types.0[0].path, "sections[0].paragraphs");
    assert!(types.0[0].message.contains("expected a sequence"));
    let unknown = problems(include_str!("fixtures/invalid-unknown-field.json"));
    assert_eq!(unknown.0[0].path, "sections[0].colapsed");
    assert!(unknown.0[0].message.contains("unknown field `colapsed`"));
    let array = problems("[1, 2]");
    assert_eq!(array.0[0].path, "");
    assert!(array.0[0].message.contains("must be a JSON object"));
}

#[test]
fn unsafe_urls_are_refused_wherever_they_appear() {
    let problems = problems(JS_URL);
    assert!(message_at(&problems, "sources[0].url").contains("is not an http(s) or mailto URL"));
    assert!(message_at(&problems, "sources[1].url").contains("is not an http(s) or mailto URL"));
    assert!(message_at(&problems, "sources[2].url").contains("spaces or control characters"));
    assert!(message_at(&problems, "related[0].url").contains("is not an http(s) or mailto URL"));
}

#[test]
fn messages_spell_out_invisible_characters() {
    // A bidi override echoed as is would reverse the rest of the message.
    let problems = problems(include_str!("fixtures/hostile/url-tricks.json"));
    let bidi = message_at(&problems, "sources[9].url");
    assert!(
        bidi.starts_with("\"https://example.org/\\u{202E}gnp.exe\""),
        "{bidi}"
    );
    assert!(!bidi.contains('\u{202E}'), "{bidi}");
    assert!(message_at(&problems, "sources[7].url").contains("user name before the host"));
}

#[test]
fn url_rules() {
    for ok in [
        "https://example.org",
        "HTTP://EXAMPLE.ORG/a?b#c",
        "  https://example.org/padded  ",
        "mailto:desk@example.org",
        "https://example.org/people/@desk",
        "https://example.org/?by=desk@example.org",
        "https://example.org/#@desk",
    ] {
        assert!(SafeUrl::parse(ok).is_ok(), "{ok} should be allowed");
    }
    let refused = [
        ("javascript:alert(1)", UrlError::Scheme),
        ("JaVaScRiPt:alert(1)", UrlError::Scheme),
        ("data:text/html,x", UrlError::Scheme),
        ("vbscript:x", UrlError::Scheme),
        ("//example.org", UrlError::Scheme),
        ("/relative", UrlError::Scheme),
        ("java\tscript:alert(1)", UrlError::BadCharacter),
        ("https://exa mple.org", UrlError::BadCharacter),
        ("https://example.org/\u{202E}fdp.exe", UrlError::Invisible),
        ("https://exa\u{200B}mple.org", UrlError::Invisible),
        ("https://\u{2066}example.org\u{2069}", UrlError::Invisible),
        ("https://news.example.org@evil.example/", UrlError::Userinfo),
        ("https://user:pass@example.org", UrlError::Userinfo),
        ("http://a@b\\c", UrlError::Userinfo),
        ("https://", UrlError::NoTarget),
        ("https:///path", UrlError::NoTarget),
        ("mailto:", UrlError::NoTarget),
        ("", UrlError::Empty),
        ("   ", UrlError::Empty),
    ];
    for (url, error) in refused {
        assert_eq!(SafeUrl::parse(url), Err(error), "{url:?}");
    }
    let long = format!("https://example.org/{}", "a".repeat(MAX_URL_LEN));
    assert_eq!(SafeUrl::parse(&long), Err(UrlError::TooLong));
    assert_eq!(
        SafeUrl::parse(" https://x.org ").unwrap().as_str(),
        "https://x.org"
    );
}

#[test]
fn markup_in_text_is_kept_as_text() {
    let article = load_article(MARKUP).expect("markup is just text, so it validates");
    assert!(article.title.starts_with("<script>"));
    assert_eq!(
        article.sources[0].url.as_str(),
        "https://example.org/?q=<script>",
        "an http URL with odd characters is still only an href value"
    );
}

#[test]
fn long_values_are_cut_in_messages() {
    let huge = "x".repeat(10_000);
    let problems = problems(&minimal_with("lang", serde_json::Value::String(huge)));
    let message = message_at(&problems, "lang");
    assert!(message.len() < 200, "{} bytes", message.len());
    assert!(message.contains('…'));
}

#[test]
fn dates() {
    assert!(parse_date("2024-02-29").is_some());
    assert!(parse_date("2023-02-29").is_none());
    assert!(parse_date("2024-13-01").is_none());
    assert!(parse_date("2024-04-31").is_none());
    assert!(parse_date("2024-01-01T10:00:00Z").is_some());
    assert!(parse_date("2024-01-01T10:00:00.123+05:30").is_some());
    assert!(
        parse_date("2024-01-01T10:00").is_none(),
        "a time needs a zone"
    );
    assert!(parse_date("01/02/2024").is_none());
    assert!(parse_date("2024-1-01").is_none());
    // Six bytes of zone, but a two-byte character where the digits should be:
    // slicing by byte ranges here once panicked.
    assert!(parse_date("2025-01-01T08:00+aé:b").is_none());
    assert!(parse_date("2025-01-01T08:00+é0:00").is_none());
    assert!(parse_date("２０２５-01-01").is_none(), "full-width digits");
    assert!(parse_date("2025-0é-01").is_none());
}

#[test]
fn a_claim_that_overlaps_a_later_non_neighbour_is_reported() {
    // Claim 0 covers "alpha beta gamma"; claim 1 ("beta") and claim 2
    // ("gamma") both start inside it. Sorted by start, claim 2's neighbour is
    // claim 1, which it does not overlap: both overlaps must still be found.
    let json = r#"{
        "version": 1, "id": "overlap", "title": "T", "lang": "en",
        "sections": [{ "id": "s", "heading": "H", "paragraphs": ["alpha beta gamma delta"] }],
        "claims": [
            { "id": "c0", "section": "s", "quote": "alpha beta gamma", "status": "opinion", "explanation": "e" },
            { "id": "c1", "section": "s", "quote": "beta", "status": "opinion", "explanation": "e" },
            { "id": "c2", "section": "s", "quote": "gamma", "status": "opinion", "explanation": "e" }
        ]
    }"#;
    let problems = problems(json);
    let paths: Vec<&str> = problems.0.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"claims[1].quote"), "{problems}");
    assert!(paths.contains(&"claims[2].quote"), "{problems}");
}

#[test]
fn reading_time_counts_words_and_cjk_characters() {
    assert_eq!(reading_minutes(["one two three"]), 1);
    let words = "word ".repeat(460);
    assert_eq!(reading_minutes([words.as_str()]), 2);
    let words = "word ".repeat(461);
    assert_eq!(reading_minutes([words.as_str()]), 3);
    let cjk = "字".repeat(800);
    assert_eq!(reading_minutes([cjk.as_str()]), 2);
    assert_eq!(reading_minutes([""]), 1);
}

#[test]
fn fragments_resolve_to_sections_and_claims() {
    use interactive_article::model::FragmentTarget;
    let article = load_article(EDGE).unwrap();
    assert_eq!(
        article.find_fragment("non-latin"),
        Some(FragmentTarget::Section(2))
    );
    assert_eq!(
        article.find_fragment("beta"),
        Some(FragmentTarget::Claim(3))
    );
    assert_eq!(article.find_fragment("nothing"), None);
}

#[test]
fn one_bad_paragraph_is_the_only_problem_reported_for_its_section() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    doc["sections"][0]["paragraphs"] = serde_json::json!(["  ", "A claim sits here."]);
    doc["claims"] = serde_json::json!([{
        "id": "c", "section": "only-section", "quote": "claim",
        "status": "opinion", "explanation": "A view."
    }]);
    let found = problems(&doc.to_string());
    assert_eq!(found.0.len(), 1, "{found}");
    assert_eq!(found.0[0].path, "sections[0].paragraphs[0]");
    assert_eq!(found.0[0].message, "must not be empty");
}

#[test]
fn every_unknown_field_is_reported_with_its_path_and_validation_still_runs() {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    doc["titel"] = serde_json::json!("typo at the root");
    doc["sections"][0]["colapsed"] = serde_json::json!(true);
    doc["sections"][0]["heading"] = serde_json::json!(" ");
    doc["provenance"]["aiGenrated"] = serde_json::json!(true);
    let found = problems(&doc.to_string());
    let listed: Vec<(&str, &str)> = found
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            // In document order: `titel` was added after `provenance`.
            (
                "sections[0].colapsed",
                "unknown field `colapsed`: format v1 has no such field (misspelt?)"
            ),
            (
                "provenance.aiGenrated",
                "unknown field `aiGenrated`: format v1 has no such field (misspelt?)"
            ),
            (
                "titel",
                "unknown field `titel`: format v1 has no such field (misspelt?)"
            ),
            ("sections[0].heading", "must not be empty"),
        ],
        "{found}"
    );
}

#[test]
fn a_key_written_twice_is_a_problem_not_a_silent_choice() {
    let text = MINIMAL.replacen(
        "\"title\": \"A minimal article\",",
        "\"title\": \"A minimal article\", \"title\": \"Another\",",
        1,
    );
    let found = problems(&text);
    assert_eq!(found.0.len(), 1, "{found}");
    assert_eq!(found.0[0].message, "duplicate field `title`");
}

#[test]
fn a_byte_order_mark_is_not_content() {
    load_article(&format!("\u{feff}{MINIMAL}")).expect("validates");
}

/// An article of `sections` sections, each with one paragraph holding two
/// claims' words, and its claims: long enough that validation takes several
/// of its steps for both (`Validation`, 50 sections and 100 claims a step).
fn long_article(sections: usize) -> serde_json::Value {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    doc["sections"] = (0..sections)
        .map(|i| {
            serde_json::json!({
                "id": format!("s{i}"),
                "heading": format!("Section {i}"),
                "paragraphs": [format!("First words of {i}. Second words of {i}.")],
            })
        })
        .collect();
    doc["claims"] = (0..sections)
        .flat_map(|i| {
            ["First", "Second"].map(|which| {
                serde_json::json!({
                    "id": format!("c{i}-{}", which.to_lowercase()),
                    "section": format!("s{i}"),
                    "quote": format!("{which} words of {i}."),
                    "status": "unverified",
                    "explanation": "Not checked yet.",
                })
            })
        })
        .collect();
    doc
}

#[test]
fn a_long_article_is_judged_across_validation_steps_in_document_order() {
    let doc = long_article(130);
    let article = load_article(&doc.to_string()).expect("valid");
    assert_eq!(article.sections.len(), 130);
    assert_eq!(article.claims.len(), 260);
    let last = article.sections.last().unwrap();
    assert_eq!(last.paragraphs[0].marks.len(), 2, "the last claims mark it");

    let mut doc = doc;
    // Problems on both sides of each step's edge, and ids repeated across
    // steps: a section's id reused 80 sections on, a claim reusing a
    // section's id 150 claims on.
    for i in [49, 50, 99, 100, 129] {
        doc["sections"][i]["heading"] = "".into();
    }
    doc["sections"][110]["id"] = "s30".into();
    doc["claims"][199]["quote"] = "Nowhere.".into();
    doc["claims"][200]["status"] = "maybe".into();
    doc["claims"][250]["id"] = "s40".into();
    let found = problems(&doc.to_string());
    let paths: Vec<&str> = found.0.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "sections[49].heading",
            "sections[50].heading",
            "sections[99].heading",
            "sections[100].heading",
            "sections[110].id",
            "sections[129].heading",
            "claims[199].quote",
            "claims[200].status",
            // Section 110's claims name the id it had.
            "claims[220].section",
            "claims[221].section",
            "claims[250].id",
        ]
    );
    assert!(message_at(&found, "sections[110].id").contains("sections[30]"));
    assert!(message_at(&found, "claims[250].id").contains("sections[40]"));
}
