//! A number where format v1 wants another type, and what the reader says
//! of it: `{"version": NUMBER}` gives the problem `version: MESSAGE`. Native
//! tests hold both the reader and serde_json to this table
//! (tests/json_reader.rs), the browser tier the wasm's reader
//! (tests/fixtures_browser.rs), whose powers of ten come from the engine's
//! `parseFloat`. It has the layouts (plain, scientific), ties between two
//! shortest digit strings, and serde_json's approximate arithmetic.

pub const FLOAT_MESSAGES: &[(&str, &str)] = &[
    ("1.0", "invalid type: floating point `1.0`, expected u32"),
    ("2.5", "invalid type: floating point `2.5`, expected u32"),
    ("-0.0", "invalid type: floating point `-0.0`, expected u32"),
    ("-0", "invalid type: floating point `-0.0`, expected u32"),
    (
        "1e300",
        "invalid type: floating point `1e+300`, expected u32",
    ),
    ("1e-7", "invalid type: floating point `1e-7`, expected u32"),
    (
        "0.00012",
        "invalid type: floating point `0.00012`, expected u32",
    ),
    (
        "563000000030000.25",
        "invalid type: floating point `563000000030000.2`, expected u32",
    ),
    (
        "141000000000000.11",
        "invalid type: floating point `141000000000000.12`, expected u32",
    ),
    (
        "1.7976931348623157e308",
        "invalid type: floating point `1.7976931348623157e+308`, expected u32",
    ),
    (
        "5e-324",
        "invalid type: floating point `5e-324`, expected u32",
    ),
    (
        "18446744073709551616",
        "invalid type: floating point `1.8446744073709552e+19`, expected u32",
    ),
    (
        "123456789012345678901234567890",
        "invalid type: floating point `1.2345678901234568e+29`, expected u32",
    ),
    ("0.1", "invalid type: floating point `0.1`, expected u32"),
    ("1e16", "invalid type: floating point `1e+16`, expected u32"),
    (
        "1e15",
        "invalid type: floating point `1000000000000000.0`, expected u32",
    ),
    (
        "9007199254740993",
        "invalid value: integer `9007199254740993`, expected u32",
    ),
    ("4.35", "invalid type: floating point `4.35`, expected u32"),
    (
        "-1.5e-5",
        "invalid type: floating point `-0.000015`, expected u32",
    ),
    (
        "1234567.891e-20",
        "invalid type: floating point `1.2345678910000001e-14`, expected u32",
    ),
    (
        "0.30000000000000004",
        "invalid type: floating point `0.30000000000000004`, expected u32",
    ),
];
