//! `interactive-article`: validate article JSON, render it to HTML for a news
//! page (prerendered widget, structured data), print the JSON Schema.
//! Run `interactive-article --help` for the commands; the README has the
//! CMS workflow.
//!
//! Exit status: 0 done (every file valid), 1 an article has problems,
//! 2 a usage error or a file that cannot be read.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use interactive_article::format::json_schema;
    use interactive_article::model::{load_article, Problems};
    use interactive_article::options::{
        help_lines, kebab_case, MountOptions, HYDRATE_VALUES, TEXT_OPTIONS,
    };
    use interactive_article::prerender::{Prerender, Template, Widget};
    use std::process::ExitCode;
    use std::rc::Rc;

    const HELP: &str = "\
interactive-article: an article's JSON as HTML a news page serves, and checks.

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
            "schema" if rest.is_empty() => {
                print!("{}", json_schema());
                ExitCode::SUCCESS
            }
            "schema" => usage("schema takes no arguments"),
            other => usage(&format!("unknown command {other:?}")),
        }
    }

    /// What `render` prints.
    #[derive(PartialEq)]
    enum Output {
        Element,
        Mount,
        Page,
    }

    fn render(args: &[String]) -> ExitCode {
        let mut output = Output::Element;
        let mut options = MountOptions::default();
        let mut option_texts = Vec::new();
        let mut assets = String::from("/embed/");
        let mut page_url = None;
        let mut template = None;
        let mut file = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let mut value = || inline.clone().or_else(|| args.next().cloned());
            match flag {
                "-h" | "--help" => {
                    print!("{}", help());
                    return ExitCode::SUCCESS;
                }
                "--mount" => output = Output::Mount,
                "--page" => output = Output::Page,
                "--assets" => match value() {
                    Some(url) if url.ends_with('/') => assets = url,
                    Some(url) => assets = url + "/",
                    None => return usage("--assets needs a URL"),
                },
                "--url" => match value() {
                    Some(url) => page_url = Some(url),
                    None => return usage("--url needs a URL"),
                },
                "--hydrate" => match value() {
                    Some(when) if HYDRATE_VALUES.contains(&when.as_str()) => {
                        option_texts.push(("hydrate".to_owned(), when));
                    }
                    Some(_) => {
                        return usage(&format!(
                            "--hydrate must be one of {}",
                            HYDRATE_VALUES.join(", ")
                        ))
                    }
                    None => return usage("--hydrate needs a value"),
                },
                "--template" => match value().map(|path| Template::read(&path)) {
                    Some(Ok(read)) => template = Some(read),
                    Some(Err(message)) => return usage(&message),
                    None => return usage("--template needs a FILE"),
                },
                flag if flag.starts_with("--") => {
                    let Some(name) = TEXT_OPTIONS
                        .into_iter()
                        .find(|name| flag.strip_prefix("--") == Some(kebab_case(name).as_str()))
                    else {
                        return usage(&format!("unknown option {flag}"));
                    };
                    let Some(text) = value() else {
                        return usage(&format!("{flag} needs a value"));
                    };
                    if let Err(reason) = options.set_text(name, &text) {
                        return usage(&format!("{flag} {reason}"));
                    }
                    option_texts.push((name.to_owned(), text));
                }
                path if file.is_none() => file = Some(path.to_owned()),
                _ => return usage("render takes one FILE"),
            }
        }
        let Some(path) = file else {
            return usage("render needs a FILE");
        };
        if output == Output::Mount && option_texts.iter().any(|(name, _)| name == "hydrate") {
            return usage(
                "--hydrate is the element's: with --mount, the host's mount() call decides when",
            );
        }
        if template.is_some() && output == Output::Page {
            return usage("--page is a template of its own: give --page or --template");
        }
        let text = match read(&path) {
            Ok(text) => text,
            Err(message) => return usage(&message),
        };
        let article = match load_article(&text) {
            Ok(article) => article,
            Err(problems) => {
                report(&path, &problems, &mut std::io::stderr());
                return ExitCode::FAILURE;
            }
        };
        // The article parsed, so the text is JSON.
        let json = serde_json::from_str(&text).unwrap_or_default();
        let prerender = Prerender {
            article: Rc::new(article),
            json,
            options,
            option_texts,
            assets,
            page_url,
        };
        print!(
            "{}",
            match (template, output) {
                (Some(template), Output::Mount) =>
                    prerender.fill(&template, Widget::MountContainer),
                (Some(template), _) => prerender.fill(&template, Widget::Element),
                (None, Output::Element) => prerender.element(),
                (None, Output::Mount) => prerender.mount_container(),
                (None, Output::Page) => prerender.page(),
            }
        );
        ExitCode::SUCCESS
    }

    /// Writes each problem of `path` as `path: json.path: message`.
    fn report(path: &str, problems: &Problems, out: &mut impl std::io::Write) {
        for problem in problems.iter() {
            let _ = writeln!(out, "{path}: {problem}");
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
            let problems = load_article(&text).err().unwrap_or_default();
            invalid |= !problems.is_empty();
            if json {
                let list: Vec<_> = problems
                    .iter()
                    .map(|p| serde_json::json!({"path": p.path, "message": p.message}))
                    .collect();
                results.push(serde_json::json!({
                    "file": path,
                    "valid": problems.is_empty(),
                    "problems": list,
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
