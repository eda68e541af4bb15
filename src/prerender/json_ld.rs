//! The article's structured data (schema.org as JSON-LD): one `NewsArticle`
//! and one `ClaimReview` per claim.
//!
//! A claim's status becomes a `reviewRating` on a 1–5 scale, its label the
//! status in the article's language:
//!
//! | status | `ratingValue` |
//! |---|---|
//! | supported | 5 |
//! | partly-supported | 3 |
//! | disputed | 1 |
//! | unverified, opinion | none (`alternateName` only: nothing was rated) |
//!
//! Google retired ClaimReview rich results in 2025; Fact Check Explorer and
//! fact-check datasets still read it.
//!
//! A source with a passage (`sources[].quote`) is a `CreativeWork` whose
//! `hasPart` is a `Quotation` with the passage as its `text` and, as its
//! `url`, the link that lands on it (text fragment). schema.org's own
//! Quotation examples link the other way (`isPartOf` the work); `hasPart` is
//! its inverse, so the work keeps its own `url` and `name`. `text` on the
//! work itself would claim the passage is the whole document.
//! https://schema.org/Quotation
//!
//! Provenance (the README's "Structured data" section has the whole table):
//! the article's `digitalSourceType` says what AI did (generated:
//! `TrainedAlgorithmicMediaDigitalSource`; assisted:
//! `CompositeWithTrainedAlgorithmicMediaDigitalSource`); a section that says
//! otherwise is a `hasPart` with its own; the review is the article's
//! `editor` and a `Review` in its `review`; a claim whose status changed has
//! the date of the change as its ClaimReview's `dateModified`.

use crate::model::{Article, Claim, ClaimStatus, Involvement, Review, Source};
use crate::strings::strings_for;
use serde_json::{json, Map, Value};

/// schema.org's `digitalSourceType` for text a trained model generated.
/// https://schema.org/TrainedAlgorithmicMediaDigitalSource
const AI_GENERATED: &str = "https://schema.org/TrainedAlgorithmicMediaDigitalSource";

/// schema.org's `digitalSourceType` for a person's work combined with a
/// trained model's. https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource
const AI_ASSISTED: &str = "https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource";

/// The `digitalSourceType` of text made with `involvement`. Text a person
/// wrote has none: the IPTC vocabulary has no term for it (its capture and
/// art terms are for images), so the property is left out.
pub fn digital_source_type(involvement: Involvement) -> Option<&'static str> {
    match involvement {
        Involvement::Generated => Some(AI_GENERATED),
        Involvement::Assisted => Some(AI_ASSISTED),
        Involvement::None => None,
    }
}

/// The `ratingValue` of `status` on the 1 (disputed) to 5 (supported)
/// scale, or none when the claim was not rated.
pub fn rating(status: ClaimStatus) -> Option<u8> {
    match status {
        ClaimStatus::Supported => Some(5),
        ClaimStatus::PartlySupported => Some(3),
        ClaimStatus::Disputed => Some(1),
        ClaimStatus::Unverified | ClaimStatus::Opinion => None,
    }
}

/// Adds `key: value` to `object` when there is a value.
fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), value);
    }
}

/// A source as a `CreativeWork`.
fn creative_work(source: &Source) -> Value {
    let mut work = Map::new();
    work.insert("@type".into(), json!("CreativeWork"));
    work.insert("name".into(), json!(source.title.as_str()));
    work.insert("url".into(), json!(source.url.as_str()));
    put(
        &mut work,
        "publisher",
        source.publisher.as_ref().map(|p| organization(p)),
    );
    put(
        &mut work,
        "datePublished",
        source.date.as_ref().map(|d| json!(d.raw.as_str())),
    );
    put(
        &mut work,
        "hasPart",
        source.quote.as_ref().map(|quote| {
            json!({"@type": "Quotation", "text": quote.as_str(), "url": source.link().as_str()})
        }),
    );
    Value::Object(work)
}

/// A schema.org `Organization` named `name` (publishers and authors).
fn organization(name: &str) -> Value {
    json!({"@type": "Organization", "name": name})
}

/// The sources at `indices`.
fn works(article: &Article, indices: impl IntoIterator<Item = usize>) -> Vec<Value> {
    indices
        .into_iter()
        .filter_map(|i| article.sources.get(i))
        .map(creative_work)
        .collect()
}

/// The `ClaimReview` of one claim; `page_url` is the article's address, when
/// known (else the review's `url` is the claim's fragment alone).
fn claim_review(article: &Article, claim: &Claim, page_url: Option<&str>) -> Value {
    let strings = strings_for(None, Some(&article.lang), &[]);
    let mut rating_object = Map::new();
    rating_object.insert("@type".into(), json!("Rating"));
    if let Some(value) = rating(claim.status) {
        rating_object.insert("ratingValue".into(), json!(value));
        rating_object.insert("bestRating".into(), json!(5));
        rating_object.insert("worstRating".into(), json!(1));
    }
    rating_object.insert(
        "alternateName".into(),
        json!(strings.status(claim.status).as_str()),
    );
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    let appearances = works(article, claim.sources.iter().copied());
    if !appearances.is_empty() {
        item.insert("appearance".into(), Value::Array(appearances));
    }
    let mut review = Map::new();
    review.insert("@type".into(), json!("ClaimReview"));
    review.insert(
        "url".into(),
        json!(format!("{}#{}", page_url.unwrap_or_default(), claim.id)),
    );
    review.insert("claimReviewed".into(), json!(claim.quote.as_str()));
    review.insert("reviewBody".into(), json!(claim.explanation.as_str()));
    review.insert("reviewRating".into(), Value::Object(rating_object));
    review.insert("itemReviewed".into(), Value::Object(item));
    review.insert("inLanguage".into(), json!(article.lang.as_str()));
    // Google's ClaimReview documentation recommends both: the review is the
    // publisher's, and it was published with the article, so the article's
    // date (not the editorial review's, which may come later and is the
    // NewsArticle's own `review`; a claim changed since is `dateModified`).
    put(
        &mut review,
        "author",
        article.publisher.as_ref().map(|p| organization(p)),
    );
    put(
        &mut review,
        "datePublished",
        article.published.as_ref().map(|d| json!(d.raw.as_str())),
    );
    put(
        &mut review,
        "dateModified",
        claim.modified().map(|d| json!(d.raw.as_str())),
    );
    Value::Object(review)
}

/// The person who reviewed the article.
fn reviewer(review: &Review) -> Value {
    json!({"@type": "Person", "name": review.reviewer.as_str()})
}

/// The record of review as a schema.org `Review` of the article: who, when,
/// and what was checked.
fn review_record(review: &Review) -> Value {
    json!({
        "@type": "Review",
        "author": reviewer(review),
        "datePublished": review.date.raw.as_str(),
        "reviewBody": review.scope.as_str(),
    })
}

/// The sections that say how they were made apart from the article, as
/// parts of it with their own `digitalSourceType`.
fn parts(article: &Article, page_url: Option<&str>) -> Vec<Value> {
    article
        .sections
        .iter()
        .filter_map(|section| {
            let involvement = section.involvement?;
            let mut part = Map::new();
            part.insert("@type".into(), json!("CreativeWork"));
            part.insert("name".into(), json!(section.heading.as_str()));
            part.insert(
                "url".into(),
                json!(format!("{}#{}", page_url.unwrap_or_default(), section.id)),
            );
            put(
                &mut part,
                "digitalSourceType",
                digital_source_type(involvement).map(|t| json!(t)),
            );
            Some(Value::Object(part))
        })
        .collect()
}

/// The structured data of `article` published at `page_url` (when known):
/// `{"@context": "https://schema.org", "@graph": [NewsArticle, ClaimReview…]}`.
pub fn json_ld(article: &Article, page_url: Option<&str>) -> Value {
    // The address the host gives wins; the article's own is the fallback.
    let page_url = page_url.or(article.canonical_url.as_ref().map(|u| u.as_str()));
    let mut news = Map::new();
    news.insert("@type".into(), json!("NewsArticle"));
    put(&mut news, "url", page_url.map(|u| json!(u)));
    news.insert("headline".into(), json!(article.title.as_str()));
    news.insert("description".into(), json!(article.standfirst.as_str()));
    news.insert("inLanguage".into(), json!(article.lang.as_str()));
    put(
        &mut news,
        "datePublished",
        article.published.as_ref().map(|d| json!(d.raw.as_str())),
    );
    put(
        &mut news,
        "dateModified",
        article.updated.as_ref().map(|d| json!(d.raw.as_str())),
    );
    put(
        &mut news,
        "author",
        article
            .byline
            .as_ref()
            .map(|b| json!({"@type": "Person", "name": b.as_str()})),
    );
    put(
        &mut news,
        "publisher",
        article.publisher.as_ref().map(|p| organization(p)),
    );
    let original = works(article, article.provenance.original_sources.iter().copied());
    if !original.is_empty() {
        news.insert("isBasedOn".into(), Value::Array(original));
    }
    let cited = works(article, 0..article.sources.len());
    if !cited.is_empty() {
        news.insert("citation".into(), Value::Array(cited));
    }
    put(
        &mut news,
        "digitalSourceType",
        digital_source_type(article.provenance.involvement).map(|t| json!(t)),
    );
    if let Some(review) = &article.provenance.review {
        news.insert("editor".into(), reviewer(review));
        news.insert("review".into(), review_record(review));
    }
    let parts = parts(article, page_url);
    if !parts.is_empty() {
        news.insert("hasPart".into(), Value::Array(parts));
    }
    let graph = std::iter::once(Value::Object(news))
        .chain(
            article
                .claims
                .iter()
                .map(|claim| claim_review(article, claim, page_url)),
        )
        .collect();
    json!({"@context": "https://schema.org", "@graph": Value::Array(graph)})
}
