//! An organization's form fields and how they are read back; never saves anything.

use super::super::*;

impl Editable for Organization {
    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, o: Option<&Self>, _: &[Organization], _: &str) -> Vec<Field> {
        let mut f = Vec::new();
        f.extend(language_field(c, o.map(|o| &o.name)));
        f.push(
            Field::new(c, "name", "text", source(o.map(|o| &o.name)))
                .required()
                .free_text()
                .hint(written_in(c, o.map(|o| &o.name))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                o.map(|o| o.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(o.and_then(|o| o.description.as_ref())),
            )
            .free_text(),
        );
        f.push(Field::new(
            c,
            "url",
            "url",
            o.and_then(|o| o.url.as_ref().map(ToString::to_string))
                .unwrap_or_default(),
        ));
        f.push(Field::new(
            c,
            "email",
            "email",
            o.and_then(|o| o.email.clone()).unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "phones",
                "textarea",
                o.map(|o| phones_text(&o.phones)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-phone-lines")),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                o.map(|o| sources_text(&o.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f
    }

    fn read(c: &Ctx, p: &Posted, o: Option<&Self>, _: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let locale = record_locale(c, p, o.map(|o| &o.name), &mut e);
        let name = read_text(p, "name", o.map(|o| &o.name), &locale, &mut e, c);
        let slug = read_slug(p, p.get("name"), &mut e, c);
        let description = read_optional_text(
            p,
            "description",
            o.and_then(|o| o.description.as_ref()),
            &locale,
            &mut e,
            c,
        );
        let url = read_url(p, "url", &mut e, c);
        let email = read_email(p, &mut e, c);
        let phones = read_phones(p, o.map_or(&[][..], |o| &o.phones), &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let (Some(name), Some(slug), true) = (name, slug, e.is_empty()) else {
            return Err(e);
        };
        let org = Organization {
            id: o.map_or_else(Id::new_random, |o| o.id),
            slug,
            name,
            description,
            url,
            email,
            phones,
            trust: trust(o.map(|o| &o.trust), sources),
        };
        if let Err(err) = org.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(org)
    }
}
