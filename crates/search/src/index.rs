//! The index: one tantivy document per record and locale, plus a table of each record's
//! filterable facts (topics, languages, accreditation, places, hours) kept beside it.

#[cfg(feature = "mmap")]
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use tantivy::directory::RamDirectory;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::tokenizer::{PreTokenizedString, Token as TantivyToken};
use tantivy::{
    Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};
use vecino_core::{EntityKind, Id};

use crate::analyze::{Family, Token, analyze_normalized, normalize_input};
use crate::document::{IndexRecord, record_key};
use crate::glossary::{Fact, Glossary};
use crate::records::{OpenCache, Records, SegmentMaps};
use crate::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub key: Field,
    pub locale: Field,
    pub locale_id: Field,
    pub title: Field,
    pub body: Field,
    pub title_exact: Field,
    pub title_fold: Field,
    pub title_stem: Field,
    pub body_exact: Field,
    pub body_fold: Field,
    pub body_stem: Field,
    /// The whole folded title as one term, so a query that is the title ranks it first.
    pub title_whole: Field,
    /// The glossary concepts the title and the body name (by concept id, once per naming),
    /// found when indexing: a query naming a concept reads one postings list, not one per
    /// term of the concept in every language. Scored with the stem fields' lengths.
    pub title_concept: Field,
    pub body_concept: Field,
    /// The record's [`RecordMeta`] as JSON.
    pub meta: Field,
}

/// What a commit records: the feed revision, and the locale ids' meaning.
#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    revision: u64,
    locales: Vec<String>,
}

pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let indexed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_index_option(IndexRecordOption::WithFreqs),
    );
    let concepts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(false),
    );
    let fields = Fields {
        key: builder.add_u64_field("key", INDEXED | FAST),
        locale: builder.add_text_field("locale", STRING | STORED),
        locale_id: builder.add_u64_field("locale_id", FAST),
        title: builder.add_text_field("title", STORED),
        body: builder.add_text_field("body", STORED),
        title_exact: builder.add_text_field("title_exact", indexed.clone()),
        title_fold: builder.add_text_field("title_fold", indexed.clone()),
        title_stem: builder.add_text_field("title_stem", indexed.clone()),
        body_exact: builder.add_text_field("body_exact", indexed.clone()),
        body_fold: builder.add_text_field("body_fold", indexed.clone()),
        body_stem: builder.add_text_field("body_stem", indexed.clone()),
        title_whole: builder.add_text_field("title_whole", indexed),
        // Named after the glossary: an index made with another reads as another schema.
        title_concept: builder.add_text_field(
            &format!("title_concept_{:016x}", Glossary::fingerprint()),
            concepts.clone(),
        ),
        body_concept: builder.add_text_field(
            &format!("body_concept_{:016x}", Glossary::fingerprint()),
            concepts,
        ),
        meta: builder.add_bytes_field("meta", STORED),
    };
    (builder.build(), fields)
}

impl Fields {
    /// The field whose lengths score `field`'s terms (a concept field has none of its own).
    pub fn length_field(&self, field: Field) -> Field {
        if field == self.title_concept {
            self.title_stem
        } else if field == self.body_concept {
            self.body_stem
        } else {
            field
        }
    }
}

/// The search index. One writer and one reader for the life of the process.
pub struct SearchIndex {
    pub(crate) reader: IndexReader,
    /// `None` for an index built once from a set of records ([`SearchIndex::from_records`]).
    writer: Option<Mutex<IndexWriter>>,
    pub(crate) fields: Fields,
    /// Every searchable record's facts, by dense ordinal.
    pub(crate) records: RwLock<Records>,
    /// Per segment: each document's record ordinal and locale.
    pub(crate) segment_maps: SegmentMaps,
    /// Which records are open, for the current minute.
    pub(crate) open: OpenCache,
    /// Per-document buffers for searches.
    pub(crate) scratch: crate::search::ScratchPool,
    /// Long bodies analysed for snippets.
    pub(crate) analyzed: crate::search::AnalyzedCache,
    /// Locale tags by `locale_id`.
    pub(crate) locales: RwLock<Vec<String>>,
    pub(crate) glossary: &'static Glossary,
}

/// Which form of a token a field indexes.
type TokenForm = fn(&Token) -> &str;

fn pre_tokenized(text: &str, tokens: &[Token], form: TokenForm) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_owned(),
        tokens: tokens
            .iter()
            .enumerate()
            .map(|(position, t)| TantivyToken {
                offset_from: t.start,
                offset_to: t.end,
                position,
                text: form(t).to_owned(),
                position_length: 1,
            })
            .collect(),
    }
}

/// The whole folded title as a single token.
fn whole(text: &str, tokens: &[Token]) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_owned(),
        tokens: vec![TantivyToken {
            offset_from: 0,
            offset_to: text.len(),
            position: 0,
            text: whole_title(tokens.iter().map(|t| t.folded.as_str())),
            position_length: 1,
        }],
    }
}

/// How a title, or a query, reads as one term.
pub(crate) fn whole_title<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.collect::<Vec<_>>().join(" ")
}

/// Bytes of stored text per compressed block of tantivy's document store. Showing a hit reads
/// its document, which decompresses its whole block: at tantivy's default of 16 KB that was 5%
/// of a loaded server's time (a page of hits is spread over the store, past its block cache).
const STORE_BLOCK_BYTES: usize = 4096;

/// How every index is made (an index on disk keeps the settings it was made with).
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_blocksize: STORE_BLOCK_BYTES,
        ..IndexSettings::default()
    }
}

impl SearchIndex {
    /// An empty index held in memory.
    pub fn in_memory() -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()?;
        SearchIndex::with_index(index, fields)
    }

    /// A read-only index of `records`, built in memory on the calling thread, as one segment.
    /// This is how the offline client (WebAssembly, where there are no threads to run tantivy's
    /// `IndexWriter`) indexes a bundle's records; the documents, and so the ranking, are the
    /// ones [`SearchIndex::upsert`] makes. Every record must have its own key.
    pub fn from_records<'a>(
        records: impl IntoIterator<Item = &'a IndexRecord>,
    ) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let settings = IndexSettings {
            docstore_compress_dedicated_thread: false,
            ..settings()
        };
        let mut writer = Index::builder()
            .schema(schema)
            .settings(settings)
            .single_segment_index_writer(RamDirectory::create(), 15_000_000)?;
        let mut locales = Vec::new();
        let mut table = Records::default();
        for record in records {
            let key = record_key(record.meta.kind, record.meta.id);
            for doc in documents(fields, record, &mut |tag| intern_locale(&mut locales, tag)) {
                writer.add_document(doc)?;
            }
            table.insert(key, Arc::new(record.meta.clone()));
        }
        let index = writer.finalize()?;
        SearchIndex::read_only(index, fields, table, locales)
    }

    /// A read-only index over `index`, whose records' facts are `table` and locale ids
    /// `locales` (built by [`SearchIndex::from_records`] or read back from a snapshot).
    pub(crate) fn read_only(
        index: Index,
        fields: Fields,
        table: Records,
        locales: Vec<String>,
    ) -> Result<SearchIndex> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            writer: None,
            fields,
            records: RwLock::new(table),
            segment_maps: SegmentMaps::default(),
            open: OpenCache::default(),
            scratch: Default::default(),
            analyzed: Default::default(),
            locales: RwLock::new(locales),
            glossary: Glossary::shared(),
        })
    }

    fn writer(&self) -> Result<std::sync::MutexGuard<'_, IndexWriter>> {
        self.writer
            .as_ref()
            .ok_or(Error::ReadOnly)?
            .lock()
            .map_err(|_| Error::Poisoned)
    }

    /// Opens the index kept in `dir`, or creates an empty one there. An index written with
    /// another schema (an older Vecino) is an error: the caller rebuilds it
    /// ([`SearchIndex::recreate_in_dir`]).
    #[cfg(feature = "mmap")]
    pub fn open_in_dir(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(dir)?;
        let index = if dir.join("meta.json").exists() {
            let index = Index::open_in_dir(dir)?;
            if index.schema() != schema {
                return Err(Error::SchemaChanged);
            }
            index
        } else {
            Index::builder()
                .schema(schema)
                .settings(settings())
                .create_in_dir(dir)?
        };
        let opened = SearchIndex::with_index(index, fields)?;
        opened.load_meta()?;
        Ok(opened)
    }

    /// Empties `dir` and creates a new index there. Refuses (with tantivy's lock error) while
    /// another process holds the index's writer, rather than pull it from under a server.
    #[cfg(feature = "mmap")]
    pub fn recreate_in_dir(dir: &Path) -> Result<SearchIndex> {
        if dir.join("meta.json").exists() {
            // Taking the writer lock proves nobody else is writing; it is released at once.
            let existing = Index::open_in_dir(dir)?;
            drop(existing.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?);
        }
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        SearchIndex::open_in_dir(dir)
    }

    fn with_index(index: Index, fields: Fields) -> Result<SearchIndex> {
        let writer = index.writer_with_num_threads(1, 50_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let locales = SearchIndex::stored_locales(&index)?;
        Ok(SearchIndex {
            reader,
            writer: Some(Mutex::new(writer)),
            fields,
            records: RwLock::new(Records::default()),
            segment_maps: SegmentMaps::default(),
            open: OpenCache::default(),
            scratch: Default::default(),
            analyzed: Default::default(),
            locales: RwLock::new(locales),
            glossary: Glossary::shared(),
        })
    }

    /// The change-feed revision the index was last committed at (`None` for a new index).
    pub fn revision(&self) -> Option<u64> {
        let payload = self.reader.searcher().index().load_metas().ok()?.payload?;
        serde_json::from_str::<Payload>(&payload)
            .ok()
            .map(|p| p.revision)
    }

    fn stored_locales(index: &Index) -> Result<Vec<String>> {
        Ok(match index.load_metas()?.payload {
            Some(p) => serde_json::from_str::<Payload>(&p)
                .map(|p| p.locales)
                .unwrap_or_default(),
            None => Vec::new(),
        })
    }

    /// Rebuilds the in-memory table of records from the stored documents.
    #[cfg(feature = "mmap")]
    fn load_meta(&self) -> Result<()> {
        let searcher = self.reader.searcher();
        let mut table = self.records.write().map_err(|_| Error::Poisoned)?;
        for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            let store = segment.get_store_reader(64)?;
            let keys = segment.fast_fields().u64("key")?;
            for doc in segment.doc_ids_alive() {
                let Some(key) = keys.first(doc) else { continue };
                if table.ordinal(key).is_some() {
                    continue;
                }
                let stored: TantivyDocument = store.get(doc)?;
                let Some(bytes) = stored
                    .get_first(self.fields.meta)
                    .and_then(|v| v.as_bytes())
                else {
                    continue;
                };
                match serde_json::from_slice::<crate::document::RecordMeta>(bytes) {
                    Ok(meta) => {
                        table.insert(key, Arc::new(meta));
                    }
                    Err(err) => {
                        tracing::warn!(segment = ordinal, error = %err, "unreadable record facts")
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds or replaces a record (all its locales). Visible after [`SearchIndex::commit`].
    pub fn upsert(&self, record: &IndexRecord) -> Result<()> {
        let key = record_key(record.meta.kind, record.meta.id);
        let f = self.fields;
        let docs = {
            let mut locales = self.locales.write().map_err(|_| Error::Poisoned)?;
            documents(f, record, &mut |tag| intern_locale(&mut locales, tag))
        };
        let writer = self.writer()?;
        writer.delete_term(Term::from_field_u64(f.key, key));
        for doc in docs {
            writer.add_document(doc)?;
        }
        drop(writer);
        let ordinal = self
            .records
            .write()
            .map_err(|_| Error::Poisoned)?
            .insert(key, Arc::new(record.meta.clone()));
        self.open.forget(ordinal);
        self.segment_maps.forget_filters();
        Ok(())
    }

    /// The review intervals listings' freshness is judged with from now on (the app's; until
    /// set, `ReviewPolicy::default()`): a listing past its interval ranks lower, past twice
    /// it is not found. Takes effect at once, for every record.
    pub fn set_review_policy(&self, policy: vecino_core::ReviewPolicy) -> Result<()> {
        self.records
            .write()
            .map_err(|_| Error::Poisoned)?
            .set_policy(policy);
        self.segment_maps.forget_filters();
        Ok(())
    }

    /// The review intervals in force.
    pub fn review_policy(&self) -> vecino_core::ReviewPolicy {
        self.records
            .read()
            .map(|r| r.policy().clone())
            .unwrap_or_default()
    }

    /// Removes a record. Visible after [`SearchIndex::commit`].
    pub fn delete(&self, kind: EntityKind, id: Id) -> Result<()> {
        let key = record_key(kind, id);
        self.writer()?
            .delete_term(Term::from_field_u64(self.fields.key, key));
        self.records
            .write()
            .map_err(|_| Error::Poisoned)?
            .remove(key);
        self.segment_maps.forget_filters();
        Ok(())
    }

    /// Makes every change so far visible to searches, recording that the index is current
    /// with the change feed up to `revision`.
    pub fn commit(&self, revision: u64) -> Result<()> {
        let payload = Payload {
            revision,
            locales: self.locales.read().map_err(|_| Error::Poisoned)?.clone(),
        };
        let mut writer = self.writer()?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&serde_json::to_string(&payload).expect("payload serializes"));
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        self.forget_dead_segments();
        Ok(())
    }

    /// Merges every segment into one, so queries read one term dictionary and one postings
    /// list per term. Worth it after a full build; the merge policy handles later writes.
    pub fn optimize(&self) -> Result<()> {
        let ids = self.reader.searcher().index().searchable_segment_ids()?;
        if ids.len() > 1 {
            let mut writer = self.writer()?;
            writer.merge(&ids).wait()?;
        }
        self.reader.reload()?;
        self.forget_dead_segments();
        Ok(())
    }

    fn forget_dead_segments(&self) {
        let live: Vec<tantivy::index::SegmentId> = self
            .reader
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        self.segment_maps.retain(&live);
        self.segment_maps.forget_filters();
    }

    /// Every service's standing on `today` under the index's review policy (the interval each
    /// record carries wins), by slug: what a browse list shows and how fresh it says each is.
    pub fn standings(
        &self,
        today: vecino_core::Date,
    ) -> Result<std::collections::BTreeMap<vecino_core::Slug, crate::Standing>> {
        let records = self.records.read().map_err(|_| Error::Poisoned)?;
        let policy = records.policy();
        Ok(records
            .metas()
            .filter_map(|m| {
                let standing = m.listing.standing(&m.topics, policy, today)?;
                Some((m.slug.clone(), standing))
            })
            .collect())
    }

    /// How many records are searchable.
    pub fn len(&self) -> usize {
        self.records.read().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The address of a record's document in `locale`, if it has one (by a query on its key).
    pub(crate) fn stored_address(
        &self,
        searcher: &tantivy::Searcher,
        key: u64,
        locale: &str,
    ) -> Result<Option<tantivy::DocAddress>> {
        use tantivy::collector::TopDocs;
        use tantivy::query::{BooleanQuery, Occur, TermQuery};
        let f = self.fields;
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.key, key),
                    IndexRecordOption::Basic,
                )) as Box<dyn tantivy::query::Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.locale, locale),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        Ok(top.first().map(|(_, address)| *address))
    }

    /// The stored (locale, title, body) of a document of `searcher` (the one its address came
    /// from: a reload may number segments otherwise).
    pub(crate) fn doc_text(
        &self,
        searcher: &tantivy::Searcher,
        address: tantivy::DocAddress,
    ) -> Result<(String, String, String)> {
        let f = self.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        Ok((text(f.locale), text(f.title), text(f.body)))
    }
}

/// The id of locale `tag` in `locales`, added if new.
fn intern_locale(locales: &mut Vec<String>, tag: &str) -> u64 {
    match locales.iter().position(|t| t == tag) {
        Some(i) => i as u64,
        None => {
            locales.push(tag.to_owned());
            (locales.len() - 1) as u64
        }
    }
}

/// The listing facts a service's record states, as the glossary's concepts can stand for them.
fn stated_facts(meta: &crate::document::RecordMeta) -> Vec<Fact> {
    if meta.kind != EntityKind::Service {
        return Vec::new();
    }
    let l = &meta.listing;
    [
        (meta.free == Some(true), Fact::Free),
        (l.no_status_questions, Fact::NoStatusQuestions),
        (l.regardless_of_status, Fact::RegardlessOfStatus),
        (l.no_id, Fact::NoId),
        (l.no_ssn, Fact::NoSsn),
        (
            l.intake == Some(vecino_core::Intake::Accepting),
            Fact::Accepting,
        ),
    ]
    .into_iter()
    .filter_map(|(stated, fact)| stated.then_some(fact))
    .collect()
}

/// The glossary concepts a field's tokens name, as tokens (a concept named twice, twice), and
/// once more each of `extra` (the concepts standing for the record's stated facts) that the
/// text does not name.
fn concept_tokens(tokens: &[Token], extra: &[usize]) -> PreTokenizedString {
    let glossary = Glossary::shared();
    let folded: Vec<&str> = tokens.iter().map(|t| t.folded.as_str()).collect();
    let stems: Vec<&str> = tokens.iter().map(|t| t.stem.as_str()).collect();
    let mut out = Vec::new();
    let mut named = glossary.concepts_named(&folded, &stems);
    for concept in extra {
        if !named.iter().any(|(c, _)| c == concept) {
            named.push((*concept, 1));
        }
    }
    for (concept, times) in named {
        for _ in 0..times {
            out.push(TantivyToken {
                offset_from: 0,
                offset_to: 0,
                position: out.len(),
                text: glossary.tag(concept).to_owned(),
                position_length: 1,
            });
        }
    }
    PreTokenizedString {
        text: String::new(),
        tokens: out,
    }
}

/// A record's documents, one per locale, analysed.
fn documents(
    f: Fields,
    record: &IndexRecord,
    locale_id: &mut dyn FnMut(&str) -> u64,
) -> Vec<TantivyDocument> {
    let key = record_key(record.meta.kind, record.meta.id);
    let meta_json = serde_json::to_vec(&record.meta).expect("record facts serialize");
    let fact_concepts = Glossary::shared().concepts_for(&stated_facts(&record.meta));
    let mut docs = Vec::with_capacity(record.texts.len());
    for text in &record.texts {
        let family = Family::of(text.locale.as_str());
        let title_norm = normalize_input(&text.title);
        let body_norm = normalize_input(&text.body);
        let title = analyze_normalized(&title_norm, family);
        let body = analyze_normalized(&body_norm, family);
        let mut doc = TantivyDocument::new();
        doc.add_u64(f.key, key);
        doc.add_text(f.locale, text.locale.as_str());
        doc.add_u64(f.locale_id, locale_id(text.locale.as_str()));
        doc.add_text(f.title, &text.title);
        doc.add_text(f.body, &text.body);
        doc.add_bytes(f.meta, &meta_json);
        let forms: [(Field, &str, &[Token], TokenForm); 6] = [
            (f.title_exact, &title_norm, &title, |t| &t.exact),
            (f.title_fold, &title_norm, &title, |t| &t.folded),
            (f.title_stem, &title_norm, &title, |t| &t.stem),
            (f.body_exact, &body_norm, &body, |t| &t.exact),
            (f.body_fold, &body_norm, &body, |t| &t.folded),
            (f.body_stem, &body_norm, &body, |t| &t.stem),
        ];
        for (field, normalized, tokens, form) in forms {
            doc.add_pre_tokenized_text(field, pre_tokenized(normalized, tokens, form));
        }
        doc.add_pre_tokenized_text(f.title_whole, whole(&title_norm, &title));
        doc.add_pre_tokenized_text(f.title_concept, concept_tokens(&title, &[]));
        doc.add_pre_tokenized_text(f.body_concept, concept_tokens(&body, &fact_concepts));
        docs.push(doc);
    }
    docs
}
