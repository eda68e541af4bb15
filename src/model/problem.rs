//! One validation problem, and the list of them that validation returns.

use crate::format::ParseError;
use serde::Serialize;
use std::fmt;

/// One thing wrong with an article: where (a JSON path) and why. Serialized
/// as `{"path", "message"}`, as `validate --format json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path such as `claims[3].quote`; empty for the document as a whole.
    pub path: String,
    /// A plain-English reason that tells the editor what to change.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in one article, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records a problem at `path`.
    pub fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }
}

impl From<Vec<ParseError>> for Problems {
    fn from(errors: Vec<ParseError>) -> Self {
        Problems(
            errors
                .into_iter()
                .map(|err| Problem {
                    path: err.path,
                    message: err.message,
                })
                .collect(),
        )
    }
}

impl fmt::Display for Problems {
    /// One problem per line, so the list reads well in a console or a thrown `Error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}
