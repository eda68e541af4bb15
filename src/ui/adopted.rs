//! Section bodies a widget takes over from the server's markup without
//! rendering them. Yew hydrates a tree in one go and builds the virtual DOM
//! of every paragraph as it does: on a long article that is most of the work
//! and memory of the first task. So, when the browser takes over prerendered
//! markup, the bodies of the sections after the first
//! [`LIVE_SECTIONS_AT_START`] are lifted out of their panels before hydrating
//! (leaving the comments that mark the body's component, so Yew hydrates it
//! as a body that rendered nothing), put back at once, and rendered by the
//! widget only when they come near the viewport or are touched
//! (`hooks/use_adopted_body.rs`). The server's markup is the widget's own, so
//! until then the reader sees, finds, prints and copies the same text.

use std::cell::RefCell;
use std::rc::Rc;

/// How many sections, from the first, hydrate in full: as many as
/// `style/interactive-article.css` renders without `content-visibility`, so
/// every short article is taken over as before.
pub const LIVE_SECTIONS_AT_START: usize = 20;

/// Finds every section's panel (`SectionDisclosure`'s), in order.
pub const PANEL_SELECTOR: &str = ".ia-section__panel";

/// The server's nodes of one section body: its panel, and what the server
/// wrote in it for the body, lifted out.
#[derive(Debug, Clone)]
pub struct AdoptedBody {
    /// The section's panel (`.ia-section__panel`).
    pub panel: web_sys::Element,
    /// The body's nodes, in order.
    pub content: web_sys::DocumentFragment,
}

/// The bodies of one widget waiting to be taken, by section index. Empty but
/// when the browser hydrates. Compared by identity.
#[derive(Debug, Clone, Default)]
pub struct AdoptedBodies(Rc<RefCell<Vec<Option<AdoptedBody>>>>);

impl AdoptedBodies {
    /// Keeps section `index`'s body for its component to take.
    pub fn put(&self, index: usize, body: AdoptedBody) {
        let mut bodies = self.0.borrow_mut();
        if bodies.len() <= index {
            bodies.resize(index.saturating_add(1), None);
        }
        if let Some(slot) = bodies.get_mut(index) {
            *slot = Some(body);
        }
    }

    /// Section `index`'s body, once: `None` when the section is rendered by
    /// the widget from the start.
    pub fn take(&self, index: usize) -> Option<AdoptedBody> {
        self.0.borrow_mut().get_mut(index)?.take()
    }
}

impl PartialEq for AdoptedBodies {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
