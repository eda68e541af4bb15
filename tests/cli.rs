//! The `interactive-article` command as a CMS runs it: exit status, what it
//! prints, and that it prints the same bytes every time.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

#[path = "support/recorder.rs"]
mod recorder;
use recorder::without_recorder;

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
    let output = stdout(&element);
    let html = without_recorder(&output);
    assert!(html.starts_with(
        "<interactive-article theme=\"dark\" sections=\"open\"><template shadowrootmode=\"open\">"
    ));
    assert!(html.contains("href=\"/embed/interactive-article.css\""));
    assert!(html.contains("<script type=\"application/json\">"));

    let mount = stdout(&run(&["render", "--mount", "--lang", "zh-Hans", EDGE]));
    assert!(without_recorder(&mount).starts_with("<div data-ia-prerender="));
    assert!(!mount.contains("<template"));
    assert!(mount.contains("展开全部章节"), "--lang picks the UI text");
    let french = stdout(&run(&[
        "render",
        "--lang",
        "fr",
        "tests/fixtures/sources-quote-de.json",
    ]));
    assert!(without_recorder(&french).starts_with("<interactive-article lang=\"fr\">"));
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

/// A template file of its own for one test (removed when dropped).
struct TemplateFile(std::path::PathBuf);

impl TemplateFile {
    fn new(name: &str, text: &str) -> TemplateFile {
        let path = std::env::temp_dir().join(format!(
            "interactive-article-cli-{}-{name}.html",
            std::process::id()
        ));
        std::fs::write(&path, text).unwrap();
        TemplateFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TemplateFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn render_template_puts_the_widget_in_as_render_prints_it() {
    let template = TemplateFile::new("widget", "<main class=\"story\">{{widget}}</main>\n");
    for options in [
        &[][..],
        &["--theme", "dark", "--heading-level", "2"],
        &["--mount", "--lang", "fr"],
        &["--mount", "--assets", "../pkg/"],
    ] {
        let plain = run(&[&["render"], options, &[EDGE]].concat());
        let filled = run(&[&["render", "--template", template.path()], options, &[EDGE]].concat());
        assert_eq!(filled.status.code(), Some(0), "{}", stderr(&filled));
        assert_eq!(
            filled.stdout,
            [
                b"<main class=\"story\">".as_slice(),
                &plain.stdout,
                b"</main>\n".as_slice()
            ]
            .concat(),
            "{options:?}: the widget's bytes are render's"
        );
    }
}

#[test]
fn render_page_is_the_page_template_filled_in() {
    for options in [
        &[][..],
        &["--url", "https://news.example/a", "--assets", "./e"],
    ] {
        let page = run(&[&["render", "--page"], options, &[EDGE]].concat());
        let template = run(&[
            &["render", "--template", "src/prerender/page.html"],
            options,
            &[EDGE],
        ]
        .concat());
        assert_eq!(page.status.code(), Some(0), "{}", stderr(&page));
        assert_eq!(page.stdout, template.stdout, "{options:?}");
    }
    // A line whose placeholder is empty (no --url: no canonical link) goes.
    let page = stdout(&run(&["render", "--page", EDGE]));
    assert!(page.contains("<meta name=\"description\" content=\"Every corner of format v1 that still makes a valid article.\">\n<script type=\"module\""));
}

#[test]
fn render_template_escapes_each_value_for_where_it_stands() {
    let template = TemplateFile::new(
        "hostile",
        "<!doctype html>\n<html lang=\"{{lang}}\">\n<title>{{title}}</title>\n\
         <meta name=\"description\" content=\"{{description}}\">\n\
         <meta property=\"og:title\" content='{{title}}'>\n  {{canonical}}\n\
         <script type=\"application/ld+json\">{{json_ld}}</script>\n{{widget}}\n",
    );
    let output = run(&[
        "render",
        "--template",
        template.path(),
        "--url",
        "https://news.example/a?b=1&c=\"><script>x</script>",
        "tests/fixtures/hostile-markup.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = stdout(&output);
    let title = "&lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt;Markup in the title";
    assert!(html.contains(&format!("<title>{title}</title>")), "{html}");
    assert!(html.contains(&format!("content='{title}'>")));
    assert!(html.contains(
        "content=\"&lt;img src=x onerror=&quot;window.__pwned=&#39;standfirst&#39;&quot;&gt;\">"
    ));
    assert!(html.contains(
        "  <link rel=\"canonical\" href=\"https://news.example/a?b=1&amp;c=&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\n"
    ));
    let ld = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    assert!(
        !ld.contains('<') && ld.contains("\\u003cscript\\u003e"),
        "{ld}"
    );
    // The widget's recorder, the JSON-LD script and the element's article
    // JSON: no script of the title's.
    assert_eq!(html.matches("<script").count(), 3, "{html}");
}

#[test]
fn render_template_refuses_an_unknown_or_misplaced_placeholder_with_its_line() {
    for (name, text, message) in [
        (
            "unknown",
            "<html>\n<head>\n<title>{{headline}}</title>\n",
            ":3: unknown placeholder {{headline}}; the placeholders are {{widget}}, {{title}}",
        ),
        (
            "script",
            "<p>{{title}}</p>\n<script>\nvar title = \"{{title}}\";\n</script>\n",
            ":3: {{title}} cannot go in a <script> element",
        ),
        (
            "unquoted",
            "<a\n  title={{title}}>",
            ":2: {{title}} cannot go in a tag, outside a quoted attribute value",
        ),
        ("unclosed", "<p>{{widget</p>\n", ":1: {{ without its }}"),
    ] {
        let template = TemplateFile::new(name, text);
        let output = run(&["render", "--template", template.path(), EDGE]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        assert!(output.stdout.is_empty(), "{name}");
        let expected = format!("interactive-article: {}{message}", template.path());
        assert!(
            stderr(&output).starts_with(&expected),
            "{name}: {}",
            stderr(&output)
        );
    }
    let page = TemplateFile::new("page", "{{widget}}");
    for args in [
        &["render", "--template", "no/such/template.html", EDGE][..],
        &["render", "--template"],
        &["render", "--page", "--template", page.path(), EDGE],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn help_documents_render_template_and_every_placeholder() {
    let help = stdout(&run(&["--help"]));
    assert!(help.contains("render --template TEMPLATE"));
    for placeholder in interactive_article::prerender::Placeholder::ALL {
        let written = format!("{{{{{}}}}}", placeholder.name());
        assert!(help.contains(&written), "--help does not name {written}");
    }
}

#[test]
fn render_hydrate_writes_the_loaders_attribute_on_the_element_only() {
    use interactive_article::options::HYDRATE_VALUES;
    for when in HYDRATE_VALUES {
        let element = stdout(&run(&["render", "--hydrate", when, EDGE]));
        assert!(
            without_recorder(&element)
                .starts_with(&format!("<interactive-article hydrate=\"{when}\">")),
            "{when}: {}",
            element.get(..80).unwrap_or(&element)
        );
        let page = stdout(&run(&["render", "--page", "--hydrate", when, EDGE]));
        assert!(page.contains(&format!("<interactive-article hydrate=\"{when}\">")));
    }
    let help = stdout(&run(&["--help"]));
    assert!(help.contains(&format!("--hydrate {}", HYDRATE_VALUES.join("|"))));
    for (args, message) in [
        (
            &["render", "--hydrate", "soon", EDGE][..],
            "--hydrate must be one of visible, idle, interaction, eager",
        ),
        (&["render", "--hydrate"], "--hydrate needs a value"),
        (
            &["render", "--mount", "--hydrate", "idle", EDGE],
            "--hydrate is the element's",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(message), "{}", stderr(&output));
    }
}

#[test]
fn import_prints_the_json_of_a_dialect_file_and_export_writes_it_back() {
    let output = run(&["import", "articles/china-open-source-ai.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        std::fs::read_to_string("articles/china-open-source-ai.json").unwrap()
    );
    let output = run(&["export", "--markdown", "articles/china-open-source-ai.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        std::fs::read_to_string("articles/china-open-source-ai.md").unwrap()
    );
}

#[test]
fn dialect_problems_are_reported_at_file_line_and_column() {
    let file = "tests/fixtures/dialect/duplicate-ids.md";
    let output = run(&["import", file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains(&format!(
            "{file}:22:85: claims[2].id: duplicate id \"promise\""
        )),
        "{}",
        stderr(&output)
    );
    let output = run(&["validate", file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains(&format!("{file}:20:13: claims[0].id:")));
    let output = run(&["render", file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains(&format!("{file}:20:13: claims[0].id:")));
}

#[test]
fn validate_as_json_gives_each_dialect_problem_its_line_and_column() {
    let output = run(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/dialect/overlapping-claims.md",
        "articles/china-open-source-ai.md",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let problem = &report[0]["problems"][0];
    assert_eq!(report[0]["valid"], false);
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(19), Some(20))
    );
    assert_eq!(problem["path"], "");
    assert!(problem["message"].as_str().unwrap().contains("cannot nest"));
    assert_eq!(report[1]["valid"], true);
}

#[test]
fn render_reads_the_dialect_as_it_reads_the_json() {
    for flags in [&[][..], &["--page"][..]] {
        let from = |file: &str| {
            let output = run(&[&["render"], flags, &[file]].concat());
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            stdout(&output)
        };
        assert_eq!(
            from("articles/china-open-source-ai.md"),
            from("articles/china-open-source-ai.json")
        );
    }
}

#[test]
fn import_plain_makes_a_valid_article_of_the_seed() {
    let output = run(&["import", "--plain", "tests/fixtures/seed-article.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let article = interactive_article::model::load_article(&stdout(&output)).unwrap();
    assert_eq!(article.sections.len(), 4);
    let output = run(&[
        "import",
        "--plain",
        "--markdown",
        "tests/fixtures/seed-article.txt",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("\n# The DeepSeek Moment That Changed Everything\n"));
}

#[test]
fn import_and_export_usage_errors_exit_2() {
    for args in [
        &["import"][..],
        &["import", "--plain"][..],
        &["import", "--strict", "a.md"][..],
        &["import", "missing.md"][..],
        &["export", "articles/china-open-source-ai.json"][..],
        &["export", "--markdown", "missing.json"][..],
    ] {
        let output = run(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let help = stdout(&run(&["--help"]));
    for word in [
        "import FILE.md",
        "--plain",
        "export --markdown",
        "LINE:COLUMN",
    ] {
        assert!(help.contains(word), "--help does not mention {word}");
    }
}
