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
    /// What the widget does once Yew has hydrated the tree (put the parts
    /// back, hear their clicks), from its first render until it is done.
    take_over: Option<TakeOver>,
    /// Whether that is done.
    taken_over: bool,
    /// Whether anything was lifted out (it may be back already).
    lifted: bool,
}

/// A `FnOnce` to keep in [`AdoptedParts`], which is `Debug`.
struct TakeOver(Box<dyn FnOnce()>);

impl std::fmt::Debug for TakeOver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TakeOver")
    }
}

impl Adopted {
    /// Keeps the server's sections, lifted out of the end of `parent` in
    /// `fragment` (which holds them, in order, and nothing else).
    pub fn put_sections(&self, parent: Element, fragment: DocumentFragment) {
        let mut parts = self.0.borrow_mut();
        let children = fragment.children();
        parts.sections = (0..children.length()).map(|k| children.item(k)).collect();
        parts.lifted = true;
        parts.out.push((parent, fragment));
    }

    /// Keeps the server's items of the key-claims list `list`, lifted out
    /// in `fragment`.
    pub fn put_key_claims(&self, list: Element, fragment: DocumentFragment) {
        let mut parts = self.0.borrow_mut();
        parts.key_claims = true;
        parts.lifted = true;
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
    /// ([`Adopted::when_hydrated`]). Never on a server, which has none: what
    /// is kept would hold this `Adopted` and never be run.
    pub fn waits_for_hydration(&self) -> bool {
        let parts = self.0.borrow();
        parts.lifted && !parts.taken_over && parts.take_over.is_none()
    }

    /// Keeps `take_over`, to run once Yew has hydrated the tree.
    pub fn when_hydrated(&self, take_over: impl FnOnce() + 'static) {
        let mut parts = self.0.borrow_mut();
        if !parts.taken_over {
            parts.take_over = Some(TakeOver(Box::new(take_over)));
        }
    }

    /// Yew has hydrated the tree: runs what the render kept, once. Called
    /// right after Yew's render pass (`embed/show.rs`) and by the first
    /// effect, whichever comes first: Yew 0.23 yields to the browser
    /// between a render pass of more than 16 ms and its effects, and a
    /// click in between must find the sections back and heard.
    pub fn hydrated(&self) {
        let take_over = {
            let mut parts = self.0.borrow_mut();
            let take_over = parts.take_over.take();
            parts.taken_over |= take_over.is_some();
            take_over
        };
        if let Some(TakeOver(take_over)) = take_over {
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
