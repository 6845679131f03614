//! What the index holds for one record in one locale, built from core types.

use vecino_core::{
    Accreditation, Date, EntityKind, Event, Freshness, GeoPoint, Guide, Id, Intake, LocaleTag,
    LocalizedText, Organization, ReviewPolicy, Schedule, Service, ServiceStatus, Slug, Topic,
};

/// A record, flattened for indexing: its filterable facts and its text per locale.
#[derive(Debug, Clone)]
pub struct IndexRecord {
    pub meta: RecordMeta,
    /// (locale, title, body) for every locale that has a title.
    pub texts: Vec<LocaleText>,
}

/// Filterable facts of one record, kept in memory for filters, facets and boosts, and stored
/// with its documents so the table can be rebuilt when the index is reopened.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RecordMeta {
    pub kind: EntityKind,
    pub id: Id,
    pub slug: Slug,
    pub topics: Vec<Topic>,
    /// Languages the service is offered in (BCP 47), for the `offers_language` filter.
    pub languages: Vec<String>,
    pub accreditation: Option<Accreditation>,
    pub free: Option<bool>,
    pub verified: bool,
    pub points: Vec<GeoPoint>,
    pub schedules: Vec<Schedule>,
    /// What a listing says about itself that a resident filters on (services only; the
    /// other kinds leave it empty). Read back with defaults from an index written before it.
    #[serde(default)]
    pub listing: Listing,
}

/// A service's "is it safe for me" facts, intake, ages, status and review dates, as search
/// reads them. Every member defaults to "not stated", which no filter takes for a yes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Listing {
    /// A known fact says it does not ask about immigration status.
    pub no_status_questions: bool,
    /// A known fact says it serves people regardless of status.
    pub regardless_of_status: bool,
    /// A known fact says no ID is needed.
    pub no_id: bool,
    /// A known fact says no Social Security number is needed.
    pub no_ssn: bool,
    /// From its capacity (`ServiceDetails::intake`).
    pub intake: Option<Intake>,
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    /// `None` for records that are not services (never hidden for their status).
    pub status: Option<ServiceStatus>,
    /// `Service::last_checked`: a person's check here or the source's, the later.
    pub last_checked: Option<Date>,
    /// Its own review interval, when not its topics'.
    pub review_interval_days: Option<u16>,
    /// An admin keeps it in search past twice its interval.
    pub kept: bool,
}

/// Where a listing stands on a day, as search judges it: its freshness and whether search (and
/// a browse list) shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Standing {
    #[serde(flatten)]
    pub freshness: Freshness,
    pub listed: bool,
}

impl Listing {
    /// Where a service with `topics` stands on `today` under `policy` (its own interval, else
    /// its topics'), by `vecino_core`'s rule; `None` for a record that is not a service.
    pub fn standing(
        &self,
        topics: &[Topic],
        policy: &ReviewPolicy,
        today: Date,
    ) -> Option<Standing> {
        let status = self.status?;
        let days = policy.interval_days(topics, self.review_interval_days);
        let freshness = Freshness::of(self.last_checked, days, today);
        Some(Standing {
            freshness,
            listed: freshness.lists(status, self.kept),
        })
    }

    fn of(service: &Service) -> Listing {
        let safety = &service.safety;
        let details = &service.details;
        Listing {
            no_status_questions: safety.doesnt_ask_status(),
            regardless_of_status: safety
                .regardless_of_status
                .as_ref()
                .is_some_and(|k| k.value),
            no_id: safety.no_id_needed(),
            no_ssn: safety.ssn_needed.as_ref().is_some_and(|k| !k.value),
            intake: details.intake(),
            minimum_age: details.minimum_age,
            maximum_age: details.maximum_age,
            status: Some(service.status),
            last_checked: service.last_checked(),
            review_interval_days: service.review_interval_days,
            kept: service.trust.kept.is_some(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct LocaleText {
    pub locale: LocaleTag,
    pub title: String,
    pub body: String,
}

/// One entry per locale of `title` or of a body text; the title in that locale (else its
/// source), the bodies in that locale, else nothing. A body translated before its title (a
/// translator did the description first) is searchable in its language.
fn texts(title: &LocalizedText, body: &[&LocalizedText]) -> Vec<LocaleText> {
    let mut locales: Vec<&LocaleTag> = title.locales().collect();
    for b in body {
        for locale in b.locales() {
            if !locales.contains(&locale) {
                locales.push(locale);
            }
        }
    }
    locales
        .into_iter()
        .map(|locale| LocaleText {
            locale: locale.clone(),
            title: title
                .get(locale.as_str())
                .map_or(title.source_text(), |t| t.text.as_str())
                .to_owned(),
            body: body
                .iter()
                .filter_map(|b| b.get(locale.as_str()).map(|x| x.text.as_str()))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect()
}

impl IndexRecord {
    /// A service, with its organization's name as part of its text, and what its details say
    /// in words (eligibility, fees, how to apply, what to bring, the alert, the public-charge
    /// note), so "DACA recipients" or "sin papeles" find the listing whose eligibility says so.
    pub fn service(service: &Service, organization: Option<&Organization>) -> IndexRecord {
        let d = &service.details;
        let mut body: Vec<&LocalizedText> = vec![&service.description];
        body.extend(d.eligibility.iter());
        body.extend(d.fees.iter());
        body.extend(d.application_process.iter());
        body.extend(d.documents.iter().map(|doc| &doc.document));
        body.extend(d.alert.iter());
        body.extend(service.safety.public_charge_note.iter());
        let mut texts = texts(&service.name, &body);
        if let Some(org) = organization {
            for text in &mut texts {
                let org_name = org.name.resolve(&[text.locale.as_str()]).text;
                text.body = format!("{org_name}\n{}", text.body);
            }
        }
        IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Service,
                id: service.id,
                slug: service.slug.clone(),
                topics: service.topics.clone(),
                languages: service
                    .languages
                    .iter()
                    .map(|l| l.code.to_string())
                    .collect(),
                accreditation: service.accreditation,
                free: service.free,
                verified: service.trust.verified_at.is_some(),
                points: service
                    .locations
                    .iter()
                    .filter_map(|l| l.location.point)
                    .collect(),
                schedules: service
                    .schedule
                    .iter()
                    .chain(service.locations.iter().filter_map(|l| l.schedule.as_ref()))
                    .cloned()
                    .collect(),
                listing: Listing::of(service),
            },
            texts,
        }
    }

    pub fn organization(org: &Organization) -> IndexRecord {
        let description: Vec<&LocalizedText> = org.description.iter().collect();
        IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Organization,
                id: org.id,
                slug: org.slug.clone(),
                topics: Vec::new(),
                languages: Vec::new(),
                accreditation: None,
                free: None,
                verified: org.trust.verified_at.is_some(),
                points: Vec::new(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: texts(&org.name, &description),
        }
    }

    pub fn guide(guide: &Guide) -> IndexRecord {
        IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Guide,
                id: guide.id,
                slug: guide.slug.clone(),
                topics: guide.topics.clone(),
                languages: guide.body.locales().map(ToString::to_string).collect(),
                accreditation: None,
                free: Some(true),
                verified: true,
                points: Vec::new(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: texts(&guide.title, &[&guide.summary, &guide.body])
                .into_iter()
                .map(|mut t| {
                    t.body = plain_text(&t.body);
                    t
                })
                .collect(),
        }
    }

    pub fn event(event: &Event) -> IndexRecord {
        IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Event,
                id: event.id,
                slug: event.slug.clone(),
                topics: event.topics.clone(),
                languages: event.languages.iter().map(ToString::to_string).collect(),
                accreditation: None,
                free: event.free,
                verified: event.trust.verified_at.is_some(),
                points: event.location.iter().filter_map(|l| l.point).collect(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: texts(&event.title, &[&event.description]),
        }
    }
}

/// Guide Markdown as the words a reader sees: link text without its address, no heading,
/// list or emphasis marks, no `[changing:…]` markers. What is indexed and what snippets show.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let mut line = line.trim_start();
        line = line
            .trim_start_matches('#')
            .trim_start_matches('>')
            .trim_start();
        for marker in ["- ", "* ", "+ "] {
            if let Some(rest) = line.strip_prefix(marker) {
                line = rest;
            }
        }
        if let Some((number, rest)) = line.split_once(". ")
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
        {
            line = rest;
        }
        let mut rest = line;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("[changing:")
                && let Some(end) = after.find(']')
            {
                rest = after[end + 1..].trim_start();
                continue;
            }
            if let Some(after) = rest.strip_prefix("![").or_else(|| rest.strip_prefix('['))
                && let Some(close) = after.find("](")
                && let Some(end) = after[close..].find(')')
            {
                out.push_str(&after[..close]);
                rest = &after[close + end + 1..];
                continue;
            }
            let c = rest.chars().next().expect("not empty");
            if !matches!(c, '*' | '`') && !rest.starts_with("__") {
                out.push(c);
            } else if rest.starts_with("__") {
                rest = &rest[1..];
            }
            rest = &rest[c.len_utf8()..];
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// The 64-bit key of a record in the index, stable across rebuilds.
pub fn record_key(kind: EntityKind, id: Id) -> u64 {
    let bytes = id.as_uuid().as_u128();
    let kind_bits = match kind {
        EntityKind::Organization => 1u64,
        EntityKind::Service => 2,
        EntityKind::Guide => 3,
        EntityKind::Event => 4,
    };
    // UUIDs are random or hashed already: fold them and mix in the kind.
    ((bytes >> 64) as u64 ^ bytes as u64).rotate_left(3)
        ^ kind_bits.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[track_caller]
    fn check(markdown: &str, expect: &str) {
        assert_eq!(plain_text(markdown), expect);
    }

    #[test]
    fn guide_markdown_reads_as_plain_words() {
        check(
            "## Fees\n\n- [changing:n400-fee] The fee is **$760**. See [uscis.gov/n-400](https://www.uscis.gov/n-400).",
            "Fees\n\nThe fee is $760. See uscis.gov/n-400.",
        );
        check(
            "1. Stay calm.\n> Ask for a `lawyer`.",
            "Stay calm.\nAsk for a lawyer.",
        );
        check(
            "A [broken link with no address",
            "A [broken link with no address",
        );
    }
}
