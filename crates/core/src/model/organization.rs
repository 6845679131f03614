//! Organizations that run services (HSDS `organization`). Must never be stored without a
//! source to cite.

use serde::{Deserialize, Serialize};

use super::contact::check_email;
use super::{Phone, Trust, WebUrl};
use crate::{Id, LocalizedText, Result, Slug};

/// An organization that runs services (HSDS `organization`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: Id,
    pub slug: Slug,
    pub name: LocalizedText,
    pub description: Option<LocalizedText>,
    pub url: Option<WebUrl>,
    pub email: Option<String>,
    pub phones: Vec<Phone>,
    pub trust: Trust,
}

impl Organization {
    pub fn validate(&self) -> Result<()> {
        check_email(self.email.as_deref())?;
        self.trust.validate()
    }

    /// Whether a resident would act differently on `other` than on `self`: its contact
    /// (phones, email, web address). A person's check does not survive such a change.
    pub fn material_change(&self, other: &Organization) -> bool {
        self.phones != other.phones || self.email != other.email || self.url != other.url
    }
}
