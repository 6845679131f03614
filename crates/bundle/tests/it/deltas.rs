//! apply(delta(A → B), A) == B, exactly: for arbitrary records (proptest), and for real
//! releases written by `export`, through their compressed files and the verifier.

use proptest::prelude::*;
use serde_json::{Map, Value};
use vecino_bundle::delta::{apply_records, diff_records};
use vecino_bundle::verify::{apply_delta, verify_dir};
use vecino_bundle::{Encoding, Records, TrustState};

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
