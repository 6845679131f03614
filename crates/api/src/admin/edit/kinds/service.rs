//! A service's form fields (its places are `places.rs`) and how they are read back; never
//! saves anything.

use super::super::*;

const STATUSES: [(&str, ServiceStatus); 4] = [
    ("active", ServiceStatus::Active),
    ("temporarily-closed", ServiceStatus::TemporarilyClosed),
    ("inactive", ServiceStatus::Inactive),
    ("defunct", ServiceStatus::Defunct),
];

impl Editable for Service {
    /// Its places, as links, with a link to add one.
    fn children(&self, c: &Ctx) -> Option<Children> {
        let base = c.href(&format!("/services/{}/places", self.id));
        Some(Children {
            title: c.t("admin-places"),
            items: self
                .locations
                .iter()
                .map(|at| {
                    let l = &at.location;
                    let label = l
                        .name
                        .as_ref()
                        .map(|n| c.text(n).text)
                        .or_else(|| l.address.as_ref().map(|a| a.city.clone()))
                        .unwrap_or_else(|| l.slug.to_string());
                    (label, format!("{base}/{}", at.id))
                })
                .collect(),
            add: (c.t("admin-add-place"), format!("{base}/new")),
        })
    }

    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, s: Option<&Self>, orgs: &[Organization], preset: &str) -> Vec<Field> {
        let org = s.map_or(preset.to_owned(), |s| s.organization_id.to_string());
        let schedule = s.and_then(|s| s.schedule.as_ref());
        let mut f = vec![
            Field::new(c, "organization", "select", "")
                .required()
                .options(org_options(c, orgs, &org, false)),
        ];
        f.extend(language_field(c, s.map(|s| &s.name)));
        f.push(
            Field::new(c, "name", "text", source(s.map(|s| &s.name)))
                .required()
                .free_text()
                .hint(written_in(c, s.map(|s| &s.name))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                s.map(|s| s.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(s.map(|s| &s.description)),
            )
            .rows(6)
            .required()
            .free_text(),
        );
        f.push(
            Field::new(c, "status", "select", "").options(
                STATUSES
                    .iter()
                    .map(|(v, st)| Opt {
                        value: (*v).to_owned(),
                        label: c.t(&format!("admin-status-{v}")),
                        selected: s.map_or(*v == "active", |s| s.status == *st),
                    })
                    .collect(),
            ),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .required()
                .options(topic_options(c, s.map_or(&[][..], |s| &s.topics))),
        );
        f.push(
            Field::new(c, "free", "select", "").options(free_options(c, s.and_then(|s| s.free))),
        );
        f.push(Field::new(
            c,
            "url",
            "url",
            s.and_then(|s| s.url.as_ref().map(ToString::to_string))
                .unwrap_or_default(),
        ));
        f.push(Field::new(
            c,
            "email",
            "email",
            s.and_then(|s| s.email.clone()).unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "phones",
                "textarea",
                s.map(|s| phones_text(&s.phones)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-phone-lines")),
        );
        f.push(
            Field::new(
                c,
                "languages",
                "textarea",
                s.map(|s| languages_text(&s.languages)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-languages")),
        );
        f.push(
            Field::new(
                c,
                "timezone",
                "text",
                schedule.map_or("America/Los_Angeles".to_owned(), |s| {
                    s.timezone().to_owned()
                }),
            )
            .hint(c.t("admin-hint-timezone")),
        );
        f.push(
            Field::new(
                c,
                "hours",
                "textarea",
                schedule.map(schedule_text).unwrap_or_default(),
            )
            .rows(5)
            .hint(c.t("admin-hint-hours")),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                s.map(|s| sources_text(&s.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f.extend(detail_fields(c, s));
        f
    }

    fn read(c: &Ctx, p: &Posted, s: Option<&Self>, orgs: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let organization = read_org(c, p, orgs, &mut e);
        let locale = record_locale(c, p, s.map(|s| &s.name), &mut e);
        let name = read_text(p, "name", s.map(|s| &s.name), &locale, &mut e, c);
        let slug = read_slug(p, p.get("name"), &mut e, c);
        let description = read_text(
            p,
            "description",
            s.map(|s| &s.description),
            &locale,
            &mut e,
            c,
        );
        let status = STATUSES
            .iter()
            .find(|(v, _)| *v == p.get("status"))
            .map(|(_, st)| *st);
        if status.is_none() {
            e.add("status", c.t("admin-error-invalid"));
        }
        let topics = read_topics(p, &mut e, c);
        if topics.is_empty() {
            e.add("topics", c.t("admin-error-topics"));
        }
        let url = read_url(p, "url", &mut e, c);
        let email = read_email(p, &mut e, c);
        let phones = read_phones(p, s.map_or(&[][..], |s| &s.phones), &mut e, c);
        let languages = read_languages(p, &mut e, c);
        let schedule = read_schedule(p, "hours", p.get("timezone").trim(), &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
        let (details, safety, review_interval_days) = read_details(c, p, s, &locale, today, &mut e);
        let (Some(organization_id), Some(name), Some(slug), Some(description), Some(status), true) =
            (organization, name, slug, description, status, e.is_empty())
        else {
            return Err(e);
        };
        let service = Service {
            id: s.map_or_else(Id::new_random, |s| s.id),
            slug,
            organization_id,
            name,
            description,
            status,
            topics,
            languages,
            // Kept as stored: only an admin's accreditation action changes it.
            accreditation: s.and_then(|s| s.accreditation),
            accreditation_evidence: s.and_then(|s| s.accreditation_evidence.clone()),
            free: read_free(p),
            url,
            email,
            phones,
            schedule,
            locations: s.map(|s| s.locations.clone()).unwrap_or_default(),
            trust: trust(s.map(|s| &s.trust), sources),
            details,
            review_interval_days,
            safety,
        };
        if let Err(err) = service.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(service)
    }
}
