//! The mount options are declared once (`src/options.rs`); everything that
//! lists them is held to that table: `interactive-article --help`, the
//! loader's `optionAttributes`, and the README's two option tables. A row
//! missing from any of them fails here.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::options::{MountOptions, OptionSpec, NAMES, OPTIONS, TEXT_OPTIONS};
use std::process::Command;

/// The custom element's attributes that are not mount options: the loader
/// reads them itself (the README's attribute table lists them too).
const LOADER_ATTRIBUTES: [&str; 4] = [
    "src",
    "child <script type=\"application/json\">",
    "hydrate",
    "loading",
];

fn help() -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_interactive-article"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

/// The attribute names of the options the custom element has.
fn attribute_names() -> Vec<String> {
    OPTIONS
        .iter()
        .filter(|option| option.attribute)
        .map(OptionSpec::attribute_name)
        .collect()
}

/// The first cell of each row of the Markdown table that follows `heading`
/// (a line of the README) and has `header` as its first line, without the
/// backticks around a name.
fn first_cells(readme: &str, heading: &str, header: &str) -> Vec<String> {
    let section = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no {heading:?}"))
        .1;
    let table = section
        .split_once(&format!("\n{header}\n"))
        .unwrap_or_else(|| panic!("no table {header:?} under {heading:?}"))
        .1;
    table
        .lines()
        .skip(1) // |---|---|
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cell = line.split('|').nth(1).unwrap().trim();
            cell.replace('`', "")
        })
        .collect()
}

#[test]
fn help_lists_every_option_set_from_text() {
    let help = help();
    for option in OPTIONS.iter().filter(|option| option.text) {
        let flag = format!("--{} {}", option.attribute_name(), option.values);
        assert!(help.contains(&flag), "--help does not list {flag}:\n{help}");
    }
    let listed = help
        .lines()
        .filter(|line| {
            OPTIONS.iter().any(|o| {
                line.trim_start()
                    .starts_with(&format!("--{} ", o.attribute_name()))
            })
        })
        .count();
    assert_eq!(listed, TEXT_OPTIONS.len(), "{help}");
}

#[test]
fn the_loaders_option_attributes_are_the_tables() {
    let loader = include_str!("../embed/interactive-article.js");
    let list = loader
        .split_once("static optionAttributes = [")
        .expect("the loader declares optionAttributes")
        .1
        .split_once(']')
        .unwrap()
        .0;
    let listed: Vec<String> = list
        .split(',')
        .map(|name| name.trim().trim_matches('"').to_owned())
        .collect();
    assert_eq!(sorted(listed), sorted(attribute_names()));
}

#[test]
fn the_readmes_mount_options_table_is_the_tables() {
    let readme = include_str!("../README.md");
    let listed = first_cells(
        readme,
        "### Options",
        "| option | values | default | meaning |",
    );
    let names = NAMES.iter().map(|name| name.to_string()).collect();
    assert_eq!(sorted(listed), sorted(names));
}

#[test]
fn the_readmes_attribute_table_is_the_tables() {
    let readme = include_str!("../README.md");
    let listed: Vec<String> = first_cells(
        readme,
        "## Embedding with the custom element",
        "| attribute | values | default | |",
    )
    .into_iter()
    .filter(|name| !LOADER_ATTRIBUTES.contains(&name.as_str()))
    .collect();
    assert_eq!(sorted(listed), sorted(attribute_names()));
}

#[test]
fn every_name_is_the_tables() {
    assert_eq!(NAMES.len(), OPTIONS.len());
    for (name, option) in NAMES.iter().zip(OPTIONS) {
        assert_eq!(*name, option.name);
    }
    let text: Vec<&str> = OPTIONS.iter().filter(|o| o.text).map(|o| o.name).collect();
    assert_eq!(TEXT_OPTIONS.to_vec(), text);
}

/// The defaults the table states as a value are the ones `Default` sets:
/// reading that text into the default options changes nothing. (The other
/// options default to the article's choice, or to nothing.)
#[test]
fn the_default_is_the_one_the_table_states() {
    use interactive_article::options::{COPY_NOTICE, HEADING_LEVEL, THEME};
    let fresh = format!("{:?}", MountOptions::default());
    for name in [THEME, HEADING_LEVEL, COPY_NOTICE] {
        let option = OPTIONS.iter().find(|o| o.name == name).unwrap();
        let mut options = MountOptions::default();
        options.set_text(name, option.default).unwrap();
        assert_eq!(format!("{options:?}"), fresh, "{name}: {}", option.default);
    }
    let options = MountOptions::default();
    assert_eq!((options.heading_level, options.copy_notice), (1, true));
}

#[test]
fn the_readmes_hydrate_row_lists_the_loaders_values() {
    use interactive_article::options::HYDRATE_VALUES;
    let readme = include_str!("../README.md");
    let row = readme
        .lines()
        .find(|line| line.starts_with("| `hydrate` |"))
        .expect("the README's attribute table has a hydrate row");
    let values: Vec<String> = HYDRATE_VALUES.iter().map(|v| format!("`{v}`")).collect();
    assert!(row.contains(&format!("| {} |", values.join(", "))), "{row}");
    // The loader reads each of them but the default (it has no table of its
    // own to compare), in its code, not only in a comment.
    let code: String = include_str!("../embed/interactive-article.js")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect();
    for value in HYDRATE_VALUES.iter().filter(|v| **v != "visible") {
        assert!(
            code.contains(&format!("\"{value}\"")),
            "the loader never reads {value}"
        );
    }
}

/// The render's own options (`src/prerender/request.rs`) are the CLI's
/// flags and the keys of the server wasm's `render` options: `--help` names
/// each flag, and the names are all different from the widget's.
#[test]
fn help_names_every_render_option() {
    use interactive_article::options::kebab_case;
    use interactive_article::prerender::{RenderRequest, RENDER_OPTIONS};
    let help = help();
    for option in RENDER_OPTIONS {
        let flag = format!("--{}", kebab_case(option.name));
        assert!(help.contains(&flag), "--help does not name {flag}:\n{help}");
    }
    let mut names: Vec<&str> = RenderRequest::names().collect();
    assert_eq!(names.len(), RENDER_OPTIONS.len() + TEXT_OPTIONS.len());
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), RENDER_OPTIONS.len() + TEXT_OPTIONS.len());
}
