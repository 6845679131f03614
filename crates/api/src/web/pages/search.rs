//! The search page: the form with its filters (each with its facet count), the hits, and the
//! links to the next and previous pages. The request is read by `vecino_search::request` in
//! its lenient mode: a value the page cannot read is ignored, not refused; only an overlong
//! query or a `near` that is no place is. The "is it safe for me" filters keep only listings
//! whose fact is known and says so (the search crate's rule): the page never offers an unknown
//! answer as a safe one, and says that unknown ones are left out. A service's hit is a card a
//! person can act on (`facts::ServiceCard`), its record read with the page's others in one
//! query. It only reads, and never logs the query.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use vecino_app::Listings;
use vecino_core::{EntityKind, ReviewPolicy, Timestamp, Topic};
use vecino_search::request::{self, RequestError, Rules};
use vecino_search::{Hit, SearchRequest, SearchResults};

use crate::AppState;
use crate::web::ctx::{Ctx, encode};
use crate::web::facts::{ServiceCard, review_policy};
use crate::web::paging::Pager;
use crate::web::view::{html, render_app_error};

/// Hits on a page, unless the address asks for another number.
const PER_PAGE: u64 = 10;

/// What the page reads of its address.
const RULES: Rules = Rules {
    allowed: request::SEARCH_PARAMS,
    per_page_default: PER_PAGE,
    lenient: true,
};

pub struct HitView {
    pub href: Option<String>,
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    /// Escaped by the search index, with `<mark>`ed words.
    pub snippet: String,
    pub distance: Option<String>,
    /// The language of the hit, named in itself, when it is not the page's.
    pub language: Option<String>,
    /// A service's card: what a person needs to decide and act from the list.
    pub card: Option<ServiceCard>,
}

impl HitView {
    fn new(
        ctx: &Ctx,
        h: &Hit,
        listings: &Listings,
        policy: &ReviewPolicy,
        now: Timestamp,
    ) -> HitView {
        let path = match h.kind {
            EntityKind::Service => Some("services"),
            EntityKind::Guide => Some("guides"),
            EntityKind::Organization => Some("organizations"),
            EntityKind::Event => Some("events"),
        };
        let dir = h
            .locale
            .parse::<unic_langid::LanguageIdentifier>()
            .map(|id| vecino_i18n::direction(&id).as_str())
            .unwrap_or("ltr");
        HitView {
            href: path.map(|p| ctx.href(&format!("/{p}/{}", h.slug.as_str()))),
            kind: ctx.t(&format!("kind-{}", h.kind.as_str())),
            title: h.title.clone(),
            lang: h.locale.clone(),
            dir,
            snippet: h.snippet.clone(),
            distance: h
                .distance_km
                .map(|km| ctx.t1("distance-km", "km", &format!("{km:.1}"))),
            language: (h.locale.split('-').next() != ctx.tag.split('-').next())
                .then(|| ctx.language_name(&h.locale)),
            card: (h.kind == EntityKind::Service)
                .then(|| listings.service(h.id))
                .flatten()
                .map(|(s, org)| ServiceCard {
                    distance: h
                        .distance_km
                        .map(|km| ctx.t1("distance-km", "km", &format!("{km:.1}"))),
                    ..ServiceCard::new(ctx, s, org, policy, now)
                }),
        }
    }
}

/// A checkbox of the filter form, with its facet count.
pub struct Choice {
    pub name: &'static str,
    pub value: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
}

/// A language of the "offers language" picker, named in itself.
pub struct LanguageOption {
    pub tag: &'static str,
    pub name: String,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub q: String,
    pub error: Option<String>,
    pub total: usize,
    pub hits: Vec<HitView>,
    pub kinds: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub flags: Vec<Choice>,
    /// "Doesn't ask about immigration status", "No ID needed".
    pub safety: Vec<Choice>,
    /// The age of the person as the form shows it (the age filtered on, else what was typed).
    pub age: String,
    /// Beside the age: with an age, the results it keeps; without, how many results are only
    /// for some ages.
    pub age_count: Option<String>,
    /// The oldest age the search reads.
    pub age_max: u8,
    /// Whether the "more filters" section starts open: a filter in it is on.
    pub more_open: bool,
    pub offers_language: String,
    pub languages: Vec<LanguageOption>,
    pub near: String,
    pub pager: Pager,
}

impl<'a> SearchPage<'a> {
    /// The form as the reader filled it in, before any results.
    pub fn new(ctx: &'a Ctx) -> Self {
        SearchPage {
            title: ctx.t("search-title"),
            q: ctx.param("q").unwrap_or_default().trim().to_owned(),
            error: None,
            total: 0,
            hits: Vec::new(),
            kinds: Vec::new(),
            topics: Vec::new(),
            flags: Vec::new(),
            safety: Vec::new(),
            age: ctx.param("age").unwrap_or_default().trim().to_owned(),
            age_count: None,
            age_max: request::MAX_AGE,
            more_open: ["near", "offers_language", "age"]
                .iter()
                .any(|p| ctx.param(p).is_some_and(|v| !v.trim().is_empty())),
            offers_language: ctx.param("offers_language").unwrap_or_default().to_owned(),
            languages: ctx
                .i18n
                .locales()
                .into_iter()
                .map(|l| LanguageOption {
                    tag: l.tag,
                    name: l.self_name,
                })
                .collect(),
            near: ctx.param("near").unwrap_or_default().to_owned(),
            pager: Pager::default(),
            c: ctx,
        }
    }

    /// The form with what is wrong with the request, and the status to answer with: an
    /// empty query is not a mistake (200), an overlong one or a `near` that is no place is.
    pub fn refused(mut self, err: &RequestError) -> (Self, StatusCode) {
        let ctx = self.c;
        let (error, status) = match err.code {
            "query-too-long" => {
                let max = request::MAX_QUERY_CHARS.to_string();
                (
                    ctx.t1("error-query-too-long", "max", &max),
                    StatusCode::BAD_REQUEST,
                )
            }
            "empty-query" => (ctx.t("error-empty-query"), StatusCode::OK),
            // The one value the page refuses: a `near` that is no place.
            _ => (ctx.t("search-error-near"), StatusCode::BAD_REQUEST),
        };
        self.error = Some(error);
        (self, status)
    }

    /// The form with the results of `request`: hits, filters with their counts, pages.
    pub fn answered(
        mut self,
        request: &SearchRequest,
        results: &SearchResults,
        listings: &Listings,
        policy: &ReviewPolicy,
        now: Timestamp,
    ) -> Self {
        let ctx = self.c;
        let f = &request.filters;
        let facets = &results.facets;
        self.total = results.total;
        self.hits = results
            .hits
            .iter()
            .map(|h| HitView::new(ctx, h, listings, policy, now))
            .collect();
        self.kinds = ["service", "guide", "organization", "event"]
            .iter()
            .map(|k| Choice {
                name: "kind",
                value: (*k).to_owned(),
                label: ctx.t(&format!("kind-{k}")),
                count: facets.kind.get(k).copied().unwrap_or(0),
                checked: f.kinds.iter().any(|x| x.as_str() == *k),
            })
            .filter(|c| c.count > 0 || c.checked)
            .collect();
        self.topics = Topic::ALL
            .iter()
            .map(|t| Choice {
                name: "topic",
                value: t.slug().to_owned(),
                label: ctx.t(&format!("topic-{}", t.slug())),
                count: facets.topic.get(t.slug()).copied().unwrap_or(0),
                checked: f.topics.contains(t),
            })
            .filter(|c| c.count > 0 || c.checked)
            .collect();
        let flag = |name, label: &str, count, checked| Choice {
            name,
            value: "1".into(),
            label: ctx.t(label),
            count,
            checked,
        };
        self.flags = vec![
            flag(
                "accredited",
                "filter-accredited",
                facets.accreditation.values().sum(),
                f.accredited,
            ),
            flag("free", "filter-free", facets.free, f.free == Some(true)),
            flag(
                "open_now",
                "filter-open-now",
                facets.open_now,
                f.open_at.is_some(),
            ),
            flag(
                "accepting",
                "filter-accepting",
                facets.accepting,
                f.accepting,
            ),
        ];
        self.safety = vec![
            flag(
                "no_status_questions",
                "filter-no-status-questions",
                facets.no_status_questions,
                f.no_status_questions,
            ),
            flag("no_id", "filter-no-id", facets.no_id, f.no_id),
        ];
        // Facets count the results, which with an age are those it admits: all of them.
        self.age = f.age.map(|a| a.to_string()).unwrap_or_default();
        self.age_count = Some(match f.age {
            Some(_) => results.total.to_string(),
            None => ctx.t1("filter-age-limited", "count", &facets.for_age.to_string()),
        });
        self.more_open |=
            self.flags.iter().chain(&self.safety).any(|c| c.checked) || f.age.is_some();
        let with_page = |n: u64| {
            let mut pairs: Vec<(String, String)> = ctx
                .query
                .iter()
                .filter(|(k, _)| k != "page")
                .cloned()
                .collect();
            pairs.push(("page".into(), n.to_string()));
            format!("{}?{}", ctx.href("/search"), encode(&pairs))
        };
        self.pager = Pager::new(
            request.page as u64,
            request.per_page as u64,
            results.total as u64,
            with_page,
        );
        self
    }
}

pub async fn search(State(state): State<AppState>, ctx: Ctx) -> Response {
    let pairs = ctx.query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let page = SearchPage::new(&ctx);
    let now = Timestamp::now();
    let mut request = match request::from_pairs(pairs, &RULES, now) {
        Ok(request) => request,
        Err(err) => {
            let (page, status) = page.refused(&err);
            return html(&ctx, status, &page);
        }
    };
    request.locales = ctx.chain.clone();
    let policy = review_policy(&state);
    match state.app.search_with_listings(&request).await {
        Ok((results, listings)) => html(
            &ctx,
            StatusCode::OK,
            &page.answered(&request, &results, &listings, &policy, now),
        ),
        Err(err) => render_app_error(&ctx, &err),
    }
}
