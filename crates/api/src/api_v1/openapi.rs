//! The OpenAPI 3.1 document of Vecino's own JSON API (`/api/v1/…`), served at
//! `/api/v1/openapi.json`.
//!
//! The `/api/v1` router is built from the same list as the document (`api_v1::routes`,
//! utoipa-axum's `routes!`), so a route cannot be served without being documented. Query
//! parameters are typed structs deriving `IntoParams` that the handlers read through
//! `params::Params`, which accepts exactly what they document; the search parameters are
//! documented here from the search crate's lists, the ones its single parser accepts. Response bodies
//! are the handlers' own types (`dto`), whose schemas are derived; the core value types they
//! carry (phones, addresses, schedules…) are described here, so vecino-core stays free of
//! utoipa. The end-to-end tests validate real responses against these schemas, which forbid
//! unknown members, so a field added to a response without its description fails them. It
//! never builds a response body other than the document itself.
//!
//! Over 800 lines for a reason: the search parameters' docs (vecino-search knows no utoipa) and
//! the schemas of core value types live here, so that vecino-core never depends on utoipa.

use std::sync::LazyLock;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn, ParameterStyle};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{ContentBuilder, OpenApi as Document, Ref, RefOr, Required, ResponseBuilder};
use utoipa::{IntoParams, OpenApi, PartialSchema, ToSchema};

use super::search;

/// Where the document is served.
pub const PATH: &str = "/api/v1/openapi.json";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Vecino API",
        version = "1",
        description = "Vecino's own read API: search, services, organizations, guides, topics and \
            languages, in the reader's language. The language comes from `lang` (any BCP 47 tag), \
            else `Accept-Language`, else English; every localized text says which locale it is \
            really in. Responses carry `Content-Language` and `Vary: Accept-Language`. Errors are \
            RFC 9457 problem details (`application/problem+json`) with a stable `code`. Unknown \
            query parameters are refused, naming the parameter. The HSDS API at `/hsds/` is \
            described by Open Referral's openapi.json and Vecino's profile, not here.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    tags(
        (name = "search", description = "Full-text search and completions"),
        (name = "directory", description = "Services and organizations"),
        (name = "guides", description = "Know Your Rights, DACA, citizenship and other guides"),
        (name = "meta", description = "Topics, languages and this document"),
    )
)]
struct ApiDoc;

/// The document's frame: what `routes` adds its paths and schemas to.
pub(crate) fn api_doc() -> Document {
    ApiDoc::openapi()
}

/// The OpenAPI document of `/api/v1`.
pub fn openapi() -> Document {
    let (_, mut doc) = super::routes().split_for_parts();
    add_common_responses(&mut doc);
    doc
}

static DOCUMENT: LazyLock<String> = LazyLock::new(|| {
    openapi()
        .to_json()
        .expect("the OpenAPI document serializes")
});

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    operation_id = "openapi",
    responses((status = 200, description = "This OpenAPI 3.1 document", body = Object,
        content_type = "application/json")),
)]
pub(crate) async fn document() -> Response {
    let mut response = DOCUMENT.as_str().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Every operation but the document itself answers 400 for a parameter it cannot read (or an
/// unknown one) and 500 when the server fails, both as problem details; every answer carries
/// the language headers.
fn add_common_responses(doc: &mut Document) {
    doc.components
        .get_or_insert_with(Default::default)
        .schemas
        .insert(Problem::name().into_owned(), Problem::schema());
    let problem = |description: &str| {
        RefOr::T(
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/problem+json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build(),
        )
    };
    let header = |description: &str| {
        RefOr::T(
            HeaderBuilder::new()
                .schema(Some(string()))
                .description(Some(description))
                .build(),
        )
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        if path == PATH {
            continue;
        }
        for op in [&mut item.get].into_iter().flatten() {
            let responses = &mut op.responses.responses;
            responses.entry("400".into()).or_insert_with(|| {
                problem(
                    "A parameter could not be read, is out of range or is not known \
                     (`invalid-parameter`, `invalid-locale`, `invalid-id`, `empty-query`, \
                     `query-too-long`); `parameter` names it",
                )
            });
            responses.entry("500".into()).or_insert_with(|| {
                problem("The server failed (`internal`); the cause is logged, not shown")
            });
            for response in responses.values_mut() {
                if let RefOr::T(response) = response {
                    response.headers.insert(
                        "Content-Language".into(),
                        header(
                            "The language of the answer's own words (negotiated from `lang`, \
                             then `Accept-Language`, then English)",
                        ),
                    );
                    response.headers.insert(
                        "Vary".into(),
                        header("`Accept-Language`: the answer depends on it"),
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------- parameters

/// The limits of a paged list, as its handler enforces them.
#[derive(Clone, Copy)]
pub(crate) struct Paging {
    pub max_page: u64,
    pub per_page_default: u64,
    pub max_per_page: u64,
}

/// The documented form of the search parameters: `names` is the search crate's list
/// (`vecino_search::request`), the one its parser accepts, so the document and the parser
/// cannot disagree. `topic` and `kind` take comma-separated lists.
fn search_params(names: &[&str], paging: Option<Paging>) -> Vec<Parameter> {
    names
        .iter()
        .map(|name| search_param(name, paging))
        .collect()
}

fn search_param(name: &str, paging: Option<Paging>) -> Parameter {
    let paging = || paging.unwrap_or_else(|| panic!("`{name}` needs the handler's paging limits"));
    match name {
        "q" => {
            let mut p = query(
                "q",
                "What the reader typed: any language, misspelled or without accents; the last \
                 word matches as a prefix. Never logged.",
                string()
                    .min_length(Some(1))
                    .max_length(Some(search::MAX_QUERY_CHARS))
                    .examples(["daca", "abogado inmigración"])
                    .into(),
            );
            p.required = Required::True;
            p
        }
        "near" => query(
            "near",
            "`latitude,longitude` (WGS 84): results within `radius_km` of it, closer first, \
             with `distance_km`.",
            string()
                .pattern(Some(
                    r"^\s*-?[0-9]+(\.[0-9]+)?\s*,\s*-?[0-9]+(\.[0-9]+)?\s*$",
                ))
                .examples(["37.3382,-121.8863"])
                .into(),
        ),
        "radius_km" => query(
            "radius_km",
            "Distance from `near`, in kilometres (only with `near`).",
            ObjectBuilder::new()
                .schema_type(Type::Number)
                .exclusive_minimum(Some(0))
                .maximum(Some(search::MAX_RADIUS_KM))
                .default(Some(json!(search::DEFAULT_RADIUS_KM)))
                .into(),
        ),
        "topic" => comma_list(
            "topic",
            "Only records about one of these topics, comma-separated.",
            TopicSlug::schema(),
        ),
        "kind" => comma_list(
            "kind",
            "Only these kinds of record, comma-separated.",
            EntityKind::schema(),
        ),
        "offers_language" => query(
            "offers_language",
            "Only services offered in this language (a BCP 47 tag, matched on its language).",
            string().examples(["es"]).into(),
        ),
        "accredited" => query(
            "accredited",
            "`true`: only legal services with an accreditation (DOJ-recognized organization, \
             accredited representative, licensed attorney).",
            flag(),
        ),
        "open_now" => query(
            "open_now",
            "`true`: only records open now, in each place's own time zone.",
            flag(),
        ),
        "free" => query(
            "free",
            "Only services that are free (`true`) or not (`false`).",
            flag(),
        ),
        "no_status_questions" => query(
            "no_status_questions",
            "`true`: only services whose known, sourced fact says they do not ask about \
             immigration status (an unknown fact is not a yes).",
            flag(),
        ),
        "no_id" => query(
            "no_id",
            "`true`: only services whose known, sourced fact says no ID is needed.",
            flag(),
        ),
        "accepting" => query(
            "accepting",
            "`true`: only services whose capacity has room for new clients (not a waitlist).",
            flag(),
        ),
        "age" => query(
            "age",
            "A person's age in years: leaves out services whose stated ages do not include it \
             (services that state no ages stay).",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0))
                .maximum(Some(vecino_search::request::MAX_AGE))
                .into(),
        ),
        "page" => query(
            "page",
            "Page number, from 1.",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(1))
                .maximum(Some(paging().max_page))
                .default(Some(json!(1)))
                .into(),
        ),
        "per_page" => query(
            "per_page",
            "Results per page.",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(1))
                .maximum(Some(paging().max_per_page))
                .default(Some(json!(paging().per_page_default)))
                .into(),
        ),
        other => panic!("search parameter `{other}` has no documentation in openapi.rs"),
    }
}

fn query(name: &str, description: &str, schema: RefOr<Schema>) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(description))
        .schema(Some(schema))
        .build()
}

fn comma_list(name: &str, description: &str, item: RefOr<Schema>) -> Parameter {
    let mut p = query(
        name,
        description,
        ArrayBuilder::new().items(item).min_items(Some(1)).into(),
    );
    p.style = Some(ParameterStyle::Form);
    p.explode = Some(false);
    p
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn flag() -> RefOr<Schema> {
    string()
        .enum_values(Some(["true", "false", "1", "0", "yes", "no"]))
        .into()
}

/// Examples are records of the starter content, so they work on a fresh server (the
/// end-to-end test requests every path with its examples).
const SERVICE_EXAMPLE: &str = "santa-clara-county-citizenship-day";
const ORGANIZATION_EXAMPLE: &str = "santa-clara-county-citizenship-collaborative";
const GUIDE_EXAMPLE: &str = "daca";
/// What `Slug::parse` accepts (with at most 100 characters).
const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// `/api/v1/search`'s parameters besides `lang`, from the search crate's list.
pub(crate) struct SearchParams;
impl IntoParams for SearchParams {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        search_params(search::SEARCH_PARAMS, Some(search::PAGING))
    }
}

/// `/api/v1/suggest`'s parameters besides `lang`, from the search crate's list.
pub(crate) struct SuggestParams;
impl IntoParams for SuggestParams {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        search_params(search::SUGGEST_PARAMS, None)
    }
}

pub use keys::{GuideKey, LangParam, OrganizationKey, ServiceKey};

/// The path parameters and `lang`, typed. (utoipa's expansion of an inlined `value_type` trips
/// `unused_qualifications`.)
#[allow(unused_qualifications)]
mod keys {
    use serde::Deserialize;
    use utoipa::IntoParams;

    /// `?lang=`, which every route accepts: documented here, read by `lang::localize` (a
    /// route with no other parameter takes `Params<LangParam>` to refuse any other).
    #[derive(Deserialize, IntoParams)]
    #[into_params(parameter_in = Query)]
    pub struct LangParam {
        /// The reader's language, any BCP 47 tag (`es-MX`, `zh-Hant`); wins over
        /// `Accept-Language`. Text falls back along chains such as es-MX → es → en.
        #[param(value_type = Option<super::LangExample>, inline, nullable = false)]
        #[allow(dead_code)]
        lang: Option<String>,
    }

    /// `{id}`: a service, by UUID or slug.
    #[derive(Deserialize, IntoParams)]
    #[into_params(parameter_in = Path)]
    pub struct ServiceKey {
        /// The service's UUID or slug
        #[param(value_type = super::ServiceIdOrSlug, inline)]
        pub id: String,
    }

    /// `{id}`: an organization, by UUID or slug.
    #[derive(Deserialize, IntoParams)]
    #[into_params(parameter_in = Path)]
    pub struct OrganizationKey {
        /// The organization's UUID or slug
        #[param(value_type = super::OrganizationIdOrSlug, inline)]
        pub id: String,
    }

    /// `{slug}`: a guide.
    #[derive(Deserialize, IntoParams)]
    #[into_params(parameter_in = Path)]
    pub struct GuideKey {
        /// The guide's slug
        #[param(value_type = super::GuideSlug, inline)]
        pub slug: String,
    }
}

// ---------------------------------------------------------------- schemas: values

/// A string schema with a fixed list of values.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident, $description:expr, $values:expr) => {
        $(#[$doc])*
        pub(crate) struct $name;
        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                string()
                    .description(Some($description))
                    .enum_values(Some($values))
                    .into()
            }
        }
        impl ToSchema for $name {}
    };
}

string_enum!(
    TopicSlug,
    "A topic of Vecino's taxonomy",
    vecino_core::Topic::ALL.iter().map(|t| t.slug())
);
string_enum!(
    WelcomingCategorySlug,
    "A category of Welcoming America's Welcoming Standard",
    vecino_core::WelcomingCategory::ALL.iter().map(|c| c.slug())
);
string_enum!(
    ShippedLocale,
    "A language the UI ships in",
    vecino_i18n::SHIPPED.iter().copied()
);
string_enum!(
    EntityKind,
    "A kind of record",
    ["organization", "service", "guide", "event"]
);
string_enum!(
    Provenance,
    "Where a text came from: written in this language (`original`), translated by a person \
     (`human`) or by machine (`machine`), or `imported` from another directory",
    ["original", "human", "machine", "imported"]
);
string_enum!(
    Accreditation,
    "Legal standing to give immigration legal advice (a notario has none)",
    [
        "doj-recognized-organization",
        "accredited-representative",
        "licensed-attorney"
    ]
);
string_enum!(
    LanguageMode,
    "How a language is offered",
    [
        "bilingual-staff",
        "interpreter",
        "phone-line",
        "written-material"
    ]
);
string_enum!(
    ServiceStatus,
    "HSDS service status (`temporarily-closed`: HSDS `temporarily closed`)",
    vecino_core::ServiceStatus::ALL.iter().map(|s| s.slug())
);
string_enum!(
    PhoneKind,
    "What a number reaches (HSDS 3.1 `phone.type`)",
    vecino_core::PhoneKind::ALL.iter().map(|k| k.slug())
);
string_enum!(
    Intake,
    "Whether a service takes new clients (from its capacity)",
    [
        vecino_core::Intake::Accepting,
        vecino_core::Intake::Waitlist
    ]
    .map(|i| i.slug())
);
string_enum!(
    AsksStatus,
    "Whether a service asks about immigration status (`some-programs`: only for some of \
     its programs)",
    vecino_core::AsksStatus::ALL.iter().map(|v| v.slug())
);
string_enum!(
    IdNeeded,
    "What identification a service needs (`any-id`: any, a consular or municipal ID card \
     included; `government-id`: only a government-issued one)",
    vecino_core::IdNeeded::ALL.iter().map(|v| v.slug())
);
string_enum!(
    PublicCharge,
    "Whether the source says using the service counts in a public-charge test",
    vecino_core::PublicCharge::ALL.iter().map(|v| v.slug())
);
string_enum!(
    FreshnessState,
    "Where a record stands against its review interval",
    ["current", "overdue", "expired", "never-checked"]
);
string_enum!(
    AccessibilityFeature,
    "A physical feature that makes a place usable",
    [
        "wheelchair-accessible",
        "accessible-restroom",
        "hearing-loop",
        "sign-language",
        "braille",
        "large-print",
        "accessible-parking",
        "near-public-transit"
    ]
);
string_enum!(Weekday, "A day of the week", {
    vecino_core::Weekday::ALL
        .iter()
        .map(|d| serde_json::to_value(d).expect("a weekday serializes"))
});
string_enum!(Direction, "Which way a language is written", ["ltr", "rtl"]);

/// A string in a format.
macro_rules! string_format {
    ($(#[$doc:meta])* $name:ident, $build:expr) => {
        $(#[$doc])*
        pub(crate) struct $name;
        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                let build: fn(ObjectBuilder) -> ObjectBuilder = $build;
                build(string()).into()
            }
        }
        impl ToSchema for $name {}
    };
}

string_format!(Uuid, |s| s
    .format(Some(utoipa::openapi::SchemaFormat::Custom("uuid".into())))
    .pattern(Some(
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    )));
string_format!(Slug, |s| s
    .description(Some("1-100 lowercase letters, digits and single hyphens"))
    .min_length(Some(1))
    .max_length(Some(100))
    .pattern(Some(SLUG_PATTERN)));
string_format!(Url, |s| s
    .format(Some(utoipa::openapi::SchemaFormat::Custom("uri".into()))));
string_format!(Date, |s| s
    .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
        utoipa::openapi::KnownFormat::Date
    )))
    .pattern(Some(r"^\d{4}-\d{2}-\d{2}$")));
string_format!(DateTime, |s| s.format(Some(
    utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::DateTime)
)));
string_format!(ClockTime, |s| s
    .description(Some("Wall-clock time in the schedule's time zone"))
    .pattern(Some(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")));
string_format!(TimeZone, |s| s
    .description(Some("An IANA time zone"))
    .examples(["America/Los_Angeles"]));
string_format!(ServiceIdOrSlug, |s| s
    .description(Some("A record's UUID or its slug"))
    .examples([SERVICE_EXAMPLE]));
string_format!(OrganizationIdOrSlug, |s| s
    .description(Some("A record's UUID or its slug"))
    .examples([ORGANIZATION_EXAMPLE]));
string_format!(GuideSlug, |s| s
    .pattern(Some(SLUG_PATTERN))
    .examples([GUIDE_EXAMPLE]));
string_format!(LangExample, |s| s.examples(["es"]));
string_format!(LocaleTag, |s| s
    .description(Some("A BCP 47 language tag"))
    .examples(["es", "zh-Hant"]));

// ---------------------------------------------------------------- schemas: bodies

/// An RFC 9457 problem detail. `title` and `detail` are in the reader's language; `code` is
/// stable for programs.
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct Problem {
    /// `urn:vecino:problem:<code>`
    #[schema(pattern = "^urn:vecino:problem:[a-z-]+$")]
    r#type: String,
    title: String,
    /// The HTTP status code.
    #[schema(minimum = 400, maximum = 599)]
    status: u16,
    detail: String,
    /// The stable error code (`invalid-parameter`, `service-not-found`, `internal`, …).
    #[schema(pattern = "^[a-z-]+$")]
    code: String,
    /// The parameter that could not be read, when one could not.
    #[schema(nullable = false)]
    parameter: Option<String>,
}

/// A source a record cites.
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct Source {
    title: String,
    url: Url,
}

/// A postal address (HSDS `address`).
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct Address {
    #[schema(nullable = false)]
    address_1: Option<String>,
    city: String,
    state_province: String,
    #[schema(nullable = false)]
    postal_code: Option<String>,
    /// ISO 3166-1 alpha-2.
    country: String,
}

/// A WGS 84 point; `city` precision is the centre of the city, not the door.
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct GeoPoint {
    #[schema(minimum = -90, maximum = 90)]
    latitude: f64,
    #[schema(minimum = -180, maximum = 180)]
    longitude: f64,
    precision: GeoPrecision,
}

string_enum!(GeoPrecision, "How exact a point is", ["exact", "city"]);

/// Opening and closing wall-clock times; a range closing at or before it opens runs past
/// midnight, 00:00–00:00 is the whole day.
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct TimeRange {
    opens: ClockTime,
    closes: ClockTime,
}

#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct OpeningHours {
    weekday: Weekday,
    opens: ClockTime,
    closes: ClockTime,
}

string_enum!(
    ExceptionKind,
    "Closed that day, or open at other hours",
    ["closed", "open"]
);

/// A dated exception to the weekly hours (a holiday, a special opening).
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct DatedException {
    date: Date,
    kind: ExceptionKind,
    /// The hours that day (`open` only).
    #[schema(nullable = false)]
    hours: Option<Vec<TimeRange>>,
    #[schema(nullable = false)]
    note: Option<String>,
}

/// Weekly hours in an IANA time zone, with dated exceptions.
#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct Schedule {
    timezone: TimeZone,
    weekly: Vec<OpeningHours>,
    exceptions: Vec<DatedException>,
}

/// A text in every language it is written in, as stored (source locale and translations).
#[derive(ToSchema)]
#[allow(dead_code)]
pub(crate) struct StoredText {
    source_locale: LocaleTag,
    /// Per locale: `text`, `provenance`, and for translations the source's hash, reviewer and
    /// review date.
    texts: std::collections::BTreeMap<String, Object>,
}

/// Any JSON object.
pub(crate) struct Object;
impl PartialSchema for Object {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::Object).into()
    }
}
impl ToSchema for Object {}

#[derive(ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct Accessibility {
    feature: AccessibilityFeature,
    #[schema(nullable = false)]
    details: Option<StoredText>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api_v1::services;
    use serde_json::Value;

    fn document() -> Value {
        serde_json::to_value(openapi()).unwrap()
    }

    /// Every `$ref` in `value`.
    fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("$ref", Value::String(r)) => out.push(r),
                        _ => refs(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn is_openapi_3_1_and_every_ref_resolves() {
        let doc = document();
        if std::env::var_os("VECINO_PRINT_OPENAPI").is_some() {
            println!("{}", serde_json::to_string_pretty(&doc).unwrap());
        }
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(found.len() > 20, "only {} refs", found.len());
        for r in found {
            let pointer = r.strip_prefix('#').expect("a local $ref");
            assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
        }
    }

    /// The parameters each operation documents are exactly those its handler accepts, with
    /// the handler's limits.
    #[test]
    fn parameters_are_the_handlers() {
        let doc = document();
        let names = |path: &str| -> Vec<String> {
            doc["paths"][path]["get"]["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .filter(|p| p["in"] == "query")
                        .map(|p| p["name"].as_str().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default()
        };
        let with_lang = |list: &[&str]| -> Vec<String> {
            std::iter::once("lang")
                .chain(list.iter().copied())
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(names("/api/v1/search"), with_lang(search::SEARCH_PARAMS));
        assert_eq!(names("/api/v1/suggest"), with_lang(search::SUGGEST_PARAMS));
        let accepted: Vec<String> = crate::params::documented::<services::ServicesQuery>()
            .into_iter()
            .map(|p| p.name)
            .collect();
        let accepted: Vec<&str> = accepted.iter().map(String::as_str).collect();
        assert_eq!(names("/api/v1/services"), with_lang(&accepted));
        for path in ["/api/v1/guides", "/api/v1/topics", "/api/v1/locales"] {
            assert_eq!(names(path), ["lang"], "{path}");
        }
        let param = |path: &str, name: &str| -> Value {
            doc["paths"][path]["get"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["name"] == name)
                .unwrap()
                .clone()
        };
        let q = param("/api/v1/search", "q");
        assert_eq!(q["required"], true);
        assert_eq!(q["schema"]["maxLength"], search::MAX_QUERY_CHARS);
        assert_eq!(
            param("/api/v1/search", "per_page")["schema"]["maximum"],
            search::PAGING.max_per_page
        );
        assert_eq!(
            param("/api/v1/services", "per_page")["schema"]["maximum"],
            vecino_store::Page::MAX_PER_PAGE
        );
        // What the handler reads when a parameter is absent is the documented default.
        let read: services::ServicesQuery = crate::params::parse("").unwrap();
        for (name, value) in [("page", read.page), ("per_page", read.per_page)] {
            assert_eq!(
                param("/api/v1/services", name)["schema"]["default"],
                value,
                "{name}"
            );
        }
        let topics = &param("/api/v1/search", "topic")["schema"]["items"]["enum"];
        assert_eq!(
            topics.as_array().unwrap().len(),
            vecino_core::Topic::ALL.len()
        );
    }

    fn values<T: PartialSchema>() -> Vec<Value> {
        serde_json::to_value(T::schema()).unwrap()["enum"]
            .as_array()
            .unwrap()
            .clone()
    }

    fn all_read<C: serde::de::DeserializeOwned>(values: Vec<Value>) {
        assert!(!values.is_empty());
        for v in values {
            if let Err(e) = serde_json::from_value::<C>(v.clone()) {
                panic!(
                    "{v} is documented but is not a {}: {e}",
                    std::any::type_name::<C>()
                );
            }
        }
    }

    /// The values documented for the core enums are values of those enums.
    #[test]
    fn documented_values_are_the_core_types() {
        all_read::<vecino_core::Provenance>(values::<Provenance>());
        all_read::<vecino_core::Accreditation>(values::<Accreditation>());
        all_read::<vecino_core::LanguageMode>(values::<LanguageMode>());
        all_read::<vecino_core::ServiceStatus>(values::<ServiceStatus>());
        all_read::<vecino_core::PhoneKind>(values::<PhoneKind>());
        all_read::<vecino_core::Intake>(values::<Intake>());
        all_read::<vecino_core::AsksStatus>(values::<AsksStatus>());
        all_read::<vecino_core::IdNeeded>(values::<IdNeeded>());
        all_read::<vecino_core::PublicCharge>(values::<PublicCharge>());
        let states: Vec<Value> = [
            vecino_core::Freshness::NeverChecked,
            vecino_core::Freshness::of(
                Some(jiff::civil::date(2026, 1, 1)),
                10,
                jiff::civil::date(2026, 1, 2),
            ),
            vecino_core::Freshness::of(
                Some(jiff::civil::date(2026, 1, 1)),
                10,
                jiff::civil::date(2026, 1, 15),
            ),
            vecino_core::Freshness::of(
                Some(jiff::civil::date(2026, 1, 1)),
                10,
                jiff::civil::date(2026, 2, 1),
            ),
        ]
        .map(|f| Value::from(f.slug()))
        .into();
        let mut documented = values::<FreshnessState>();
        documented.sort_by_key(|v| v.to_string());
        let mut states = states;
        states.sort_by_key(|v| v.to_string());
        assert_eq!(documented, states);
        all_read::<vecino_core::AccessibilityFeature>(values::<AccessibilityFeature>());
        all_read::<vecino_core::GeoPrecision>(values::<GeoPrecision>());
        all_read::<vecino_core::Weekday>(values::<Weekday>());
        all_read::<vecino_core::Topic>(values::<TopicSlug>());
        for kind in values::<EntityKind>() {
            vecino_core::EntityKind::parse(kind.as_str().unwrap()).unwrap();
        }
        let directions: Vec<Value> = ["ltr", "rtl"].map(Value::from).into();
        assert_eq!(values::<Direction>(), directions);
        assert_eq!(values::<ShippedLocale>().len(), vecino_i18n::SHIPPED.len());
    }

    /// Errors are documented as problem details on every operation but the document.
    #[test]
    fn errors_are_problem_details() {
        let doc = document();
        for (path, item) in doc["paths"].as_object().unwrap() {
            let responses = &item["get"]["responses"];
            if path == PATH {
                continue;
            }
            for status in ["400", "500"] {
                assert_eq!(
                    responses[status]["content"]["application/problem+json"]["schema"]["$ref"],
                    "#/components/schemas/Problem",
                    "{path} {status}"
                );
            }
        }
        let problem = &doc["components"]["schemas"]["Problem"];
        for member in ["type", "title", "status", "detail", "code"] {
            assert!(
                problem["required"]
                    .as_array()
                    .unwrap()
                    .contains(&json!(member)),
                "{member}"
            );
        }
    }
}
