use vecino_hsds::{Effect, Format, read};

use crate::{fixture, options};

fn show(name: &str, import: &vecino_hsds::Import) {
    eprintln!("== {name}\n{}", import.report);
}

#[test]
fn explore() {
    for (rel, format, url) in [
        (
            "realdata/ohana-api-sanmateo",
            Format::Ohana,
            "https://github.com/codeforamerica/ohana-api",
        ),
        (
            "realdata/sarapis-orservices-dc/public/HSDS",
            Format::Datapackage,
            "https://github.com/sarapis/orservices",
        ),
        (
            "hsds/sample-HSDS-datapackage-1.1/all_resources",
            Format::Datapackage,
            "https://github.com/openreferral/specification",
        ),
        (
            "hsds/3.0/examples/service_full.json",
            Format::Hsds3,
            "https://github.com/openreferral/specification",
        ),
        (
            "hsds/3.0/examples/organization_full.json",
            Format::Hsds3,
            "https://github.com/openreferral/specification",
        ),
        (
            "hsds/3.0/examples/service_list.json",
            Format::Hsds3,
            "https://github.com/openreferral/specification",
        ),
        (
            "hsds/3.0/examples/service_at_location_full.json",
            Format::Hsds3,
            "https://github.com/openreferral/specification",
        ),
        (
            "hsds/3.0/examples/csv",
            Format::Datapackage,
            "https://github.com/openreferral/specification",
        ),
    ] {
        let Some(path) = fixture(rel) else { continue };
        assert_eq!(Format::detect(&path), Some(format), "{rel}");
        let import = read(&path, format, &options("x", url)).unwrap();
        show(rel, &import);
        let _ = Effect::FieldSkipped;
    }
}
