//! The `/hsds` routes' query parameters, typed ([`crate::params`] reads and refuses them):
//! what every route takes ([`Record`]), what every list takes ([`Listing`]) and each list's
//! own filters. Their values are checked here or by `vecino_app::hsds_query`; nothing here
//! reads the store.

use serde::Deserialize;
use utoipa::IntoParams;
use vecino_app::hsds_query::RawServiceQuery;

/// The only representation served: paged JSON (no ndjson stream).
#[derive(Debug, Clone, Copy, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
}

/// A boolean parameter: `true`/`1` or `false`/`0`.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(try_from = "String")]
pub struct Flag(pub bool);

impl TryFrom<String> for Flag {
    type Error = String;
    fn try_from(raw: String) -> Result<Flag, String> {
        match raw.as_str() {
            "true" | "1" => Ok(Flag(true)),
            "false" | "0" => Ok(Flag(false)),
            _ => Err(raw),
        }
    }
}

/// Every `/hsds` route's parameters besides `lang`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Record {
    /// Vecino's profile: the reader's language (BCP 47) for every text; without it, each text
    /// in the language it was written in.
    #[param(max_length = 35)]
    pub locale: Option<String>,
    /// Only `json`.
    #[allow(dead_code)]
    pub format: Option<Format>,
}

/// Every `/hsds` list's parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Listing {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1_000_000, default = 1)]
    #[serde(default = "first_page")]
    pub page: u64,
    /// Items per page.
    // At most `Page::MAX_PER_PAGE`: a test below checks.
    #[param(minimum = 1, maximum = 100, default = 20)]
    #[serde(default = "per_page")]
    pub per_page: u64,
    /// Vecino's profile: the reader's language (BCP 47) for every text.
    #[param(max_length = 35)]
    pub locale: Option<String>,
    /// Only `json`.
    #[allow(dead_code)]
    pub format: Option<Format>,
    /// Whole records instead of list items.
    #[param(value_type = Option<bool>)]
    #[serde(default)]
    pub full: Flag,
}

fn first_page() -> u64 {
    1
}

fn per_page() -> u64 {
    20
}

/// `/hsds/services` and `/hsds/service_at_locations` filters, as given; read by
/// `vecino_app::hsds_query::ServiceQuery::parse`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServiceFilters {
    /// Words to search for, in any of Vecino's languages.
    #[param(max_length = 500)]
    pub search: Option<String>,
    /// Only services under this taxonomy term (one of Vecino's topics).
    pub taxonomy_term_id: Option<String>,
    /// Only terms of this taxonomy (Vecino has one).
    pub taxonomy_id: Option<String>,
    /// Only this organization's services.
    pub organization_id: Option<String>,
    /// Only services written after this date or RFC 3339 time, oldest write first.
    pub modified_after: Option<String>,
    /// Only services with a place in this postcode.
    #[param(max_length = 20)]
    pub postcode: Option<String>,
    /// With `postcode`: within this many meters of the postcode's places.
    pub proximity: Option<String>,
}

impl From<ServiceFilters> for RawServiceQuery {
    fn from(f: ServiceFilters) -> RawServiceQuery {
        let ServiceFilters {
            search,
            taxonomy_term_id,
            taxonomy_id,
            organization_id,
            modified_after,
            postcode,
            proximity,
        } = f;
        RawServiceQuery {
            search,
            taxonomy_term_id,
            taxonomy_id,
            organization_id,
            modified_after,
            postcode,
            proximity,
        }
    }
}

/// `/hsds/organizations`' own parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationFilters {
    /// Words in an organization's name or description.
    #[param(max_length = 500)]
    pub search: Option<String>,
    /// Each organization with its services in full.
    #[param(value_type = Option<bool>)]
    #[serde(default)]
    pub full_service: Flag,
}

/// `/hsds/organizations/{id}`'s own parameter.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FullService {
    /// The organization's services in full.
    #[param(value_type = Option<bool>)]
    #[serde(default)]
    pub full_service: Flag,
}

/// `/hsds/taxonomies`' own parameter (Vecino has one taxonomy: it is always listed).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TaxonomyFilters {
    /// Accepted and not applied.
    #[param(max_length = 500)]
    #[allow(dead_code)]
    pub search: Option<String>,
}

/// `/hsds/taxonomy_terms`' own parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TermFilters {
    /// Words in a term's name or code.
    #[param(max_length = 500)]
    pub search: Option<String>,
    /// Only terms of this taxonomy.
    pub taxonomy_id: Option<String>,
    /// Only top-level terms (all of Vecino's are).
    #[param(value_type = Option<bool>)]
    #[serde(default)]
    #[allow(dead_code)]
    pub top_only: Flag,
    /// Only the children of this term (Vecino's terms have none).
    pub parent_id: Option<String>,
}

/// `/hsds/guides`' parameters (Vecino's profile: guides carry every translation).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1_000_000, default = 1)]
    #[serde(default = "first_page")]
    pub page: u64,
    /// Items per page.
    #[param(minimum = 1, maximum = 100, default = 20)]
    #[serde(default = "per_page")]
    pub per_page: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::documented;
    use serde_json::Value;
    use vecino_store::Page;

    fn maximum<T: IntoParams>(name: &str) -> Option<u64> {
        let param = documented::<T>().into_iter().find(|p| p.name == name)?;
        let schema = serde_json::to_value(param.schema?).ok()?;
        schema.get("maximum").and_then(Value::as_u64)
    }

    #[test]
    fn per_page_is_documented_as_the_store_allows() {
        assert_eq!(maximum::<Listing>("per_page"), Some(Page::MAX_PER_PAGE));
        assert_eq!(maximum::<Paging>("per_page"), Some(Page::MAX_PER_PAGE));
    }
}
