//! Organizations: an HSDS `organization` (or Vecino's profile of one) as a core
//! [`Organization`]. Must never keep an organization without an id, a name or a source to cite.

use vecino_core::Organization;

use super::Mapper;
use crate::profile::VecinoOrganization;
use crate::raw::RawOrganization;

impl Mapper<'_> {
    pub(super) fn organization(&mut self, raw: &RawOrganization) -> Option<Organization> {
        if raw.id.is_empty() {
            self.report
                .skip_record(&raw.at, "id", "", "the organization has no id");
            return None;
        }
        let id = self.id("organization", &raw.id);
        let url = self.url(&raw.at, "url", &raw.url);
        let email = self.email(&raw.at, &raw.email);
        let phones = self.phones(&raw.phones);
        if let Some(ext) = self.extension::<VecinoOrganization>(&raw.at, raw.vecino.as_ref()) {
            let trust = if self.options.trust_profile {
                ext.trust
            } else {
                self.trust(&raw.at, &raw.id)?
            };
            return Some(Organization {
                id,
                slug: ext.slug,
                name: ext.name,
                description: ext.description,
                url,
                email,
                phones: ext.phones.unwrap_or(phones),
                trust,
            });
        }
        let Some(name) = self.text(&raw.at, "name", &raw.name) else {
            self.report
                .skip_record(&raw.at, "name", "", "the organization has no name");
            return None;
        };
        let description = self.text(&raw.at, "description", &raw.description);
        let trust = self.trust(&raw.at, &raw.id)?;
        Some(Organization {
            id,
            slug: self.slug("organization", &raw.name, id),
            name,
            description,
            url,
            email,
            phones,
            trust,
        })
    }
}
