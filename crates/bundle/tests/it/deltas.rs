//! apply(delta(A → B), A) == B, exactly: for arbitrary records (proptest), and for real
//! releases written by `export`, through their compressed files and the verifier.

use proptest::prelude::*;
use serde_json::{Map, Value};
use vecino_bundle::delta::{apply_records, diff_records};
use vecino_bundle::keys::sign;
use vecino_bundle::verify::{apply_delta, open_delta, open_delta_with_base, verify_dir};
use vecino_bundle::{Encoding, Error, Records, Release, TrustState, ZstdDictionary, canonical};

use crate::support::{Publishing, directory, later};

/// JSON without null object members (as canonical records are), over few keys so that
/// records overlap and patches nest.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        (-5i64..5).prop_map(Value::from),
        "[a-c]{0,2}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-d]", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn records() -> impl Strategy<Value = Records> {
    prop::collection::btree_map("r[0-7]", json(), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_delta_turns_a_into_b(a in records(), b in records()) {
        let delta = diff_records(&a, &b);
        let mut applied = a.clone();
        apply_records(&mut applied, &delta);
        prop_assert_eq!(&applied, &b);
        // Unchanged records are not in the delta; deleted ones are tombstones.
        for (id, record) in &a {
            prop_assert_eq!(delta.upserts.contains_key(id), b.get(id).is_some_and(|r| r != record));
            prop_assert_eq!(delta.deletes.contains(id), !b.contains_key(id));
        }
    }

    #[test]
    fn a_chain_of_deltas_ends_where_the_direct_one_does(a in records(), b in records(), c in records()) {
        // a → b deletes what c re-adds, and so on: every order of delete and re-add occurs.
        let mut chained = a.clone();
        apply_records(&mut chained, &diff_records(&a, &b));
        apply_records(&mut chained, &diff_records(&b, &c));
        let mut direct = a.clone();
        apply_records(&mut direct, &diff_records(&a, &c));
        prop_assert_eq!(&chained, &c);
        prop_assert_eq!(&direct, &c);
    }
}

/// Releases 1 → 2 → 3 with deletions, a re-add and edits: every delta in release 3 (from 1
/// and from 2), read from its zstd and its gzip file, turns the earlier release into exactly
/// release 3, and the chain 1 → 2 → 3 does too.
#[test]
fn exported_deltas_rebuild_the_release_exactly() {
    let p = Publishing::new();
    let mut dir = directory(60, 7);
    p.export(&dir, later(0));
    let r1 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(0), true).unwrap();

    let removed = dir.services.remove(3);
    dir.services.remove(10);
    dir.services[0]
        .name
        .set_source("A renamed generated service")
        .unwrap();
    dir.services[5].topics.reverse();
    p.export(&dir, later(1));
    let r2 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(1), true).unwrap();

    dir.services.push(removed);
    dir.services[1].free = Some(true);
    dir.services.truncate(50);
    let report = p.export(&dir, later(2));
    assert_eq!(report.seq, 3);
    assert_eq!(
        report.deltas.iter().map(|d| d.0).collect::<Vec<_>>(),
        [2, 1]
    );
    let r3 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(2), true).unwrap();
    assert_eq!(
        r3.release.manifest.prev_manifest_sha256.as_deref(),
        Some(r2.manifest.sha256.as_str())
    );
    assert_eq!(r3.release.contents["shared/listings"].len(), 50);

    for (base, seq) in [(&r1.release, 1), (&r2.release, 2)] {
        let entry = r3.release.manifest.delta_from(seq).unwrap();
        for encoding in [Encoding::Zstd, Encoding::Gzip] {
            let blob = match encoding {
                Encoding::Zstd => &entry.zstd,
                Encoding::Gzip => &entry.gzip,
            };
            let data = std::fs::read(p.out.join(&blob.path)).unwrap();
            let applied = apply_delta(base, &r3.manifest, entry, encoding, &data).unwrap();
            assert_eq!(applied.contents, r3.release.contents, "delta from {seq}");
        }
    }

    // The chain: 1 → 2 with release 2's delta, then 2 → 3.
    let r2_entry = r2.release.manifest.delta_from(1).unwrap();
    let data = std::fs::read(p.out.join(&r2_entry.zstd.path)).unwrap();
    let two = apply_delta(&r1.release, &r2.manifest, r2_entry, Encoding::Zstd, &data).unwrap();
    let r3_entry = r3.release.manifest.delta_from(2).unwrap();
    let data = std::fs::read(p.out.join(&r3_entry.zstd.path)).unwrap();
    let three = apply_delta(&two, &r3.manifest, r3_entry, Encoding::Zstd, &data).unwrap();
    assert_eq!(three.contents, r3.release.contents);
}

/// Which generated services a release holds, and which of them are renamed in it.
fn release_specs() -> impl Strategy<Value = Vec<(Vec<bool>, Vec<bool>)>> {
    prop::collection::vec(
        (
            prop::collection::vec(any::<bool>(), 16),
            prop::collection::vec(prop::bool::weighted(0.2), 16),
        ),
        3,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Three releases of random subsets of one pool (so services are deleted and re-added in
    /// every order) with random renames: through the written, compressed files, every delta
    /// of the last release rebuilds it exactly from its base, and so does the chain.
    #[test]
    fn written_deltas_rebuild_random_releases(specs in release_specs()) {
        let p = Publishing::new();
        let pool = directory(16, 9);
        let mut verified = Vec::new();
        for (k, (present, renamed)) in specs.iter().enumerate() {
            let mut dir = directory(16, 9);
            dir.services = pool
                .services
                .iter()
                .enumerate()
                .filter(|(i, _)| present[*i])
                .map(|(i, s)| {
                    let mut s = s.clone();
                    if renamed[i] {
                        s.name.set_source(format!("Renamed in release {k}")).unwrap();
                    }
                    s
                })
                .collect();
            p.export(&dir, later(k as i64));
            verified.push(
                verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(k as i64), true)
                    .unwrap(),
            );
        }
        let last = &verified[2];
        for base in &verified[..2] {
            let entry = last.release.manifest.delta_from(base.release.manifest.seq).unwrap();
            let data = std::fs::read(p.out.join(&entry.gzip.path)).unwrap();
            let applied = apply_delta(&base.release, &last.manifest, entry, Encoding::Gzip, &data).unwrap();
            prop_assert_eq!(&applied.contents, &last.release.contents);
        }
        let entry = verified[1].release.manifest.delta_from(1).unwrap();
        let data = std::fs::read(p.out.join(&entry.zstd.path)).unwrap();
        let two = apply_delta(&verified[0].release, &verified[1].manifest, entry, Encoding::Zstd, &data).unwrap();
        let entry = last.release.manifest.delta_from(2).unwrap();
        let data = std::fs::read(p.out.join(&entry.zstd.path)).unwrap();
        let three = apply_delta(&two, &last.manifest, entry, Encoding::Zstd, &data).unwrap();
        prop_assert_eq!(&three.contents, &last.release.contents);
    }
}

/// A zstd delta is compressed against its base release's files: given anything else it fails
/// with an error that says so, never with wrong records.
#[test]
fn a_zstd_delta_decoded_with_the_wrong_base_fails_clearly() {
    let p = Publishing::new();
    let mut dir = directory(40, 5);
    p.export(&dir, later(0));
    let r1 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(0), true).unwrap();
    dir.services.remove(2);
    dir.services[0].name.set_source("Renamed once").unwrap();
    p.export(&dir, later(1));
    let r2 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(1), true).unwrap();
    dir.services[1].name.set_source("Renamed twice").unwrap();
    p.export(&dir, later(2));
    let r3 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(2), true).unwrap();

    let entry = r3.release.manifest.delta_from(2).unwrap();
    assert_eq!(entry.zstd_dictionary, Some(ZstdDictionary::BaseFiles));
    let data = std::fs::read(p.out.join(&entry.zstd.path)).unwrap();
    let three = apply_delta(&r2.release, &r3.manifest, entry, Encoding::Zstd, &data).unwrap();
    assert_eq!(three.contents, r3.release.contents);

    // Another release held: refused before decoding.
    let err = apply_delta(&r1.release, &r3.manifest, entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::WrongBase { .. }), "{err}");
    let err = open_delta_with_base(entry, Encoding::Zstd, &data, Some(&r1.release)).unwrap_err();
    assert!(matches!(err, Error::WrongBase { .. }), "{err}");
    let err = open_delta(entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::Missing(_)), "{err}");

    // Release 2's manifest over release 1's files (a phone whose storage mixed them up): the
    // dictionary is wrong, and the error says the delta needs the release it was made from.
    let mixed = Release {
        contents: r1.release.contents.clone(),
        ..r2.release.clone()
    };
    let err = apply_delta(&mixed, &r3.manifest, entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::DeltaDictionary(_)), "{err}");
    assert!(
        err.to_string()
            .contains("exactly the release it was made from")
    );
    // The gzip delta needs no dictionary; on the mixed base its result does not hash right.
    let gz = std::fs::read(p.out.join(&entry.gzip.path)).unwrap();
    let err = apply_delta(&mixed, &r3.manifest, entry, Encoding::Gzip, &gz).unwrap_err();
    assert!(matches!(err, Error::HashMismatch(_)), "{err}");
}

/// A publishing directory (or a phone) holding a release of format version 1 gets a delta of
/// today's version from it: the version 1 manifest is read, its files are the dictionary.
#[test]
fn a_version_1_release_is_the_base_of_a_version_2_delta() {
    let p = Publishing::new();
    let mut dir = directory(30, 8);
    p.export(&dir, later(0));
    // Release 1 has no deltas, so as version 1 it differs only in its number: write it so,
    // signed, where the exporter and the server look.
    let bytes = std::fs::read(p.out.join("manifest.json")).unwrap();
    let mut m: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(m["format_version"], vecino_bundle::FORMAT_VERSION);
    m["format_version"] = 1.into();
    let bytes = canonical::to_vec(&m);
    let signature = sign(&p.keys.publisher(later(0)).unwrap().key, &bytes);
    for d in [p.out.clone(), p.out.join("r1")] {
        std::fs::write(d.join("manifest.json"), &bytes).unwrap();
        std::fs::write(d.join("manifest.json.sig"), &signature).unwrap();
    }
    let r1 = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(0), true).unwrap();
    assert_eq!(r1.release.manifest.format_version, 1);

    dir.services.remove(4);
    dir.services[3].name.set_source("A new name").unwrap();
    p.export(&dir, later(1));
    let state = {
        let mut s = TrustState::default();
        s.accept(&r1.manifest);
        s
    };
    let r2 = verify_dir(&p.out, &p.anchor(), &state, later(1), true).unwrap();
    assert_eq!(
        r2.release.manifest.format_version,
        vecino_bundle::FORMAT_VERSION
    );
    assert_eq!(r2.deltas_without_base, 0);
    let entry = r2.release.manifest.delta_from(1).unwrap();
    for (encoding, blob) in [(Encoding::Zstd, &entry.zstd), (Encoding::Gzip, &entry.gzip)] {
        let data = std::fs::read(p.out.join(&blob.path)).unwrap();
        let applied = apply_delta(&r1.release, &r2.manifest, entry, encoding, &data).unwrap();
        assert_eq!(applied.contents, r2.release.contents);
    }
}
