// The crate's facts that the build scripts and tests outside Rust need,
// read from Cargo.toml (where they are written once).
import { readFileSync } from "node:fs";

const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]+)"`, "m"))?.[1];

/** The crate's version: the npm package's and the CDN folder's. */
export const version = field("version");
/** The crate's licence expression. */
export const license = field("license");
/** The crate's one-line description. */
export const description = field("description");

if (!version) throw new Error("scripts/crate.mjs: no version in Cargo.toml");
