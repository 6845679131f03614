//! The one way HTML lists are paged: which page a request asks for, and the links to the pages
//! around it. It never reads a store; callers hand it the page they got and its total.

/// Where a page sits among the pages of a list, with links to its neighbours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pager {
    /// 1-based.
    pub page: u64,
    /// At least 1.
    pub pages: u64,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// The pager of page `page` of a list of `total` items shown `per_page` at a time; `link`
    /// makes the address of a page. A page past the end links back to the last one.
    pub fn new(page: u64, per_page: u64, total: u64, link: impl Fn(u64) -> String) -> Pager {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let page = page.max(1);
        Pager {
            page,
            pages,
            previous: (page > 1).then(|| link((page - 1).min(pages))),
            next: (page < pages).then(|| link(page + 1)),
        }
    }

    /// Whether there is more than one page.
    pub fn several(&self) -> bool {
        self.pages > 1
    }
}

/// The `page` query parameter: 1 when absent or not a number, at most a million.
pub fn page_number(query: Option<&str>) -> u64 {
    query
        .map(|q| form_urlencoded::parse(q.as_bytes()))
        .and_then(|mut pairs| pairs.find(|(k, _)| k == "page"))
        .and_then(|(_, v)| v.parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, 1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_go_to_the_neighbours_and_never_past_the_ends() {
        let link = |n: u64| format!("?page={n}");
        let first = Pager::new(1, 50, 120, link);
        assert_eq!(
            (first.pages, first.previous.clone(), first.next.clone()),
            (3, None, Some("?page=2".into()))
        );
        let last = Pager::new(3, 50, 120, link);
        assert_eq!(
            (last.previous.clone(), last.next.clone()),
            (Some("?page=2".into()), None)
        );
        let past = Pager::new(9, 50, 120, link);
        assert_eq!(past.previous, Some("?page=3".into()));
        assert_eq!(past.next, None);
        let empty = Pager::new(1, 50, 0, link);
        assert_eq!((empty.pages, empty.several()), (1, false));
    }

    #[test]
    fn the_page_number_is_read_leniently() {
        assert_eq!(page_number(None), 1);
        assert_eq!(page_number(Some("page=4&x=1")), 4);
        assert_eq!(page_number(Some("page=zero")), 1);
        assert_eq!(page_number(Some("page=0")), 1);
        assert_eq!(page_number(Some("page=99999999999")), 1_000_000);
    }
}
