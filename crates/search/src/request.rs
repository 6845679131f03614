//! One parser for search requests: query pairs (`/api/v1/search`, the HTML search page) or the
//! JSON object the WebAssembly engine receives, read and checked once into a [`SearchRequest`],
//! or a [`RequestError`] naming what the API's localized problem needs. The limits of a search
//! request are this module's constants. It must never depend on a web framework, read the
//! locale (the caller negotiates it and sets [`SearchRequest::locales`]) or log query text.

use std::borrow::Cow;

use serde_json::Value;
use vecino_core::{EntityKind, GeoPoint, GeoPrecision, LocaleTag, Timestamp, Topic};

use crate::{Filters, SearchRequest};

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The radius of `near` without `radius_km`, and its largest value.
pub const DEFAULT_RADIUS_KM: f64 = 25.0;
pub const MAX_RADIUS_KM: f64 = 500.0;
/// The oldest age `age` accepts.
pub const MAX_AGE: u8 = 120;
/// The last page a search can ask for.
pub const MAX_PAGE: u64 = 1000;
/// Results per page when the request does not say, and the most it can ask for.
pub const PER_PAGE_DEFAULT: u64 = 10;
pub const MAX_PER_PAGE: u64 = 50;
/// How many completions a suggestion request gives.
pub const SUGGESTIONS: u64 = 8;
/// An error quotes at most this many characters of a parameter's name, and of its value.
const MAX_QUOTED_NAME: usize = 40;
const MAX_QUOTED_VALUE: usize = 80;

/// The query parameters a search accepts (and `/api/v1/search` documents), besides `lang`.
pub const SEARCH_PARAMS: &[&str] = &[
    "q",
    "near",
    "radius_km",
    "topic",
    "offers_language",
    "accredited",
    "open_now",
    "free",
    "no_status_questions",
    "no_id",
    "accepting",
    "age",
    "kind",
    "page",
    "per_page",
];
/// The query parameters a suggestion request accepts, besides `lang`.
pub const SUGGEST_PARAMS: &[&str] = &["q"];

/// Why a request was refused: a stable code (the Fluent id is `error-<code>`), the parameter at
/// fault, and the values its message names (the value quoted back cut to 80 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestError {
    pub code: &'static str,
    pub parameter: Option<String>,
    pub args: Vec<(&'static str, String)>,
}

impl RequestError {
    fn new(code: &'static str) -> Self {
        RequestError {
            code,
            parameter: None,
            args: Vec::new(),
        }
    }

    /// `invalid-parameter`: `name` (cut to 40 characters) had the value `value`.
    pub fn invalid_parameter(name: &str, value: &str) -> Self {
        let name: String = name.chars().take(MAX_QUOTED_NAME).collect();
        RequestError {
            code: "invalid-parameter",
            parameter: Some(name.clone()),
            args: vec![("name", name), ("value", quoted(value))],
        }
    }

    /// `invalid-locale`: `lang` named no language.
    pub fn invalid_locale(value: &str) -> Self {
        RequestError {
            code: "invalid-locale",
            parameter: Some("lang".to_owned()),
            args: vec![("value", quoted(value))],
        }
    }
}

/// A value as an error quotes it back: at most 80 characters, then `…`.
pub fn quoted(value: &str) -> String {
    match value.char_indices().nth(MAX_QUOTED_VALUE) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_owned(),
    }
}

/// How strictly a request is read.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// The parameters accepted besides `lang` (which the caller reads); any other is an error.
    pub allowed: &'static [&'static str],
    /// Results per page when the request does not say (with `lenient`, always).
    pub per_page_default: u64,
    /// The HTML page's reading: a value that does not parse is ignored rather than refused
    /// (unknown parameters too, and `radius_km` and `per_page`); each list gathers every value
    /// of a repeated parameter; a flag is on for `1`, `true`, `on` or `yes` and `free` only
    /// ever narrows to free services. Only an empty or too long query and a `near` that is no
    /// place are errors.
    pub lenient: bool,
}

impl Rules {
    /// `/api/v1/search`.
    pub const SEARCH: Rules = Rules {
        allowed: SEARCH_PARAMS,
        per_page_default: PER_PAGE_DEFAULT,
        lenient: false,
    };
    /// `/api/v1/suggest`.
    pub const SUGGEST: Rules = Rules {
        allowed: SUGGEST_PARAMS,
        per_page_default: SUGGESTIONS,
        lenient: false,
    };
}

/// One parameter: its name, its value, and its value as quoted when the name is unknown.
struct Param<'a> {
    name: Cow<'a, str>,
    value: Cow<'a, str>,
    quoted: Cow<'a, str>,
}

/// Reads a request from query pairs, in order (with `lenient`, a single value is the first
/// given). `now` is what `open_now` filters at. The locales are left empty for the caller.
pub fn from_pairs<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    rules: &Rules,
    now: Timestamp,
) -> Result<SearchRequest, RequestError> {
    let params = pairs
        .into_iter()
        .map(|(name, value)| Param {
            name: Cow::Borrowed(name),
            value: Cow::Borrowed(value),
            quoted: Cow::Borrowed(value),
        })
        .collect();
    parse(params, rules, now)
}

/// Reads a request from a JSON object as the WebAssembly engine receives it: a string as is, a
/// list as its items joined with commas (`kind: ["guide", "service"]` reads as
/// `guide,service`), another value as its JSON; `null` as absent.
pub fn from_json(
    map: &serde_json::Map<String, Value>,
    rules: &Rules,
    now: Timestamp,
) -> Result<SearchRequest, RequestError> {
    let params = map
        .iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(name, value)| {
            let text = |v: &Value| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            let joined = match value {
                Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
                other => text(other),
            };
            Param {
                name: Cow::Borrowed(name.as_str()),
                value: Cow::Owned(joined),
                quoted: Cow::Owned(text(value)),
            }
        })
        .collect();
    parse(params, rules, now)
}

/// The parameters of one request, read by name.
struct Params<'a> {
    params: Vec<Param<'a>>,
    lenient: bool,
}

impl Params<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|p| p.name == name)
            .map(|p| &*p.value)
    }

    /// A comma-separated list; leniently, every value of the repeated parameter, and the items
    /// that do not parse left out.
    fn list<T>(
        &self,
        name: &'static str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Vec<T>, RequestError> {
        if self.lenient {
            return Ok(self
                .params
                .iter()
                .filter(|p| p.name == name)
                .flat_map(|p| p.value.split(','))
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .filter_map(parse)
                .collect());
        }
        match self.get(name) {
            None => Ok(Vec::new()),
            Some(raw) => raw
                .split(',')
                .map(|item| {
                    parse(item.trim()).ok_or_else(|| RequestError::invalid_parameter(name, raw))
                })
                .collect(),
        }
    }

    /// A yes or no; leniently, on or absent.
    fn flag(&self, name: &'static str) -> Result<Option<bool>, RequestError> {
        if self.lenient {
            let on = matches!(self.get(name), Some("1" | "true" | "on" | "yes"));
            return Ok(on.then_some(true));
        }
        match self.get(name) {
            None => Ok(None),
            Some("true" | "1" | "yes") => Ok(Some(true)),
            Some("false" | "0" | "no") => Ok(Some(false)),
            Some(other) => Err(RequestError::invalid_parameter(name, other)),
        }
    }

    /// A whole number from 1 to `max`; leniently, `default` for anything else.
    fn number(&self, name: &'static str, default: u64, max: u64) -> Result<u64, RequestError> {
        match self.get(name) {
            None => Ok(default),
            Some(raw) if self.lenient => Ok(raw
                .parse::<u64>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .unwrap_or(default)),
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(RequestError::invalid_parameter(name, raw)),
            },
        }
    }

    /// `age`: a whole number of years from 0 to [`MAX_AGE`]; leniently, none for anything else.
    fn age(&self) -> Result<Option<u8>, RequestError> {
        const NAME: &str = "age";
        let Some(raw) = self.get(NAME) else {
            return Ok(None);
        };
        let age = raw.trim().parse::<u8>().ok().filter(|a| *a <= MAX_AGE);
        match age {
            None if !self.lenient => Err(RequestError::invalid_parameter(NAME, raw)),
            age => Ok(age),
        }
    }

    /// A language a service is offered in; leniently, an empty or unknown tag is none.
    fn language(&self) -> Result<Option<String>, RequestError> {
        const NAME: &str = "offers_language";
        match self.get(NAME) {
            None => Ok(None),
            Some(raw) if self.lenient => Ok(LocaleTag::parse(raw).ok().map(|l| l.to_string())),
            Some(raw) => LocaleTag::parse(raw)
                .map(|l| Some(l.to_string()))
                .map_err(|_| RequestError::invalid_parameter(NAME, raw)),
        }
    }

    /// `near` (`lat,lon`) and `radius_km`; leniently, an empty `near` is none and the radius
    /// always the default.
    fn near(&self) -> Result<Option<(GeoPoint, f64)>, RequestError> {
        let radius = match self.get("radius_km") {
            Some(raw) if !self.lenient => match raw.trim().parse::<f64>() {
                Ok(r) if r > 0.0 && r <= MAX_RADIUS_KM => r,
                _ => return Err(RequestError::invalid_parameter("radius_km", raw)),
            },
            _ => DEFAULT_RADIUS_KM,
        };
        let raw = match self.get("near") {
            Some(raw) if self.lenient && raw.trim().is_empty() => return Ok(None),
            Some(raw) if self.lenient => raw.trim(),
            Some(raw) => raw,
            None if !self.lenient && self.get("radius_km").is_some() => {
                return Err(RequestError::invalid_parameter("near", ""));
            }
            None => return Ok(None),
        };
        let point = raw
            .split_once(',')
            .and_then(|(lat, lon)| Some((lat.trim().parse().ok()?, lon.trim().parse().ok()?)))
            .and_then(|(lat, lon)| GeoPoint::new(lat, lon, GeoPrecision::Exact).ok())
            .ok_or_else(|| RequestError::invalid_parameter("near", raw))?;
        Ok(Some((point, radius)))
    }
}

/// The request, checked in the API's order: unknown parameters, the query, then each filter,
/// the page and its size.
fn parse(
    params: Vec<Param<'_>>,
    rules: &Rules,
    now: Timestamp,
) -> Result<SearchRequest, RequestError> {
    let params = Params {
        params,
        lenient: rules.lenient,
    };
    if !rules.lenient
        && let Some(unknown) = params
            .params
            .iter()
            .find(|p| p.name != "lang" && !rules.allowed.contains(&&*p.name))
    {
        return Err(RequestError::invalid_parameter(
            &unknown.name,
            &unknown.quoted,
        ));
    }
    if !rules.lenient
        && let Some(again) = params.params.iter().enumerate().find_map(|(i, p)| {
            params.params[..i]
                .iter()
                .any(|earlier| earlier.name == p.name)
                .then_some(p)
        })
    {
        // Strictly, a parameter given twice is refused (which one would count?).
        return Err(RequestError::invalid_parameter(&again.name, &again.quoted));
    }
    let query = params.get("q").map(str::trim).unwrap_or_default();
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(RequestError::new("query-too-long").arg("max", MAX_QUERY_CHARS.to_string()));
    }
    if query.is_empty() {
        return Err(RequestError::new("empty-query"));
    }
    let filters = Filters {
        topics: params.list("topic", |t| Topic::parse(t).ok())?,
        offers_language: params.language()?,
        accredited: params.flag("accredited")?.unwrap_or(false),
        free: params.flag("free")?,
        no_status_questions: params.flag("no_status_questions")?.unwrap_or(false),
        no_id: params.flag("no_id")?.unwrap_or(false),
        accepting: params.flag("accepting")?.unwrap_or(false),
        age: params.age()?,
        open_at: params.flag("open_now")?.filter(|open| *open).map(|_| now),
        near: params.near()?,
        kinds: params.list("kind", |k| EntityKind::parse(k).ok())?,
        ids: None,
    };
    let page = params.number("page", 1, MAX_PAGE)?;
    let per_page = if rules.lenient {
        rules.per_page_default
    } else {
        params.number("per_page", rules.per_page_default, MAX_PER_PAGE)?
    };
    Ok(SearchRequest {
        query: query.to_owned(),
        locales: Vec::new(),
        filters,
        page: page as usize,
        per_page: per_page as usize,
    })
}

impl RequestError {
    fn arg(mut self, name: &'static str, value: String) -> Self {
        self.args.push((name, value));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LENIENT: Rules = Rules {
        allowed: SEARCH_PARAMS,
        per_page_default: 20,
        lenient: true,
    };

    /// A request or an error as one line: what a reader of the API would notice.
    fn show(result: Result<SearchRequest, RequestError>) -> String {
        match result {
            Ok(r) => {
                let f = &r.filters;
                let mut out = format!("q={:?} page={} per_page={}", r.query, r.page, r.per_page);
                let topics: Vec<&str> = f.topics.iter().map(|t| t.slug()).collect();
                let kinds: Vec<&str> = f.kinds.iter().map(|k| k.as_str()).collect();
                if !topics.is_empty() {
                    out += &format!(" topic={}", topics.join(","));
                }
                if !kinds.is_empty() {
                    out += &format!(" kind={}", kinds.join(","));
                }
                if let Some(l) = &f.offers_language {
                    out += &format!(" language={l}");
                }
                if f.accredited {
                    out += " accredited";
                }
                if let Some(free) = f.free {
                    out += &format!(" free={free}");
                }
                if f.open_at.is_some() {
                    out += " open_now";
                }
                if f.no_status_questions {
                    out += " no_status_questions";
                }
                if f.no_id {
                    out += " no_id";
                }
                if f.accepting {
                    out += " accepting";
                }
                if let Some(age) = f.age {
                    out += &format!(" age={age}");
                }
                if let Some((p, r)) = f.near {
                    out += &format!(" near={},{} r={r}", p.latitude(), p.longitude());
                }
                out
            }
            Err(e) => {
                let args: Vec<String> = e.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("error {} {:?} [{}]", e.code, e.parameter, args.join(" "))
            }
        }
    }

    fn check(rules: &Rules, input: &str, expect: &str) {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(input.as_bytes())
            .into_owned()
            .collect();
        let pairs = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let got = show(from_pairs(pairs, rules, Timestamp::UNIX_EPOCH));
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn the_api_reads_and_refuses_as_documented() {
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        let cases: &[(&str, &str)] = &[
            ("q=abogado", r#"q="abogado" page=1 per_page=10"#),
            ("q=%20&lang=es", "error empty-query None []"),
            ("lang=es", "error empty-query None []"),
            (&format!("q={long}"), "error query-too-long None [max=200]"),
            (
                "q=a&topic=legal-aid,daca&kind=service&page=3&per_page=50",
                r#"q="a" page=3 per_page=50 topic=legal-aid,daca kind=service"#,
            ),
            (
                "q=a&topic=legal-aid,nope",
                r#"error invalid-parameter Some("topic") [name=topic value=legal-aid,nope]"#,
            ),
            (
                "q=a&accredited=yes&free=0&open_now=1&offers_language=es",
                r#"q="a" page=1 per_page=10 language=es accredited free=false open_now"#,
            ),
            (
                "q=a&free=on",
                r#"error invalid-parameter Some("free") [name=free value=on]"#,
            ),
            (
                "q=clinica&free=true&no_status_questions=true&no_id=1&accepting=yes&age=16",
                r#"q="clinica" page=1 per_page=10 free=true no_status_questions no_id accepting age=16"#,
            ),
            // `false` is no filter: there is no "only those that ask" filter.
            (
                "q=a&no_status_questions=false&no_id=0&accepting=no&age=0",
                r#"q="a" page=1 per_page=10 age=0"#,
            ),
            (
                "q=a&no_id=maybe",
                r#"error invalid-parameter Some("no_id") [name=no_id value=maybe]"#,
            ),
            (
                "q=a&age=121",
                r#"error invalid-parameter Some("age") [name=age value=121]"#,
            ),
            (
                "q=a&age=-1",
                r#"error invalid-parameter Some("age") [name=age value=-1]"#,
            ),
            (
                "q=a&age=ten",
                r#"error invalid-parameter Some("age") [name=age value=ten]"#,
            ),
            (
                "q=a&near=37.5,-121.9",
                r#"q="a" page=1 per_page=10 near=37.5,-121.9 r=25"#,
            ),
            (
                "q=a&near=37.5,-121.9&radius_km=500",
                r#"q="a" page=1 per_page=10 near=37.5,-121.9 r=500"#,
            ),
            (
                "q=a&near=37.5,-121.9&radius_km=501",
                r#"error invalid-parameter Some("radius_km") [name=radius_km value=501]"#,
            ),
            (
                "q=a&radius_km=5",
                r#"error invalid-parameter Some("near") [name=near value=]"#,
            ),
            (
                "q=a&near=somewhere",
                r#"error invalid-parameter Some("near") [name=near value=somewhere]"#,
            ),
            (
                "q=a&page=0",
                r#"error invalid-parameter Some("page") [name=page value=0]"#,
            ),
            (
                "q=a&page=1001&per_page=0",
                r#"error invalid-parameter Some("page") [name=page value=1001]"#,
            ),
            (
                "q=a&per_page=51",
                r#"error invalid-parameter Some("per_page") [name=per_page value=51]"#,
            ),
            (
                "q=a&sort=new",
                r#"error invalid-parameter Some("sort") [name=sort value=new]"#,
            ),
            // Unknown parameters before the query.
            (
                "sort=new",
                r#"error invalid-parameter Some("sort") [name=sort value=new]"#,
            ),
            (
                "q=a&offers_language=not%20a%20tag!",
                r#"error invalid-parameter Some("offers_language") [name=offers_language value=not a tag!]"#,
            ),
        ];
        for (input, expect) in cases {
            check(&Rules::SEARCH, input, expect);
        }
        check(
            &Rules::SUGGEST,
            "q=ab&lang=es",
            r#"q="ab" page=1 per_page=8"#,
        );
        check(
            &Rules::SUGGEST,
            "q=ab&kind=guide",
            r#"error invalid-parameter Some("kind") [name=kind value=guide]"#,
        );
    }

    #[test]
    fn a_quoted_value_is_cut_and_a_name_shortened() {
        let value = "x".repeat(100);
        let name = "n".repeat(50);
        let err = from_pairs(
            [(name.as_str(), value.as_str())],
            &Rules::SEARCH,
            Timestamp::UNIX_EPOCH,
        )
        .unwrap_err();
        assert_eq!(err.parameter.as_deref(), Some(&*"n".repeat(40)));
        assert_eq!(err.args[1].1, format!("{}…", "x".repeat(80)));
    }

    #[test]
    fn the_page_ignores_what_it_cannot_read() {
        let cases: &[(&str, &str)] = &[
            ("q=abogado", r#"q="abogado" page=1 per_page=20"#),
            ("q=", "error empty-query None []"),
            (
                "q=a&topic=daca&topic=legal-aid,nope&kind=guide&kind=&sort=new",
                r#"q="a" page=1 per_page=20 topic=daca,legal-aid kind=guide"#,
            ),
            (
                "q=a&accredited=on&free=0&open_now=yes&per_page=5",
                r#"q="a" page=1 per_page=20 accredited open_now"#,
            ),
            ("q=a&free=1&free=0", r#"q="a" page=1 per_page=20 free=true"#),
            (
                "q=a&no_status_questions=on&no_id=1&accepting=yes&age=%2017",
                r#"q="a" page=1 per_page=20 no_status_questions no_id accepting age=17"#,
            ),
            (
                "q=a&no_status_questions=0&no_id=maybe&age=old",
                r#"q="a" page=1 per_page=20"#,
            ),
            ("q=a&page=1001", r#"q="a" page=1 per_page=20"#),
            ("q=a&page=%202", r#"q="a" page=1 per_page=20"#),
            ("q=a&page=4&page=2", r#"q="a" page=4 per_page=20"#),
            ("q=a&offers_language=", r#"q="a" page=1 per_page=20"#),
            ("q=a&near=%20&radius_km=900", r#"q="a" page=1 per_page=20"#),
            (
                "q=a&near=37.5,-121.9&radius_km=5",
                r#"q="a" page=1 per_page=20 near=37.5,-121.9 r=25"#,
            ),
            // A place that is not one is the page's one refusal, after the query's.
            (
                "q=a&near=nowhere",
                r#"error invalid-parameter Some("near") [name=near value=nowhere]"#,
            ),
            ("q=&near=nowhere", "error empty-query None []"),
        ];
        for (input, expect) in cases {
            check(&LENIENT, input, expect);
        }
    }

    #[test]
    fn the_engine_reads_json_as_the_api_reads_pairs() {
        const ENGINE: Rules = Rules {
            allowed: &[
                "q",
                "lang",
                "kind",
                "topic",
                "page",
                "per_page",
                "now_ms",
                "no_status_questions",
                "no_id",
                "accepting",
                "age",
            ],
            per_page_default: PER_PAGE_DEFAULT,
            lenient: false,
        };
        let cases: &[(&str, &str)] = &[
            (
                r#"{"q": " abogado ", "lang": "es", "now_ms": 5, "kind": ["guide", "service"]}"#,
                r#"q="abogado" page=1 per_page=10 kind=guide,service"#,
            ),
            (
                r#"{"q": "a", "page": 2, "per_page": "3", "near": null}"#,
                r#"q="a" page=2 per_page=3"#,
            ),
            (
                r#"{"q": "a", "near": [1, 2]}"#,
                r#"error invalid-parameter Some("near") [name=near value=[1,2]]"#,
            ),
            (
                r#"{"q": "a", "kind": ["guide", "nope"]}"#,
                r#"error invalid-parameter Some("kind") [name=kind value=guide,nope]"#,
            ),
            (r#"{"q": null}"#, "error empty-query None []"),
            (
                r#"{"q": "a", "no_status_questions": true, "no_id": "1", "accepting": true, "age": 9}"#,
                r#"q="a" page=1 per_page=10 no_status_questions no_id accepting age=9"#,
            ),
            (
                r#"{"q": "a", "age": 9.5}"#,
                r#"error invalid-parameter Some("age") [name=age value=9.5]"#,
            ),
        ];
        for (input, expect) in cases {
            let map: serde_json::Map<String, Value> = serde_json::from_str(input).unwrap();
            let got = show(from_json(&map, &ENGINE, Timestamp::UNIX_EPOCH));
            assert_eq!(got, *expect, "{input}");
        }
    }
}
