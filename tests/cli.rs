//! The `interactive-article` command as a CMS runs it: exit status, what it
//! prints, and that it prints the same bytes every time.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_interactive-article"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const MINIMAL: &str = "tests/fixtures/valid-minimal.json";
const EDGE: &str = "tests/fixtures/edge-cases.json";
const MANY: &str = "tests/fixtures/invalid-many-problems.json";

#[test]
fn validate_exits_0_when_every_file_is_valid() {
    let output = run(&[
        "validate",
        MINIMAL,
        EDGE,
        "articles/china-open-source-ai.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output)
            .lines()
            .filter(|l| l.ends_with(": ok"))
            .count(),
        3
    );
}

#[test]
fn validate_prints_every_problem_with_its_path_and_exits_1() {
    let output = run(&["validate", MINIMAL, MANY]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let expected = interactive_article::model::load_article(include_str!(
        "fixtures/invalid-many-problems.json"
    ))
    .unwrap_err();
    assert!(expected.iter().count() > 3);
    for problem in expected.iter() {
        assert!(
            text.contains(&format!("{MANY}: {}: {}", problem.path, problem.message)),
            "missing {problem} in:\n{text}"
        );
    }
    assert!(text.contains(&format!("{MINIMAL}: ok")));
}

#[test]
fn validate_as_json_lists_files_and_problems() {
    let output = run(&["validate", "--format", "json", MINIMAL, MANY]);
    assert_eq!(output.status.code(), Some(1));
    let results: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(results[0]["file"], MINIMAL);
    assert_eq!(results[0]["valid"], true);
    assert_eq!(results[0]["problems"].as_array().unwrap().len(), 0);
    assert_eq!(results[1]["valid"], false);
    let problems = results[1]["problems"].as_array().unwrap();
    assert!(problems.len() > 3);
    assert!(problems
        .iter()
        .all(|p| p["path"].is_string() && p["message"].is_string()));
    assert!(problems
        .iter()
        .any(|p| p["path"].as_str().unwrap().contains('.')));
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["validate"],
        &["validate", "--format", "xml", MINIMAL],
        &["validate", MINIMAL, "no/such/file.json"],
        &["render"],
        &["render", "no/such/file.json"],
        &["render", "--theme", "purple", MINIMAL],
        &["render", "--heading-level", "7", MINIMAL],
        &["render", "--colour", "red", MINIMAL],
        &["render", MINIMAL, EDGE],
        &["schema", "extra"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("interactive-article: "),
            "{args:?} says why"
        );
        assert!(
            output.stdout.is_empty() || args.first() == Some(&"validate"),
            "{args:?}"
        );
    }
}

#[test]
fn render_refuses_an_invalid_article_with_its_problems() {
    let output = run(&["render", MANY]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(stderr(&output).contains(&format!("{MANY}: ")));
}

#[test]
fn render_prints_the_element_the_container_and_the_page() {
    let element = run(&["render", "--theme", "dark", "--sections=open", EDGE]);
    assert_eq!(element.status.code(), Some(0), "{}", stderr(&element));
    let html = stdout(&element);
    assert!(html.starts_with(
        "<interactive-article theme=\"dark\" sections=\"open\"><template shadowrootmode=\"open\">"
    ));
    assert!(html.contains("href=\"/embed/interactive-article.css\""));
    assert!(html.contains("<script type=\"application/json\">"));

    let mount = stdout(&run(&["render", "--mount", "--lang", "zh-Hans", EDGE]));
    assert!(mount.starts_with("<div data-ia-prerender="));
    assert!(!mount.contains("<template"));
    assert!(mount.contains("展开全部章节"), "--lang picks the UI text");
    let french = stdout(&run(&[
        "render",
        "--lang",
        "fr",
        "tests/fixtures/sources-quote-de.json",
    ]));
    assert!(french.starts_with("<interactive-article lang=\"fr\">"));
    assert!(french.contains("Publié le <time datetime=\"2026-03-14\">14 mars 2026</time>"));

    let page = stdout(&run(&[
        "render",
        "--page",
        "--assets",
        "./embed",
        "--url",
        "https://news.example/a",
        EDGE,
    ]));
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("<script type=\"module\" src=\"./embed/interactive-article.js\">"));
    assert!(page.contains("href=\"./embed/shadow.css\""));
    assert!(page.contains("<link rel=\"canonical\" href=\"https://news.example/a\">"));
    assert!(page.contains("<script type=\"application/ld+json\">"));
}

#[test]
fn render_prints_the_same_bytes_every_time() {
    let args = [
        "render",
        "--page",
        "--heading-level",
        "2",
        "articles/china-open-source-ai.json",
    ];
    let first = run(&args);
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(first.stdout, run(&args).stdout);
}

#[test]
fn schema_prints_the_shipped_schema() {
    let output = run(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        std::fs::read_to_string("schema/article-v1.schema.json").unwrap()
    );
}

#[test]
fn help_documents_every_command_and_option() {
    let output = run(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    for word in [
        "render",
        "--mount",
        "--page",
        "--assets",
        "--url",
        "validate",
        "--format",
        "schema",
        "--theme",
        "--heading-level",
        "--lang",
        "--sections",
    ] {
        assert!(help.contains(word), "--help does not mention {word}");
    }
}
