//! Each type of format v1 read from JSON as serde's derive reads it, with
//! the field names its attributes give them (camelCase): a name written
//! differently here would be an unknown field where serde read one, which
//! `tests/json_reader.rs` finds in the fixtures, which use every field.

use super::sequence::Field;
use super::{Read, Reader, Stop};
use crate::format::v1::*;
use crate::format::ParseError;

/// A value of the format, read from JSON.
trait FromJson: Sized {
    fn read(reader: &mut Reader<'_>) -> Read<Self>;
}

impl FromJson for String {
    fn read(reader: &mut Reader<'_>) -> Read<Self> {
        reader.read_string()
    }
}

impl FromJson for bool {
    fn read(reader: &mut Reader<'_>) -> Read<Self> {
        reader.read_bool()
    }
}

impl FromJson for u32 {
    fn read(reader: &mut Reader<'_>) -> Read<Self> {
        reader.read_u32()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(reader: &mut Reader<'_>) -> Read<Self> {
        if reader.read_null()? {
            return Ok(None);
        }
        T::read(reader).map(Some)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(reader: &mut Reader<'_>) -> Read<Self> {
        reader.read_seq(T::read)
    }
}

/// Implements [`FromJson`] for each struct of the format: its fields in
/// order, by their JSON name; `= default` marks those serde fills with their
/// default (`#[serde(default)]`).
macro_rules! format_structs {
    ($($name:ident { $($field:ident: $json:literal $(= $default:ident)?,)* })*) => {$(
        impl FromJson for $name {
            fn read(reader: &mut Reader<'_>) -> Read<Self> {
                const FIELDS: &[Field] = &[
                    $(Field { name: $json, default: format_structs!(@default $($default)?) },)*
                ];
                let mut doc = $name::default();
                reader.read_struct(stringify!($name), FIELDS, &mut |reader, index| {
                    match FIELDS.get(index).map(|field| field.name) {
                        $(Some($json) => doc.$field = FromJson::read(reader)?,)*
                        _ => {}
                    }
                    Ok(())
                })?;
                Ok(doc)
            }
        }
    )*};
    (@default default) => { true };
    (@default) => { false };
}

format_structs! {
    ArticleDoc {
        version: "version",
        id: "id",
        lang: "lang",
        title: "title",
        standfirst: "standfirst",
        byline: "byline",
        publisher: "publisher",
        published: "published",
        updated: "updated",
        intro: "intro" = default,
        sections: "sections",
        claims: "claims" = default,
        sources: "sources" = default,
        provenance: "provenance",
        related: "related" = default,
        discussion: "discussion",
        canonical_url: "canonicalUrl",
    }
    SectionDoc {
        id: "id",
        heading: "heading",
        paragraphs: "paragraphs",
        collapsed: "collapsed" = default,
        provenance: "provenance",
    }
    SectionProvenanceDoc {
        involvement: "involvement",
    }
    ClaimDoc {
        id: "id",
        section: "section",
        quote: "quote",
        prefix: "prefix",
        status: "status",
        explanation: "explanation",
        sources: "sources" = default,
        history: "history" = default,
    }
    ClaimHistoryDoc {
        date: "date",
        status: "status",
        note: "note",
    }
    SourceDoc {
        id: "id",
        title: "title",
        publisher: "publisher",
        url: "url",
        date: "date",
        quote: "quote",
    }
    ProvenanceDoc {
        ai_generated: "aiGenerated",
        disclaimer: "disclaimer",
        responsible: "responsible",
        original_sources: "originalSources" = default,
        involvement: "involvement",
        review: "review",
    }
    ReviewDoc {
        reviewer: "reviewer",
        date: "date",
        scope: "scope",
    }
    RelatedDoc {
        title: "title",
        summary: "summary",
        url: "url",
    }
    DiscussionDoc {
        prompt: "prompt",
        sign_in_url: "signInUrl",
    }
}

/// Reads JSON text as an article document: the document, or why reading
/// stopped; and every field format v1 does not have, met before it stopped.
pub fn read_article(text: &str) -> (Result<ArticleDoc, Stop>, Vec<ParseError>) {
    let mut reader = Reader::new(text);
    let doc = ArticleDoc::read(&mut reader).and_then(|doc| reader.end().map(|()| doc));
    (doc, reader.unknown_fields)
}
