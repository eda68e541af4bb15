//! The one reducer behind a widget instance: which sections are open, which
//! claim callout is open, the disclaimer banner, and where focus should go next.
//!
//! Actions are named for what the reader did; the rules are methods on
//! [`State`] so they can be tested natively without a browser. The reducer
//! also decides what the host is told: [`State::event_for`] maps an action,
//! and the state it meets, to the `ia-*` event it produces.

use crate::browser::TASK_MS;
use crate::events::WidgetEvent;
use crate::model::{Article, FragmentTarget};
use std::rc::Rc;
use yew::Reducible;

/// What the reader did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Clicked (or pressed Enter/Space on) a section heading.
    ToggleSection(usize),
    /// The browser's find-in-page matched text in a collapsed section.
    RevealSection(usize),
    /// Chose "Show all sections".
    ShowAll,
    /// Chose "Hide all sections".
    HideAll,
    /// Activated a claim's marked words.
    OpenClaim(usize),
    /// Closed the open callout with its close button or Escape.
    CloseClaim,
    /// Chose a claim in the key-claims panel.
    JumpToClaim(usize),
    /// Arrived with, or changed to, a URL fragment naming a section or claim.
    Navigate(FragmentTarget),
    /// Expanded or collapsed the key-claims list.
    ToggleKeyClaims,
    /// Expanded or collapsed the banner's details.
    ToggleBannerDetails,
    /// Chose "Verify with sources" in the banner.
    VerifyWithSources,
    /// Dismissed the banner to its compact label.
    DismissBanner,
    /// Brought the full banner back from the compact label.
    RestoreBanner,
    /// A task after a render that left sections out (see
    /// [`State::rendering_in_steps`]): this many more of them render.
    RenderMoreSections(usize),
    /// The page is about to print: every section renders.
    RenderEverySection,
    /// Pressed Up, Down, Home or End on a section's heading button.
    HeadingKey {
        /// The section whose heading had focus.
        from: usize,
        /// Where the key moves focus.
        to: HeadingStep,
    },
}

/// Where a key on a section heading moves focus, after the WAI-ARIA
/// accordion pattern's optional keys: readers of a long article skim the
/// headings without tabbing through every claim in between.
/// https://www.w3.org/WAI/ARIA/apg/patterns/accordion/
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingStep {
    /// Up: the previous heading; from the first, the last.
    Previous,
    /// Down: the next heading; from the last, the first.
    Next,
    /// Home: the first heading.
    First,
    /// End: the last heading.
    Last,
}

impl HeadingStep {
    /// The step a key (`KeyboardEvent.key`) asks for, if any.
    pub fn from_key(key: &str) -> Option<HeadingStep> {
        match key {
            "ArrowUp" | "Up" => Some(HeadingStep::Previous),
            "ArrowDown" | "Down" => Some(HeadingStep::Next),
            "Home" => Some(HeadingStep::First),
            "End" => Some(HeadingStep::Last),
            _ => None,
        }
    }

    /// The heading reached from `from` among `count` headings.
    fn target(self, from: usize, count: usize) -> Option<usize> {
        let last = count.checked_sub(1)?;
        Some(match self {
            HeadingStep::Previous if from == 0 => last,
            HeadingStep::Previous => from.saturating_sub(1).min(last),
            HeadingStep::Next if from >= last => 0,
            HeadingStep::Next => from.saturating_add(1),
            HeadingStep::First => 0,
            HeadingStep::Last => last,
        })
    }
}

/// An element that should receive focus after the next render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// A section's heading button.
    SectionHeading(usize),
    /// A claim's marked words.
    ClaimMark(usize),
    /// A claim's open callout.
    Callout(usize),
    /// The sources list.
    SourcesList,
    /// The compact banner's restore button.
    BannerRestore,
    /// The full banner's dismiss button.
    BannerDismiss,
}

/// A request to move focus, numbered so that asking for the same target twice
/// still moves focus the second time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FocusRequest {
    /// Where focus goes.
    pub target: FocusTarget,
    /// Increases with every request.
    pub seq: u32,
}

/// The disclaimer banner's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BannerState {
    /// Details (full disclaimer, responsibility, original sources) shown.
    pub details_open: bool,
    /// Shrunk to the compact label. The label itself never goes away.
    pub dismissed: bool,
}

/// Which sections are open when the widget first renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SectionsAtStart {
    /// As each section's `collapsed` field says.
    #[default]
    AsArticle,
    /// All open.
    Open,
    /// All collapsed.
    Collapsed,
}

impl SectionsAtStart {
    /// Reads the host's setting: `open` or `collapsed`.
    pub fn parse(value: &str) -> Option<SectionsAtStart> {
        match value {
            "open" => Some(SectionsAtStart::Open),
            "collapsed" => Some(SectionsAtStart::Collapsed),
            _ => None,
        }
    }
}

/// How many sections a widget rendered afresh shows in its first render
/// (see [`State::rendering_in_steps`]), and in its first step after it: a
/// section takes about half a millisecond to render on a desktop, so a
/// step stays well under the 50 ms at which a task is long on a phone four
/// times slower.
pub const SECTIONS_AT_FIRST: usize = 20;

/// How many sections the next step renders, when the last rendered `last`
/// in `took_ms` milliseconds: as many as fit in [`TASK_MS`] at that pace,
/// so that a fast machine fills a long article in fewer steps (each step is
/// followed by the browser laying out the page) and a slow one keeps its
/// tasks short. At least one; at most four times the last, so that one
/// quick step is no reason for a long one.
pub fn next_step(last: usize, took_ms: f64) -> usize {
    let last = last.max(1);
    let at_that_pace = (last as f64 * TASK_MS / took_ms.max(1.0)) as usize;
    at_that_pace.clamp(1, last.saturating_mul(4))
}

/// Everything that changes while a reader uses one widget.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    article: Rc<Article>,
    sections_open: Vec<bool>,
    /// How many sections, from the first, are rendered.
    sections_rendered: usize,
    open_claim: Option<usize>,
    /// Whether the key-claims list is expanded (its status summary always shows).
    pub key_claims_open: bool,
    /// The banner.
    pub banner: BannerState,
    /// Where focus should go after the next render.
    pub focus: Option<FocusRequest>,
}

impl State {
    /// The state at first render: sections open or collapsed as `sections`
    /// says, no callout open, the banner as the reader last left it.
    pub fn new(article: Rc<Article>, banner_dismissed: bool, sections: SectionsAtStart) -> State {
        let sections_open = article
            .sections
            .iter()
            .map(|s| match sections {
                SectionsAtStart::AsArticle => !s.collapsed_at_start,
                SectionsAtStart::Open => true,
                SectionsAtStart::Collapsed => false,
            })
            .collect();
        State {
            sections_rendered: article.sections.len(),
            article,
            sections_open,
            open_claim: None,
            key_claims_open: false,
            banner: BannerState {
                details_open: false,
                dismissed: banner_dismissed,
            },
            focus: None,
        }
    }

    /// The same state, rendering only the first [`SECTIONS_AT_FIRST`]
    /// sections, and more at each [`Action::RenderMoreSections`]. A widget
    /// rendered afresh (`mount` into an empty element) renders in steps: in
    /// one task, 2,000 sections blocked the page for over a second. A
    /// server, and a widget taking over a server's markup, render every
    /// section at once. Whatever the reader is taken to (a section, a claim,
    /// the sources) renders with everything before it.
    pub fn rendering_in_steps(self) -> State {
        State {
            sections_rendered: self.sections_rendered.min(SECTIONS_AT_FIRST),
            ..self
        }
    }

    /// How many sections, from the first, are rendered.
    pub fn sections_rendered(&self) -> usize {
        self.sections_rendered
    }

    /// Whether every section is rendered.
    pub fn every_section_rendered(&self) -> bool {
        self.sections_rendered >= self.sections_open.len()
    }

    /// Whether section `index` is expanded.
    pub fn is_section_open(&self, index: usize) -> bool {
        self.sections_open.get(index).copied().unwrap_or(false)
    }

    /// Whether every section is expanded (the toggle then offers "Hide all").
    pub fn all_sections_open(&self) -> bool {
        self.sections_open.iter().all(|open| *open)
    }

    /// The claim whose callout is open.
    pub fn open_claim(&self) -> Option<usize> {
        self.open_claim
    }

    /// What the host is told when the reader does `action` in this state
    /// (the state before the action): `ia-section-toggle`, `ia-claim-open`,
    /// `ia-disclaimer-dismiss`, or nothing. Every `ia-*` event that follows a
    /// reader action is decided here and nowhere else.
    pub fn event_for(&self, action: Action) -> Option<WidgetEvent> {
        match action {
            Action::ToggleSection(i) if i < self.sections_open.len() => {
                Some(WidgetEvent::SectionToggle {
                    section: Some(i),
                    expanded: !self.is_section_open(i),
                })
            }
            Action::ShowAll => Some(WidgetEvent::SectionToggle {
                section: None,
                expanded: true,
            }),
            Action::HideAll => Some(WidgetEvent::SectionToggle {
                section: None,
                expanded: false,
            }),
            Action::OpenClaim(claim) if self.section_of(claim).is_some() => {
                Some(WidgetEvent::ClaimOpen { claim })
            }
            Action::DismissBanner if !self.banner.dismissed => Some(WidgetEvent::DisclaimerDismiss),
            // Find-in-page, deep links, jumps and focus moves are the
            // reader finding their way, not choices the host counts.
            Action::ToggleSection(_)
            | Action::OpenClaim(_)
            | Action::DismissBanner
            | Action::RevealSection(_)
            | Action::CloseClaim
            | Action::JumpToClaim(_)
            | Action::Navigate(_)
            | Action::ToggleKeyClaims
            | Action::ToggleBannerDetails
            | Action::VerifyWithSources
            | Action::RestoreBanner
            | Action::RenderMoreSections(_)
            | Action::RenderEverySection
            | Action::HeadingKey { .. } => None,
        }
    }

    /// Applies one reader action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::ToggleSection(i) if self.is_section_open(i) => self.close_section(i),
            Action::ToggleSection(i) | Action::RevealSection(i) => self.open_section(i),
            Action::ShowAll => self.sections_open.iter_mut().for_each(|open| *open = true),
            Action::HideAll => {
                self.sections_open.iter_mut().for_each(|open| *open = false);
                self.open_claim = None;
            }
            Action::OpenClaim(c) => self.show_callout(c),
            Action::CloseClaim => self.close_claim(),
            Action::JumpToClaim(c) => self.reveal_claim(c),
            Action::Navigate(FragmentTarget::Claim(c)) => self.reveal_claim(c),
            Action::Navigate(FragmentTarget::Section(s)) => {
                self.open_section(s);
                self.request_focus(FocusTarget::SectionHeading(s));
            }
            Action::ToggleKeyClaims => self.key_claims_open = !self.key_claims_open,
            Action::ToggleBannerDetails => self.banner.details_open = !self.banner.details_open,
            Action::VerifyWithSources => self.request_focus(FocusTarget::SourcesList),
            Action::DismissBanner => {
                self.banner = BannerState {
                    details_open: false,
                    dismissed: true,
                };
                // The dismiss button is gone; focus goes to what replaced it.
                self.request_focus(FocusTarget::BannerRestore);
            }
            Action::RestoreBanner => {
                self.banner.dismissed = false;
                self.request_focus(FocusTarget::BannerDismiss);
            }
            Action::HeadingKey { from, to } => {
                if let Some(heading) = to.target(from, self.sections_open.len()) {
                    self.request_focus(FocusTarget::SectionHeading(heading));
                }
            }
            Action::RenderMoreSections(count) => {
                self.render_sections_to(self.sections_rendered.saturating_add(count));
            }
            Action::RenderEverySection => self.render_sections_to(self.sections_open.len()),
        }
    }

    /// Renders at least the sections before `end`.
    fn render_sections_to(&mut self, end: usize) {
        self.sections_rendered = self
            .sections_rendered
            .max(end.min(self.sections_open.len()));
    }

    fn open_section(&mut self, index: usize) {
        if let Some(open) = self.sections_open.get_mut(index) {
            *open = true;
        }
    }

    fn close_section(&mut self, index: usize) {
        if let Some(open) = self.sections_open.get_mut(index) {
            *open = false;
        }
        // A callout inside a closed section would be hidden but still "open".
        if self
            .open_claim
            .is_some_and(|c| self.section_of(c) == Some(index))
        {
            self.open_claim = None;
        }
    }

    fn show_callout(&mut self, claim: usize) {
        let Some(section) = self.section_of(claim) else {
            return;
        };
        self.open_section(section);
        self.open_claim = Some(claim);
        self.request_focus(FocusTarget::Callout(claim));
    }

    fn close_claim(&mut self) {
        if let Some(claim) = self.open_claim.take() {
            // Focus returns to the words that opened the callout.
            self.request_focus(FocusTarget::ClaimMark(claim));
        }
    }

    fn reveal_claim(&mut self, claim: usize) {
        if let Some(section) = self.section_of(claim) {
            self.open_section(section);
            self.request_focus(FocusTarget::ClaimMark(claim));
        }
    }

    fn section_of(&self, claim: usize) -> Option<usize> {
        self.article.claims.get(claim).map(|c| c.section)
    }

    fn request_focus(&mut self, target: FocusTarget) {
        // Focus can only go to what is rendered; the sources come after
        // every section.
        let end = match target {
            FocusTarget::SectionHeading(section) => Some(section),
            FocusTarget::ClaimMark(claim) | FocusTarget::Callout(claim) => self.section_of(claim),
            FocusTarget::SourcesList => Some(self.sections_open.len()),
            FocusTarget::BannerRestore | FocusTarget::BannerDismiss => None,
        };
        if let Some(end) = end {
            self.render_sections_to(end.saturating_add(1));
        }
        let seq = self.focus.map_or(0, |f| f.seq.wrapping_add(1));
        self.focus = Some(FocusRequest { target, seq });
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}
