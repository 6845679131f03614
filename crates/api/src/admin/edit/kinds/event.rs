//! An event's form fields and how they are read back; never saves anything.

use super::super::*;

impl Editable for Event {
    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, ev: Option<&Self>, orgs: &[Organization], preset: &str) -> Vec<Field> {
        let org = ev.map_or(preset.to_owned(), |e| {
            e.organization_id.map(|o| o.to_string()).unwrap_or_default()
        });
        let tz = ev.map_or("America/Los_Angeles", |e| e.timezone.as_str());
        let mut f = vec![
            Field::new(c, "organization", "select", "").options(org_options(c, orgs, &org, true)),
        ];
        f.extend(language_field(c, ev.map(|e| &e.title)));
        f.push(
            Field::new(c, "title", "text", source(ev.map(|e| &e.title)))
                .required()
                .free_text()
                .hint(written_in(c, ev.map(|e| &e.title))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                ev.map(|e| e.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(ev.map(|e| &e.description)),
            )
            .rows(5)
            .required()
            .free_text(),
        );
        f.push(
            Field::new(
                c,
                "starts",
                "datetime-local",
                ev.map(|e| local_input(e.starts_at, tz)).unwrap_or_default(),
            )
            .required(),
        );
        f.push(Field::new(
            c,
            "ends",
            "datetime-local",
            ev.and_then(|e| e.ends_at.map(|at| local_input(at, tz)))
                .unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "event_languages",
                "text",
                ev.map(|e| {
                    e.languages
                        .iter()
                        .map(LocaleTag::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
            )
            .hint(c.t("admin-hint-event-languages")),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .options(topic_options(c, ev.map_or(&[][..], |e| &e.topics))),
        );
        f.push(
            Field::new(c, "free", "select", "").options(free_options(c, ev.and_then(|e| e.free))),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                ev.map(|e| sources_text(&e.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        // The place, whose time zone is the event's.
        f.extend(location_fields(c, ev.and_then(|e| e.location.as_ref()), tz));
        f
    }

    fn read(c: &Ctx, p: &Posted, ev: Option<&Self>, orgs: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let organization_id = match p.get("organization") {
            "" => None,
            _ => read_org(c, p, orgs, &mut e),
        };
        let locale = record_locale(c, p, ev.map(|e| &e.title), &mut e);
        let title = read_text(p, "title", ev.map(|e| &e.title), &locale, &mut e, c);
        let slug = read_slug(p, p.get("title"), &mut e, c);
        let description = read_text(
            p,
            "description",
            ev.map(|e| &e.description),
            &locale,
            &mut e,
            c,
        );
        let timezone = p.get("timezone").trim().to_owned();
        let tz = jiff::tz::TimeZone::get(&timezone).ok();
        if tz.is_none() {
            e.add("timezone", c.t("admin-error-timezone"));
        }
        let at = |name: &'static str, e: &mut Errors| -> Option<Timestamp> {
            let civil = read_datetime(p.get(name));
            match (civil, &tz) {
                (Some(dt), Some(z)) => dt.to_zoned_datetime(z.clone()).ok().map(|z| z.timestamp()),
                (None, _) => {
                    e.add(name, c.t("admin-error-datetime"));
                    None
                }
                _ => None,
            }
        };
        let starts_at = at("starts", &mut e);
        let ends_at = if p.get("ends").trim().is_empty() {
            None
        } else {
            at("ends", &mut e)
        };
        let mut languages = Vec::new();
        for raw in p
            .get("event_languages")
            .split([',', ' '])
            .filter(|s| !s.trim().is_empty())
        {
            match LocaleTag::parse(raw) {
                Ok(t) => languages.push(t),
                Err(_) => e.add("event_languages", c.t("admin-error-locale")),
            }
        }
        let topics = read_topics(p, &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let has_place = [
            "place_name",
            "place_slug",
            "address_1",
            "city",
            "postal_code",
            "latitude",
            "longitude",
        ]
        .iter()
        .any(|f| !p.get(f).trim().is_empty());
        let location = if has_place {
            read_location(
                p,
                ev.and_then(|e| e.location.as_ref()),
                &locale,
                p.get("slug"),
                &mut e,
                c,
            )
        } else {
            None
        };
        let (Some(title), Some(slug), Some(description), Some(starts_at), true) =
            (title, slug, description, starts_at, e.is_empty())
        else {
            return Err(e);
        };
        let event = Event {
            id: ev.map_or_else(Id::new_random, |e| e.id),
            slug,
            organization_id,
            title,
            description,
            starts_at,
            ends_at,
            timezone,
            location,
            languages,
            topics,
            free: read_free(p),
            trust: trust(ev.map(|e| &e.trust), sources),
        };
        if let Err(err) = event.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(event)
    }
}
