//! Parts of the server's markup a widget takes over without rendering them.
//! Yew hydrates a tree in one go and builds the virtual DOM of every node as
//! it does: on a long article that is most of the work and memory of the
//! first task, and it grows with the article. So, when the browser takes
//! over prerendered markup (`embed/show.rs`), two parts are lifted out
//! before hydrating, so that Yew hydrates the tree without them, and put
//! back at once (before anything is painted):
//!
//! - every section. Until a claim in it is opened, a section stays the
//!   server's nodes: the widget shows its state on them and hears their
//!   clicks and keys (`hooks/use_adopted.rs`). Opening a claim renders the
//!   section in their place, as its callout is the widget's alone. The
//!   server's markup is the widget's own, so the reader sees, finds, prints
//!   and copies the same text meanwhile.
//! - the items of the key-claims list, which never change: the widget hears
//!   their clicks on the list (`components/key_claims_panel.rs`).

use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{DocumentFragment, Element};

/// Finds every section (`SectionDisclosure`'s root), in order.
pub const SECTION_SELECTOR: &str = "section.ia-section";

/// Finds the key-claims list (`KeyClaimsPanel`'s).
pub const KEY_CLAIMS_LIST_SELECTOR: &str = ".ia-key-claims__list";

/// What one widget took over from the server's markup. Empty but when the
/// browser hydrates. Compared by identity.
#[derive(Debug, Clone, Default)]
pub struct Adopted(Rc<RefCell<AdoptedParts>>);

#[derive(Debug, Default)]
struct AdoptedParts {
    /// The server's section elements, by section index: `None` for a
    /// section the widget renders.
    sections: Vec<Option<Element>>,
    /// Server elements of sections the widget now renders, still in the
    /// page.
    released: Vec<Element>,
    /// Whether the key-claims list's items are the server's.
    key_claims: bool,
    /// What is lifted out, with where it goes back (at the end), until it is
    /// back in the page.
    out: Vec<(Element, DocumentFragment)>,
    /// Where taking these parts over stands.
    take_over: TakeOver,
}

/// Where taking the lifted parts over stands: what the widget does once Yew
/// has hydrated the tree (put them back, hear their clicks) is kept by its
/// first render and run once.
#[derive(Default)]
enum TakeOver {
    /// Nothing was lifted out (a client render, or a server's).
    #[default]
    Nothing,
    /// Lifted out; the widget has yet to render.
    Lifted,
    /// What to do, kept by the render.
    Kept(Box<dyn FnOnce()>),
    Done,
}

impl std::fmt::Debug for TakeOver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TakeOver::Nothing => "Nothing",
            TakeOver::Lifted => "Lifted",
            TakeOver::Kept(_) => "Kept",
            TakeOver::Done => "Done",
        })
    }
}

impl Adopted {
    /// Keeps the server's sections, lifted out of the end of `parent` in
    /// `fragment` (which holds them, in order, and nothing else).
    pub fn put_sections(&self, parent: Element, fragment: DocumentFragment) {
        let mut parts = self.0.borrow_mut();
        let children = fragment.children();
        parts.sections = (0..children.length()).map(|k| children.item(k)).collect();
        parts.take_over = TakeOver::Lifted;
        parts.out.push((parent, fragment));
    }

    /// Keeps the server's items of the key-claims list `list`, lifted out
    /// in `fragment`.
    pub fn put_key_claims(&self, list: Element, fragment: DocumentFragment) {
        let mut parts = self.0.borrow_mut();
        parts.key_claims = true;
        parts.take_over = TakeOver::Lifted;
        parts.out.push((list, fragment));
    }

    /// Puts what was lifted out back in the page, once Yew has hydrated the
    /// tree without it; the first call does.
    pub fn put_back(&self) {
        let out = std::mem::take(&mut self.0.borrow_mut().out);
        for (parent, fragment) in out {
            let _ = parent.append_with_node_1(&fragment);
        }
    }

    /// Whether parts are lifted out for the widget to take over, and its
    /// render has yet to say what to do with them
    /// ([`Adopted::when_hydrated`]). Never on a server, which lifts nothing:
    /// what is kept would hold this `Adopted` and never be run.
    pub fn waits_for_hydration(&self) -> bool {
        matches!(self.0.borrow().take_over, TakeOver::Lifted)
    }

    /// Keeps `take_over`, to run once Yew has hydrated the tree.
    pub fn when_hydrated(&self, take_over: impl FnOnce() + 'static) {
        let mut parts = self.0.borrow_mut();
        if matches!(parts.take_over, TakeOver::Lifted) {
            parts.take_over = TakeOver::Kept(Box::new(take_over));
        }
    }

    /// Yew has hydrated the tree: runs what the render kept, once. Called
    /// right after Yew's render pass (`embed/show.rs`) and by the first
    /// effect, whichever comes first: Yew 0.23 yields to the browser
    /// between a render pass of more than 16 ms and its effects, and a
    /// click in between must find the sections back and heard.
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

    /// Hands section `index` to the widget, which renders it from then on;
    /// its server element stays in the page until [`Adopted::take_released`]
    /// takes it for the widget's to replace.
    pub fn release(&self, index: usize) {
        let mut parts = self.0.borrow_mut();
        let element = parts.sections.get_mut(index).and_then(Option::take);
        parts.released.extend(element);
    }

    /// The server elements of the sections released since the last call.
    pub fn take_released(&self) -> Vec<Element> {
        std::mem::take(&mut self.0.borrow_mut().released)
    }

    /// Whether the key-claims list's items are the server's, for good.
    pub fn has_key_claims(&self) -> bool {
        self.0.borrow().key_claims
    }
}

impl PartialEq for Adopted {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
