//! Writes `tests/fixture-outcomes.json`: what the native reader and validator
//! make of every fixture, which the browser and end-to-end tests compare with.
//! Run it (`make fixture-outcomes`) after adding or changing a fixture or a
//! message; `cargo test --test fixtures` fails until the file is current.

#[path = "../tests/fixture_outcomes/mod.rs"]
mod fixture_outcomes;

fn main() -> std::io::Result<()> {
    std::fs::write(
        fixture_outcomes::OUTCOMES_PATH,
        fixture_outcomes::all_outcomes(),
    )?;
    println!("wrote {}", fixture_outcomes::OUTCOMES_PATH);
    Ok(())
}
