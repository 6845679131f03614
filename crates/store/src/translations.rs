//! The translation workflow: where each locale's translation of every text field stands
//! (missing, stale, machine, imported, human), one text with its record, and translation
//! writes.
//!
//! Lists read only the text columns (never topics, places or schedules; of a service also its
//! `details` and `safety` JSON, for the texts in them), a chunk of rows at a
//! time in slug order, and keep only the page asked for, so a page costs one pass over the
//! text columns and memory for one chunk plus one page. A translation is written like any
//! directory write: one transaction that takes the feed's lock first, reads the record inside
//! it, changes one locale of one field, and appends to the change feed (so search and bundles
//! pick it up). The source text a translation was made from is kept by its hash
//! (`translation_sources`), so a translator can later see what changed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TryGetableMany,
};
use serde_json::Value;
use vecino_core::{
    EntityKind, Event, Guide, Id, LocaleTag, LocalizedText, Organization, SafetyFacts, Service,
    ServiceDetails, TextField, TextState, Timestamp, content_hash, detail_texts,
};

use crate::convert::{self, from_chrono};
use crate::entity::{events, guides, organizations, services, translation_sources};
use crate::read::{Page, Paged, load_services};
use crate::write::{AuditNote, Write, conflict_on_unique, insert_audit, write_service_rows};
use crate::{Error, Result, Store};

/// The kinds of record with translated text, in the order lists show them.
pub const TRANSLATED_KINDS: [EntityKind; 4] = [
    EntityKind::Service,
    EntityKind::Organization,
    EntityKind::Guide,
    EntityKind::Event,
];

/// Rows read per query while scanning.
const CHUNK: u64 = 500;

fn kind_index(kind: EntityKind) -> usize {
    TRANSLATED_KINDS
        .iter()
        .position(|k| *k == kind)
        .expect("every kind has text")
}

fn state_index(state: TextState) -> usize {
    TextState::ALL
        .iter()
        .position(|s| *s == state)
        .expect("a known state")
}

/// How many texts of each kind are in each state, for one locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StateCounts([[u64; 5]; 4]);

impl StateCounts {
    pub fn get(&self, kind: EntityKind, state: TextState) -> u64 {
        self.0[kind_index(kind)][state_index(state)]
    }

    /// Across kinds.
    pub fn state(&self, state: TextState) -> u64 {
        self.0.iter().map(|k| k[state_index(state)]).sum()
    }

    /// Texts of `kind` that have (or lack) a translation into this locale.
    pub fn kind(&self, kind: EntityKind) -> u64 {
        self.0[kind_index(kind)].iter().sum()
    }

    fn add(&mut self, kind: EntityKind, state: TextState) {
        self.0[kind_index(kind)][state_index(state)] += 1;
    }
}

/// One text field of one record, and where its translation into the asked locale stands.
#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    pub kind: EntityKind,
    pub id: Id,
    pub slug: String,
    /// The record's name or title, to show in a list.
    pub label: LocalizedText,
    pub field: TextField,
    pub state: TextState,
    pub text: LocalizedText,
    /// When the record was last written (its source text may have changed then).
    pub updated_at: Timestamp,
}

/// Which texts a list shows.
#[derive(Debug, Clone)]
pub struct TranslationQuery {
    pub locale: LocaleTag,
    pub state: Option<TextState>,
    pub kind: Option<EntityKind>,
}

/// One page of a locale's list, with that locale's counts across every kind and state.
#[derive(Debug, Clone)]
pub struct TranslationList {
    pub counts: StateCounts,
    pub items: Paged<TextItem>,
}

/// One text field of one record, to translate.
#[derive(Debug, Clone, PartialEq)]
pub struct Translatable {
    pub kind: EntityKind,
    pub id: Id,
    pub slug: String,
    pub label: LocalizedText,
    pub field: TextField,
    pub text: LocalizedText,
    pub updated_at: Timestamp,
    /// For a guide: the ids of its `[changing:…]` facts, which its body may mark.
    pub changing_facts: Vec<String>,
}

/// What came of a translation write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextWrite {
    /// Written at this revision of the change feed.
    Saved(u64),
    /// The text was already exactly so: nothing written.
    Unchanged,
    /// The source text is no longer the one the translator saw: nothing written.
    SourceChanged,
    NotFound,
}

/// A row's texts, as read for a list: only those it has, in editor order.
struct TextRow {
    id: String,
    slug: String,
    texts: Vec<(TextField, LocalizedText)>,
    updated_at: DateTime<Utc>,
}

// The text columns of each table: id, slug, texts…, updated_at.
type ServiceTexts = (
    String,
    String,
    Value,
    Value,
    Option<Value>,
    Option<Value>,
    DateTime<Utc>,
);
type OrganizationTexts = (String, String, Value, Option<Value>, DateTime<Utc>);
type GuideTexts = (String, String, Value, Value, Value, DateTime<Utc>);
type EventTexts = (String, String, Value, Value, DateTime<Utc>);

/// A record with translatable text, loaded whole for a write.
enum Record {
    Service(Box<Service>),
    Organization(Organization),
    Guide(Guide),
    Event(Box<Event>),
}

impl Record {
    fn field_mut(&mut self, field: TextField) -> Option<&mut LocalizedText> {
        match (self, field) {
            (Record::Service(s), field) => s.text_mut(field),
            (Record::Organization(o), TextField::Name) => Some(&mut o.name),
            (Record::Organization(o), TextField::Description) => o.description.as_mut(),
            (Record::Guide(g), TextField::Title) => Some(&mut g.title),
            (Record::Guide(g), TextField::Summary) => Some(&mut g.summary),
            (Record::Guide(g), TextField::Body) => Some(&mut g.body),
            (Record::Event(e), TextField::Title) => Some(&mut e.title),
            (Record::Event(e), TextField::Description) => Some(&mut e.description),
            _ => None,
        }
    }

    fn validate(&self) -> vecino_core::Result<()> {
        match self {
            Record::Service(s) => s.validate(),
            Record::Organization(o) => o.validate(),
            Record::Guide(g) => g.validate(),
            Record::Event(e) => e.validate(),
        }
    }
}

async fn load_record<C: ConnectionTrait>(
    db: &C,
    kind: EntityKind,
    id: Id,
) -> Result<Option<(Record, DateTime<Utc>)>> {
    let key = id.to_string();
    Ok(match kind {
        EntityKind::Service => {
            let Some(row) = services::Entity::find_by_id(key).one(db).await? else {
                return Ok(None);
            };
            let at = row.updated_at;
            load_services(db, vec![row])
                .await?
                .pop()
                .map(|s| (Record::Service(Box::new(s)), at))
        }
        EntityKind::Organization => match organizations::Entity::find_by_id(key).one(db).await? {
            Some(row) => {
                let at = row.updated_at;
                Some((Record::Organization(convert::organization(row)?), at))
            }
            None => None,
        },
        EntityKind::Guide => match guides::Entity::find_by_id(key).one(db).await? {
            Some(row) => {
                let at = row.updated_at;
                Some((Record::Guide(convert::guide(row)?), at))
            }
            None => None,
        },
        EntityKind::Event => match events::Entity::find_by_id(key).one(db).await? {
            Some(row) => {
                let at = row.updated_at;
                Some((Record::Event(Box::new(convert::event(row)?)), at))
            }
            None => None,
        },
    })
}

/// A service's `details` or `safety` column (empty when NULL), for the texts inside it.
fn details_part<T: serde::de::DeserializeOwned + Default>(
    id: &str,
    value: Option<Value>,
) -> Result<T> {
    value
        .map(|v| {
            serde_json::from_value(v).map_err(|e| Error::Corrupt {
                what: EntityKind::Service.as_str(),
                id: id.to_owned(),
                reason: e.to_string(),
            })
        })
        .transpose()
        .map(Option::unwrap_or_default)
}

fn parse_text(kind: EntityKind, id: &str, value: Value) -> Result<LocalizedText> {
    serde_json::from_value(value).map_err(|e| Error::Corrupt {
        what: kind.as_str(),
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

impl Store {
    /// A chunk of rows of entity `E` after slug `after`: `columns` (id, slug, the text
    /// columns, updated_at) as a tuple `T`, in slug order. The one text columns query.
    async fn text_chunk<E, T>(
        &self,
        columns: impl IntoIterator<Item = E::Column>,
        slug: E::Column,
        after: &str,
    ) -> Result<Vec<T>>
    where
        E: EntityTrait,
        T: TryGetableMany,
    {
        Ok(E::find()
            .select_only()
            .columns(columns)
            .filter(slug.gt(after))
            .order_by_asc(slug)
            .limit(CHUNK)
            .into_tuple::<T>()
            .all(&self.db)
            .await?)
    }

    /// A chunk of rows of `kind` after slug `after`, text columns only, parsed.
    async fn text_rows(&self, kind: EntityKind, after: &str) -> Result<Vec<TextRow>> {
        use TextField::*;
        let row = |id: String, slug: String, texts: Vec<(TextField, Option<Value>)>, at| {
            let texts = texts
                .into_iter()
                .filter_map(|(f, v)| Some(parse_text(kind, &id, v?).map(|t| (f, t))))
                .collect::<Result<_>>()?;
            Ok(TextRow {
                id,
                slug,
                texts,
                updated_at: at,
            })
        };
        match kind {
            EntityKind::Service => {
                use services::Column as C;
                self.text_chunk::<services::Entity, ServiceTexts>(
                    [
                        C::Id,
                        C::Slug,
                        C::Name,
                        C::Description,
                        C::Details,
                        C::Safety,
                        C::UpdatedAt,
                    ],
                    C::Slug,
                    after,
                )
                .await?
                .into_iter()
                .map(|(id, slug, name, description, details, safety, at)| {
                    let details = details_part::<ServiceDetails>(&id, details)?;
                    let safety = details_part::<SafetyFacts>(&id, safety)?;
                    let texts = vec![(Name, Some(name)), (Description, Some(description))];
                    let mut row = row(id, slug, texts, at)?;
                    row.texts.extend(
                        detail_texts(&details, &safety)
                            .into_iter()
                            .map(|(f, t)| (f, t.clone())),
                    );
                    Ok(row)
                })
                .collect()
            }
            EntityKind::Organization => {
                use organizations::Column as C;
                self.text_chunk::<organizations::Entity, OrganizationTexts>(
                    [C::Id, C::Slug, C::Name, C::Description, C::UpdatedAt],
                    C::Slug,
                    after,
                )
                .await?
                .into_iter()
                .map(|(id, slug, a, b, at)| {
                    row(id, slug, vec![(Name, Some(a)), (Description, b)], at)
                })
                .collect()
            }
            EntityKind::Guide => {
                use guides::Column as C;
                self.text_chunk::<guides::Entity, GuideTexts>(
                    [C::Id, C::Slug, C::Title, C::Summary, C::Body, C::UpdatedAt],
                    C::Slug,
                    after,
                )
                .await?
                .into_iter()
                .map(|(id, slug, a, b, c, at)| {
                    row(
                        id,
                        slug,
                        vec![(Title, Some(a)), (Summary, Some(b)), (Body, Some(c))],
                        at,
                    )
                })
                .collect()
            }
            EntityKind::Event => {
                use events::Column as C;
                self.text_chunk::<events::Entity, EventTexts>(
                    [C::Id, C::Slug, C::Title, C::Description, C::UpdatedAt],
                    C::Slug,
                    after,
                )
                .await?
                .into_iter()
                .map(|(id, slug, a, b, at)| {
                    row(id, slug, vec![(Title, Some(a)), (Description, Some(b))], at)
                })
                .collect()
            }
        }
    }

    /// Visits every text field of every record of `kinds`, in list order: kind, slug, field.
    /// The first text of a record (its name or title) is passed as its label.
    async fn scan_texts(
        &self,
        kinds: &[EntityKind],
        mut visit: impl FnMut(EntityKind, &TextRow, &LocalizedText, TextField, &LocalizedText),
    ) -> Result<()> {
        for kind in TRANSLATED_KINDS.into_iter().filter(|k| kinds.contains(k)) {
            let mut after = String::new();
            loop {
                let rows = self.text_rows(kind, &after).await?;
                let Some(last) = rows.last() else { break };
                after = last.slug.clone();
                let full = rows.len() as u64 == CHUNK;
                for row in rows {
                    let Some((_, label)) = row.texts.first() else {
                        continue;
                    };
                    for (field, text) in &row.texts {
                        visit(kind, &row, label, *field, text);
                    }
                }
                if !full {
                    break;
                }
            }
        }
        Ok(())
    }

    /// One page of the texts whose translation into `query.locale` is in `query.state` (any
    /// state when `None`), of `query.kind` (any kind when `None`), with the locale's counts.
    /// Texts written in the locale itself (their source) are not listed.
    pub async fn translation_list(
        &self,
        query: &TranslationQuery,
        page: Page,
    ) -> Result<TranslationList> {
        let mut counts = StateCounts::default();
        let start = (page.page - 1) * page.per_page;
        let end = start + page.per_page;
        let mut matched = 0u64;
        let mut items = Vec::new();
        let mut bad = None;
        self.scan_texts(&TRANSLATED_KINDS, |kind, row, label, field, text| {
            let Some(state) = TextState::of(text, &query.locale) else {
                return;
            };
            counts.add(kind, state);
            if query.kind.is_some_and(|k| k != kind) || query.state.is_some_and(|s| s != state) {
                return;
            }
            if (start..end).contains(&matched) {
                match (Id::parse(&row.id), from_chrono(row.updated_at)) {
                    (Ok(id), Ok(updated_at)) => items.push(TextItem {
                        kind,
                        id,
                        slug: row.slug.clone(),
                        label: label.clone(),
                        field,
                        state,
                        text: text.clone(),
                        updated_at,
                    }),
                    (Err(_), _) => {
                        bad = Some(Error::Corrupt {
                            what: kind.as_str(),
                            id: row.id.clone(),
                            reason: "not an id".to_owned(),
                        })
                    }
                    (_, Err(e)) => bad = Some(e),
                }
            }
            matched += 1;
        })
        .await?;
        if let Some(bad) = bad {
            return Err(bad);
        }
        Ok(TranslationList {
            counts,
            items: Paged {
                items,
                total: matched,
                page,
            },
        })
    }

    /// Each locale's counts, in one pass: the `locales` asked for, and when `every_used` also
    /// every locale any text is written or translated in.
    pub async fn translation_counts(
        &self,
        locales: &[LocaleTag],
        every_used: bool,
    ) -> Result<BTreeMap<LocaleTag, StateCounts>> {
        // Per kind: how many texts; per locale: how many texts it is the source of, and the
        // states of its translations. Missing = texts − sources − translations.
        let mut texts = [0u64; 4];
        let mut seen: BTreeMap<LocaleTag, ([u64; 4], StateCounts)> = locales
            .iter()
            .map(|l| (l.clone(), Default::default()))
            .collect();
        self.scan_texts(&TRANSLATED_KINDS, |kind, _, _, _, text| {
            let k = kind_index(kind);
            texts[k] += 1;
            for (locale, _) in text.iter() {
                if !every_used && !seen.contains_key(locale) {
                    continue;
                }
                let entry = seen.entry(locale.clone()).or_default();
                match TextState::of(text, locale) {
                    None => entry.0[k] += 1,
                    Some(state) => entry.1.add(kind, state),
                }
            }
        })
        .await?;
        Ok(seen
            .into_iter()
            .map(|(locale, (sources, mut counts))| {
                for kind in TRANSLATED_KINDS {
                    let k = kind_index(kind);
                    let present = counts.kind(kind);
                    counts.0[k][state_index(TextState::Missing)] =
                        texts[k].saturating_sub(sources[k] + present);
                }
                (locale, counts)
            })
            .collect())
    }

    /// One text field of one record; `None` when the record does not exist or has no such
    /// field (an organization without a description).
    pub async fn translatable(
        &self,
        kind: EntityKind,
        id: Id,
        field: TextField,
    ) -> Result<Option<Translatable>> {
        let Some((mut record, at)) = load_record(&self.db, kind, id).await? else {
            return Ok(None);
        };
        let (slug, changing_facts) = match &record {
            Record::Service(s) => (s.slug.to_string(), Vec::new()),
            Record::Organization(o) => (o.slug.to_string(), Vec::new()),
            Record::Guide(g) => (
                g.slug.to_string(),
                g.changing_facts.iter().map(|f| f.id.to_string()).collect(),
            ),
            Record::Event(e) => (e.slug.to_string(), Vec::new()),
        };
        let label_field = TextField::of(kind)[0];
        let Some(label) = record.field_mut(label_field).cloned() else {
            return Ok(None);
        };
        let Some(text) = record.field_mut(field).cloned() else {
            return Ok(None);
        };
        Ok(Some(Translatable {
            kind,
            id,
            slug,
            label,
            field,
            text,
            updated_at: from_chrono(at)?,
            changing_facts,
        }))
    }

    /// Changes one text field of one record with `change`, as one directory write (through
    /// the change feed), provided its source text still has the hash `seen_source_hash` (what
    /// the translator worked from). The source text is kept by its hash, so that when it later
    /// changes the translator can be shown the old one.
    pub async fn write_translation(
        &self,
        kind: EntityKind,
        id: Id,
        field: TextField,
        seen_source_hash: &str,
        audit: Option<&AuditNote>,
        change: impl FnOnce(&mut LocalizedText) -> vecino_core::Result<()>,
    ) -> Result<TextWrite> {
        let write = Write::begin(self).await?;
        let Some((mut record, _)) = load_record(&write.txn, kind, id).await? else {
            write.abandon().await?;
            return Ok(TextWrite::NotFound);
        };
        let Some(text) = record.field_mut(field) else {
            write.abandon().await?;
            return Ok(TextWrite::NotFound);
        };
        let source = text.source_text().to_owned();
        let hash = content_hash(&source);
        if hash != seen_source_hash {
            write.abandon().await?;
            return Ok(TextWrite::SourceChanged);
        }
        let before = text.clone();
        if let Err(e) = change(text) {
            write.abandon().await?;
            return Err(e.into());
        }
        if *text == before {
            write.abandon().await?;
            return Ok(TextWrite::Unchanged);
        }
        if let Err(e) = record.validate() {
            write.abandon().await?;
            return Err(e.into());
        }
        if translation_sources::Entity::find_by_id(hash.clone())
            .one(&write.txn)
            .await?
            .is_none()
        {
            translation_sources::ActiveModel {
                hash: Set(hash),
                text: Set(source),
                recorded_at: Set(Utc::now()),
            }
            .insert(&write.txn)
            .await?;
        }
        let revision = write.revision;
        match &record {
            // A text is not a place: no other service is touched.
            Record::Service(s) => drop(write_service_rows(&write.txn, s, revision, true).await?),
            Record::Organization(o) => convert::organization_row(o, revision)
                .update(&write.txn)
                .await
                .map(drop)
                .map_err(|e| conflict_on_unique(e, "organization"))?,
            Record::Guide(g) => convert::guide_row(g, revision)
                .update(&write.txn)
                .await
                .map(drop)
                .map_err(|e| conflict_on_unique(e, "guide"))?,
            Record::Event(e) => convert::event_row(e, revision)
                .update(&write.txn)
                .await
                .map(drop)
                .map_err(|e| conflict_on_unique(e, "event"))?,
        }
        // A translator's work is a staff edit: an import does not overwrite it unasked.
        let unnamed = AuditNote::new("translation", Timestamp::now());
        crate::import::mark_edited(&write.txn, kind, id, audit.unwrap_or(&unnamed)).await?;
        if let Some(note) = audit {
            insert_audit(&write.txn, note, kind, Some(id), "translate", || {
                field.as_str().into_owned()
            })
            .await?;
        }
        write
            .commit(kind, id, vecino_core::ChangeOp::Upsert)
            .await
            .map(TextWrite::Saved)
    }

    /// A source text that a translation was once made from, by its hash, if it was kept.
    pub async fn translation_source(&self, hash: &str) -> Result<Option<(String, Timestamp)>> {
        translation_sources::Entity::find_by_id(hash.to_owned())
            .one(&self.db)
            .await?
            .map(|row| Ok((row.text, from_chrono(row.recorded_at)?)))
            .transpose()
    }
}
