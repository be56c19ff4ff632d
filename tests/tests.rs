//! Integration tests: the built binary, run on corpora written for them.
//! One test binary, its tests in a module per area.

mod ambiguity;
mod claims;
mod commands;
mod dictionaries;
mod documents;
mod inputs;
mod layout;
mod messages;
mod properties;
mod regression;
mod safety;
mod tables;
mod util;
