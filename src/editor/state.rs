//! The editor's state, in one reducer: the text as last read, what the
//! dialect made of it, the last valid article (the preview keeps showing it
//! while the text has problems) and the status line.

use crate::dialect::{import, Imported};
use std::rc::Rc;
use yew::Reducible;

/// Everything the editor shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditorState {
    /// The text as last read (the textarea may be ahead of it while a
    /// read waits out the debounce).
    pub text: Rc<str>,
    /// What the dialect made of `text`.
    pub imported: Rc<Imported>,
    /// The JSON of the last valid article: what the preview shows.
    pub valid_json: Option<Rc<str>>,
    /// A message for the status line that is not about problems (a failed
    /// export, a selection that cannot be marked); cleared by the next read.
    pub notice: Option<String>,
    /// Bumped when the text is replaced from outside the textarea (a
    /// marked claim, the example, an import), so the textarea takes it.
    pub replaced: u32,
}

/// What changes the state.
pub enum Action {
    /// The textarea's text, read after the debounce.
    Read(String),
    /// A text that replaces the textarea's (a mark written for the editor,
    /// the example, a plain-text import).
    Replace(String),
    /// A message for the status line.
    Notice(String),
}

impl EditorState {
    /// The status line: the notice if there is one, else what the read found.
    pub fn status(&self) -> String {
        if let Some(notice) = &self.notice {
            return notice.clone();
        }
        match self.imported.problems.len() {
            0 if self.imported.json.is_some() => "No problems: the article is valid.".to_owned(),
            0 => String::new(),
            1 => "1 problem.".to_owned(),
            n => format!("{n} problems."),
        }
    }

    fn read(&self, text: String) -> EditorState {
        let imported = import(&text);
        let valid_json = match &imported.json {
            Some(json) if imported.problems.is_empty() => Some(Rc::from(json.as_str())),
            _ => self.valid_json.clone(),
        };
        EditorState {
            text: Rc::from(text),
            imported: Rc::new(imported),
            valid_json,
            notice: None,
            replaced: self.replaced,
        }
    }
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(match action {
            Action::Read(text) if *text == *self.text && self.notice.is_none() => return self,
            Action::Read(text) => self.read(text),
            Action::Replace(text) => {
                let mut next = self.read(text);
                next.replaced = self.replaced.wrapping_add(1);
                next
            }
            Action::Notice(notice) => EditorState {
                notice: Some(notice),
                ..(*self).clone()
            },
        })
    }
}
