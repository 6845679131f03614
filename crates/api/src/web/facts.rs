//! What a resident reads to act on a service, shared by the result cards (search, topics) and
//! the listing page: open now or today's hours in the place's time zone, a phone to call,
//! languages, cost, the "is it safe for me" facts, how fresh the listing is, and directions.
//! Views only: it never reads the store, and never shows a fact no record states — a fact
//! nobody has checked is said to be unknown, and a listing past its review date says so.

use jiff::civil::Date;
use vecino_core::{
    AsksStatus, Freshness, GeoPoint, GeoPrecision, IdNeeded, Known, Organization, Phone,
    PublicCharge, ReviewPolicy, SafetyFacts, Service, ServiceStatus, Timestamp,
};

use super::ctx::{Ctx, Txt};
use crate::AppState;

/// The review policy pages judge freshness by: the application's, the same search uses.
pub fn review_policy(state: &AppState) -> ReviewPolicy {
    (*state.review).clone()
}

/// Today's date (UTC) for freshness: a listing checked on a day is fresh for whole days.
pub fn today(now: Timestamp) -> Date {
    now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

/// A short fact as a labelled chip. `class`: `ok` (good news for the person), `warn` (they
/// should know before going) or `info`.
pub struct Badge {
    pub label: String,
    pub class: &'static str,
}

/// Open now, closed now, or unknown (or "call to confirm"): the words and the CSS class.
pub struct OpenNow {
    pub label: String,
    /// `open`, `closed` or `unknown`.
    pub class: &'static str,
    /// Today's hours in the place's time zone (`Today: 09:00–17:00`), when known and trusted.
    pub today: Option<String>,
}

impl OpenNow {
    /// Whether `service` is open at `now` and its hours today; a listing past its review date
    /// (`doubtful`) says "call to confirm" instead, and one not running says so.
    pub fn of(ctx: &Ctx, service: &Service, now: Timestamp, doubtful: bool) -> OpenNow {
        let unknown = |label: String| OpenNow {
            label,
            class: "unknown",
            today: None,
        };
        match service.status {
            ServiceStatus::TemporarilyClosed => {
                return OpenNow {
                    label: ctx.t("status-temporarily-closed"),
                    class: "closed",
                    today: None,
                };
            }
            ServiceStatus::Inactive => {
                return OpenNow {
                    label: ctx.t("status-inactive"),
                    class: "closed",
                    today: None,
                };
            }
            ServiceStatus::Defunct => {
                return OpenNow {
                    label: ctx.t("status-defunct"),
                    class: "closed",
                    today: None,
                };
            }
            ServiceStatus::Active => {}
        }
        let Some(open) = service.is_open_at(now) else {
            return unknown(ctx.t("hours-unknown"));
        };
        if doubtful {
            return unknown(ctx.t("card-call-to-confirm"));
        }
        let ranges: Vec<String> = service
            .schedule
            .iter()
            .chain(service.locations.iter().filter_map(|l| l.schedule.as_ref()))
            .flat_map(|s| s.hours_on_day_of(now))
            .map(|r| {
                if r.opens == r.closes {
                    ctx.t("hours-all-day")
                } else {
                    format!(
                        "{}–{}",
                        r.opens.strftime("%H:%M"),
                        r.closes.strftime("%H:%M")
                    )
                }
            })
            .collect();
        let today = if ranges.is_empty() {
            ctx.t("card-closed-today")
        } else {
            ctx.t1("card-today", "hours", &ranges.join(", "))
        };
        if open {
            OpenNow {
                label: ctx.t("open-now"),
                class: "open",
                today: Some(today),
            }
        } else {
            OpenNow {
                label: ctx.t("closed-now"),
                class: "closed",
                today: Some(today),
            }
        }
    }
}

/// How fresh the listing is, in words: "Last checked …", or the warning.
pub struct FreshnessView {
    pub doubtful: bool,
    pub text: String,
}

impl FreshnessView {
    pub fn of(ctx: &Ctx, freshness: Freshness) -> FreshnessView {
        let text = match freshness {
            Freshness::Current { checked, .. } => {
                ctx.t1("checked-on", "date", &checked.to_string())
            }
            Freshness::Overdue { checked, .. } | Freshness::Expired { checked, .. } => {
                ctx.t1("stale-warning", "date", &checked.to_string())
            }
            Freshness::NeverChecked => ctx.t("stale-never"),
        };
        FreshnessView {
            doubtful: freshness.is_doubtful(),
            text,
        }
    }
}

/// A number a person can call: the `tel:` address, the number as written, its extension,
/// what it reaches and the languages spoken on it.
pub struct CallView {
    pub href: String,
    pub number: String,
    pub extension: Option<String>,
    /// What the line is (`Text`, `Fax`), when stated.
    pub kind: Option<String>,
    pub languages: Option<String>,
    pub callable: bool,
}

impl CallView {
    pub fn of(ctx: &Ctx, p: &Phone) -> CallView {
        let digits: String = p
            .number()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        let ext: Option<String> = p
            .extension()
            .map(|e| e.chars().filter(char::is_ascii_digit).collect::<String>())
            .filter(|e| !e.is_empty());
        let href = match &ext {
            // RFC 3966: the extension is part of the number a dialer calls.
            Some(e) => format!("tel:{digits};ext={e}"),
            None => format!("tel:{digits}"),
        };
        CallView {
            href,
            number: p.number().to_owned(),
            extension: p.extension().map(|e| ctx.t1("phone-extension", "ext", e)),
            kind: p.kind().map(|k| ctx.t(&format!("phone-kind-{}", k.slug()))),
            languages: (!p.languages().is_empty()).then(|| {
                let names: Vec<String> = p
                    .languages()
                    .iter()
                    .map(|l| ctx.language_name(l.as_str()))
                    .collect();
                ctx.t1("phone-languages", "list", &names.join(", "))
            }),
            callable: p.is_callable(),
        }
    }
}

/// The first number a person can call (not a fax or a pager).
pub fn first_call(ctx: &Ctx, service: &Service) -> Option<CallView> {
    service
        .phones
        .iter()
        .find(|p| p.is_callable())
        .map(|p| CallView::of(ctx, p))
}

/// Links that open a map at a place: a `geo:` address for the phone's maps app and an
/// OpenStreetMap page. Plain links: nothing is requested until the person taps one.
pub struct Directions {
    pub geo: String,
    pub osm: String,
}

impl Directions {
    /// Only for a point on the building itself: a city's centre would send someone astray.
    pub fn to(point: &GeoPoint) -> Option<Directions> {
        if point.precision() != GeoPrecision::Exact {
            return None;
        }
        let (lat, lon) = (point.latitude(), point.longitude());
        Some(Directions {
            geo: format!("geo:{lat:.6},{lon:.6}"),
            osm: format!(
                "https://www.openstreetmap.org/?mlat={lat:.6}&mlon={lon:.6}#map=17/{lat:.6}/{lon:.6}"
            ),
        })
    }

    /// To the first of `service`'s places with an exact point.
    pub fn of(service: &Service) -> Option<Directions> {
        service
            .locations
            .iter()
            .filter_map(|at| at.location.point.as_ref())
            .find_map(Directions::to)
    }
}

/// The known safety facts as short chips for a card: good news first, then what a person
/// should know before going. Unknown facts are left off a card (the listing says "unknown").
pub fn safety_badges(ctx: &Ctx, s: &SafetyFacts) -> Vec<Badge> {
    let mut out: Vec<Badge> = safety_answers(s)
        .into_iter()
        .flatten()
        .map(|(id, good)| Badge {
            label: ctx.t(id),
            class: if good { "ok" } else { "warn" },
        })
        .collect();
    out.sort_by_key(|b| b.class != "ok");
    out
}

/// Each of the four status facts on a card: the Fluent id of its known answer, and whether
/// the answer is good news for a person without papers. `None`: unknown.
fn safety_answers(s: &SafetyFacts) -> [Option<(&'static str, bool)>; 4] {
    [
        s.asks_status.as_ref().map(|k| match k.value {
            AsksStatus::No => ("safety-asks-status-no", true),
            AsksStatus::Yes => ("safety-asks-status-yes", false),
            AsksStatus::SomePrograms => ("safety-asks-status-some-programs", false),
        }),
        s.id_needed.as_ref().map(|k| match k.value {
            IdNeeded::None => ("safety-id-none", true),
            IdNeeded::AnyId => ("safety-id-any-id", true),
            IdNeeded::GovernmentId => ("safety-id-government-id", false),
        }),
        s.ssn_needed.as_ref().map(|k| {
            if k.value {
                ("safety-ssn-yes", false)
            } else {
                ("safety-ssn-no", true)
            }
        }),
        s.regardless_of_status.as_ref().map(|k| {
            if k.value {
                ("safety-regardless-yes", true)
            } else {
                ("safety-regardless-no", false)
            }
        }),
    ]
}

/// One "is it safe for me" question on the listing page: its answer (or "we don't know yet"),
/// and for a known answer the source that says it and the day it was checked there.
pub struct SafetyRow {
    pub question: String,
    pub answer: String,
    /// `ok`, `warn` or `unknown`.
    pub class: &'static str,
    pub source: Option<super::pages::SourceView>,
    pub checked: Option<String>,
}

fn row<T>(
    ctx: &Ctx,
    question: &str,
    known: Option<&Known<T>>,
    answer: Option<(&str, bool)>,
) -> SafetyRow {
    match (known, answer) {
        (Some(k), Some((id, good))) => SafetyRow {
            question: ctx.t(question),
            answer: ctx.t(id),
            class: if good { "ok" } else { "warn" },
            source: Some(super::pages::SourceView {
                title: k.source.title.clone(),
                url: k.source.url.to_string(),
            }),
            checked: Some(ctx.t1("fact-checked", "date", &k.checked.to_string())),
        },
        _ => SafetyRow {
            question: ctx.t(question),
            answer: ctx.t("safety-unknown"),
            class: "unknown",
            source: None,
            checked: None,
        },
    }
}

/// Every safety question with its answer, known or not, for the listing page.
pub fn safety_rows(ctx: &Ctx, s: &SafetyFacts) -> Vec<SafetyRow> {
    let [asks, id, ssn, regardless] = safety_answers(s);
    let public_charge = s.public_charge.as_ref().map(|k| match k.value {
        PublicCharge::NotConsidered => ("safety-public-charge-not-considered", true),
        PublicCharge::MayBeConsidered => ("safety-public-charge-may-be-considered", false),
    });
    vec![
        row(ctx, "safety-q-asks-status", s.asks_status.as_ref(), asks),
        row(ctx, "safety-q-id", s.id_needed.as_ref(), id),
        row(ctx, "safety-q-ssn", s.ssn_needed.as_ref(), ssn),
        row(
            ctx,
            "safety-q-regardless",
            s.regardless_of_status.as_ref(),
            regardless,
        ),
        row(
            ctx,
            "safety-q-public-charge",
            s.public_charge.as_ref(),
            public_charge,
        ),
    ]
}

/// Free, or has a fee: only what a record states (`free` from a source, or fees written down).
pub fn cost_badge(ctx: &Ctx, service: &Service) -> Option<Badge> {
    if service.free == Some(true) {
        return Some(Badge {
            label: ctx.t("filter-free"),
            class: "ok",
        });
    }
    let charges = service.free == Some(false)
        || service.details.fees.is_some()
        || service
            .details
            .cost_options
            .iter()
            .any(|c| c.amount.is_some_and(|a| a > 0.0));
    charges.then(|| Badge {
        label: ctx.t("card-fee"),
        class: "info",
    })
}

/// A result card for a service: everything a person needs to decide and act from the list.
pub struct ServiceCard {
    pub href: String,
    pub name: Txt,
    pub organization: Option<Txt>,
    pub open: OpenNow,
    /// How far it is from the place the person searched near.
    pub distance: Option<String>,
    pub alert: Option<Txt>,
    pub call: Option<CallView>,
    pub directions: Option<Directions>,
    pub languages: Option<String>,
    pub cost: Option<Badge>,
    pub accreditation: Option<String>,
    pub safety: Vec<Badge>,
    pub freshness: FreshnessView,
}

impl ServiceCard {
    pub fn new(
        ctx: &Ctx,
        service: &Service,
        org: Option<&Organization>,
        policy: &ReviewPolicy,
        now: Timestamp,
    ) -> ServiceCard {
        let freshness = FreshnessView::of(ctx, service.freshness(policy, today(now)));
        let names: Vec<String> = service
            .languages
            .iter()
            .map(|l| ctx.language_name(l.code.as_str()))
            .fold(Vec::new(), |mut seen, n| {
                if !seen.contains(&n) {
                    seen.push(n);
                }
                seen
            });
        ServiceCard {
            href: ctx.href(&format!("/services/{}", service.slug.as_str())),
            name: ctx.text(&service.name),
            organization: org.map(|o| ctx.text(&o.name)),
            open: OpenNow::of(ctx, service, now, freshness.doubtful),
            distance: None,
            alert: service.details.alert.as_ref().map(|a| ctx.text(a)),
            call: first_call(ctx, service),
            directions: Directions::of(service),
            languages: (!names.is_empty())
                .then(|| ctx.t1("card-languages", "list", &names.join(", "))),
            cost: cost_badge(ctx, service),
            accreditation: service
                .accreditation
                .map(|a| ctx.t(&format!("accreditation-{}", a.slug()))),
            safety: safety_badges(ctx, &service.safety),
            freshness,
        }
    }
}
