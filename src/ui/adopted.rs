//! Parts of the server's markup a widget takes over without rendering them.
//! Yew hydrates a tree in one go and builds the virtual DOM of every node as
//! it does: on a long article that is most of the work and memory of the
//! first task, and it grows with the article. So, when the browser takes
//! over prerendered markup (`embed/show.rs`), two parts stay the server's.
//! The server writes each as raw markup (rendered beforehand by Yew's
//! server renderer, `prerender.rs`), which Yew hydrates by taking the nodes
//! between its markers as they are, untouched:
//!
//! - every section. Until a claim in it is opened, a section stays the
//!   server's nodes: the widget shows its state on them and hears their
//!   clicks and keys (`hooks/use_adopted.rs`). Opening a claim renders the
//!   section in their place (Yew replaces the raw markup), as its callout is
//!   the widget's alone. The server's markup is the widget's own, so the
//!   reader sees, finds, prints and copies the same text meanwhile.
//! - the key-claims list, of which only whether it is shown ever changes:
//!   the widget shows that on its nodes and hears their clicks on the panel
//!   around it (`components/key_claims_panel.rs`).

use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::AttrValue;

/// Finds every section (`SectionDisclosure`'s root), in order.
pub const SECTION_SELECTOR: &str = "section.ia-section";

/// What one widget took over from the server's markup. Empty but when the
/// browser hydrates. Compared by identity.
#[derive(Debug, Clone, Default)]
pub struct Adopted(Rc<RefCell<AdoptedParts>>);

#[derive(Debug, Default)]
struct AdoptedParts {
    /// The server's section elements, by section index: `None` for a
    /// section the widget renders.
    sections: Vec<Option<Element>>,
    /// On a server, each section's markup, rendered beforehand, to be
    /// written as it is.
    markup: Vec<AttrValue>,
    /// The key-claims list while it is the server's: on a server, its
    /// markup, rendered beforehand; in the browser, the empty string (the
    /// nodes are there). `None` when the widget renders it.
    key_claims: Option<AttrValue>,
    /// Where taking these parts over stands.
    take_over: TakeOver,
}

/// Where taking the server's parts over stands: what the widget does once
/// Yew has hydrated the tree (hear the sections' clicks) is kept by its
/// first render and run once.
#[derive(Default)]
enum TakeOver {
    /// Nothing is taken over (a client render, or a server's).
    #[default]
    Nothing,
    /// Taken over; the widget has yet to render.
    Taken,
    /// What to do, kept by the render.
    Kept(Box<dyn FnOnce()>),
    Done,
}

impl std::fmt::Debug for TakeOver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TakeOver::Nothing => "Nothing",
            TakeOver::Taken => "Taken",
            TakeOver::Kept(_) => "Kept",
            TakeOver::Done => "Done",
        })
    }
}

impl Adopted {
    /// Takes over the server's parts in the browser: its section elements,
    /// in order, where they are, and the key-claims list.
    pub fn take_over(&self, sections: Vec<Element>) {
        let mut parts = self.0.borrow_mut();
        parts.sections = sections.into_iter().map(Some).collect();
        parts.key_claims = Some(AttrValue::Static(""));
        parts.take_over = TakeOver::Taken;
    }

    /// On a server: keeps the markup of each section and of the key-claims
    /// list, rendered beforehand.
    pub fn keep_markup(&self, sections: Vec<AttrValue>, key_claims: AttrValue) {
        let mut parts = self.0.borrow_mut();
        parts.markup = sections;
        parts.key_claims = Some(key_claims);
    }

    /// On a server, section `index`'s markup, rendered beforehand.
    pub fn markup(&self, index: usize) -> Option<AttrValue> {
        self.0.borrow().markup.get(index).cloned()
    }

    /// Whether parts are taken over by the widget, and its render has yet
    /// to say what to do with them ([`Adopted::when_hydrated`]). Never on a
    /// server, which takes nothing over: what is kept would hold this
    /// `Adopted` and never be run.
    pub fn waits_for_hydration(&self) -> bool {
        matches!(self.0.borrow().take_over, TakeOver::Taken)
    }

    /// Whether the widget took over the server's markup (in the browser).
    pub fn is_taken_over(&self) -> bool {
        !matches!(self.0.borrow().take_over, TakeOver::Nothing)
    }

    /// Keeps `take_over`, to run once Yew has hydrated the tree.
    pub fn when_hydrated(&self, take_over: impl FnOnce() + 'static) {
        let mut parts = self.0.borrow_mut();
        if matches!(parts.take_over, TakeOver::Taken) {
            parts.take_over = TakeOver::Kept(Box::new(take_over));
        }
    }

    /// Yew has hydrated the tree: runs what the render kept, once. Called
    /// right after Yew's render pass (`embed/show.rs`) and by the first
    /// effect, whichever comes first: Yew 0.23 yields to the browser
    /// between a render pass of more than 16 ms and its effects, and a
    /// click in between must find the sections heard.
    pub fn hydrated(&self) {
        let kept = {
            let mut parts = self.0.borrow_mut();
            match std::mem::take(&mut parts.take_over) {
                TakeOver::Kept(take_over) => {
                    parts.take_over = TakeOver::Done;
                    Some(take_over)
                }
                other => {
                    parts.take_over = other;
                    None
                }
            }
        };
        if let Some(take_over) = kept {
            take_over();
        }
    }

    /// Section `index`'s element while it is the server's.
    pub fn section(&self, index: usize) -> Option<Element> {
        self.0.borrow().sections.get(index)?.clone()
    }

    /// Whether any section is the server's.
    pub fn has_sections(&self) -> bool {
        self.0.borrow().sections.iter().any(Option::is_some)
    }

    /// Hands section `index` to the widget, which renders it from then on,
    /// in the place of the server's element.
    pub fn release(&self, index: usize) {
        if let Some(section) = self.0.borrow_mut().sections.get_mut(index) {
            *section = None;
        }
    }

    /// What the key-claims list is while it is the server's (for good).
    pub fn key_claims(&self) -> Option<AttrValue> {
        self.0.borrow().key_claims.clone()
    }
}

impl PartialEq for Adopted {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
