//! [`Params<T>`]: a route's query parameters read into a typed struct that also documents them
//! (serde `Deserialize` + utoipa `IntoParams`). The names it accepts, the required ones and
//! the numeric and length limits are read from `T::into_params`, the very list the OpenAPI
//! document shows, so the document and the handler cannot disagree. It must never accept a
//! parameter the document does not list (except `lang`, which the `lang::localize` middleware
//! reads), and never echo more of a bad value than `ApiError::invalid_parameter` keeps.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde_json::Value;
use utoipa::IntoParams;
use utoipa::openapi::Required;
use utoipa::openapi::path::{Parameter, ParameterIn};

use crate::ApiError;

/// The parameter every route accepts: the reader's language, negotiated by `lang::localize`.
pub const LANG: &str = "lang";

/// The query parameters of a request, read into `T`. A parameter `T` does not document, one
/// given twice, a required one missing, a value out of its documented range or one `T` cannot
/// read is refused with `invalid-parameter` (400) naming it and its value.
#[derive(Debug, Clone, Copy, Default)]
pub struct Params<T>(pub T);

impl<T, S> FromRequestParts<S> for Params<T>
where
    T: DeserializeOwned + IntoParams,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parse(parts.uri.query().unwrap_or_default()).map(Params)
    }
}

/// Two parameter structs read from one query, for routes whose parameters are a shared set
/// and their own: each parameter goes to the struct that documents it (`A` first), and one
/// neither documents is refused, as [`Params`] does.
#[derive(Debug, Clone, Copy, Default)]
pub struct Both<A, B>(pub A, pub B);

impl<A, B, S> FromRequestParts<S> for Both<A, B>
where
    A: DeserializeOwned + IntoParams,
    B: DeserializeOwned + IntoParams,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let mine = documented::<A>();
        let (mut a, mut b) = (
            form_urlencoded::Serializer::new(String::new()),
            form_urlencoded::Serializer::new(String::new()),
        );
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if mine.iter().any(|p| p.name == name) {
                a.append_pair(&name, &value);
            } else {
                b.append_pair(&name, &value);
            }
        }
        Ok(Both(parse(&a.finish())?, parse(&b.finish())?))
    }
}

/// The documented query parameters of `T`.
pub fn documented<T: IntoParams>() -> Vec<Parameter> {
    T::into_params(|| Some(ParameterIn::Query))
        .into_iter()
        .filter(|p| p.parameter_in == ParameterIn::Query)
        .collect()
}

/// Reads `query` (the part of the URL after `?`) into `T`, as [`Params`] does.
pub fn parse<T: DeserializeOwned + IntoParams>(query: &str) -> Result<T, ApiError> {
    let docs = documented::<T>();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    for (i, (name, value)) in pairs.iter().enumerate() {
        let doc = docs.iter().find(|p| p.name == *name);
        if name != LANG && doc.is_none() {
            return Err(ApiError::invalid_parameter(name, value));
        }
        if pairs[..i].iter().any(|(earlier, _)| earlier == name) {
            return Err(ApiError::invalid_parameter(name, value));
        }
        if let Some(doc) = doc {
            within_limits(doc, value)?;
        }
    }
    if let Some(missing) = docs
        .iter()
        .find(|p| p.required == Required::True && !pairs.iter().any(|(n, _)| *n == p.name))
    {
        return Err(ApiError::invalid_parameter(&missing.name, ""));
    }
    let deserializer =
        serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let name = match err.path().iter().next() {
            Some(serde_path_to_error::Segment::Map { key }) => key.clone(),
            _ => String::new(),
        };
        let value = pairs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        ApiError::invalid_parameter(&name, value)
    })
}

/// Checks `value` against the documented `minimum`, `maximum`, `exclusiveMinimum` and
/// `maxLength` of its parameter.
fn within_limits(doc: &Parameter, value: &str) -> Result<(), ApiError> {
    let Some(schema) = doc
        .schema
        .as_ref()
        .and_then(|s| serde_json::to_value(s).ok())
    else {
        return Ok(());
    };
    let refuse = || ApiError::invalid_parameter(&doc.name, value);
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
        && value.chars().count() as u64 > max
    {
        return Err(refuse());
    }
    let (min, max, above) = (
        bound("minimum"),
        bound("maximum"),
        bound("exclusiveMinimum"),
    );
    if min.is_none() && max.is_none() && above.is_none() {
        return Ok(());
    }
    // A value that is no number is left to `T`, which refuses it by name.
    let Ok(n) = value.trim().parse::<f64>() else {
        return Ok(());
    };
    let fits = n.is_finite()
        && min.is_none_or(|m| n >= m)
        && max.is_none_or(|m| n <= m)
        && above.is_none_or(|m| n > m);
    if fits { Ok(()) } else { Err(refuse()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// A query with every kind of field.
    #[derive(Debug, Deserialize, IntoParams, PartialEq)]
    #[into_params(parameter_in = Query)]
    struct Sample {
        /// A page number.
        #[param(minimum = 1, maximum = 10, default = 1)]
        #[serde(default = "one")]
        page: u64,
        /// A word.
        #[param(max_length = 5)]
        word: Option<String>,
        /// Required.
        must: String,
    }

    fn one() -> u64 {
        1
    }

    /// `Ok` with the struct, or the refused parameter's name and value.
    fn check(query: &str, expect: Result<Sample, (&str, &str)>) {
        let got = parse::<Sample>(query).map_err(|e| {
            let body = problem_body(e);
            (
                body["parameter"].as_str().unwrap_or_default().to_owned(),
                body["value"].as_str().unwrap_or_default().to_owned(),
            )
        });
        let expect = expect.map_err(|(n, v)| (n.to_owned(), v.to_owned()));
        assert_eq!(got, expect, "{query}");
    }

    /// The parameter and value an error names.
    fn problem_body(e: ApiError) -> Value {
        let (parameter, value) = e.parameter_and_value();
        serde_json::json!({ "parameter": parameter, "value": value })
    }

    #[test]
    fn reads_documented_parameters_and_names_every_refusal() {
        let ok = |page, word: Option<&str>| {
            Ok(Sample {
                page,
                word: word.map(str::to_owned),
                must: "x".into(),
            })
        };
        check("must=x", ok(1, None));
        check("must=x&page=10&word=abcde&lang=es", ok(10, Some("abcde")));
        check("must=x&colour=red", Err(("colour", "red")));
        check("must=x&page=0", Err(("page", "0")));
        check("must=x&page=11", Err(("page", "11")));
        check("must=x&page=two", Err(("page", "two")));
        check("must=x&page=", Err(("page", "")));
        check("must=x&page=1.5", Err(("page", "1.5")));
        check("must=x&word=abcdef", Err(("word", "abcdef")));
        check("must=x&page=1&page=2", Err(("page", "2")));
        check("page=2", Err(("must", "")));
    }

    /// The second half of a [`Both`].
    #[derive(Debug, Deserialize, IntoParams, PartialEq)]
    #[into_params(parameter_in = Query)]
    struct Extra {
        /// A colour.
        colour: Option<String>,
    }

    async fn both(query: &str) -> Result<(u64, Option<String>), (String, String)> {
        let request = axum::http::Request::get(format!("/x?{query}"))
            .body(())
            .unwrap();
        let (mut parts, ()) = request.into_parts();
        let got = Both::<Sample, Extra>::from_request_parts(&mut parts, &()).await;
        got.map(|Both(a, b)| (a.page, b.colour)).map_err(|e| {
            let body = problem_body(e);
            (
                body["parameter"].as_str().unwrap_or_default().to_owned(),
                body["value"].as_str().unwrap_or_default().to_owned(),
            )
        })
    }

    #[tokio::test]
    async fn both_sends_each_parameter_to_the_struct_that_documents_it() {
        let refused = |n: &str, v: &str| Err((n.to_owned(), v.to_owned()));
        assert_eq!(
            both("must=x&page=3&colour=red").await,
            Ok((3, Some("red".into())))
        );
        assert_eq!(both("must=x&lang=ar").await, Ok((1, None)));
        assert_eq!(both("must=x&size=9").await, refused("size", "9"));
        assert_eq!(both("must=x&page=0&colour=red").await, refused("page", "0"));
        assert_eq!(
            both("must=x&colour=a&colour=b").await,
            refused("colour", "b")
        );
        assert_eq!(both("colour=red").await, refused("must", ""));
    }
}
