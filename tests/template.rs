//! The templates of `render --template`, natively: every placeholder goes
//! only where its escaping holds, and a template that asks for anything else
//! is refused with its line. (tests/cli.rs fills templates through the CLI.)
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::prerender::{Template, TemplateError, PAGE};

fn error(text: &str) -> TemplateError {
    Template::parse(text).expect_err(text)
}

#[test]
fn the_page_template_is_valid() {
    Template::parse(PAGE).unwrap();
}

#[test]
fn an_unknown_placeholder_is_refused_with_its_line() {
    let err = error("<p>\n{{title}}\n<b>{{ headline }}</b>");
    assert_eq!(err.line, 3);
    assert!(err.message.starts_with(
        "unknown placeholder {{headline}}; the placeholders are {{widget}}, {{title}}"
    ));
    assert_eq!(error("\n\n<p>{{title</p>\n}}").line, 3);
    assert_eq!(
        error("<p>{{widget}}\n{{}}").to_string(),
        "line 2: unknown placeholder {{}}; the placeholders are {{widget}}, {{title}}, \
         {{description}}, {{lang}}, {{assets}}, {{canonical}}, {{loader}}, {{json_ld}}"
    );
}

#[test]
fn each_kind_goes_only_where_its_escaping_holds() {
    for ok in [
        "<title>{{title}}</title>",
        "<meta content=\"{{description}}\">",
        "<a title='{{title}}'>",
        "<html lang=\"{{lang}}\"><main>{{widget}}</main>",
        "<script type=\"application/ld+json\">{{json_ld}}</script>",
        "<SCRIPT src=\"{{assets}}x.js\"></SCRIPT><p>{{title}}</p>",
        "<script>a < b</script >{{widget}}",
        "<!-- a comment --><!doctype html>{{canonical}}",
        "<p>a < b and {{title}}</p>",
        "<p>中文 {{title}} <b>{{loader}}</b></p>",
    ] {
        assert!(Template::parse(ok).is_ok(), "{ok}");
    }
    for (bad, why) in [
        (
            "<script>var t = \"{{title}}\"</script>",
            "{{title}} cannot go in a <script> element: it is escaped text",
        ),
        (
            "<style>{{title}}</style>",
            "{{title}} cannot go in a <style> element",
        ),
        (
            "<a title={{title}}>",
            "{{title}} cannot go in a tag, outside a quoted attribute value",
        ),
        ("<div {{lang}}>", "{{lang}} cannot go in a tag"),
        ("<!doctype {{lang}}>", "{{lang}} cannot go in a tag"),
        (
            "<!-- {{widget}} -->",
            "{{widget}} cannot go in a comment: it is markup",
        ),
        (
            "<meta content=\"{{loader}}\">",
            "{{loader}} cannot go in an attribute value",
        ),
        (
            "<p>{{json_ld}}</p>",
            "{{json_ld}} cannot go in text between tags: it is JSON",
        ),
        (
            "<script></script ><script>{{widget}}</script>",
            "{{widget}} cannot go in a <script> element",
        ),
    ] {
        let message = error(bad).message;
        assert!(message.starts_with(why), "{bad}: {message}");
    }
}

#[test]
fn a_script_ends_only_at_its_own_end_tag() {
    for inside in [
        "<script>'</scriptx></b>{{title}}'</script>",
        "<script>'<!-- </style> -->{{title}}'</script>",
        "<style>p::after { content: \"</script>{{title}}\" }</style>",
    ] {
        assert!(Template::parse(inside).is_err(), "{inside}");
    }
    assert!(Template::parse("<script>'</b>'</SCRIPT\n>{{title}}").is_ok());
}
