//! An index as one byte string, to keep and reopen without indexing again: what the offline
//! client stores beside the bundle it built the index from, so that opening the app does not
//! rebuild it.
//!
//! The bytes are: [`MAGIC`], the header's length (`u32`, little-endian), the header (JSON:
//! the format version, the locale ids' meaning, every record's facts in ordinal order, and the
//! tantivy files' names and lengths), then the files' bytes one after the other. Reading
//! checks every length and the schema; it trusts the content (the caller keeps the bytes
//! where it keeps the records they were built from, with a hash of them).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::RamDirectory;
use tantivy::{Directory, Index};

use crate::document::{RecordMeta, record_key};
use crate::index::{SearchIndex, schema};
use crate::records::Records;
use crate::{Error, Result};

/// The first bytes of a snapshot.
const MAGIC: &[u8; 8] = b"VCNOIDX\x01";
/// The layout of the header and what follows it; another one is refused.
const FORMAT: u32 = 1;
/// The longest header read (the record facts of a very large region fit many times).
const MAX_HEADER: usize = 1 << 30;

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    format: u32,
    locales: Vec<String>,
    records: Vec<RecordMeta>,
    files: Vec<(String, u64)>,
}

/// A file name tantivy wrote at the top of its directory (`meta.json`, `<uuid>.idx`, …).
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
        && !name.starts_with('.')
}

fn unreadable(why: &'static str) -> Error {
    Error::Snapshot(why)
}

impl SearchIndex {
    /// The index's committed files and its records' facts as one byte string, which
    /// [`SearchIndex::from_snapshot`] reopens as a read-only index that answers every search
    /// as this one does.
    pub fn snapshot(&self) -> Result<Vec<u8>> {
        let searcher = self.reader.searcher();
        let index = searcher.index();
        let directory = index.directory();
        let mut paths: Vec<PathBuf> = index
            .load_metas()?
            .list_segment_files()
            .into_iter()
            .filter(|p| directory.exists(p).unwrap_or(false))
            .collect();
        paths.sort();
        paths.insert(0, PathBuf::from("meta.json"));
        let mut contents = Vec::with_capacity(paths.len());
        for path in &paths {
            let name = path
                .to_str()
                .filter(|n| plain_name(n))
                .ok_or(unreadable("a file name the snapshot cannot hold"))?;
            // As written, footers included (`open_read` would take them off).
            let bytes = directory
                .atomic_read(path)
                .map_err(|e| Error::Index(Box::new(e)))?;
            contents.push((name.to_owned(), bytes));
        }
        let records = self.records.read().map_err(|_| Error::Poisoned)?;
        let header = Header {
            format: FORMAT,
            locales: self.locales.read().map_err(|_| Error::Poisoned)?.clone(),
            records: (0..records.slots() as u32)
                .filter_map(|o| records.meta(o).map(|m| (**m).clone()))
                .collect(),
            files: contents
                .iter()
                .map(|(name, bytes)| (name.clone(), bytes.len() as u64))
                .collect(),
        };
        drop(records);
        let header = serde_json::to_vec(&header).expect("a snapshot header serializes");
        let total = contents.iter().map(|(_, b)| b.len()).sum::<usize>();
        let mut out = Vec::with_capacity(MAGIC.len() + 4 + header.len() + total);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(
            &u32::try_from(header.len())
                .map_err(|_| unreadable("header too long"))?
                .to_le_bytes(),
        );
        out.extend_from_slice(&header);
        for (_, bytes) in &contents {
            out.extend_from_slice(bytes);
        }
        Ok(out)
    }

    /// Reopens a [`SearchIndex::snapshot`], read-only. Bytes that are not a whole snapshot of
    /// this format and schema are an error ([`Error::Snapshot`], [`Error::SchemaChanged`]),
    /// never a partial index.
    pub fn from_snapshot(bytes: &[u8]) -> Result<SearchIndex> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or(unreadable("not a saved index"))?;
        let (len, rest) = rest
            .split_first_chunk::<4>()
            .ok_or(unreadable("truncated"))?;
        let len = u32::from_le_bytes(*len) as usize;
        if len > MAX_HEADER || len > rest.len() {
            return Err(unreadable("truncated"));
        }
        let (header, mut data) = rest.split_at(len);
        let header: Header =
            serde_json::from_slice(header).map_err(|_| unreadable("unreadable header"))?;
        if header.format != FORMAT {
            return Err(unreadable("another format"));
        }
        let total = header
            .files
            .iter()
            .try_fold(0u64, |n, (_, len)| n.checked_add(*len))
            .ok_or(unreadable("truncated"))?;
        if total != data.len() as u64 {
            return Err(unreadable("truncated"));
        }
        let directory = RamDirectory::create();
        for (name, len) in &header.files {
            if !plain_name(name) {
                return Err(unreadable("a file name the snapshot cannot hold"));
            }
            let (file, next) = data.split_at(*len as usize);
            directory.atomic_write(Path::new(name), file)?;
            data = next;
        }
        let index = Index::open(directory)?;
        let (schema, fields) = schema();
        if index.schema() != schema {
            return Err(Error::SchemaChanged);
        }
        let mut table = Records::default();
        for meta in header.records {
            table.insert(record_key(meta.kind, meta.id), Arc::new(meta));
        }
        SearchIndex::read_only(index, fields, table, header.locales)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use vecino_core::{EntityKind, Timestamp, Topic};

    use crate::{Error, Filters, IndexRecord, SearchIndex, SearchRequest};

    /// 400 generated services in six languages and their organizations, indexed as the
    /// offline client indexes a bundle.
    fn built() -> SearchIndex {
        let directory = vecino_gen::directory(400, 11);
        let by_id: HashMap<_, _> = directory.organizations.iter().map(|o| (o.id, o)).collect();
        let mut records: Vec<IndexRecord> = directory
            .organizations
            .iter()
            .map(IndexRecord::organization)
            .collect();
        records.extend(
            directory
                .services
                .iter()
                .map(|s| IndexRecord::service(s, by_id.get(&s.organization_id).copied())),
        );
        SearchIndex::from_records(&records).unwrap()
    }

    /// What a reader sees for `query`: every hit (title, snippet, score…), the total and the
    /// facet counts.
    fn answer(index: &SearchIndex, query: &str, locale: &str, topics: &[Topic]) -> String {
        let request = SearchRequest {
            query: query.to_owned(),
            locales: vec![locale.to_owned(), "en".to_owned()],
            filters: Filters {
                topics: topics.to_vec(),
                kinds: if topics.is_empty() {
                    vec![]
                } else {
                    vec![EntityKind::Service]
                },
                ..Filters::default()
            },
            page: 1,
            per_page: 20,
        };
        let at: Timestamp = "2026-11-25T19:00:00Z".parse().unwrap();
        let results = index.search_at(&request, at).unwrap();
        serde_json::to_string(&(results.total, &results.hits, &results.facets)).unwrap()
    }

    #[test]
    fn a_reopened_snapshot_answers_as_the_index_it_was_taken_from() {
        let index = built();
        let bytes = index.snapshot().unwrap();
        let reopened = SearchIndex::from_snapshot(&bytes).unwrap();
        assert_eq!(reopened.len(), index.len());
        let queries: [(&str, &str, &[Topic]); 10] = [
            ("abogado de inmigración", "es", &[]),
            ("abogado", "es", &[Topic::LegalAid]),
            ("free english classes", "en", &[]),
            ("imigration lawer", "en", &[]),
            ("citizen", "en", &[]),
            ("clinica de salud", "es", &[Topic::Health]),
            ("luật sư di trú", "vi", &[]),
            ("食物", "zh-Hans", &[]),
            ("مساعدة", "ar", &[]),
            ("food pantry seniors", "tl", &[Topic::Food]),
        ];
        let mut found = 0;
        for (query, locale, topics) in queries {
            let before = answer(&index, query, locale, topics);
            assert_eq!(
                answer(&reopened, query, locale, topics),
                before,
                "{query} ({locale})"
            );
            found += usize::from(!before.starts_with("[0,"));
        }
        assert!(found >= 8, "the queries find something: {found} of 10");
    }

    /// The records' facts (map points among them) come back bit for bit: serde_json's
    /// `float_roundtrip` (workspace) parses floats exactly.
    #[test]
    fn a_reopened_snapshot_keeps_every_record_fact_to_the_last_bit() {
        let index = built();
        let reopened = SearchIndex::from_snapshot(&index.snapshot().unwrap()).unwrap();
        let facts = |i: &SearchIndex| {
            let records = i.records.read().unwrap();
            (0..records.slots() as u32)
                .filter_map(|o| {
                    records
                        .meta(o)
                        .map(|m| serde_json::to_string(&**m).unwrap())
                })
                .collect::<Vec<_>>()
        };
        let before = facts(&index);
        assert!(before.iter().filter(|f| f.contains("\"lat")).count() > 100);
        assert_eq!(facts(&reopened), before);
    }

    #[test]
    fn damaged_or_foreign_bytes_are_refused_not_half_opened() {
        let bytes = built().snapshot().unwrap();
        let refused = |b: &[u8]| match SearchIndex::from_snapshot(b) {
            Err(Error::Snapshot(why)) => why,
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("opened"),
        };
        assert_eq!(refused(b""), "not a saved index");
        assert_eq!(refused(b"{\"records\":3}"), "not a saved index");
        assert_eq!(refused(&bytes[..bytes.len() - 1]), "truncated");
        assert_eq!(refused(&bytes[..12]), "truncated");
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(refused(&longer), "truncated");
        // A byte of the header changed.
        let mut header = bytes.clone();
        header[20] ^= 0x55;
        assert!(SearchIndex::from_snapshot(&header).is_err());
    }
}
