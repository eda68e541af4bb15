//! `mount`'s options object as a host writes it, before it is checked: it
//! crosses from JavaScript through serde-wasm-bindgen, and
//! `read_options.rs` checks it into
//! [`MountOptions`](crate::options::MountOptions). Every value is taken
//! whatever its kind, so that each bad option is reported with its own
//! message, not only the first one a typed struct would stop at; and the
//! option names stay [`crate::options`]' alone.

use crate::options::EVENT_TARGET;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// The options object's own entries, in order.
#[derive(Debug, Default)]
pub struct OptionsObject(pub Vec<(String, OptionValue)>);

impl OptionsObject {
    /// The value of option `name`: [`OptionValue::Unset`] when left out.
    pub fn get(&self, name: &str) -> &OptionValue {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map_or(&OptionValue::Unset, |(_, value)| value)
    }
}

/// One value as JavaScript gave it, of whatever kind.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum OptionValue {
    /// Not given, `undefined` or `null`: the option's default.
    #[default]
    Unset,
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// An object's own entries (an array's by index), in order.
    Entries(Vec<(String, OptionValue)>),
    /// Anything else: a function, a symbol; and the event target, which is
    /// a live object that `read_options` takes as it is, not as data.
    Other,
}

impl<'de> Deserialize<'de> for OptionsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_map(ValueVisitor { options: true })? {
            OptionValue::Entries(entries) => Ok(OptionsObject(entries)),
            _ => Ok(OptionsObject::default()),
        }
    }
}

impl<'de> Deserialize<'de> for OptionValue {
    /// Never fails: a value the deserializer cannot read is
    /// [`OptionValue::Other`], which no option takes.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(deserializer
            .deserialize_any(ValueVisitor { options: false })
            .unwrap_or(OptionValue::Other))
    }
}

/// Reads any value into an [`OptionValue`].
struct ValueVisitor {
    /// Whether the value is the options object itself, not one inside it.
    options: bool,
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = OptionValue;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an option's value")
    }
    fn visit_unit<E>(self) -> Result<OptionValue, E> {
        Ok(OptionValue::Unset)
    }
    fn visit_none<E>(self) -> Result<OptionValue, E> {
        Ok(OptionValue::Unset)
    }
    fn visit_bool<E>(self, value: bool) -> Result<OptionValue, E> {
        Ok(OptionValue::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(value as f64))
    }
    fn visit_u64<E>(self, value: u64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(value as f64))
    }
    fn visit_f64<E>(self, value: f64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(value))
    }
    fn visit_str<E>(self, value: &str) -> Result<OptionValue, E> {
        Ok(OptionValue::Text(value.to_owned()))
    }
    fn visit_string<E>(self, value: String) -> Result<OptionValue, E> {
        Ok(OptionValue::Text(value))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OptionValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            // An event target is a live object (often an element or the
            // window): walking its properties as data would be slow and
            // pointless.
            let value = if self.options && key == EVENT_TARGET {
                map.next_value::<IgnoredAny>()?;
                OptionValue::Other
            } else {
                map.next_value()?
            };
            entries.push((key, value));
        }
        Ok(OptionValue::Entries(entries))
    }
    /// An array, as `Object.entries` sees it: its items by index.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OptionValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(item) = seq.next_element()? {
            entries.push((entries.len().to_string(), item));
        }
        Ok(OptionValue::Entries(entries))
    }
}
