//! The "due for checking" queue and its actions: which listings and guides are past their
//! review interval (or were never checked), ordered by risk, for the account asking; "still
//! correct" for a listing (a person's check, through [`App::verify`] and its rules) and for a
//! guide or one of its changing facts ([`App::check_guide`]); and an admin's "keep in search"
//! for an expired listing. The store selects only candidates (`ReviewPolicy::candidates`);
//! the exact rule (core's `Freshness`) is applied here to each. The review policy is the one
//! on [`App`], so the queue, the pages and search agree on what is due.
//!
//! Order: legal listings (a legal topic) and accredited ones first; then by topic, in the
//! order of [`Topic::ALL`] (Vecino counts no views per topic: it keeps no record of what
//! residents open), then the oldest check first (never checked before any date). Guides and
//! their changing facts follow the same order, among the listings.
//!
//! It never changes a record except through those actions, and never takes a clock of its
//! own: callers pass `today`.

use jiff::Timestamp;
use jiff::civil::Date;
use vecino_core::{
    ChangingFact, Freshness, Guide, Id, Kept, LocalizedText, Role, Service, Slug, StaffUser, Topic,
};

use crate::edit::{Record, Via};
use crate::{App, Error};

/// What is due: a listing, a guide, or one changing fact of a guide.
#[derive(Debug, Clone, PartialEq)]
pub enum DueRecord {
    Service {
        id: Id,
        organization_id: Id,
        name: LocalizedText,
        accredited: bool,
        /// Whether an admin keeps it in search although expired.
        kept: bool,
    },
    Guide {
        id: Id,
        title: LocalizedText,
        /// `None`: the guide's own review; otherwise this changing fact.
        fact: Option<Slug>,
    },
}

/// One row of the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    pub record: DueRecord,
    pub freshness: Freshness,
    /// Its first legal topic, else its first topic (the order groups by it).
    pub topic: Option<Topic>,
    /// The interval it is checked within, in days.
    pub interval_days: u16,
    /// Legal help or an accredited listing: first in the queue.
    pub high_risk: bool,
}

impl Due {
    fn order_key(&self) -> (bool, usize, Option<Date>, String) {
        let topic = self
            .topic
            .and_then(|t| Topic::ALL.iter().position(|x| *x == t))
            .unwrap_or(usize::MAX);
        let id = match &self.record {
            DueRecord::Service { id, .. } => id.to_string(),
            DueRecord::Guide { id, fact, .. } => {
                format!("{id}/{}", fact.as_ref().map_or("", |f| f.as_str()))
            }
        };
        (!self.high_risk, topic, self.freshness.checked(), id)
    }
}

/// One page of the queue, with how many are due in all.
#[derive(Debug, Clone, PartialEq)]
pub struct DuePage {
    pub items: Vec<Due>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

impl DuePage {
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page).max(1)
    }
}

/// Rows per page of the queue.
pub const DUE_PER_PAGE: usize = 50;

fn main_topic(topics: &[Topic]) -> Option<Topic> {
    topics
        .iter()
        .copied()
        .find(|t| t.is_legal())
        .or_else(|| topics.first().copied())
}

fn service_due(app: &App, s: &Service, today: Date) -> Option<Due> {
    let freshness = s.freshness(&app.review, today);
    if !freshness.is_doubtful() {
        return None;
    }
    Some(Due {
        record: DueRecord::Service {
            id: s.id,
            organization_id: s.organization_id,
            name: s.name.clone(),
            accredited: s.accreditation.is_some(),
            kept: s.trust.kept.is_some(),
        },
        freshness,
        topic: main_topic(&s.topics),
        interval_days: app.review.interval_days(&s.topics, s.review_interval_days),
        high_risk: s.accreditation.is_some() || s.topics.iter().any(|t| t.is_legal()),
    })
}

fn guide_due(app: &App, g: &Guide, today: Date) -> Vec<Due> {
    let interval_days = app.review.interval_days(&g.topics, g.review_interval_days);
    let row = |fact: Option<&ChangingFact>, freshness: Freshness| Due {
        record: DueRecord::Guide {
            id: g.id,
            title: g.title.clone(),
            fact: fact.map(|f| f.id.clone()),
        },
        freshness,
        topic: main_topic(&g.topics),
        interval_days,
        high_risk: g.topics.iter().any(|t| t.is_legal()),
    };
    let mut out = Vec::new();
    let own = g.freshness(&app.review, today);
    if own.is_doubtful() {
        out.push(row(None, own));
    }
    for fact in &g.changing_facts {
        let f = g.fact_freshness(fact, &app.review, today);
        if f.is_doubtful() {
            out.push(row(Some(fact), f));
        }
    }
    out
}

impl App {
    /// Everything `user` may check that is due on `today`, in risk order (module doc).
    /// An admin sees every listing and guide; an editor their organizations' listings; a
    /// translator checks nothing here ([`Error::Forbidden`]).
    pub async fn due_for_checking(&self, user: &StaffUser, today: Date) -> Result<Vec<Due>, Error> {
        let organizations = match &user.role {
            Role::Admin => None,
            Role::Editor { organizations } => Some(&organizations[..]),
            Role::Translator { .. } => return Err(Error::Forbidden),
        };
        // The store reads only what may be due; the exact rule is `service_due`'s.
        let services = self
            .store
            .services_for_review(organizations, self.review.candidates(today))
            .await?;
        let mut due: Vec<Due> = services
            .iter()
            .filter_map(|s| service_due(self, s, today))
            .collect();
        if user.is_admin() {
            for g in self.store.guides().await? {
                due.extend(guide_due(self, &g, today));
            }
        }
        due.sort_by_cached_key(Due::order_key);
        Ok(due)
    }

    /// Page `page` (1-based) of [`App::due_for_checking`].
    pub async fn due_page(
        &self,
        user: &StaffUser,
        today: Date,
        page: usize,
    ) -> Result<DuePage, Error> {
        let all = self.due_for_checking(user, today).await?;
        let page = page.max(1);
        let items = all
            .iter()
            .skip((page - 1) * DUE_PER_PAGE)
            .take(DUE_PER_PAGE)
            .cloned()
            .collect();
        Ok(DuePage {
            items,
            total: all.len(),
            page,
            per_page: DUE_PER_PAGE,
        })
    }

    /// How many records are due for `user` on `today` (`None` for a translator).
    pub async fn due_count(&self, user: &StaffUser, today: Date) -> Result<Option<usize>, Error> {
        match self.due_for_checking(user, today).await {
            Ok(due) => Ok(Some(due.len())),
            Err(Error::Forbidden) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// "Still correct": a person's check of service `id`, exactly as [`App::verify`] records
    /// it (whoever may verify may; audited as `verify-service`).
    pub async fn still_correct(
        &self,
        user: &StaffUser,
        via: Via,
        id: Id,
    ) -> Result<Service, Error> {
        self.verify(user, via, id).await
    }

    /// "Still correct" for guide `id`: a person checked its text (`fact: None`) or its
    /// changing fact `fact` against the sources today, which becomes its last-checked day (never
    /// the day a fact took effect). Whoever may edit guides may (admins); audited as
    /// `check-guide` or `check-fact` with who and when. A fact the guide does not declare is
    /// [`Error::NotFound`].
    pub async fn check_guide(
        &self,
        user: &StaffUser,
        via: Via,
        id: Id,
        fact: Option<&Slug>,
    ) -> Result<Guide, Error> {
        let guide = self.store.guide(id).await?.ok_or(Error::NotFound)?;
        if !guide.may_edit(user) {
            return Err(Error::Forbidden);
        }
        let note = via.note(user);
        let today = jiff::tz::Offset::UTC.to_datetime(note.at).date();
        Ok(self.store.check_guide(id, fact, today, &note).await?)
    }

    /// An admin keeps service `id` in search although it is past twice its review interval
    /// (`keep: true`), or stops keeping it (`keep: false`). Audited (`keep-service`,
    /// `unkeep-service`); a later check by a person ends the keep by itself.
    pub async fn keep_in_search(
        &self,
        user: &StaffUser,
        via: Via,
        id: Id,
        keep: bool,
    ) -> Result<Service, Error> {
        if !user.is_admin() {
            return Err(Error::Forbidden);
        }
        let now = Timestamp::now();
        let kept = keep.then(|| Kept {
            by: user.public_id(),
            at: now,
        });
        Ok(self.store.keep_service(id, kept, &via.note(user)).await?)
    }
}
