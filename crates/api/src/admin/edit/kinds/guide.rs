//! A guide's form fields and how they are read back, and its "still correct" buttons (its
//! text and each changing fact); never saves anything.

use super::super::*;

impl Editable for Guide {
    fn may_create(user: &StaffUser) -> bool {
        user.is_admin()
    }

    fn fields(c: &Ctx, g: Option<&Self>, _: &[Organization], _: &str) -> Vec<Field> {
        let mut f = Vec::new();
        f.extend(language_field(c, g.map(|g| &g.title)));
        f.push(
            Field::new(c, "title", "text", source(g.map(|g| &g.title)))
                .required()
                .free_text()
                .hint(written_in(c, g.map(|g| &g.title))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                g.map(|g| g.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(c, "summary", "textarea", source(g.map(|g| &g.summary)))
                .rows(3)
                .required()
                .free_text(),
        );
        f.push(
            Field::new(c, "body", "textarea", source(g.map(|g| &g.body)))
                .rows(20)
                .required()
                .free_text()
                .hint(c.t("admin-hint-markdown")),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .options(topic_options(c, g.map_or(&[][..], |g| &g.topics))),
        );
        f.push(
            Field::new(
                c,
                "reviewed_at",
                "date",
                g.map(|g| g.reviewed_at.to_string()).unwrap_or_default(),
            )
            .required(),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                g.map(|g| sources_text(&g.sources)).unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f.push(
            Field::new(
                c,
                "facts",
                "textarea",
                g.map(|g| facts_text(&g.changing_facts)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-facts")),
        );
        f
    }

    fn checks(&self, c: &Ctx, review: &ReviewPolicy, today: jiff::civil::Date) -> Vec<Check> {
        let action = c.href(&format!("/guides/{}/still-correct", self.id));
        let check = |label: String, freshness, fact: Option<String>| {
            let (state, checked) = crate::admin::due::state_and_checked(c, freshness);
            Check {
                label,
                state,
                checked,
                action: action.clone(),
                fact,
            }
        };
        let mut out = vec![check(
            c.t("admin-checks-text"),
            self.freshness(review, today),
            None,
        )];
        out.extend(self.changing_facts.iter().map(|f| {
            check(
                c.t1("admin-due-fact", "fact", f.id.as_str()),
                self.fact_freshness(f, review, today),
                Some(f.id.to_string()),
            )
        }));
        out
    }

    fn read(c: &Ctx, p: &Posted, g: Option<&Self>, _: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let locale = record_locale(c, p, g.map(|g| &g.title), &mut e);
        let title = read_text(p, "title", g.map(|g| &g.title), &locale, &mut e, c);
        let slug = read_slug(p, p.get("title"), &mut e, c);
        let summary = read_text(p, "summary", g.map(|g| &g.summary), &locale, &mut e, c);
        let body = read_text(p, "body", g.map(|g| &g.body), &locale, &mut e, c);
        let topics = read_topics(p, &mut e, c);
        let reviewed_at = p
            .get("reviewed_at")
            .trim()
            .parse::<jiff::civil::Date>()
            .ok();
        if reviewed_at.is_none() {
            e.add("reviewed_at", c.t("admin-error-date"));
        }
        let sources = read_sources(p, &mut e, c);
        let changing_facts = read_facts(p, &mut e, c);
        let (Some(title), Some(slug), Some(summary), Some(body), Some(reviewed_at), true) =
            (title, slug, summary, body, reviewed_at, e.is_empty())
        else {
            return Err(e);
        };
        let guide = Guide {
            id: g.map_or_else(Id::new_random, |g| g.id),
            slug,
            title,
            summary,
            body,
            topics,
            sources,
            reviewed_at,
            changing_facts,
            // The form has no field for it: a saved guide keeps its own review interval.
            review_interval_days: g.and_then(|g| g.review_interval_days),
        };
        if let Err(err) = guide.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(guide)
    }
}
