//! `interactive-article`: validate an article (JSON, or the authoring
//! dialect in a `.md` file), render it to HTML for a news page (prerendered
//! widget, structured data), import and export the dialect, print the JSON
//! Schema.
//! Run `interactive-article --help` for the commands; the README has the
//! CMS workflow.
//!
//! Exit status: 0 done (every file valid), 1 an article has problems,
//! 2 a usage error or a file that cannot be read.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use interactive_article::dialect;
    use interactive_article::format::json_schema;
    use interactive_article::model::{load_article, Problems};
    use interactive_article::options::{help_lines, kebab_case, HYDRATE_VALUES};
    use interactive_article::prerender::{RenderRequest, Template};
    use std::process::ExitCode;

    const HELP: &str = "\
interactive-article: an article's JSON as HTML a news page serves, and checks.
Every FILE may also be written in the authoring dialect (a .md file, README:
\"Writing an article\"); its problems are given as FILE:LINE:COLUMN.

Usage:
  interactive-article render [OPTIONS] FILE
      Prints <interactive-article> with the widget prerendered in a
      declarative shadow root and the article JSON, for the loader to
      hydrate.
  interactive-article render --mount [OPTIONS] FILE
      Prints a plain container with the widget prerendered, and the article
      JSON beside it, for mount(container, article, options).
  interactive-article render --page [OPTIONS] FILE
      Prints a complete page: title, description, canonical link (with
      --url), the element, JSON-LD, and the loader from --assets.
  interactive-article render --template TEMPLATE [--mount] [OPTIONS] FILE
      Prints TEMPLATE with {{widget}} (what render, or render --mount,
      prints), {{title}}, {{description}}, {{lang}}, {{assets}},
      {{canonical}}, {{loader}} and {{json_ld}} filled in, each escaped for
      where it stands (README: \"Pages from a template\").
  interactive-article validate [--format text|json] FILE...
      Prints every problem of each file with its JSON path.
  interactive-article import FILE.md
      Prints the article written in the dialect as its JSON.
  interactive-article import --plain [--markdown] FILE.txt
      Prints a plain-text article (title, standfirst, one paragraph per line,
      short lines as headings, \"Related Articles\", a closing prompt) as
      JSON, or with --markdown in the dialect, for an editor to mark claims
      in.
  interactive-article export --markdown FILE
      Prints the article's JSON written in the dialect.
  interactive-article schema
      Prints the JSON Schema of the article format.

Render options:
  --assets URL   the folder holding the loader, wasm and stylesheets, laid
                 out like dist/embed/ (default: /embed/)
  --url URL      the page's own address: canonical link and JSON-LD urls
  --hydrate {HYDRATE}
                 when the element's wasm is fetched and run (default:
                 visible; not with --mount, where the host's mount() decides)
{WIDGET_OPTIONS}
Exit status: 0 done and every file valid; 1 an article has problems;
2 usage error or unreadable file.
";

    /// The help text, with the widget options listed from their one
    /// declaration.
    fn help() -> String {
        HELP.replace("{WIDGET_OPTIONS}", &help_lines())
            .replace("{HYDRATE}", &HYDRATE_VALUES.join("|"))
    }

    /// A command line that cannot be run: said on stderr, exit status 2.
    fn usage(message: &str) -> ExitCode {
        eprintln!("interactive-article: {message}\nRun `interactive-article --help` for usage.");
        ExitCode::from(2)
    }

    /// Reads `path`, or says why not.
    fn read(path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|err| format!("{path}: cannot read: {err}"))
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let Some((command, rest)) = args.split_first() else {
            return usage("no command given");
        };
        match command.as_str() {
            "-h" | "--help" | "help" => {
                print!("{}", help());
                ExitCode::SUCCESS
            }
            "render" => render(rest),
            "validate" => validate(rest),
            "import" | "export" if rest.iter().any(|a| a == "-h" || a == "--help") => {
                print!("{}", help());
                ExitCode::SUCCESS
            }
            "import" => import(rest),
            "export" => export(rest),
            "schema" if rest.is_empty() => {
                print!("{}", json_schema());
                ExitCode::SUCCESS
            }
            "schema" => usage("schema takes no arguments"),
            other => usage(&format!("unknown command {other:?}")),
        }
    }

    /// `name` as a flag: `headingLevel` → `--heading-level`.
    fn flag(name: &str) -> String {
        format!("--{}", kebab_case(name))
    }

    fn render(args: &[String]) -> ExitCode {
        let mut request = RenderRequest::default();
        let mut file = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (given, inline) = match arg.split_once('=') {
                Some((given, value)) if arg.starts_with("--") => (given, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            match given {
                "-h" | "--help" => {
                    print!("{}", help());
                    return ExitCode::SUCCESS;
                }
                // A file here; its text in the server wasm's options.
                "--template" => match inline.or_else(|| args.next().cloned()) {
                    Some(path) => match Template::read(&path) {
                        Ok(template) => request.set_template(template),
                        Err(message) => return usage(&message),
                    },
                    None => return usage("--template needs a FILE"),
                },
                given if given.starts_with("--") => {
                    let Some(name) = RenderRequest::names().find(|name| flag(name) == given) else {
                        return usage(&format!("unknown option {given}"));
                    };
                    let value = match RenderRequest::takes(name) {
                        Some(Some(_)) => inline.or_else(|| args.next().cloned()),
                        _ => None,
                    };
                    if let Err(err) = request.set(name, value.as_deref()) {
                        return usage(&err.describe(flag));
                    }
                }
                path if file.is_none() => file = Some(path.to_owned()),
                _ => return usage("render takes one FILE"),
            }
        }
        let Some(path) = file else {
            return usage("render needs a FILE");
        };
        if let Err(err) = request.check() {
            return usage(&err.describe(flag));
        }
        let text = match read(&path) {
            Ok(text) => text,
            Err(message) => return usage(&message),
        };
        let text = match article_json(&path, text) {
            Ok(json) => json,
            Err(problems) => {
                report_placed(&path, &problems, &mut std::io::stderr());
                return ExitCode::FAILURE;
            }
        };
        match request.render(&text) {
            Ok(html) => {
                print!("{html}");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                report(&path, &problems, &mut std::io::stderr());
                ExitCode::FAILURE
            }
        }
    }

    /// Writes each problem of `path` as `path: json.path: message`.
    fn report(path: &str, problems: &Problems, out: &mut impl std::io::Write) {
        for problem in problems.iter() {
            let _ = writeln!(out, "{path}: {problem}");
        }
    }

    /// Whether the file at `path` is written in the dialect (by its
    /// extension), rather than in JSON.
    fn is_dialect(path: &str) -> bool {
        std::path::Path::new(path)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
    }

    /// The article's JSON: `text` itself, or the JSON of a dialect file
    /// that has no problems.
    fn article_json(path: &str, text: String) -> Result<String, Vec<dialect::Problem>> {
        if is_dialect(path) {
            dialect::import(&text).into_result()
        } else {
            Ok(text)
        }
    }

    /// Writes each problem of the dialect file `path` as
    /// `path:line:column: json.path: message`.
    fn report_placed(path: &str, problems: &[dialect::Problem], out: &mut impl std::io::Write) {
        for problem in problems {
            let _ = writeln!(out, "{path}:{problem}");
        }
    }

    /// `import FILE.md`, or `import --plain [--markdown] FILE.txt`.
    fn import(args: &[String]) -> ExitCode {
        let flags: Vec<&str> = args.iter().map(String::as_str).collect();
        let (plain, markdown, path) = match flags.as_slice() {
            ["--plain", "--markdown", path] | ["--markdown", "--plain", path] => (true, true, path),
            ["--plain", path] => (true, false, path),
            [path] => (false, false, path),
            _ => return usage("import takes FILE.md, or --plain [--markdown] FILE.txt"),
        };
        if path.starts_with("--") {
            return usage(&format!("unknown option {path}"));
        }
        let text = match read(path) {
            Ok(text) => text,
            Err(message) => return usage(&message),
        };
        let text = if plain {
            dialect::import_plain(&text)
        } else {
            text
        };
        if markdown {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        match dialect::import(&text).into_result() {
            Ok(json) => {
                print!("{json}");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                report_placed(path, &problems, &mut std::io::stderr());
                ExitCode::FAILURE
            }
        }
    }

    /// `export --markdown FILE`.
    fn export(args: &[String]) -> ExitCode {
        let [flag, path] = args else {
            return usage("export takes --markdown FILE");
        };
        if flag != "--markdown" {
            return usage("export takes --markdown FILE");
        }
        let text = match read(path) {
            Ok(text) => text,
            Err(message) => return usage(&message),
        };
        match dialect::export(&text) {
            Ok(markdown) => {
                print!("{markdown}");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                report(path, &Problems(problems), &mut std::io::stderr());
                ExitCode::FAILURE
            }
        }
    }

    fn validate(args: &[String]) -> ExitCode {
        let mut json = false;
        let mut files = Vec::new();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--format" | "--format=text" | "--format=json" => {
                    let format = match arg.split_once('=') {
                        Some((_, format)) => Some(format.to_owned()),
                        None => args.next().cloned(),
                    };
                    match format.as_deref() {
                        Some("json") => json = true,
                        Some("text") => json = false,
                        _ => return usage("--format takes text or json"),
                    }
                }
                "-h" | "--help" => {
                    print!("{}", help());
                    return ExitCode::SUCCESS;
                }
                flag if flag.starts_with("--") => return usage(&format!("unknown option {flag}")),
                path => files.push(path.to_owned()),
            }
        }
        if files.is_empty() {
            return usage("validate needs at least one FILE");
        }
        let mut unreadable = false;
        let mut invalid = false;
        let mut results = Vec::new();
        for path in &files {
            let text = match read(path) {
                Ok(text) => text,
                Err(message) => {
                    eprintln!("interactive-article: {message}");
                    unreadable = true;
                    continue;
                }
            };
            if is_dialect(path) {
                let problems = dialect::import(&text).problems;
                invalid |= !problems.is_empty();
                if json {
                    results.push(serde_json::json!({
                        "file": path,
                        "valid": problems.is_empty(),
                        "problems": problems,
                    }));
                } else if problems.is_empty() {
                    println!("{path}: ok");
                } else {
                    report_placed(path, &problems, &mut std::io::stdout());
                }
                continue;
            }
            let problems = load_article(&text).err().unwrap_or_default();
            invalid |= !problems.is_empty();
            if json {
                results.push(serde_json::json!({
                    "file": path,
                    "valid": problems.is_empty(),
                    "problems": problems.0,
                }));
            } else if problems.is_empty() {
                println!("{path}: ok");
            } else {
                report(path, &problems, &mut std::io::stdout());
            }
        }
        if json {
            println!("{}", serde_json::Value::Array(results));
        }
        if unreadable {
            ExitCode::from(2)
        } else if invalid {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI is native only; the wasm build is the widget.
#[cfg(target_arch = "wasm32")]
fn main() {}
