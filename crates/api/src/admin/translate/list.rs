//! One locale's list of translatable texts, filtered by state and kind, a page at a time;
//! reads only.

use super::*;
use crate::web::paging::Pager;
use vecino_store::TranslationList;

// ---- one locale's list ---------------------------------------------------------------------

struct ItemRow {
    label: Txt,
    slug: String,
    kind: String,
    field: String,
    state: String,
    state_slug: &'static str,
    source_lang: String,
    href: String,
}

struct CountRow {
    kind: String,
    /// (count, link)
    cells: Vec<(u64, String)>,
}

struct Choice {
    value: String,
    name: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "admin/tr_list.html")]
struct ListPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    locale: String,
    states: Vec<String>,
    counts: Vec<CountRow>,
    state_choices: Vec<Choice>,
    kind_choices: Vec<Choice>,
    items: Vec<ItemRow>,
    total: u64,
    page_of: String,
    prev: Option<String>,
    next: Option<String>,
    index_href: String,
}

fn count_rows(c: &Ctx, locale: &LocaleTag, counts: &StateCounts) -> Vec<CountRow> {
    TRANSLATED_KINDS
        .iter()
        .map(|k| CountRow {
            kind: kind_name(c, *k),
            cells: TextState::ALL
                .iter()
                .map(|s| {
                    (
                        counts.get(*k, *s),
                        c.href(&format!(
                            "/translations/{locale}?state={}&kind={}",
                            s.as_str(),
                            k.as_str()
                        )),
                    )
                })
                .collect(),
        })
        .collect()
}

/// What a list asks for: `?state=&kind=&page=`. Anything else, or a value that is not one,
/// is refused with its (name, value), for the 400 page.
struct ListQuery {
    want: TranslationQuery,
    page: u64,
}

impl ListQuery {
    fn parse(locale: &LocaleTag, query: Option<&str>) -> Result<ListQuery, (String, String)> {
        let mut want = TranslationQuery {
            locale: locale.clone(),
            state: None,
            kind: None,
        };
        let mut page = 1u64;
        for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            match name.as_ref() {
                "state" if value.is_empty() => {}
                "state" => match TextState::parse(&value) {
                    Ok(s) => want.state = Some(s),
                    Err(_) => return Err(("state".to_owned(), value.into_owned())),
                },
                "kind" if value.is_empty() => {}
                "kind" => match EntityKind::parse(&value) {
                    Ok(k) => want.kind = Some(k),
                    Err(_) => return Err(("kind".to_owned(), value.into_owned())),
                },
                "page" => match value.parse::<u64>() {
                    Ok(n) if (1..=1_000_000).contains(&n) => page = n,
                    _ => return Err(("page".to_owned(), value.into_owned())),
                },
                other => return Err((other.to_owned(), value.into_owned())),
            }
        }
        Ok(ListQuery { want, page })
    }

    /// The address of page `n` of the same list.
    fn link(&self, c: &Ctx, n: u64) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = self.want.state {
            q.append_pair("state", s.as_str());
        }
        if let Some(k) = self.want.kind {
            q.append_pair("kind", k.as_str());
        }
        q.append_pair("page", &n.to_string());
        c.href(&format!(
            "/translations/{}?{}",
            self.want.locale,
            q.finish()
        ))
    }
}

impl<'a> ListPage<'a> {
    fn new(c: &'a Ctx, csrf: String, asked: &ListQuery, found: TranslationList) -> Self {
        let locale = &asked.want.locale;
        let pager = Pager::new(asked.page, PER_PAGE, found.items.total, |n| {
            asked.link(c, n)
        });
        let items = found
            .items
            .items
            .iter()
            .map(|i| ItemRow {
                label: c.text(&i.label),
                slug: i.slug.clone(),
                kind: kind_name(c, i.kind),
                field: field_name(c, i.field),
                state: state_name(c, i.state),
                state_slug: i.state.as_str(),
                source_lang: c.language_name(i.text.source_locale().as_str()),
                href: editor_href(c, locale, i.kind, i.id, i.field),
            })
            .collect();
        ListPage {
            c,
            title: c.t1(
                "admin-tr-list-title",
                "language",
                &c.language_name(locale.as_str()),
            ),
            csrf,
            locale: locale.to_string(),
            states: TextState::ALL.iter().map(|s| state_name(c, *s)).collect(),
            counts: count_rows(c, locale, &found.counts),
            state_choices: TextState::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().to_owned(),
                    name: state_name(c, *s),
                    selected: asked.want.state == Some(*s),
                })
                .collect(),
            kind_choices: TRANSLATED_KINDS
                .iter()
                .map(|k| Choice {
                    value: k.as_str().to_owned(),
                    name: kind_name(c, *k),
                    selected: asked.want.kind == Some(*k),
                })
                .collect(),
            items,
            total: found.items.total,
            page_of: c.t2(
                "admin-tr-page-of",
                "page",
                &pager.page.to_string(),
                "pages",
                &pager.pages.to_string(),
            ),
            prev: pager.previous,
            next: pager.next,
            index_href: c.href("/translations"),
        }
    }
}

/// `GET /admin/{lang}/translations/{locale}?state=&kind=&page=`.
pub(super) async fn list(
    State(state): State<AppState>,
    Path(LocalePath { locale }): Path<LocalePath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Translator>,
) -> Response {
    let c = &req.c;
    let locale = match scoped(&session, &locale) {
        Ok(l) => l,
        Err((status, code)) => return error_page(c, status, code),
    };
    let asked = match ListQuery::parse(&locale, query.as_deref()) {
        Ok(a) => a,
        Err((name, value)) => return bad_parameter(c, &name, &value),
    };
    let wanted = Page::new(asked.page, PER_PAGE);
    match state.store.translation_list(&asked.want, wanted).await {
        Ok(found) => page(
            c,
            StatusCode::OK,
            &ListPage::new(c, session.csrf, &asked, found),
        ),
        Err(e) => req.failure(e),
    }
}
