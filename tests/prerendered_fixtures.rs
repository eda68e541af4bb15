//! The prerendered markup checked in for the browser tier (`tests/prerendered/`)
//! is what the CLI prints today for the commands in
//! `tests/prerendered/commands.txt`; `make prerendered-fixtures` rewrites it.

use std::path::Path;
use std::process::Command;

#[test]
fn the_checked_in_prerendered_markup_is_what_the_cli_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let commands = std::fs::read_to_string(root.join("tests/prerendered/commands.txt")).unwrap();
    let mut checked = 0;
    let mut stale = Vec::new();
    for line in commands.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let name = words.next().unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_interactive-article"))
            .args(words)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(output.status.success(), "{line}: {output:?}");
        let path = root.join("tests/prerendered").join(name);
        let checked_in = std::fs::read(&path).unwrap_or_default();
        if checked_in != output.stdout {
            stale.push(name.to_owned());
        }
        checked += 1;
    }
    assert!(checked > 0, "commands.txt lists no prerendered files");
    assert!(
        stale.is_empty(),
        "tests/prerendered/ is out of date ({stale:?}); run `make prerendered-fixtures` \
         and review the diff"
    );
}
