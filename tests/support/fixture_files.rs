//! Every JSON article and fixture in the repository, by path, in one order:
//! the native tiers that run over all of them (the JSON reader against the
//! serde stack, the dialect's round trip) read the same list.

use std::path::Path;

/// `(path, text)` of every `.json` file in `articles/`, `tests/fixtures/`
/// and `tests/fixtures/hostile/`, sorted by path.
pub fn json_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in ["articles", "tests/fixtures", "tests/fixtures/hostile"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    assert!(files.len() > 30, "the fixtures were not found");
    files
}
