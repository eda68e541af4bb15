//! The body: Djot prose read with `jotdown`, with the source offset of
//! every event. Paragraphs before the first heading are the intro; each
//! heading starts a section, its `{#id .collapsed involvement=…}` line
//! above it; a bracketed span with attributes marks a claim around its own
//! words. Anything else Djot knows (emphasis, links, lists, code, tables)
//! has no place in an article and is a problem at its place, so no markup
//! ever reaches the JSON: the text is the text the editor typed.

use super::Located;
use jotdown::{AttributeKind, Attributes, Container, Event, Parser};
use std::ops::Range;

/// A paragraph's text and the span of the file it came from.
#[derive(Debug, Default)]
pub(super) struct Paragraph {
    pub(super) text: String,
    pub(super) span: Range<usize>,
}

/// A heading and the paragraphs up to the next one.
#[derive(Debug, Default)]
pub(super) struct Section {
    pub(super) id: Option<Value>,
    pub(super) heading: Paragraph,
    pub(super) collapsed: bool,
    pub(super) involvement: Option<Value>,
    pub(super) paragraphs: Vec<Paragraph>,
}

/// An attribute's value and the span of the attributes that hold it.
#[derive(Debug, Clone)]
pub(super) struct Value {
    pub(super) text: String,
    pub(super) span: Range<usize>,
}

/// A claim marked in the text: where (its section, paragraph and the byte
/// range of its words in the paragraph's text) and what its attributes say.
#[derive(Debug, Default)]
pub(super) struct Mark {
    pub(super) section: usize,
    pub(super) paragraph: usize,
    pub(super) words: Range<usize>,
    /// The mark in the file, from `[` to `}`.
    pub(super) span: Range<usize>,
    pub(super) id: Option<Value>,
    pub(super) status: Option<Value>,
    pub(super) sources: Option<Value>,
    pub(super) explanation: Option<Value>,
}

/// What the body holds, and every problem found in it.
#[derive(Debug, Default)]
pub(super) struct Body {
    pub(super) intro: Vec<Paragraph>,
    pub(super) sections: Vec<Section>,
    pub(super) marks: Vec<Mark>,
    pub(super) problems: Vec<Located>,
}

/// The attributes a section's `{...}` line may hold.
const SECTION_ATTRIBUTES: &str = "#id, .collapsed and involvement=…";
/// The attributes a claim's mark may hold.
const CLAIM_ATTRIBUTES: &str = "#id, status=…, sources=\"…\" and explanation=\"…\"";

/// Punctuation characters one paragraph (a run of lines without a blank
/// one) may hold. Djot's inline parser does work that grows with the square
/// of the unclosed brackets, emphasis marks or list markers in a run; far
/// more than any article's paragraph holds are refused before parsing, so
/// hostile text costs little.
pub(super) const MAX_PUNCTUATION_PER_PARAGRAPH: usize = 1_000;

/// Reads the Djot `body`, which starts at byte `offset` of the file.
pub(super) fn read(body: &str, offset: usize) -> Body {
    if let Some(at) = overfull_paragraph(body) {
        let mut out = Body::default();
        out.problems.push(Located::at(
            offset + at,
            format!("this paragraph holds more than {MAX_PUNCTUATION_PER_PARAGRAPH} punctuation characters, far more than an article's paragraph needs: split it with blank lines"),
        ));
        return out;
    }
    let mut reader = Reader {
        out: Body::default(),
        offset,
        source: body,
        pending_section: None,
        text: None,
        mark: None,
        open_spans: Vec::new(),
        in_heading: false,
        after_escape: false,
        skipped: 0,
    };
    for (event, span) in Parser::new(body).into_offset_iter() {
        let span = offset + span.start..offset + span.end;
        reader.event(event, span);
    }
    reader.out
}

/// Where the first paragraph with more than
/// [`MAX_PUNCTUATION_PER_PARAGRAPH`] punctuation characters starts.
pub(super) fn overfull_paragraph(body: &str) -> Option<usize> {
    let mut start = 0;
    let mut count = 0;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            count = 0;
            start = at + line.len();
        } else {
            count += line.bytes().filter(u8::is_ascii_punctuation).count();
            if count > MAX_PUNCTUATION_PER_PARAGRAPH {
                return Some(start);
            }
        }
        at += line.len();
    }
    None
}

/// The reading state: what is open at the current event.
struct Reader<'s> {
    out: Body,
    offset: usize,
    source: &'s str,
    /// The attributes of the section whose heading comes next.
    pending_section: Option<Section>,
    /// The paragraph or heading being read.
    text: Option<Paragraph>,
    /// The claim being read, inside `text`.
    mark: Option<Mark>,
    /// For each span open, whether it is the claim being read.
    open_spans: Vec<bool>,
    /// Whether `text` is a heading's.
    in_heading: bool,
    /// Whether the last event was a backslash escape (the next text's first
    /// character is escaped).
    after_escape: bool,
    /// Depth inside a block the article has no place for.
    skipped: usize,
}

impl<'s> Reader<'s> {
    fn problem(&mut self, at: usize, message: impl Into<String>) {
        self.out.problems.push(Located::at(at, message.into()));
    }

    /// The text of the file at `span` (an event's source).
    fn source(&self, span: &Range<usize>) -> &'s str {
        self.source
            .get(span.start - self.offset..span.end - self.offset)
            .unwrap_or_default()
    }

    fn event(&mut self, event: Event<'s>, span: Range<usize>) {
        let after_escape = std::mem::replace(&mut self.after_escape, event == Event::Escape);
        if self.skipped > 0 {
            match event {
                Event::Start(c, _) if c.is_block() => self.skipped += 1,
                Event::End(c) if c.is_block() => self.skipped -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Container::Document, _) | Event::End(Container::Document) => {}
            Event::Start(Container::Section { .. }, attributes) => {
                self.pending_section = Some(self.section(&attributes, &span));
            }
            Event::End(Container::Section { .. }) | Event::Blankline => {}
            Event::Start(Container::Heading { .. }, _) => {
                self.in_heading = true;
                self.text = Some(Paragraph {
                    text: String::new(),
                    span: span.clone(),
                });
            }
            Event::End(Container::Heading { .. }) => {
                self.in_heading = false;
                let mut section = self.pending_section.take().unwrap_or_default();
                section.heading = self.text.take().unwrap_or_default();
                section.heading.span.end = span.end;
                self.out.sections.push(section);
            }
            Event::Start(Container::Paragraph, attributes) => {
                if !attributes.is_empty() {
                    self.problem(
                        span.start,
                        "attributes {…} above a paragraph mean nothing here: a section's go above its heading, a claim's right after its [words]",
                    );
                }
                self.text = Some(Paragraph {
                    text: String::new(),
                    span: span.clone(),
                });
            }
            Event::End(Container::Paragraph) => self.end_paragraph(span),
            Event::Start(Container::Span, attributes) => {
                let opened = self.open_mark(&attributes, span);
                self.open_spans.push(opened);
            }
            Event::End(Container::Span) => {
                if self.open_spans.pop() == Some(true) {
                    self.close_mark(span);
                }
            }
            Event::Start(container, _) if container.is_block() => {
                let what = block_name(&container);
                self.problem(
                    span.start,
                    format!("{what} has no place in an article: a section holds paragraphs of plain text"),
                );
                self.skipped = 1;
            }
            Event::Start(container, _) => {
                let (what, how) = inline_name(&container);
                self.problem(
                    span.start,
                    format!("{what} has no place in an article's text, which is plain: write a backslash before {how} to keep it as text"),
                );
            }
            Event::End(_) => {}
            Event::Str(text) => {
                self.unclosed_attributes(&text, span.start, after_escape);
                self.push(&text);
            }
            Event::Softbreak => self.push(" "),
            Event::Hardbreak => self.push("\n"),
            Event::NonBreakingSpace => self.push("\u{a0}"),
            Event::Escape => {}
            // Djot's typographic conveniences (curly quotes, dashes,
            // ellipses, `:symbols:`) stay exactly as typed: the editor's
            // characters are the article's.
            Event::LeftSingleQuote
            | Event::RightSingleQuote
            | Event::LeftDoubleQuote
            | Event::RightDoubleQuote
            | Event::Ellipsis
            | Event::EnDash
            | Event::EmDash
            | Event::Symbol(_) => {
                let typed = self.source(&span);
                self.push(typed);
            }
            Event::FootnoteReference(_) => self.problem(
                span.start,
                "a footnote has no place in an article: write \\[^ to keep the bracket as text",
            ),
            Event::ThematicBreak(_) => self.problem(
                span.start,
                "a thematic break (a line of ***, --- or similar) has no place in an article: start a section with a # heading instead",
            ),
            Event::Attributes(_) => self.problem(
                span.start,
                "these attributes {…} follow no [marked words]: a claim is [its words]{#id …} within one paragraph, so a [ or ] is missing (or write \\{ to keep the brace as text)",
            ),
        }
    }

    /// Djot keeps `[words]{#id status=x` as text when its `}` is missing,
    /// which would drop the claim without a word; `]{` in text is taken for
    /// such a mark unless its `]` was escaped.
    fn unclosed_attributes(&mut self, text: &str, start: usize, after_escape: bool) {
        for (at, _) in text.match_indices("]{") {
            if at == 0 && after_escape {
                continue;
            }
            self.problem(
                start + at,
                "]{ begins a claim's attributes that are never closed with }: end them with }, or write \\] to keep the bracket as text",
            );
        }
    }

    fn push(&mut self, text: &str) {
        if let Some(paragraph) = &mut self.text {
            paragraph.text.push_str(text);
        }
    }

    /// A section's attributes: `#id`, `.collapsed`, `involvement=…`.
    fn section(&mut self, attributes: &Attributes<'s>, span: &Range<usize>) -> Section {
        let mut section = Section::default();
        for (kind, value) in attributes.iter() {
            let value = Value {
                text: value.parts().collect(),
                span: span.clone(),
            };
            match (&kind, kind.key()) {
                (_, Some("id")) => set_once(&mut section.id, value, "id", &mut self.out.problems),
                (AttributeKind::Class, _) if value.text == "collapsed" => section.collapsed = true,
                (_, Some("involvement")) => set_once(
                    &mut section.involvement,
                    value,
                    "involvement",
                    &mut self.out.problems,
                ),
                (AttributeKind::Comment, _) => {}
                (AttributeKind::Class, _) => self.problem(
                    span.start,
                    format!(
                        "a section knows no class .{}: its attributes are {SECTION_ATTRIBUTES}",
                        value.text
                    ),
                ),
                (_, key) => self.problem(
                    span.start,
                    format!(
                        "a section knows no attribute {}: its attributes are {SECTION_ATTRIBUTES}",
                        key.unwrap_or_default()
                    ),
                ),
            }
        }
        section
    }

    /// Opens the claim a span marks; whether it did.
    fn open_mark(&mut self, attributes: &Attributes<'s>, span: Range<usize>) -> bool {
        // Djot gives attributes written right after a word to that word; a
        // claim's words are always in brackets, so this is a mark whose [
        // is missing or was never closed.
        let before = self
            .source
            .get(..span.start - self.offset)
            .unwrap_or_default();
        let escaped = before.bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 1;
        if self.source(&span) != "[" || escaped {
            self.problem(
                span.start,
                "attributes {…} right after a word: a claim is [its words]{#id …}, so its [ is missing or its ] stands elsewhere (or write \\{ to keep the brace as text)",
            );
            return false;
        }
        if self.mark.is_some() {
            self.problem(
                span.start,
                "a claim inside another claim: claims cannot nest or overlap, so end the first mark before this one",
            );
            return false;
        }
        let Some(paragraph) = &self.text else {
            return false;
        };
        let in_heading = self.in_heading;
        let start = paragraph.text.len();
        let mut mark = Mark {
            paragraph: self.current_section_paragraphs(),
            words: start..start,
            span: span.clone(),
            ..Mark::default()
        };
        for (kind, value) in attributes.iter() {
            let value = Value {
                text: value.parts().collect(),
                span: span.clone(),
            };
            let problems = &mut self.out.problems;
            match (&kind, kind.key()) {
                (AttributeKind::Comment, _) => {}
                (_, Some("id")) => set_once(&mut mark.id, value, "id", problems),
                (AttributeKind::Pair { .. }, Some("status")) => {
                    set_once(&mut mark.status, value, "status", problems)
                }
                (AttributeKind::Pair { .. }, Some("sources")) => {
                    set_once(&mut mark.sources, value, "sources", problems)
                }
                (AttributeKind::Pair { .. }, Some("explanation")) => {
                    set_once(&mut mark.explanation, value, "explanation", problems)
                }
                (AttributeKind::Class, _) => problems.push(Located::at(
                    span.start,
                    format!(
                        "a claim knows no class .{}: its attributes are {CLAIM_ATTRIBUTES}",
                        value.text
                    ),
                )),
                (_, key) => problems.push(Located::at(
                    span.start,
                    format!(
                        "a claim knows no attribute {}: its attributes are {CLAIM_ATTRIBUTES}",
                        key.unwrap_or_default()
                    ),
                )),
            }
        }
        if mark.id.is_none() {
            self.problem(
                span.start,
                "[words]{…} marks a claim, which needs an id: [its words]{#claim-id status=…}; write \\[ to keep a bracket as text",
            );
        }
        if in_heading {
            self.problem(
                span.start,
                "a claim marks words of a paragraph, not of a heading",
            );
            return false;
        }
        if self.out.sections.is_empty() {
            self.problem(
                span.start,
                "a claim marks words of a section's paragraph: the intro, before the first heading, has none",
            );
            return false;
        }
        self.mark = Some(mark);
        true
    }

    fn close_mark(&mut self, span: Range<usize>) {
        let Some(mut mark) = self.mark.take() else {
            return;
        };
        mark.words.end = self.text.as_ref().map_or(0, |p| p.text.len());
        mark.span.end = span.end;
        // Marks only open inside a section's paragraph: the last one read.
        mark.section = self.out.sections.len().saturating_sub(1);
        self.out.marks.push(mark);
    }

    fn end_paragraph(&mut self, span: Range<usize>) {
        let Some(mut paragraph) = self.text.take() else {
            return;
        };
        paragraph.span.end = span.end;
        match self.out.sections.last_mut() {
            Some(section) => section.paragraphs.push(paragraph),
            None => self.out.intro.push(paragraph),
        }
    }

    /// The index the paragraph being read will have in its section.
    fn current_section_paragraphs(&self) -> usize {
        self.out.sections.last().map_or(0, |s| s.paragraphs.len())
    }
}

/// Sets an attribute given once; a second value is a problem.
fn set_once(slot: &mut Option<Value>, value: Value, name: &str, problems: &mut Vec<Located>) {
    if slot.is_some() {
        problems.push(Located::at(
            value.span.start,
            format!("{name} is given twice in these attributes"),
        ));
    } else {
        *slot = Some(value);
    }
}

/// What a block the article has no place for is called.
fn block_name(container: &Container<'_>) -> &'static str {
    match container {
        Container::Blockquote => "a block quote (a line starting with >)",
        Container::List { .. } | Container::ListItem | Container::TaskListItem { .. } => {
            "a list (a line starting with -, + or a number and . or ), for instance)"
        }
        Container::DescriptionList | Container::DescriptionDetails | Container::DescriptionTerm => {
            "a definition list (a line starting with :)"
        }
        Container::Footnote { .. } => "a footnote",
        Container::Table
        | Container::TableRow { .. }
        | Container::TableCell { .. }
        | Container::Caption => "a table (a line starting with |)",
        Container::Div { .. } => "a div (a line of :::)",
        Container::LinkDefinition { .. } => "a link definition ([label]: url)",
        Container::RawBlock { .. } | Container::CodeBlock { .. } => {
            "a code block (a line of ``` or ~~~)"
        }
        _ => "this block",
    }
}

/// What an inline element the article has no place for is called, and the
/// character to escape to keep it as text.
fn inline_name(container: &Container<'_>) -> (&'static str, &'static str) {
    match container {
        Container::Link(..) => ("a link", "its [ or <"),
        Container::Image(..) => ("an image", "its ["),
        Container::Verbatim | Container::RawInline { .. } => ("code (`…`)", "the `"),
        Container::Math { .. } => ("math ($`…`)", "the `"),
        Container::Subscript => ("subscript (~…~)", "the ~"),
        Container::Superscript => ("superscript (^…^)", "the ^"),
        Container::Insert | Container::Delete | Container::Mark => {
            ("an edit mark ({+ +}, {- -}, {= =})", "the {")
        }
        Container::Strong => ("bold (*…*)", "the *"),
        Container::Emphasis => ("emphasis (_…_)", "the _"),
        _ => ("this markup", "its first character"),
    }
}
