//! The front matter: TOML between two `+++` lines at the top of the file
//! (as Hugo and Zola write it), its keys the format's own field names. It is
//! read with its spans (`toml::de::DeTable`) and written as JSON values, each
//! path recorded in the [`SpanMap`].

use super::spans::SpanMap;
use super::Located;
use serde_json::{Map, Number, Value};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The line that opens and closes the front matter.
pub(super) const FENCE: &str = "+++";

/// A file cut in two: the front matter's TOML and where it starts, and the
/// Djot body and where it starts (byte offsets in the file).
pub(super) struct Parts<'t> {
    pub(super) front: Option<(&'t str, usize)>,
    pub(super) body: (&'t str, usize),
}

/// Cuts `text` into its front matter and body. A front matter opened but
/// never closed is a problem at its first line.
pub(super) fn split(text: &str) -> Result<Parts<'_>, Located> {
    let mut lines = text.split_inclusive('\n');
    let is_fence = |line: &str| line.trim_end() == FENCE;
    if !lines.next().is_some_and(is_fence) {
        // A fence further down is front matter in the wrong place, whose
        // TOML would otherwise be read as prose.
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if is_fence(line) {
                return Err(Located::at(
                    at,
                    format!("the front matter must begin on the first line, with {FENCE}"),
                ));
            }
            at += line.len();
        }
        return Ok(Parts {
            front: None,
            body: (text, 0),
        });
    }
    let front_start = text.find('\n').map_or(text.len(), |at| at + 1);
    let mut at = front_start;
    for line in lines {
        if is_fence(line) {
            return Ok(Parts {
                front: Some((text.get(front_start..at).unwrap_or_default(), front_start)),
                body: (
                    text.get(at + line.len()..).unwrap_or_default(),
                    at + line.len(),
                ),
            });
        }
        at += line.len();
    }
    Err(Located::at(
        0,
        format!("the front matter opened by {FENCE} on line 1 is never closed: end it with a line {FENCE}"),
    ))
}

/// Reads the front matter's TOML as a JSON object, recording the span of
/// every value under its JSON path. A TOML syntax error is a problem at its
/// place.
pub(super) fn read(
    toml: &str,
    offset: usize,
    spans: &mut SpanMap,
) -> Result<Map<String, Value>, Located> {
    let table = DeTable::parse(toml).map_err(|err| {
        let at = err.span().map_or(0, |span| span.start);
        Located::at(
            offset + at,
            format!("front matter: {}", err.message().trim_end()),
        )
    })?;
    Ok(table_to_json(table.get_ref(), "", offset, spans))
}

fn table_to_json(
    table: &DeTable<'_>,
    path: &str,
    offset: usize,
    spans: &mut SpanMap,
) -> Map<String, Value> {
    let mut object = Map::new();
    for (key, value) in table {
        let key: &str = key.get_ref();
        let path = if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        };
        object.insert(key.to_owned(), to_json(value, &path, offset, spans));
    }
    object
}

fn to_json(value: &Spanned<DeValue<'_>>, path: &str, offset: usize, spans: &mut SpanMap) -> Value {
    let span = value.span();
    spans.record(path, offset + span.start..offset + span.end);
    match value.get_ref() {
        DeValue::String(text) => Value::String(text.to_string()),
        DeValue::Integer(int) => i64::from_str_radix(&int.as_str().replace('_', ""), int.radix())
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(int.as_str().to_owned())),
        DeValue::Float(float) => float
            .as_str()
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map_or_else(|| Value::String(float.as_str().to_owned()), Value::Number),
        DeValue::Boolean(flag) => Value::Bool(*flag),
        // An editor may well write `published = 2026-03-05` unquoted; the
        // format holds dates as strings.
        DeValue::Datetime(date) => Value::String(date.to_string()),
        DeValue::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &format!("{path}[{i}]"), offset, spans))
                .collect(),
        ),
        DeValue::Table(table) => Value::Object(table_to_json(table, path, offset, spans)),
    }
}
