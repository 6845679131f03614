//! Every tampering a shared or downloaded bundle can suffer is refused by the verifier, each
//! with its own error: a flipped bit, truncation, a file from another release, a wrong or
//! revoked key, a delta on the wrong base, a rollback, a second manifest for one release
//! number, an unknown format version.

use std::fs;
use std::path::Path;

use vecino_bundle::keys::{KeyDir, sign};
use vecino_bundle::verify::{Verified, apply_delta, verify_dir};
use vecino_bundle::{Encoding, Error, KeysSeen, Result, TrustAnchor, TrustState, canonical};

use crate::support::{Publishing, directory, export_to, later};

/// Two releases of one region (1, then 2 with changes).
fn two_releases() -> (Publishing, tempfile::TempDir) {
    let p = Publishing::new();
    let mut dir = directory(40, 3);
    p.export(&dir, later(0));
    let r1 = tempfile::tempdir().unwrap();
    copy_dir(&p.out, r1.path());
    dir.services.remove(0);
    dir.services[2].name.set_source("Changed name").unwrap();
    p.export(&dir, later(1));
    (p, r1)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the current release in `p.out`, changed by `tamper`, then verified.
fn tampered(p: &Publishing, state: &TrustState, tamper: impl FnOnce(&Path)) -> Result<Verified> {
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&p.out, copy.path());
    tamper(copy.path());
    verify_dir(copy.path(), &p.anchor(), state, later(2), true)
}

fn manifest_json(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

fn first_path(dir: &Path, name: &str, key: &str) -> String {
    let m = manifest_json(dir);
    let file = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap();
    file[key]["path"].as_str().unwrap().to_owned()
}

fn flip_bit(path: &Path, at: usize) {
    let mut bytes = fs::read(path).unwrap();
    let at = at.min(bytes.len() - 1);
    bytes[at] ^= 0x01;
    fs::write(path, bytes).unwrap();
}

#[test]
fn an_untouched_release_verifies() {
    let (p, _) = two_releases();
    let v = tampered(&p, &TrustState::default(), |_| {}).unwrap();
    assert_eq!(v.release.manifest.seq, 2);
    assert!(!v.manifest.expired);
    assert_eq!(v.blobs_absent, 0);
    // files × 2 encodings + 1 delta × 2 encodings
    assert_eq!(v.blobs_checked, v.release.manifest.files.len() * 2 + 2);
    assert_eq!(v.deltas_without_base, 0);
    // Past its soft expiry it still verifies, flagged.
    let late = verify_dir(
        &p.out,
        &p.anchor(),
        &TrustState::default(),
        later(60 * 24 * 31),
        true,
    )
    .unwrap();
    assert!(late.manifest.expired);
}

#[test]
fn a_flipped_bit_anywhere_is_refused() {
    let (p, _) = two_releases();
    let state = TrustState::default();
    let zst = first_path(&p.out, "shared/listings", "zstd");
    let gz = first_path(&p.out, "es/ui", "gzip");
    for at in [0, 100, 5000] {
        let err = tampered(&p, &state, |d| flip_bit(&d.join(&zst), at)).unwrap_err();
        assert!(matches!(err, Error::HashMismatch(_)), "{err}");
    }
    let err = tampered(&p, &state, |d| flip_bit(&d.join(&gz), 20)).unwrap_err();
    assert!(matches!(err, Error::HashMismatch(_)), "{err}");
    for at in [10, 200] {
        let err = tampered(&p, &state, |d| flip_bit(&d.join("manifest.json"), at)).unwrap_err();
        assert!(matches!(err, Error::BadSignature("manifest.json")), "{err}");
        let err = tampered(&p, &state, |d| flip_bit(&d.join("keys.json"), at)).unwrap_err();
        assert!(matches!(err, Error::BadSignature("keys.json")), "{err}");
    }
    let err = tampered(&p, &state, |d| flip_bit(&d.join("manifest.json.sig"), 100)).unwrap_err();
    assert!(
        matches!(
            err,
            Error::BadSignature("manifest.json") | Error::Malformed { .. }
        ),
        "{err}"
    );
}

#[test]
fn truncation_and_missing_files_are_refused() {
    let (p, _) = two_releases();
    let state = TrustState::default();
    let zst = first_path(&p.out, "shared/listings", "zstd");
    let err = tampered(&p, &state, |d| {
        let bytes = fs::read(d.join(&zst)).unwrap();
        fs::write(d.join(&zst), &bytes[..bytes.len() / 2]).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::SizeMismatch { .. }), "{err}");
    let err = tampered(&p, &state, |d| fs::remove_file(d.join(&zst)).unwrap()).unwrap_err();
    assert!(matches!(err, Error::Missing(_)), "{err}");
    let err = tampered(&p, &state, |d| {
        fs::remove_file(d.join("manifest.json.sig")).unwrap()
    })
    .unwrap_err();
    assert!(matches!(err, Error::Missing(_)), "{err}");
    // A shared bundle may leave out one encoding, never both, and never a broken one.
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&p.out, copy.path());
    fs::remove_file(copy.path().join(&zst)).unwrap();
    let v = verify_dir(copy.path(), &p.anchor(), &state, later(2), false).unwrap();
    assert_eq!(v.blobs_absent, 1);
    let gz = first_path(&p.out, "shared/listings", "gzip");
    fs::write(copy.path().join(&gz), b"").unwrap();
    let err = verify_dir(copy.path(), &p.anchor(), &state, later(2), false).unwrap_err();
    assert!(matches!(err, Error::SizeMismatch { .. }), "{err}");
}

#[test]
fn a_file_or_manifest_from_another_release_is_refused() {
    let (p, r1) = two_releases();
    let state = TrustState::default();
    let now = first_path(&p.out, "shared/listings", "zstd");
    let old = first_path(r1.path(), "shared/listings", "zstd");
    assert_ne!(now, old);
    let err = tampered(&p, &state, |d| {
        fs::copy(r1.path().join(&old), d.join(&now)).unwrap();
    })
    .unwrap_err();
    assert!(
        matches!(err, Error::SizeMismatch { .. } | Error::HashMismatch(_)),
        "{err}"
    );
    // Release 1's manifest with release 2's signature.
    let err = tampered(&p, &state, |d| {
        fs::copy(r1.path().join("manifest.json"), d.join("manifest.json")).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::BadSignature("manifest.json")), "{err}");
}

#[test]
fn a_wrong_key_is_refused() {
    let (p, _) = two_releases();
    let state = TrustState::default();
    // Another publisher's key (a whole other key directory) signs the manifest.
    let other = KeyDir::new(p.out.parent().unwrap().join("other-keys"));
    other.create(later(0)).unwrap();
    let stranger = other.publisher(later(0)).unwrap();
    let err = tampered(&p, &state, |d| {
        let bytes = fs::read(d.join("manifest.json")).unwrap();
        fs::write(d.join("manifest.json.sig"), sign(&stranger.key, &bytes)).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::UnknownKey(_)), "{err}");
    // Another root's key document (naming the stranger's key) is not trusted.
    let err = tampered(&p, &state, |d| {
        fs::write(d.join("keys.json"), &stranger.keys.bytes).unwrap();
        fs::write(d.join("keys.json.sig"), &stranger.keys.signature).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::RootMismatch), "{err}");
    // The client pins another root altogether.
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&p.out, copy.path());
    let wrong = TrustAnchor::new(other.root_public().unwrap());
    let err = verify_dir(copy.path(), &wrong, &state, later(2), true).unwrap_err();
    assert!(matches!(err, Error::RootMismatch), "{err}");
}

#[test]
fn a_revoked_key_is_refused_and_a_rotated_one_still_verifies_its_past() {
    let (p, _) = two_releases();
    let state = TrustState::default();
    let signed_by = manifest_json(&p.out)["key_id"].as_str().unwrap().to_owned();

    // Rotation: the old key signed release 2 before it was rotated out, so release 2 still
    // verifies under the new key document, and release 3 is signed by the new key.
    let new_id = p.keys.rotate(later(3)).unwrap();
    let rotated = p.keys.keys().unwrap();
    let v = tampered(&p, &state, |d| {
        fs::write(d.join("keys.json"), &rotated.bytes).unwrap();
        fs::write(d.join("keys.json.sig"), &rotated.signature).unwrap();
    })
    .unwrap();
    assert_eq!(v.manifest.key.id, signed_by);
    let r3 = export_to(&p.keys, &p.out, &directory(40, 3), later(4));
    let v3 = verify_dir(&p.out, &p.anchor(), &state, later(4), true).unwrap();
    assert_eq!((r3.seq, v3.manifest.key.id.as_str()), (3, new_id.as_str()));

    // Revocation: nothing the old key signed is trusted, whatever its date.
    p.keys.revoke(&signed_by, later(5)).unwrap();
    let revoked = p.keys.keys().unwrap();
    let err = tampered(&p, &state, |d| {
        fs::copy(d.join("r2/manifest.json"), d.join("manifest.json")).unwrap();
        fs::copy(d.join("r2/manifest.json.sig"), d.join("manifest.json.sig")).unwrap();
        fs::write(d.join("keys.json"), &revoked.bytes).unwrap();
        fs::write(d.join("keys.json.sig"), &revoked.signature).unwrap();
    })
    .unwrap_err();
    assert!(
        matches!(err, Error::RevokedKey(ref id) if *id == signed_by),
        "{err}"
    );

    // An older key document (from before the revocation) is refused once a newer was seen.
    let seen = TrustState {
        keys: [(
            revoked.document.root_key_id.clone(),
            KeysSeen::of(&revoked.document),
        )]
        .into(),
        ..TrustState::default()
    };
    let err = tampered(&p, &seen, |d| {
        fs::write(d.join("keys.json"), &rotated.bytes).unwrap();
        fs::write(d.join("keys.json.sig"), &rotated.signature).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::KeysRollback { .. }), "{err}");
}

#[test]
fn rollback_equivocation_and_broken_chains_are_refused() {
    let (p, r1) = two_releases();
    let anchor = p.anchor();
    let mut state = TrustState::default();
    let v2 = verify_dir(&p.out, &anchor, &state, later(2), true).unwrap();
    state.accept(&v2.manifest);
    // Release 1 after release 2 was seen.
    let err = verify_dir(r1.path(), &anchor, &state, later(2), true).unwrap_err();
    assert!(matches!(err, Error::Rollback { seen: 2, got: 1 }), "{err}");
    // The same release again is fine.
    verify_dir(&p.out, &anchor, &state, later(2), true).unwrap();

    // A second, different release 2, properly signed (the publisher equivocates, or its key
    // leaked): flagged.
    let fork = tempfile::tempdir().unwrap();
    copy_dir(r1.path(), fork.path());
    let mut other = directory(40, 3);
    other.services.truncate(5);
    export_to(&p.keys, fork.path(), &other, later(1));
    let err = verify_dir(fork.path(), &anchor, &state, later(2), true).unwrap_err();
    assert!(matches!(err, Error::Equivocation(2)), "{err}");

    // Release 3 of the fork does not follow the release 2 this client holds.
    export_to(&p.keys, fork.path(), &other, later(2));
    let err = verify_dir(fork.path(), &anchor, &state, later(2), true).unwrap_err();
    assert!(matches!(err, Error::BrokenChain(3)), "{err}");
}

#[test]
fn a_delta_on_the_wrong_base_is_refused() {
    let (p, r1) = two_releases();
    let anchor = p.anchor();
    let state = TrustState::default();
    let v1 = verify_dir(r1.path(), &anchor, &state, later(2), true).unwrap();
    let v2 = verify_dir(&p.out, &anchor, &state, later(2), true).unwrap();
    let entry = v2.release.manifest.delta_from(1).unwrap();
    let data = fs::read(p.out.join(&entry.zstd.path)).unwrap();
    apply_delta(&v1.release, &v2.manifest, entry, Encoding::Zstd, &data).unwrap();

    // Applied to release 2 itself.
    let err = apply_delta(&v2.release, &v2.manifest, entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::WrongBase { .. }), "{err}");

    // Applied to another release 1 (same number, other content).
    let fork = tempfile::tempdir().unwrap();
    let mut other = directory(40, 3);
    other.services.truncate(5);
    export_to(&p.keys, fork.path(), &other, later(0));
    let f1 = verify_dir(fork.path(), &anchor, &state, later(2), true).unwrap();
    let err = apply_delta(&f1.release, &v2.manifest, entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::WrongBase { .. }), "{err}");

    // A base whose records were altered after it verified: the zstd delta (compressed against
    // the base's files) does not decode, the gzip one's result does not hash right.
    let mut altered = v1.release.clone();
    let listings = altered.contents.get_mut("shared/listings").unwrap();
    let first = listings.keys().nth(5).unwrap().clone();
    listings.remove(&first);
    let err = apply_delta(&altered, &v2.manifest, entry, Encoding::Zstd, &data).unwrap_err();
    assert!(matches!(err, Error::DeltaDictionary(_)), "{err}");
    let gz = fs::read(p.out.join(&entry.gzip.path)).unwrap();
    let err = apply_delta(&altered, &v2.manifest, entry, Encoding::Gzip, &gz).unwrap_err();
    assert!(matches!(err, Error::HashMismatch(_)), "{err}");

    // The gzip delta's bytes given as its zstd: refused by hash.
    let gz = fs::read(p.out.join(&entry.gzip.path)).unwrap();
    let err = apply_delta(&v1.release, &v2.manifest, entry, Encoding::Zstd, &gz).unwrap_err();
    assert!(
        matches!(err, Error::SizeMismatch { .. } | Error::HashMismatch(_)),
        "{err}"
    );
}

#[test]
fn an_unknown_format_version_is_refused() {
    let (p, _) = two_releases();
    let publisher = p.keys.publisher(later(2)).unwrap();
    let err = tampered(&p, &TrustState::default(), |d| {
        let mut m = manifest_json(d);
        m["format_version"] = 4.into();
        let bytes = canonical::to_vec(&m);
        fs::write(d.join("manifest.json"), &bytes).unwrap();
        fs::write(d.join("manifest.json.sig"), sign(&publisher.key, &bytes)).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::UnknownFormat(4)), "{err}");
    // A path outside the release, properly signed, is refused before anything is read.
    let err = tampered(&p, &TrustState::default(), |d| {
        let mut m = manifest_json(d);
        m["files"][0]["zstd"]["path"] = "../../etc/passwd".into();
        let bytes = canonical::to_vec(&m);
        fs::write(d.join("manifest.json"), &bytes).unwrap();
        fs::write(d.join("manifest.json.sig"), sign(&publisher.key, &bytes)).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, Error::Malformed { .. }), "{err}");
}

#[test]
fn files_are_canonical_json() {
    let (p, _) = two_releases();
    let v = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(2), true).unwrap();
    assert!(canonical::is_canonical(&v.manifest.bytes));
    for entry in &v.release.manifest.files {
        let data = fs::read(p.out.join(&entry.gzip.path)).unwrap();
        let mut raw = Vec::new();
        std::io::Read::read_to_end(&mut flate2_decoder(&data), &mut raw).unwrap();
        assert!(canonical::is_canonical(&raw), "{}", entry.name);
        assert!(
            !String::from_utf8(raw).unwrap().contains(":null"),
            "{}",
            entry.name
        );
    }
}

fn flate2_decoder(data: &[u8]) -> impl std::io::Read + '_ {
    flate2::read::GzDecoder::new(data)
}

#[test]
fn a_publishing_directory_holds_one_region_and_one_export_at_a_time() {
    let p = Publishing::new();
    let dir = directory(10, 5);
    p.export(&dir, later(0));
    // Another region into the same directory is refused.
    let glossary = crate::support::glossary();
    let ui = crate::support::ui();
    let input = vecino_bundle::Input {
        organizations: &dir.organizations,
        services: &dir.services,
        guides: &dir.guides,
        events: &[],
        glossary: &glossary,
        ui: &ui,
        review: &vecino_core::ReviewPolicy::default(),
    };
    let publisher = p.keys.publisher(later(1)).unwrap();
    let opts =
        vecino_bundle::ExportOptions::new("San José".parse().unwrap(), vec!["es".into()], later(1));
    let err = vecino_bundle::export(&p.out, &input, &opts, &publisher, &|_, _| {}).unwrap_err();
    assert!(matches!(err, Error::Publish(_)), "{err}");
    // While another export holds the directory, a second one waits for nothing: it refuses.
    let held = fs::File::open(p.out.join(".lock")).unwrap();
    held.lock().unwrap();
    let opts =
        vecino_bundle::ExportOptions::new("all".parse().unwrap(), vec!["es".into()], later(1));
    let err = vecino_bundle::export(&p.out, &input, &opts, &publisher, &|_, _| {}).unwrap_err();
    assert!(matches!(err, Error::Publish(_)), "{err}");
    // One told to wait writes as soon as the other is done, after it.
    let waiting = {
        let mut opts = opts.clone();
        opts.wait_for_lock = true;
        opts
    };
    let report = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            vecino_bundle::export(&p.out, &input, &waiting, &publisher, &|_, _| {}).unwrap()
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(!writer.is_finished(), "it waits for the lock");
        held.unlock().unwrap();
        writer.join().unwrap()
    });
    assert_eq!(report.seq, 2);
    // A first-start export writes nothing where a release exists.
    let mut first = opts.clone();
    first.first_release_only = true;
    let err = vecino_bundle::export(&p.out, &input, &first, &publisher, &|_, _| {}).unwrap_err();
    assert!(matches!(err, Error::AlreadyPublished(2)), "{err}");
    vecino_bundle::export(&p.out, &input, &opts, &publisher, &|_, _| {}).unwrap();
}

/// A release signed by `key` (a publishing key's secret file), relabelled as region `region`,
/// release `seq`: what someone holding a leaked key forges.
fn forge(dir: &Path, key: &Path, region: &str, seq: u64) {
    let mut manifest = manifest_json(dir);
    manifest["region"]["id"] = region.into();
    manifest["seq"] = seq.into();
    let bytes = canonical::to_vec_of(&manifest).unwrap();
    let secret = vecino_bundle::keys::read_secret(key).unwrap();
    fs::write(dir.join("manifest.json"), &bytes).unwrap();
    fs::write(dir.join("manifest.json.sig"), sign(&secret, &bytes)).unwrap();
}

#[test]
fn a_revoked_key_with_an_old_key_document_is_refused_for_any_region() {
    let (p, r1) = two_releases();
    let signed_by = manifest_json(r1.path())["key_id"]
        .as_str()
        .unwrap()
        .to_owned();
    p.keys.rotate(later(3)).unwrap();
    p.keys.revoke(&signed_by, later(4)).unwrap();
    let current = p.keys.keys().unwrap();
    export_to(&p.keys, &p.out, &directory(40, 3), later(5));
    let anchor = p.anchor();

    // The client follows region "all" and has seen the key document with the revocation.
    let mut state = TrustState::default();
    let v = verify_dir(&p.out, &anchor, &state, later(5), true).unwrap();
    state.accept(&v.manifest);
    assert_eq!(state.region.as_deref(), Some("all"));

    // Release 1 relabelled region "x", release 99, signed with the revoked key, with the key
    // document of release 1 (before the revocation).
    let forged = tempfile::tempdir().unwrap();
    copy_dir(r1.path(), forged.path());
    let key = p.keys.path().join(format!("publishing/{signed_by}.key"));
    forge(forged.path(), &key, "x", 99);
    let fresh = TrustState::default();
    verify_dir(forged.path(), &anchor, &fresh, later(5), true)
        .expect("with nothing known, the forgery verifies: why a floor is needed");

    // What the client saw under this root, for another region: refused.
    let other_region = TrustState {
        keys: state.keys.clone(),
        ..TrustState::default()
    };
    let err = verify_dir(forged.path(), &anchor, &other_region, later(5), true).unwrap_err();
    assert!(matches!(err, Error::KeysRollback { .. }), "{err}");
    // Only the revoked id known (a floor without the seq): refused as revoked.
    let revoked_only = KeysSeen {
        seq: 0,
        revoked: [signed_by.clone()].into(),
    };
    let mut floored = TrustState::default();
    floored.raise(&anchor.root_id(), &revoked_only);
    let err = verify_dir(forged.path(), &anchor, &floored, later(5), true).unwrap_err();
    assert!(
        matches!(err, Error::RevokedKey(ref id) if *id == signed_by),
        "{err}"
    );
    // A brand-new client with the floor from the current key document: refused.
    let floor = KeysSeen::from_documents(
        &anchor.root,
        [(current.bytes.as_slice(), current.signature.as_slice())],
    );
    assert_eq!(floor.seq, current.document.seq);
    assert!(floor.revoked.contains(&signed_by));
    let mut floored = TrustState::default();
    floored.raise(&anchor.root_id(), &floor);
    let err = verify_dir(forged.path(), &anchor, &floored, later(5), true).unwrap_err();
    assert!(matches!(err, Error::KeysRollback { .. }), "{err}");
    // The state that follows "all" refuses region "x" however it is signed.
    let forged_ok = tempfile::tempdir().unwrap();
    copy_dir(&p.out, forged_ok.path());
    let current_key = manifest_json(&p.out)["key_id"].as_str().unwrap().to_owned();
    let key = p.keys.path().join(format!("publishing/{current_key}.key"));
    forge(forged_ok.path(), &key, "x", 99);
    let err = verify_dir(forged_ok.path(), &p.anchor(), &state, later(5), true).unwrap_err();
    assert!(matches!(err, Error::WrongRegion { .. }), "{err}");
}

#[test]
fn a_floor_counts_only_key_documents_of_its_root() {
    let (p, _) = two_releases();
    let other = tempfile::tempdir().unwrap();
    let stranger = KeyDir::new(other.path().join("keys"));
    stranger.create(later(1)).unwrap();
    stranger.rotate(later(2)).unwrap();
    let theirs = stranger.keys().unwrap();
    let floor = KeysSeen::from_documents(
        &p.anchor().root,
        [(theirs.bytes.as_slice(), theirs.signature.as_slice())],
    );
    assert_eq!(floor, KeysSeen::default());
}

#[test]
fn a_key_document_and_its_signature_become_current_together() {
    let p = Publishing::new();
    let dir = p.keys.path().to_owned();
    assert_eq!(fs::read_to_string(dir.join("keys.current")).unwrap(), "1");
    p.keys.rotate(later(1)).unwrap();
    assert_eq!(fs::read_to_string(dir.join("keys.current")).unwrap(), "2");
    // The first document and its signature are still there, unchanged, for a reader that
    // started before the rotation; the current pair verifies.
    assert!(dir.join("keys/1/keys.json").is_file() && dir.join("keys/1/keys.json.sig").is_file());
    assert!(
        !dir.join("keys.json").exists(),
        "no top-level pair to mismatch"
    );
    let current = p.keys.keys().unwrap();
    assert_eq!(current.document.seq, 2);
    let floor = KeysSeen::from_documents(
        &p.anchor().root,
        [(current.bytes.as_slice(), current.signature.as_slice())],
    );
    assert_eq!(floor.seq, 2, "the pair read is a matching one");
    // A key directory of the layout before (a top-level pair) is still read.
    let old = tempfile::tempdir().unwrap();
    fs::write(old.path().join("keys.json"), &current.bytes).unwrap();
    fs::write(old.path().join("keys.json.sig"), &current.signature).unwrap();
    let legacy = KeyDir::new(old.path());
    assert!(legacy.exists());
    assert_eq!(legacy.keys().unwrap().document.seq, 2);
}
