//! Validates article JSON files and prints every problem:
//! `cargo run --example validate -- articles/*.json`.

use interactive_article::model::load_article;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("{path}: cannot read: {err}");
                failed = true;
                continue;
            }
        };
        match load_article(&text) {
            Ok(article) => println!(
                "{path}: ok ({} sections, {} claims, {} min read)",
                article.sections.len(),
                article.claims.len(),
                article.reading_minutes
            ),
            Err(problems) => {
                failed = true;
                for problem in problems.iter() {
                    println!("{path}: {problem}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
