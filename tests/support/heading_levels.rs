//! Texts for the heading level (an attribute, a CLI flag, or a string in
//! `mount`'s options) and the level each one sets, `None` where it is
//! refused: the native tests (tests/properties.rs) and the browser tests
//! (tests/embed.rs) both hold `MountOptions::set_text` to this table, since
//! the browser reads the number with the engine's `Number` and native code
//! with Rust's parser.

pub const HEADING_LEVEL_TEXTS: [(&str, Option<u8>); 30] = [
    ("2", Some(2)),
    ("+2", Some(2)),
    ("2.0", Some(2)),
    ("2.", Some(2)),
    (".2e1", Some(2)),
    ("20E-1", Some(2)),
    ("0.02e+2", Some(2)),
    ("0002", Some(2)),
    (" 3 ", Some(3)),
    ("3\u{a0}", Some(3)),
    ("5", Some(5)),
    // Rounded to the nearest double, as both parsers do: these are whole.
    ("1.9999999999999999", Some(2)),
    ("4.999999999999999999999999999999", Some(5)),
    // Exactly halfway between 1 and the next double: ties go to 1.
    (
        "1.00000000000000011102230246251565404236316680908203125",
        Some(1),
    ),
    // Nearer the double after 1 than 1 itself.
    ("1.0000000000000003", None),
    ("2.5", None),
    ("0", None),
    ("6", None),
    ("-2", None),
    ("1e400", None),
    ("2e", None),
    ("e2", None),
    (".", None),
    ("", None),
    ("inf", None),
    ("NaN", None),
    ("0x2", None),
    ("2_0", None),
    ("\u{feff}2", None),
    ("２", None),
];

/// Holds `MountOptions::set_text("headingLevel", …)` to [`HEADING_LEVEL_TEXTS`].
pub fn check_heading_level_texts() {
    use interactive_article::options::MountOptions;
    for (text, level) in HEADING_LEVEL_TEXTS {
        let mut options = MountOptions::default();
        let set = options.set_text("headingLevel", text);
        assert_eq!(
            set.is_ok().then_some(options.heading_level),
            level,
            "{text:?}"
        );
    }
}
