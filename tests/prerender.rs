//! The server renderer, natively: every valid fixture prerenders with the
//! structure the loader hydrates, article text only ever as text, the article
//! JSON safe inside its script, the same bytes every time, and structured
//! data of the right types.
#![cfg(not(target_arch = "wasm32"))]

use interactive_article::first_render::PRERENDER_ATTRIBUTE;
use interactive_article::model::{load_article, ClaimStatus, Segment};
use interactive_article::options::MountOptions;
use interactive_article::prerender::{json_ld, rating, script_json, Prerender};
use serde_json::Value;
use std::rc::Rc;

#[path = "support/recorder.rs"]
mod recorder;
use recorder::without_recorder;

/// Every article JSON the tests and the demo share, by file name.
fn fixtures() -> Vec<(String, String)> {
    let mut files: Vec<_> = ["tests/fixtures", "articles"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.display().to_string(), text)
        })
        .collect();
    files.sort();
    files
}

fn prerender(json: &str, option_texts: &[(&str, &str)]) -> Prerender {
    let mut options = MountOptions::default();
    for (name, text) in option_texts {
        options.set_text(name, text).unwrap();
    }
    Prerender {
        article: Rc::new(load_article(json).unwrap()),
        json: serde_json::from_str(json).unwrap(),
        options,
        option_texts: option_texts
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect(),
        assets: "/embed/".into(),
        page_url: Some("https://news.example/story".into()),
    }
}

/// One start tag (or end tag, named `/name`) of an HTML string, with its
/// attributes' names and values (entities left as written).
#[derive(Debug)]
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The tags of `html`, skipping comments and the contents of `<script>`
/// elements. Written for markup whose text is escaped, which is what is
/// being checked: any `<` that is not a tag would show up as a bogus tag.
fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = &after[after.find("-->").unwrap() + 3..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("!doctype html>") {
            rest = after;
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>').unwrap();
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let end = rest
                .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
                .unwrap();
            let attribute = rest[..end].to_string();
            rest = &rest[end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').unwrap();
                value = after[..close].to_string();
                rest = &after[close + 1..];
            } else if let Some(after) = rest.strip_prefix('=') {
                // Unquoted: never written by the renderer, so only from data.
                let close = after.find(|c: char| c.is_whitespace() || c == '>').unwrap();
                value = after[..close].to_string();
                rest = &after[close..];
            }
            assert!(end > 0 || !value.is_empty(), "not a tag: {rest:.40}");
            attributes.push((attribute, value));
        }
        if name == "script" {
            rest = &rest[rest.find("</script>").unwrap()..];
        }
        out.push(Tag { name, attributes });
    }
    out
}

/// The text of every `<script type=TYPE>` in `html`.
fn scripts<'a>(html: &'a str, kind: &str) -> Vec<&'a str> {
    let open = format!("<script type=\"{kind}\"");
    html.match_indices(&open)
        .map(|(at, _)| {
            let body = &html[at..];
            let start = body.find('>').unwrap() + 1;
            &body[start..body.find("</script>").unwrap()]
        })
        .collect()
}

const WIDGET_TAGS: [&str; 28] = [
    "sup",
    "interactive-article",
    "template",
    "link",
    "div",
    "article",
    "aside",
    "span",
    "p",
    "button",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "nav",
    "ol",
    "ul",
    "li",
    "section",
    "mark",
    "a",
    "time",
    "blockquote",
    "q",
    "small",
    "script",
    "strong",
];

#[test]
fn every_valid_fixture_prerenders_into_a_declarative_shadow_root_with_its_json() {
    let mut rendered = 0;
    for (path, json) in fixtures() {
        if load_article(&json).is_err() {
            continue;
        }
        let prerender = prerender(&json, &[]);
        let html = prerender.element();
        let html = without_recorder(&html);
        assert!(
            html.starts_with("<interactive-article><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/embed/interactive-article.css\">"),
            "{path}: {}", &html[..200]
        );
        assert!(
            html.contains(&format!(
                "<div part=\"root\" {PRERENDER_ATTRIBUTE}=\"{}\">",
                prerender.stamp()
            )),
            "{path}"
        );
        assert!(
            html.contains("<article part=\"article\""),
            "{path}: the widget is rendered"
        );
        let json_scripts = scripts(html, "application/json");
        assert_eq!(json_scripts.len(), 1, "{path}");
        let embedded: Value = serde_json::from_str(json_scripts[0]).unwrap();
        assert_eq!(
            embedded,
            serde_json::from_str::<Value>(&json).unwrap(),
            "{path}"
        );
        // The script follows the template: a child of the element, outside the shadow root.
        assert!(
            html.find("</template>").unwrap() < html.find("<script").unwrap(),
            "{path}"
        );
        for tag in tags(html) {
            let name = tag.name.trim_start_matches('/');
            assert!(
                WIDGET_TAGS.contains(&name),
                "{path}: unexpected tag {tag:?}"
            );
        }
        rendered += 1;
    }
    assert!(rendered >= 4, "only {rendered} fixtures rendered");
}

/// `text` as Yew's renderer writes it in an element.
fn escaped_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_banner_label_comes_before_the_headline_and_every_paragraph_is_there() {
    for (path, json) in fixtures() {
        let Ok(article) = load_article(&json) else {
            continue;
        };
        let html = prerender(&json, &[]).widget_html();
        if article.provenance.ai_generated {
            let label = html.find("class=\"ia-banner__label\"").unwrap();
            let title = html.find("class=\"ia-title\"").unwrap();
            assert!(
                label < title,
                "{path}: the AI label is read before the headline"
            );
        }
        for section in &article.sections {
            assert!(
                html.contains(&format!("id=\"{}\"", section.id)),
                "{path}: section {}",
                section.id
            );
            assert!(
                html.contains(&escaped_text(&section.heading)),
                "{path}: heading {}",
                section.heading
            );
            for segment in section
                .paragraphs
                .iter()
                .chain(&article.intro)
                .flat_map(|p| p.segments())
            {
                let (Segment::Text(text) | Segment::Claim { text, .. }) = segment;
                assert!(
                    html.contains(&escaped_text(text)),
                    "{path}: {text:?} is not in the page"
                );
            }
        }
    }
}

#[test]
fn hostile_markup_becomes_no_tag_attribute_or_url() {
    let json = include_str!("fixtures/hostile-markup.json");
    let html = prerender(json, &[]).page();
    for tag in tags(&html) {
        let name = tag.name.trim_start_matches('/');
        assert!(
            WIDGET_TAGS.contains(&name)
                || ["html", "head", "meta", "title", "body", "main"].contains(&name),
            "a tag from the data: {tag:?}"
        );
        for (attribute, value) in &tag.attributes {
            assert!(
                !attribute.starts_with("on"),
                "an event handler from the data: {tag:?}"
            );
            assert!(
                !value.to_ascii_lowercase().contains("javascript:"),
                "{tag:?}"
            );
            assert!(!value.contains('<'), "markup in an attribute: {tag:?}");
        }
    }
    let script_types: Vec<_> = tags(&html)
        .into_iter()
        .filter(|tag| tag.name == "script")
        .map(|tag| {
            tag.attributes
                .iter()
                .find(|(a, _)| a == "type")
                .map(|(_, v)| v.clone())
        })
        .collect();
    // The recorder is the one script without a type: the widget's own.
    assert!(html.contains(&interactive_article::prerender::recorder_script()));
    assert_eq!(
        script_types,
        [
            Some("module".into()),
            Some("application/ld+json".into()),
            None,
            Some("application/json".into())
        ],
        "the page's own scripts and no other"
    );
    for script in scripts(&html, "application/json")
        .into_iter()
        .chain(scripts(&html, "application/ld+json"))
    {
        assert!(
            !script.contains('<') && !script.contains('>'),
            "raw markup in a data script"
        );
        serde_json::from_str::<Value>(script).unwrap();
    }
    // The markup shows as the text it is.
    assert!(
        html.contains("&lt;script&gt;window.__pwned"),
        "the title's markup is text"
    );
}

#[test]
fn json_in_a_script_cannot_close_it() {
    let value: Value = serde_json::json!({"text": "</script><script>alert(1)</script><!-- & -->"});
    let safe = script_json(&value);
    assert!(
        !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
        "{safe}"
    );
    assert_eq!(serde_json::from_str::<Value>(&safe).unwrap(), value);
}

#[test]
fn output_is_the_same_bytes_every_time_and_the_stamp_follows_the_options() {
    let json = include_str!("fixtures/edge-cases.json");
    assert_eq!(prerender(json, &[]).page(), prerender(json, &[]).page());
    let plain = prerender(json, &[]).stamp();
    let dark = prerender(json, &[("theme", "dark"), ("headingLevel", "2")]);
    assert_ne!(dark.stamp(), plain);
    // Everything else that shows in the markup moves the stamp too: the UI
    // text (its language, or one string the host overrides), the id prefix,
    // the sections' state and the article itself.
    for options in [&[("lang", "fr")][..], &[("sections", "open")]] {
        assert_ne!(prerender(json, options).stamp(), plain, "{options:?}");
    }
    let mut relabelled = prerender(json, &[]);
    relabelled.options.strings = vec![("showAll".into(), "Expand every section".into())];
    assert_ne!(relabelled.stamp(), plain, "a string the host overrides");
    let mut prefixed = prerender(json, &[]);
    prefixed.options.id_prefix = Some("story-".into());
    assert_ne!(prefixed.stamp(), plain, "an id prefix");
    let edited = json.replacen("Edge cases", "Edge case", 1);
    assert_ne!(prerender(&edited, &[]).stamp(), plain, "an edited title");
    let html = dark.element();
    let html = without_recorder(&html);
    assert!(
        html.starts_with("<interactive-article theme=\"dark\" heading-level=\"2\">"),
        "{}",
        &html[..80]
    );
    assert!(html.contains("data-theme=\"dark\""));
    assert!(html.contains("<h2 class=\"ia-title\""));
}

#[test]
fn the_mount_variant_is_a_plain_container_and_the_article_json() {
    let json = include_str!("fixtures/valid-minimal.json");
    let html = prerender(json, &[]).mount_container();
    let html = without_recorder(&html);
    assert!(
        html.starts_with(&format!("<div {PRERENDER_ATTRIBUTE}=")),
        "{}",
        &html[..80]
    );
    assert!(!html.contains("<template"));
    assert_eq!(scripts(html, "application/json").len(), 1);
}

#[test]
fn a_page_has_title_description_canonical_and_the_loader() {
    let json = include_str!("fixtures/edge-cases.json");
    let article = load_article(json).unwrap();
    let html = prerender(json, &[]).page();
    assert!(html.starts_with("<!doctype html>\n<html lang=\""));
    assert!(html.contains("<title>"));
    assert!(html.contains("<meta name=\"description\" content=\""));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/story\">"));
    assert!(
        html.contains("<script type=\"module\" src=\"/embed/interactive-article.js\"></script>")
    );
    assert_eq!(scripts(&html, "application/ld+json").len(), 1);
    assert!(html.contains(&format!("lang=\"{}\"", article.lang)));
}

#[test]
fn structured_data_is_a_news_article_and_a_claim_review_per_claim() {
    let json = interactive_article::model::DEFAULT_ARTICLE_JSON;
    let article = load_article(json).unwrap();
    let ld = json_ld(&article, Some("https://news.example/story"));
    assert_eq!(ld["@context"], "https://schema.org");
    let graph = ld["@graph"].as_array().unwrap();
    let news = &graph[0];
    assert_eq!(news["@type"], "NewsArticle");
    assert_eq!(news["headline"], article.title.as_str());
    assert_eq!(news["description"], article.standfirst.as_str());
    assert_eq!(news["inLanguage"], article.lang.as_str());
    assert_eq!(
        news["citation"].as_array().unwrap().len(),
        article.sources.len()
    );
    assert_eq!(
        news["isBasedOn"].as_array().map_or(0, Vec::len),
        article.provenance.original_sources.len()
    );
    for work in news["citation"].as_array().unwrap() {
        assert_eq!(work["@type"], "CreativeWork");
        assert!(work["url"].as_str().unwrap().starts_with("http"));
    }
    assert_eq!(
        news["digitalSourceType"].as_str(),
        article
            .provenance
            .ai_generated
            .then_some("https://schema.org/TrainedAlgorithmicMediaDigitalSource")
    );
    if let Some(date) = &article.published {
        assert_eq!(news["datePublished"], date.raw.as_str());
    }
    let reviews = &graph[1..];
    assert_eq!(reviews.len(), article.claims.len());
    assert!(!reviews.is_empty());
    for (review, claim) in reviews.iter().zip(&article.claims) {
        assert_eq!(review["@type"], "ClaimReview");
        assert_eq!(review["claimReviewed"], claim.quote.as_str());
        assert_eq!(
            review["url"],
            format!("https://news.example/story#{}", claim.id)
        );
        assert_eq!(review["itemReviewed"]["@type"], "Claim");
        let rating_json = &review["reviewRating"];
        assert_eq!(rating_json["@type"], "Rating");
        assert!(rating_json["alternateName"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
        assert_eq!(
            rating_json["ratingValue"].as_u64(),
            rating(claim.status).map(u64::from)
        );
    }
}

#[test]
fn ratings_run_from_disputed_to_supported() {
    assert_eq!(rating(ClaimStatus::Supported), Some(5));
    assert_eq!(rating(ClaimStatus::PartlySupported), Some(3));
    assert_eq!(rating(ClaimStatus::Disputed), Some(1));
    assert_eq!(rating(ClaimStatus::Unverified), None);
    assert_eq!(rating(ClaimStatus::Opinion), None);
}

#[test]
fn an_article_not_made_by_ai_claims_no_ai_source_type() {
    let json = include_str!("fixtures/valid-minimal.json");
    let article = load_article(json).unwrap();
    let ld = json_ld(&article, None);
    let news = &ld["@graph"][0];
    assert_eq!(news["@type"], "NewsArticle");
    assert_eq!(
        news.get("digitalSourceType").is_some(),
        article.provenance.ai_generated
    );
    assert!(news.get("url").is_none());
}

const GERMAN: &str = include_str!("fixtures/sources-quote-de.json");

/// The attribute `name` of every `<tag>` in `html` that has it.
fn attribute_values(html: &str, tag: &str, name: &str) -> Vec<String> {
    tags(html)
        .into_iter()
        .filter(|t| t.name == tag)
        .filter_map(|t| t.attributes.into_iter().find(|(n, _)| n == name))
        .map(|(_, value)| value.replace("&amp;", "&"))
        .collect()
}

#[test]
fn a_german_article_prerenders_with_german_chrome_and_the_lang_option_overrides_it() {
    let german = prerender(GERMAN, &[]).element();
    for text in [
        "KI-generierter Inhalt – bitte mit der Originalquelle abgleichen",
        "Alle Abschnitte einblenden",
        "Zentrale Aussagen",
        "Quellen",
        "Veröffentlicht am",
        "14. März 2026",
        "(öffnet in einem neuen Tab)",
    ] {
        assert!(german.contains(text), "German chrome has {text:?}");
    }
    assert!(!german.contains("Show all sections"));
    // The widget's text is in the article's language: no lang but the article's.
    assert_eq!(german.matches(" lang=").count(), 1);
    assert!(german.contains("<article part=\"article\" lang=\"de\""));

    let french = prerender(GERMAN, &[("lang", "fr")]).element();
    assert!(without_recorder(&french).starts_with("<interactive-article lang=\"fr\">"));
    for text in [
        "Afficher toutes les sections",
        "Publié le",
        "14 mars 2026",
        "Sources",
    ] {
        assert!(french.contains(text), "French chrome has {text:?}");
    }
    // French labels in a German article say so; the article's words stay German.
    assert!(french.contains(" lang=\"fr\""));
    assert!(french.contains("Die Förderung läuft bis Ende 2027 weiter."));
}

#[test]
fn a_sources_passage_is_quoted_and_its_links_land_on_it() {
    let html = prerender(GERMAN, &[]).element();
    let hrefs = attribute_values(&html, "a", "href");
    let report = "https://quellen.example/stadtwerke/jahresbericht-2025.html#kapitel-3:~:text=\
                  Mieterstrom%2DAnlagen:%201%2C2%20GWh%20f%C3%BCr%20840%20Haushalte%2C%20Kosten%20%26%20Erl%C3%B6se%20ausgeglichen";
    assert!(
        hrefs.iter().any(|h| h == report),
        "the report's link keeps its fragment and adds the directive: {hrefs:#?}"
    );
    let council = hrefs
        .iter()
        .find(|h| h.starts_with("https://quellen.example/rat/") && h.contains(":~:"))
        .unwrap();
    assert!(
        council.ends_with(
            "#:~:text=Der%20Rat%20der%20Stadt%20hat,einer%20unabh%C3%A4ngigen%20Stelle%20gepr%C3%BCft%20wurde."
        ),
        "a long passage by its first and last five words: {council}"
    );
    // The key claims' details print the address a reader would type.
    assert!(hrefs.contains(&"https://quellen.example/rat/beschluss-12-maerz.html".to_owned()));
    assert!(hrefs.contains(&"mailto:presse@quellen.example".to_owned()));
    assert!(!hrefs
        .iter()
        .any(|h| h.starts_with("mailto:") && h.contains(":~:")));

    // Quoted, with where it comes from, in the sources list and in the
    // key claims' details (shown without script and in print).
    let cites = attribute_values(&html, "q", "cite");
    assert_eq!(
        cites
            .iter()
            .filter(|c| *c == "https://quellen.example/rat/beschluss-12-maerz.html")
            .count(),
        2,
        "{cites:#?}"
    );
    assert!(html.contains("<q cite=\"mailto:presse@quellen.example\">Die Zahlen gelten für das Kalenderjahr 2025.</q>"));
    assert!(html.contains("Kosten &amp; Erlöse ausgeglichen</q>"));
}

#[test]
fn a_passage_is_a_quotation_of_its_source_in_the_structured_data() {
    let article = load_article(GERMAN).unwrap();
    let data = json_ld(&article, Some("https://news.example/story"));
    let news = &data["@graph"][0];
    let report = &news["citation"][0];
    assert_eq!(
        report["url"],
        "https://quellen.example/stadtwerke/jahresbericht-2025.html#kapitel-3"
    );
    assert_eq!(report["hasPart"]["@type"], "Quotation");
    assert_eq!(
        report["hasPart"]["text"],
        "Mieterstrom-Anlagen: 1,2 GWh für 840 Haushalte, Kosten & Erlöse ausgeglichen"
    );
    assert_eq!(
        report["hasPart"]["url"].as_str(),
        Some(article.sources[0].link().as_str())
    );
    // The claim's review cites the same passage.
    let review = &data["@graph"][1];
    assert_eq!(
        review["itemReviewed"]["appearance"][0]["hasPart"],
        report["hasPart"]
    );
    assert_eq!(review["reviewRating"]["alternateName"], "Belegt");
    assert!(
        news["citation"][2].get("hasPart").is_some(),
        "the mail source's passage too"
    );
    assert_eq!(
        news["citation"][2]["hasPart"]["url"],
        "mailto:presse@quellen.example"
    );
}
