//! Why the domain refused a value: the field, a stable code a program can act on and translate,
//! and an English detail for logs. It must never hold localized text or anything but the value's
//! own description.

/// Why a value was refused. Every error names the field so an API can say which input was
/// wrong, carries a [`Kind`] whose [`Kind::code`] is stable (clients and translations key on
/// it), and an English detail, with the offending value where that helps, for logs and APIs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("{field}: {detail}")]
    Invalid {
        field: &'static str,
        kind: Kind,
        detail: String,
    },
}

impl Error {
    pub fn invalid(kind: Kind, field: &'static str, detail: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            kind,
            detail: detail.into(),
        }
    }

    /// The field that was refused.
    pub fn field(&self) -> &'static str {
        match self {
            Error::Invalid { field, .. } => field,
        }
    }

    /// What was wrong with it.
    pub fn kind(&self) -> Kind {
        match self {
            Error::Invalid { kind, .. } => *kind,
        }
    }

    /// The stable code of [`Error::kind`].
    pub fn code(&self) -> &'static str {
        self.kind().code()
    }
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident => $code:literal,)*) => {
        /// What was wrong with a refused value. Codes are stable: they name messages
        /// (`admin-error-<code>` in the locales) and may reach API clients; never rename one.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Kind {
            $($(#[$doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, for checks that each one has a message.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// The stable code: lowercase words joined by hyphens.
            pub fn code(self) -> &'static str {
                match self {
                    $(Kind::$variant => $code,)*
                }
            }
        }
    };
}

kinds! {
    /// Not 1-100 lowercase letters, digits and single hyphens.
    NotASlug => "not-a-slug",
    /// Not a UUID.
    NotAnId => "not-an-id",
    /// Not a BCP 47 language tag naming a language.
    NotALanguageTag => "not-a-language-tag",
    /// Not an http(s) address with a host.
    NotAWebAddress => "not-a-web-address",
    NotAPhone => "not-a-phone",
    NotAnEmail => "not-an-email",
    /// Not a two-letter upper-case country code.
    NotACountryCode => "not-a-country-code",
    /// An address without a city.
    NoCity => "no-city",
    /// Latitude or longitude out of range.
    NotOnEarth => "not-on-earth",
    /// Not an IANA time-zone name.
    BadTimeZone => "bad-time-zone",
    /// Two schedule exceptions on one date.
    DuplicateDate => "duplicate-date",
    /// A record or guide without a source.
    NoSource => "no-source",
    /// A source without a title.
    SourceWithoutTitle => "source-without-title",
    /// A verification without both its date and its verifier.
    VerificationIncomplete => "verification-incomplete",
    /// A check by a person set by an ordinary edit instead of the verify action.
    VerifiedOnlyByCheck => "verified-only-by-check",
    /// A service without a topic.
    NoTopic => "no-topic",
    /// Legal accreditation on a service that is not legal.
    AccreditationNotLegal => "accreditation-not-legal",
    /// An accreditation without its date and source.
    AccreditationUnproven => "accreditation-unproven",
    /// An accreditation set by an ordinary edit instead of an admin's accreditation action.
    AccreditedOnlyByAdmin => "accredited-only-by-admin",
    /// A `[changing:…]` marker for a fact that is not declared.
    UndeclaredFact => "undeclared-fact",
    /// An event that ends before it starts.
    EndsBeforeStart => "ends-before-start",
    /// Not one of a fixed list (a topic, an entity kind, a problem kind, a state, a text field).
    UnknownChoice => "unknown-choice",
    /// An empty text.
    EmptyText => "empty-text",
    /// The source text changed through the wrong call.
    SourceTextSetApart => "source-text-set-apart",
    /// No text in the source language.
    NoSourceText => "no-source-text",
    /// A machine translation given as the source text.
    MachineSource => "machine-source",
    /// A translation given where an original is needed.
    NotAnOriginal => "not-an-original",
    /// A review without both its reviewer and its date.
    ReviewIncomplete => "review-incomplete",
    /// No translation to review.
    NothingToReview => "nothing-to-review",
    /// The source text is not reviewed, so a translation of it cannot be.
    SourceNotReviewed => "source-not-reviewed",
    TooShort => "too-short",
    TooLong => "too-long",
    /// Given but empty, or too long.
    EmptyOrTooLong => "empty-or-too-long",
    /// An admin given organizations or locales.
    AdminUnscoped => "admin-unscoped",
    /// An editor given locales.
    EditorTakesOrganizations => "editor-takes-organizations",
    /// A translator given organizations.
    TranslatorTakesLocales => "translator-takes-locales",
    /// Not admin, editor or translator.
    NotARole => "not-a-role",
    /// An editor without an organization.
    NoOrganization => "no-organization",
    /// A translator without a locale.
    NoLocale => "no-locale",
    /// A token name that is empty or too long.
    BadTokenName => "bad-token-name",
    /// An instant outside the range the store can hold.
    TimeOutOfRange => "time-out-of-range",
    /// A day that has not come yet where only a past or present one makes sense.
    InTheFuture => "in-the-future",
    /// A minimum age above the maximum.
    AgeRange => "age-range",
    /// A count or a price below zero, or not a number.
    NegativeNumber => "negative-number",
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn codes_are_distinct_lowercase_words() {
        let mut seen = std::collections::BTreeSet::new();
        for kind in Kind::ALL {
            let code = kind.code();
            assert!(seen.insert(code), "{code} twice");
            assert!(
                code.split('-')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
                "{code}"
            );
        }
    }
}
