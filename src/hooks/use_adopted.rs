//! The parts of the server's markup a widget took over without rendering
//! them (`ui/adopted.rs`): kept working until the widget renders them, if
//! ever.

use crate::browser;
use crate::state::{Action, HeadingStep, State};
use crate::ui::{use_ui, Adopted, ArticleRef, SECTION_SELECTOR};
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};
use yew::{
    hook, use_effect, use_effect_with, use_mut_ref, AttrValue, Callback, Html, NodeRef,
    UseReducerHandle,
};

/// A section's heading button (`SectionDisclosure`'s).
const TOGGLE: &str = ".ia-section__toggle";
/// A section's panel (`SectionDisclosure`'s).
const PANEL: &str = ".ia-section__panel";
/// A claim's words in a section (`ClaimMark`'s).
const CLAIM_WORDS: &str = ".ia-claim__words";
/// The key-claims list (`KeyClaimsList`'s).
const KEY_CLAIMS_LIST: &str = ".ia-key-claims__list";

/// Which sections are still the server's.
pub struct ServerSections(Adopted);

impl ServerSections {
    /// What section `index` is while it is the server's ([`server_markup`]);
    /// `None` for a section the widget renders.
    pub fn markup(&self, index: usize) -> Option<Html> {
        let markup = self.0.markup(index);
        let server = markup.or_else(|| self.0.section(index).map(|_| AttrValue::Static("")));
        server.map(server_markup)
    }
}

/// A part of the page that is the server's: raw markup, which Yew hydrates
/// by taking the nodes between its markers as they are. On a server it is
/// the part's markup as Yew's server renderer wrote it (`prerender.rs`),
/// which escapes every text of the article: no article data reaches it any
/// other way. In the browser the nodes are already there, and the empty
/// string is all that is written.
fn server_markup(markup: AttrValue) -> Html {
    Html::from_html_unchecked(markup)
}

/// Takes over the sections the server rendered (`ui/adopted.rs`) in the
/// widget `root`: shows the state on them, and turns their clicks and keys
/// into the same actions as a rendered section's. A section is rendered by
/// the widget when a claim in it is opened, as its callout is the widget's
/// alone.
#[hook]
pub fn use_adopted_sections(
    root: &NodeRef,
    article: &ArticleRef,
    state: &UseReducerHandle<State>,
    dispatch: &Callback<Action>,
) -> ServerSections {
    let ui = use_ui();
    let adopted = ui.adopted.clone();
    let claim_section = state.open_claim().and_then(|c| article.claims.get(c));
    if let Some(claim) = claim_section {
        adopted.release(claim.section);
    }
    // Whether each section's nodes show it open: as the server rendered
    // them (the state at the first render), then as set here.
    let shown = {
        let state = state.clone();
        let count = article.sections.len();
        use_mut_ref(move || {
            (0..count)
                .map(|i| state.is_section_open(i))
                .collect::<Vec<_>>()
        })
    };
    // Hearing the sections' clicks, once Yew has hydrated: right after its
    // render pass, or in the first effect.
    let listeners = use_mut_ref(|| None::<[EventListener; 2]>);
    if adopted.waits_for_hydration() {
        let (root, listeners) = (root.clone(), listeners.clone());
        let (article, dispatch, parts) = (article.clone(), dispatch.clone(), adopted.clone());
        adopted.when_hydrated(move || {
            *listeners.borrow_mut() = root
                .cast::<Element>()
                .filter(|_| parts.has_sections())
                .map(|root| listen(&root, parts, article, dispatch));
        });
    }
    {
        let adopted = adopted.clone();
        use_effect_with((), move |()| {
            adopted.hydrated();
            move || drop(listeners.borrow_mut().take())
        });
    }
    {
        let (adopted, state) = (adopted.clone(), state.clone());
        use_effect(move || {
            // Compared as flags first: an action changes one section, or
            // all of them, and only those are looked up.
            for (index, was) in shown.borrow_mut().iter_mut().enumerate() {
                let open = state.is_section_open(index);
                if *was != open {
                    if let Some(section) = adopted.section(index) {
                        show_open(&section, open);
                    }
                    *was = open;
                }
            }
        });
    }
    ServerSections(adopted)
}

/// Shows `open` on a section's server nodes: the attributes
/// `SectionDisclosure` renders for it (a collapsed panel is
/// `hidden="until-found"`, so find-in-page still reaches it).
fn show_open(section: &Element, open: bool) {
    let value = if open { "true" } else { "false" };
    let _ = section.set_attribute("data-open", value);
    if let Ok(Some(toggle)) = section.query_selector(TOGGLE) {
        let _ = toggle.set_attribute("aria-expanded", value);
    }
    if let Ok(Some(panel)) = section.query_selector(PANEL) {
        let _ = if open {
            panel.remove_attribute("hidden")
        } else {
            panel.set_attribute("hidden", "until-found")
        };
    }
}

/// One listener each for clicks and keys on the whole widget: what lands
/// in a section that is the server's becomes the action a rendered section
/// would dispatch.
fn listen(
    root: &Element,
    adopted: Adopted,
    article: ArticleRef,
    dispatch: Callback<Action>,
) -> [EventListener; 2] {
    let handle = Rc::new(move |event: &Event| {
        if let Some(action) = action_of(event, &adopted, &article) {
            dispatch.emit(action);
        }
    });
    ["click", "keydown"].map(|type_| {
        let handle = Rc::clone(&handle);
        EventListener::new_with_options(
            root,
            type_,
            EventListenerOptions::enable_prevent_default(),
            move |event| handle(event),
        )
    })
}

/// The action of `event` when it lands in a section that is the server's,
/// as `SectionDisclosure` and `ClaimMark` have it: a click on the heading
/// button toggles the section, the arrows, Home and End move between
/// headings, and a click, Enter or Space on a claim's words opens it.
fn action_of(event: &Event, adopted: &Adopted, article: &ArticleRef) -> Option<Action> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let section = target.closest(SECTION_SELECTOR).ok()??;
    let index: usize = section.get_attribute("data-ia-section")?.parse().ok()?;
    if adopted.section(index).as_ref() != Some(&section) {
        return None;
    }
    let key = event.dyn_ref::<KeyboardEvent>();
    if let Some(words) = target.closest(CLAIM_WORDS).ok()? {
        let activated = match key {
            Some(key) => matches!(key.key().as_str(), "Enter" | " " | "Spacebar"),
            None => true,
        };
        let claim = activated.then(|| claim_of(article, index, &section, &words))??;
        // Space would otherwise scroll the page.
        event.prevent_default();
        return Some(Action::OpenClaim(claim));
    }
    target.closest(TOGGLE).ok()??;
    let Some(key) = key else {
        return Some(Action::ToggleSection(index));
    };
    // With a modifier, the key is the browser's or the reader's own.
    if key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key() {
        return None;
    }
    let step = HeadingStep::from_key(&key.key())?;
    // The arrows and Home/End would otherwise scroll the page.
    event.prevent_default();
    Some(Action::HeadingKey {
        from: index,
        to: step,
    })
}

/// The claim of `words`, a claim's words in section `index`'s element
/// `section`: the section's marks are its claims' in document order.
fn claim_of(
    article: &ArticleRef,
    index: usize,
    section: &Element,
    words: &Element,
) -> Option<usize> {
    let nth = browser::index_among(section, CLAIM_WORDS, words)?;
    let marks = article.sections.get(index)?.paragraphs.iter();
    let mut claims = marks.flat_map(|p| p.marks.iter().map(|m| m.claim));
    claims.nth(nth)
}

/// The key-claims list while it is the server's ([`server_markup`]):
/// shows `open` on its nodes, found in the `panel` around it. `None` when
/// the widget renders it.
#[hook]
pub fn use_adopted_key_claims(panel: &NodeRef, open: bool) -> Option<Html> {
    let ui = use_ui();
    let server = ui.adopted.key_claims();
    let servers = server.is_some();
    let panel = panel.clone();
    use_effect_with(open, move |open| {
        let list = panel.cast::<Element>().filter(|_| servers);
        if let Some(list) = list.and_then(|p| p.query_selector(KEY_CLAIMS_LIST).ok().flatten()) {
            let _ = if *open {
                list.remove_attribute("hidden")
            } else {
                list.set_attribute("hidden", "hidden")
            };
        }
    });
    server.map(server_markup)
}
