//! Links to a source's passage: the text directive of the URL Fragment Text
//! Directives spec (https://wicg.github.io/scroll-to-text-fragment/), checked
//! against the spec's syntax and examples; where it goes in a URL; which links
//! carry it.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::model::text_fragment::{
    percent_encode, text_directive, with_text_directive, EXACT_MAX_CHARS, RANGE_WORDS,
};
use interactive_article::model::{load_article, SafeUrl};
use proptest::prelude::*;

#[test]
fn the_specs_examples() {
    // "https://example.com#:~:text=an%20example%20text%20fragment"
    assert_eq!(
        with_text_directive("https://example.com", "an example text fragment"),
        "https://example.com#:~:text=an%20example%20text%20fragment"
    );
    // A fragment before the directive: "#frag:~:text=…".
    assert_eq!(
        with_text_directive("https://example.com/page.html#frag", "text"),
        "https://example.com/page.html#frag:~:text=text"
    );
    // More directives are joined with "&": "#:~:text=foo&text=bar".
    assert_eq!(
        with_text_directive("https://example.com#:~:text=foo", "bar"),
        "https://example.com#:~:text=foo&text=bar"
    );
}

#[test]
fn the_directives_own_syntax_is_encoded_and_its_explicit_characters_are_not() {
    // "-", "&" and "," delimit prefix, directives and start,end.
    assert_eq!(percent_encode("open-source"), "open%2Dsource");
    assert_eq!(percent_encode("Ben & Jerry"), "Ben%20%26%20Jerry");
    assert_eq!(percent_encode("one, two"), "one%2C%20two");
    // TextDirectiveExplicitChar: letters, digits and these, written as they are.
    assert_eq!(
        percent_encode("aZ09!$'()*+./:;=?@_~"),
        "aZ09!$'()*+./:;=?@_~"
    );
    // "#" would end the fragment, "%" start an escape, quotes and angle
    // brackets are in the URL standard's fragment percent-encode set.
    assert_eq!(
        percent_encode("100% \"#1\" <b>"),
        "100%25%20%22%231%22%20%3Cb%3E"
    );
    // Other text as its UTF-8 bytes, upper-case hex.
    assert_eq!(percent_encode("Übermorgen"), "%C3%9Cbermorgen");
    assert_eq!(percent_encode("开源"), "%E5%BC%80%E6%BA%90");
}

#[test]
fn white_space_is_collapsed_as_the_page_renders_it() {
    assert_eq!(
        text_directive("  two   spaces\u{a0}and\u{2003}more "),
        "text=two%20spaces%20and%20more"
    );
}

/// `n` words of 9 characters ("word00001 …").
fn passage(n: usize) -> String {
    (1..=n)
        .map(|i| format!("word{i:05}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_long_passage_is_linked_by_its_first_and_last_words() {
    // 31 words of 9 characters and 30 spaces: 309 characters.
    let long = passage(31);
    assert!(long.chars().count() > EXACT_MAX_CHARS);
    assert_eq!(RANGE_WORDS, 5);
    assert_eq!(
        text_directive(&long),
        "text=word00001%20word00002%20word00003%20word00004%20word00005,\
         word00027%20word00028%20word00029%20word00030%20word00031"
    );
    // Up to the limit, whole.
    let at_limit = passage(30); // 299 characters
    assert!(at_limit.chars().count() <= EXACT_MAX_CHARS);
    assert_eq!(
        text_directive(&at_limit),
        format!("text={}", percent_encode(&at_limit))
    );
    // Long but with too few words for two distinct ends: whole.
    let few_words = "x".repeat(400);
    assert_eq!(text_directive(&few_words), format!("text={few_words}"));
    // Characters, not bytes: 150 Chinese characters are 450 bytes, yet whole.
    let chinese = "开".repeat(150);
    assert!(text_directive(&chinese).starts_with("text=%E5%BC%80"));
    assert!(!text_directive(&chinese).contains(','));
}

#[test]
fn only_http_links_get_a_directive() {
    let http = SafeUrl::parse("HTTPS://example.com/a?b=1").unwrap();
    assert_eq!(
        http.to_passage("x y").as_str(),
        "HTTPS://example.com/a?b=1#:~:text=x%20y"
    );
    let mail = SafeUrl::parse("mailto:desk@example.com").unwrap();
    assert_eq!(
        mail.to_passage("x y"),
        mail,
        "a mail client has no passage to find"
    );
    assert!(
        SafeUrl::parse("https://example.com/#")
            .unwrap()
            .to_passage("x")
            .as_str()
            == "https://example.com/#:~:text=x"
    );
}

#[test]
fn a_sources_links_land_on_its_passage_when_it_has_one() {
    let article = load_article(include_str!("fixtures/sources-quote-de.json")).unwrap();
    for source in &article.sources {
        match (&source.quote, source.url.is_http()) {
            (Some(quote), true) => assert_eq!(
                source.link().as_str(),
                with_text_directive(source.url.as_str(), quote),
                "{}",
                source.id
            ),
            _ => assert_eq!(source.link(), source.url, "{}", source.id),
        }
    }
    assert!(
        article
            .sources
            .iter()
            .any(|s| s.quote.is_some() && !s.url.is_http()),
        "the fixture has a mailto source with a quote"
    );
}

/// Undoes [`percent_encode`]: the text a browser matches.
fn percent_decode(term: &str) -> String {
    let bytes = term.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&term[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

proptest! {
    #[test]
    fn any_passage_encodes_to_url_safe_terms_that_decode_to_its_words(
        passage in "[^\\p{Cc}]{1,400}"
    ) {
        let directive = text_directive(&passage);
        let terms = directive.strip_prefix("text=").unwrap();
        let words: Vec<&str> = passage.split_whitespace().collect();
        prop_assert!(terms.bytes().all(|b| b.is_ascii_alphanumeric() || b"%!$'()*+./:;=?@_~,".contains(&b)));
        let decoded: Vec<String> = terms.split(',').map(percent_decode).collect();
        match decoded.as_slice() {
            [whole] => prop_assert_eq!(whole, &words.join(" ")),
            [start, end] => {
                prop_assert_eq!(start, &words[..RANGE_WORDS].join(" "));
                prop_assert_eq!(end, &words[words.len() - RANGE_WORDS..].join(" "));
            }
            _ => prop_assert!(false, "one or two terms: {}", directive),
        }
        let url = "https://example.com/page";
        prop_assert!(SafeUrl::parse(&with_text_directive(url, &passage)).is_ok());
    }
}
