//! Each type of format v1 read from JSON as serde's derive reads it, with
//! the field names its attributes give them (camelCase): a name written
//! differently here would be an unknown field where serde read one, which
//! `tests/json_reader.rs` finds in the fixtures, which use every field.

use super::sequence::Field;
use super::{Read, Reader, Segment, Stop};
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
/// default (`#[serde(default)]`). Each struct also gets its fields as a
/// table and a setter by field number, which [`ArticleSteps`] reads the
/// document's members with.
macro_rules! format_structs {
    ($($name:ident { $($field:ident: $json:literal $(= $default:ident)?,)* })*) => {$(
        impl $name {
            const FIELDS: &'static [Field] = &[
                $(Field { name: $json, default: format_structs!(@default $($default)?) },)*
            ];

            /// Reads the value of field number `index` into `self`.
            fn set_field(&mut self, reader: &mut Reader<'_>, index: usize) -> Read<()> {
                match Self::FIELDS.get(index).map(|field| field.name) {
                    $(Some($json) => self.$field = FromJson::read(reader)?,)*
                    _ => {}
                }
                Ok(())
            }
        }

        impl FromJson for $name {
            fn read(reader: &mut Reader<'_>) -> Read<Self> {
                let mut doc = $name::default();
                reader.read_struct(stringify!($name), Self::FIELDS, &mut |reader, index| {
                    doc.set_field(reader, index)
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

/// An article document read a step at a time, so that a caller can spread a
/// long article's reading over tasks: a step reads one member of the
/// document, or one item of an array that grows with the article
/// (sections, claims, sources). Every reading of a document takes these
/// steps, in one go or spread out, so each reads it alike: the same
/// document, the same unknown fields, the same error at the same place.
pub struct ArticleSteps {
    /// Where in the text the next step starts.
    index: usize,
    /// The path there: the array member being read, or nothing.
    path: Vec<Segment>,
    unknown_fields: Vec<ParseError>,
    at: At,
    doc: ArticleDoc,
    /// Which of the document's fields have been read (a second is an error).
    seen: Vec<bool>,
}

/// Where in the document the next step starts.
enum At {
    /// Before the document's `{`.
    Start,
    /// Before a member, or the `}` after the last one.
    Members { first: bool },
    /// Before the next item of an array member, or the `]` after it.
    Items {
        member: Growing,
        count: usize,
        first: bool,
    },
    /// Past the document.
    End,
}

/// The members whose arrays grow with the article, read an item a step.
#[derive(Clone, Copy)]
enum Growing {
    Sections,
    Claims,
    Sources,
}

impl Growing {
    fn of(name: &str) -> Option<Self> {
        match name {
            "sections" => Some(Growing::Sections),
            "claims" => Some(Growing::Claims),
            "sources" => Some(Growing::Sources),
            _ => None,
        }
    }

    /// Reads item `count` of this member's array into `doc`.
    fn read_item(self, reader: &mut Reader<'_>, doc: &mut ArticleDoc, count: usize) -> Read<()> {
        match self {
            Growing::Sections => {
                let section = reader.element(count, SectionDoc::read)?;
                doc.sections.get_or_insert_with(Vec::new).push(section);
            }
            Growing::Claims => doc.claims.push(reader.element(count, ClaimDoc::read)?),
            Growing::Sources => doc.sources.push(reader.element(count, SourceDoc::read)?),
        }
        Ok(())
    }

    /// The empty array, before its first item: an article may give none.
    fn start(self, doc: &mut ArticleDoc) {
        match self {
            Growing::Sections => doc.sections = Some(Vec::new()),
            Growing::Claims => doc.claims = Vec::new(),
            Growing::Sources => doc.sources = Vec::new(),
        }
    }
}

impl Default for ArticleSteps {
    fn default() -> Self {
        Self::new()
    }
}

impl ArticleSteps {
    /// Nothing read yet.
    pub fn new() -> Self {
        ArticleSteps {
            index: 0,
            path: Vec::new(),
            unknown_fields: Vec::new(),
            at: At::Start,
            doc: ArticleDoc::default(),
            seen: vec![false; ArticleDoc::FIELDS.len()],
        }
    }

    /// Reads the next step of `text`, which must be the same text at every
    /// step: `None` while there is more; then the document, or why reading
    /// stopped, and every field format v1 does not have, met before that.
    pub fn step(&mut self, text: &str) -> Option<(Result<ArticleDoc, Stop>, Vec<ParseError>)> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            index: self.index,
            path: std::mem::take(&mut self.path),
            unknown_fields: std::mem::take(&mut self.unknown_fields),
        };
        let stepped = self.step_with(&mut reader);
        self.index = reader.index;
        self.path = reader.path;
        self.unknown_fields = reader.unknown_fields;
        match stepped {
            Ok(()) if !matches!(self.at, At::End) => None,
            Ok(()) => Some((
                Ok(std::mem::take(&mut self.doc)),
                std::mem::take(&mut self.unknown_fields),
            )),
            Err(stop) => {
                self.at = At::End;
                Some((Err(stop), std::mem::take(&mut self.unknown_fields)))
            }
        }
    }

    fn step_with(&mut self, reader: &mut Reader<'_>) -> Read<()> {
        match self.at {
            At::Start => {
                // The format says object, which `parse.rs` checks before
                // reading (serde would read a struct from an array too).
                if reader.value_start()? != b'{' {
                    return Err(reader.peek_invalid_type("struct ArticleDoc"));
                }
                reader.eat_char();
                self.at = At::Members { first: true };
            }
            At::Members { mut first } => {
                let member = reader.next_member(ArticleDoc::FIELDS, &mut self.seen, &mut first)?;
                self.at = At::Members { first };
                let Some(field) = member else {
                    reader.end()?;
                    self.at = At::End;
                    return Ok(());
                };
                let growing = field
                    .and_then(|index| ArticleDoc::FIELDS.get(index))
                    .and_then(|field| Growing::of(field.name));
                match (field, growing) {
                    (Some(_), Some(member)) if reader.parse_whitespace() == Some(b'[') => {
                        // The path stays at the member's key while its
                        // items are read.
                        reader.eat_char();
                        member.start(&mut self.doc);
                        self.at = At::Items {
                            member,
                            count: 0,
                            first: true,
                        };
                        return Ok(());
                    }
                    (Some(index), _) => self.doc.set_field(reader, index)?,
                    (None, _) => reader.skip_unknown_member()?,
                }
                reader.path.pop();
            }
            At::Items {
                member,
                count,
                mut first,
            } => {
                if reader.has_next_element(&mut first)? {
                    member.read_item(reader, &mut self.doc, count)?;
                    self.at = At::Items {
                        member,
                        count: count + 1,
                        first,
                    };
                } else {
                    reader.end_seq()?;
                    reader.path.pop();
                    self.at = At::Members { first: false };
                }
            }
            At::End => {}
        }
        Ok(())
    }
}
