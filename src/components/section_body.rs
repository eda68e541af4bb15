//! The paragraphs of one section, with claims marked in them and the open
//! callout placed right after the paragraph that holds its claim.
//!
//! A component of its own so that opening or closing the section (which
//! re-renders [`super::SectionDisclosure`]) does not rebuild its paragraphs:
//! its props do not change, so Yew skips it.

use super::{ClaimCallout, ClaimMark};
use crate::model::Segment;
use crate::ui::ArticleRef;
use yew::{component, html, Callback, Html, Properties};

/// Props of [`SectionBody`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SectionBodyProps {
    /// The article. Required.
    pub article: ArticleRef,
    /// Index of the section. Required.
    pub index: usize,
    /// The open claim, when it lies in this section. Default: none.
    #[prop_or_default]
    pub open_claim: Option<usize>,
    /// Told a claim index when its marked words are activated. Required.
    pub on_open_claim: Callback<usize>,
    /// Told when the open callout is closed. Required.
    pub on_close_claim: Callback<()>,
}

/// Paragraphs of a section.
#[component]
pub fn SectionBody(props: &SectionBodyProps) -> Html {
    let Some(section) = props.article.sections.get(props.index) else {
        return Html::default();
    };
    let article = &props.article;
    html! {
        { for section.paragraphs.iter().enumerate().map(|(p, paragraph)| {
            let callout = props
                .open_claim
                .filter(|c| article.claims.get(*c).is_some_and(|claim| claim.paragraph == p));
            html! {
                <>
                    <p class="ia-paragraph">
                        { for paragraph.segments().map(|segment| match segment {
                            Segment::Text(text) => html! { { text.to_owned() } },
                            Segment::Claim { claim, text } => html! {
                                <ClaimMark
                                    article={article.clone()}
                                    {claim}
                                    text={text.to_owned()}
                                    expanded={props.open_claim == Some(claim)}
                                    on_open={props.on_open_claim.clone()}
                                    on_close={props.on_close_claim.clone()}
                                />
                            },
                        }) }
                    </p>
                    if let Some(claim) = callout {
                        <ClaimCallout article={article.clone()} {claim} on_close={props.on_close_claim.clone()} />
                    }
                </>
            }
        }) }
    }
}
