//! The hydration stamp's hash: every value that decides a first render's
//! markup, fed field by field into a 64-bit FNV-1a (over words, not bytes).
//! Texts and numbers go in as their bytes (a text after its length, so
//! `"ab", "c"` and `"a", "bc"` differ), never through `Debug`, so the hash is
//! the same natively and in wasm whatever the build does to `{:?}`
//! (`-Zfmt-debug=none` empties it).
//!
//! Each struct is taken apart with a pattern that names every field, so a
//! field added to the model does not compile until it is fed here too.

use crate::model::{
    Article, Claim, ClaimChange, ClaimStatus, Date, Discussion, Involvement, Mark, Paragraph,
    Provenance, Related, Review, SafeUrl, Section, Source,
};
use crate::state::SectionsAtStart;
use crate::strings::Strings;
use crate::ui::Theme;
use yew::AttrValue;

/// A 64-bit FNV-1a hash of what is fed into it: small, and the same on every
/// platform.
pub struct StampHasher(u64);

impl Default for StampHasher {
    fn default() -> Self {
        StampHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl StampHasher {
    /// The hash of everything fed so far.
    pub fn finish(&self) -> u64 {
        self.0
    }

    /// FNV-1a over eight bytes at a time (little-endian words, the last one
    /// padded with zeros; a text's length goes in before it): the stamp
    /// covers every paragraph, megabytes for a long article, hashed before
    /// hydrating, and a byte at a time took eight times the steps.
    /// Whole words are loaded as such: copied a byte at a time, they took
    /// about half of the first render's task for a long article.
    fn bytes(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut le = [0; 8];
            le.copy_from_slice(word);
            self.word(u64::from_le_bytes(le));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut le = [0; 8];
            for (slot, byte) in le.iter_mut().zip(rest) {
                *slot = *byte;
            }
            self.word(u64::from_le_bytes(le));
        }
    }

    fn word(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(0x0100_0000_01b3);
    }

    fn number(&mut self, number: u64) {
        self.bytes(&number.to_le_bytes());
    }
}

/// A value the stamp covers.
pub trait Stamp {
    /// Feeds every part of the value that shows in the markup.
    fn feed(&self, hash: &mut StampHasher);
}

impl Stamp for str {
    fn feed(&self, hash: &mut StampHasher) {
        hash.number(self.len() as u64);
        hash.bytes(self.as_bytes());
    }
}

impl Stamp for AttrValue {
    fn feed(&self, hash: &mut StampHasher) {
        self.as_str().feed(hash);
    }
}

impl Stamp for bool {
    fn feed(&self, hash: &mut StampHasher) {
        hash.number(u64::from(*self));
    }
}

impl Stamp for u8 {
    fn feed(&self, hash: &mut StampHasher) {
        hash.number(u64::from(*self));
    }
}

impl Stamp for u16 {
    fn feed(&self, hash: &mut StampHasher) {
        hash.number(u64::from(*self));
    }
}

impl Stamp for u32 {
    fn feed(&self, hash: &mut StampHasher) {
        hash.number(u64::from(*self));
    }
}

impl Stamp for usize {
    fn feed(&self, hash: &mut StampHasher) {
        // 32 bits in wasm, 64 natively: fed as 64 on both.
        hash.number(*self as u64);
    }
}

impl<T: Stamp> Stamp for Option<T> {
    fn feed(&self, hash: &mut StampHasher) {
        self.is_some().feed(hash);
        if let Some(value) = self {
            value.feed(hash);
        }
    }
}

impl<T: Stamp> Stamp for Vec<T> {
    fn feed(&self, hash: &mut StampHasher) {
        self.len().feed(hash);
        for item in self {
            item.feed(hash);
        }
    }
}

/// Implements [`Stamp`] for fieldless enums by the text each value has in
/// the JSON or the options.
macro_rules! stamp_by_key {
    ($($type:ty),* $(,)?) => {
        $(impl Stamp for $type {
            fn feed(&self, hash: &mut StampHasher) {
                self.key().feed(hash);
            }
        })*
    };
}

stamp_by_key!(ClaimStatus, Involvement, Theme);

impl Stamp for SectionsAtStart {
    fn feed(&self, hash: &mut StampHasher) {
        let value: u8 = match self {
            SectionsAtStart::AsArticle => 0,
            SectionsAtStart::Open => 1,
            SectionsAtStart::Collapsed => 2,
        };
        value.feed(hash);
    }
}

/// Implements [`Stamp`] for a struct by feeding each field in turn. The
/// pattern lists every field, so one left out is a compile error.
macro_rules! stamp_fields {
    ($($type:ident { $($field:ident),* $(,)? })*) => {
        $(impl Stamp for $type {
            fn feed(&self, hash: &mut StampHasher) {
                let $type { $($field),* } = self;
                $($field.feed(hash);)*
            }
        })*
    };
}

stamp_fields! {
    Article {
        id, lang, title, standfirst, byline, publisher, published, updated, intro, sections,
        claims, sources, provenance, related, discussion, reading_minutes, canonical_url,
    }
    Paragraph { text, marks }
    Mark { claim, start, end }
    Section { id, heading, paragraphs, collapsed_at_start, involvement }
    Claim { id, section, paragraph, quote, status, explanation, sources, history }
    ClaimChange { date, status, note }
    Source { id, title, publisher, url, date, quote }
    Provenance { ai_generated, disclaimer, responsible, original_sources, involvement, review }
    Review { reviewer, date, scope }
    Related { title, summary, url }
    Discussion { prompt, sign_in_url }
    Date { year, month, day, raw }
}

impl Stamp for SafeUrl {
    fn feed(&self, hash: &mut StampHasher) {
        self.as_str().feed(hash);
    }
}

impl Stamp for Strings {
    /// Every text of the table, by its key, and its language.
    fn feed(&self, hash: &mut StampHasher) {
        for key in Strings::table_keys() {
            self.get(key).feed(hash);
        }
        self.lang.feed(hash);
    }
}

impl<T: Stamp + ?Sized> Stamp for &T {
    fn feed(&self, hash: &mut StampHasher) {
        (**self).feed(hash);
    }
}
