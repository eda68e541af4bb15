//! Where each value of the imported JSON came from: a map from the JSON
//! paths the importer writes (`claims[2].sources[0]`, as the validator
//! names them) to byte ranges of the text, and byte offsets as the line and
//! column an editor sees.

use std::collections::HashMap;
use std::ops::Range;

/// JSON path → the byte range of the text that made its value.
#[derive(Debug, Default)]
pub(super) struct SpanMap {
    spans: HashMap<String, Range<usize>>,
}

impl SpanMap {
    /// Records that the value at `path` was made by `span` (the first
    /// record of a path wins: the place the value was written).
    pub(super) fn record(&mut self, path: impl Into<String>, span: Range<usize>) {
        self.spans.entry(path.into()).or_insert(span);
    }

    /// Records the spans of `from` and everything in it again under `to`:
    /// a claim's details written in the front matter's `[claim.ID]` are the
    /// JSON's `claims[i]`.
    pub(super) fn copy_prefix(&mut self, from: &str, to: &str) {
        let copies: Vec<(String, Range<usize>)> = self
            .spans
            .iter()
            .filter_map(|(path, span)| {
                let rest = path.strip_prefix(from)?;
                (rest.is_empty() || rest.starts_with(['.', '[']))
                    .then(|| (format!("{to}{rest}"), span.clone()))
            })
            .collect();
        for (path, span) in copies {
            self.record(path, span);
        }
    }

    /// Where the value at `path` came from: its own span, or the span of the
    /// nearest enclosing value that has one (a missing field is reported at
    /// its object), or the start of the text.
    pub(super) fn find(&self, path: &str) -> usize {
        let mut path = path;
        loop {
            if let Some(span) = self.spans.get(path) {
                return span.start;
            }
            // Drop the last step: `.field` or `[n]`.
            match path.rfind(['.', '[']) {
                Some(at) => path = path.get(..at).unwrap_or_default(),
                None => return 0,
            }
        }
    }
}

/// Turns byte offsets of one text into 1-based lines and columns (columns
/// counted in characters, as editors count them).
pub(super) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    /// The line starts of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { text, starts }
    }

    /// The line and column of byte `offset` (clamped to the text).
    pub(super) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or_default();
        let column = self
            .text
            .get(start..)
            .unwrap_or_default()
            .char_indices()
            .take_while(|(at, _)| start + at < offset)
            .count();
        (line, column + 1)
    }
}
