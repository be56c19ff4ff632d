//! factscan turns a corpus of documents into tables of the entities and
//! claims they hold.
//!
//! The pipeline's stages are its modules: [`read`] (inputs to documents),
//! [`normalize`] (bytes to text), [`sentence`] (sentence boundaries),
//! [`matcher`] (dictionary aliases and names by pattern), [`date`] (date
//! expressions), [`resolve`] (one mention per span), [`claim`]
//! (attributed statements) and [`sink`] (the tables). [`Pipeline`] runs
//! them all. On the ground floor, [`calendar`] (dates as values) and
//! [`span`] (mentions) are the types every stage shares.
//!
//! # Example
//!
//! ```
//! use factscan::{Document, PipelineBuilder};
//!
//! let pipeline = PipelineBuilder::new().build().unwrap();
//! let text = "Jan 7, 2026\n\nBritain has made it clear it is ready to help Ukraine.";
//! let doc = Document::new("d1", text);
//! let out = pipeline.process(&doc);
//! let ids: Vec<&str> = out.entities.iter().map(|e| &*e.entity_id).collect();
//! assert_eq!(ids, ["", "GBR", "UKR"]);
//! assert_eq!(out.claims[0].source_entity_id, "GBR");
//! assert_eq!(out.document.date, "2026-01-07");
//! ```

#![deny(missing_docs)]

pub mod calendar;
pub mod claim;
pub mod date;
pub mod dictionary;
pub mod error;
pub mod eval;
mod hash;
pub mod matcher;
pub mod normalize;
pub mod pipeline;
pub mod read;
pub mod resolve;
pub mod sentence;
pub mod sink;
pub mod span;

pub use calendar::{DocDate, Precision, Ymd};
pub use error::{Error, ErrorKind, Result};
pub use pipeline::{Document, Pipeline, PipelineBuilder, Summary};
pub use span::{EntityKind, Form, Mention};
