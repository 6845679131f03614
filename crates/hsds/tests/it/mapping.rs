//! Import by a mapping file: a spreadsheet layout the code has never seen imports by a TOML
//! mapping alone; broken mappings are refused with the mapping file's line, before any row is
//! read; a Windows-1252 CSV with CR line endings reads through a mapping. All data fictional.

use std::path::Path;

use vecino_core::{Service, Topic};
use vecino_hsds::mapping::{self, Mapping};

use crate::options;

/// A neighbourhood spreadsheet: groups in one file; one wide file whose rows are programs (with
/// their place's address on the row) or section headers to skip.
const GROUPS: &str = "Group Code,Group,About,Web\n\
G1,Fictional Friends Pantry,A fictional food pantry for tests.,https://pantry.example.org\n\
G2,Example Legal Circle,A fictional legal clinic for tests.,https://legal.example.org\n";

const OFFERINGS: &str = "Row Type,Ref,Group Code,Title,Summary,More,Street,Town,ST,ZIP,Tel,Open,Speaks,Who,Cost,How,Bring\n\
Section,S1,,FOOD,,,,,,,,,,,,,\n\
Program,P1,G1,Weekly Groceries,Groceries every week.,Bring a bag.,100 Example St,Springfield,IL,62701,(217) 555-0100; 217-555-0101,Mon-Fri 9:00 AM - 5:00 PM; Sat 10am - 2pm,Spanish / Tagalog; Vietnamese,Anyone living in the county,Free,Walk in during open hours,Photo ID; proof of address\n\
Program,,G1,Row Without Id,,,,,,,,,,,,,\n\
Section,S2,,LEGAL,,,,,,,,,,,,,\n\
Program,P2,G2,Tenant Questions,Answers about renting.,,200 Sample Ave,Springfield,IL,62702,217-555-0102,Tue 1pm - 4pm,Korean,Tenants,,Call first,Your lease\n";

pub const MAPPING: &str = r#"version = 1

[files.groups]
path = "groups.csv"
kind = "organization"
id = "Group Code"
fields = { name = "Group", description = "About", url = "Web" }

[files.places]
path = "offerings.csv"
kind = "location"
id = "Ref"
only = { column = "Row Type", equals = "Program" }
links = { organization = { file = "groups", column = "Group Code" } }

[files.places.fields]
name = { join = ["Title", "Town"], with = ", " }
address_1 = "Street"
city = "Town"
state = "ST"
postal_code = "ZIP"
country = { constant = "US" }

[files.programs]
path = "offerings.csv"
kind = "service"
id = "Ref"
only = { column = "Row Type", equals = ["Program"] }
links.organization = { file = "groups", column = "Group Code" }
links.location = { file = "places", column = "Ref" }

[files.programs.fields]
name = "Title"
description = { join = ["Summary", "More"], with = " " }
phones = { split = "Tel", on = [";"] }
hours = "Open"
languages = { split = "Speaks", on = [",", ";", "/"] }
eligibility = "Who"
fees = "Cost"
application_process = "How"
documents = { split = "Bring", on = [";"] }
"#;

pub fn write_spreadsheet(dir: &Path) {
    std::fs::write(dir.join("groups.csv"), GROUPS).unwrap();
    std::fs::write(dir.join("offerings.csv"), OFFERINGS).unwrap();
}

fn opts() -> vecino_hsds::ImportOptions {
    let mut o = options("test sheet", "https://example.org/sheet");
    o.fallback_topic = Some(Topic::parse("food").unwrap());
    o
}

fn service<'a>(services: &'a [Service], name: &str) -> &'a Service {
    services
        .iter()
        .find(|s| s.name.source_text() == name)
        .unwrap_or_else(|| panic!("no service {name}"))
}

#[test]
fn a_new_spreadsheet_layout_imports_by_its_mapping_alone() {
    let dir = tempfile::tempdir().unwrap();
    write_spreadsheet(dir.path());
    let m = Mapping::parse("sheet.toml", MAPPING).unwrap();
    let data = mapping::read(dir.path(), &m, &opts()).unwrap();
    assert_eq!(
        (data.organizations.len(), data.services.len()),
        (2, 2),
        "section rows are not records: {}",
        data.report
    );
    let no_id: Vec<_> = data.report.with_reason("has no id").collect();
    assert_eq!(
        no_id.len(),
        2,
        "as a place and as a program: {}",
        data.report
    );
    assert_eq!(no_id[0].line, Some(4));
    let groceries = service(&data.services, "Weekly Groceries");
    let pantry = data
        .organizations
        .iter()
        .find(|o| o.id == groceries.organization_id)
        .unwrap();
    assert_eq!(pantry.name.source_text(), "Fictional Friends Pantry");
    assert_eq!(
        groceries.description.source_text(),
        "Groceries every week. Bring a bag."
    );
    let phones: Vec<&str> = groceries.phones.iter().map(|p| p.number()).collect();
    assert_eq!(phones.len(), 2, "{phones:?}");
    let mut langs: Vec<&str> = groceries
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    langs.sort();
    assert_eq!(langs, ["es", "tl", "vi"]);
    let place = &groceries.locations[0];
    let address = place.location.address.as_ref().unwrap();
    assert_eq!(
        (address.address_1.as_deref(), address.city.as_str()),
        (Some("100 Example St"), "Springfield")
    );
    let weekly: usize = groceries
        .schedule
        .iter()
        .chain(
            groceries
                .locations
                .iter()
                .filter_map(|l| l.schedule.as_ref()),
        )
        .map(|s| s.weekly().len())
        .sum();
    assert_eq!(weekly, 6, "Monday to Friday and Saturday: {}", data.report);
    let d = &groceries.details;
    assert_eq!(
        d.eligibility.as_ref().map(|t| t.source_text()),
        Some("Anyone living in the county")
    );
    assert_eq!(groceries.free, Some(true));
    let docs: Vec<&str> = d
        .documents
        .iter()
        .map(|x| x.document.source_text())
        .collect();
    assert_eq!(docs, ["Photo ID", "proof of address"]);
    assert_eq!(
        d.application_process.as_ref().map(|t| t.source_text()),
        Some("Walk in during open hours")
    );
}

fn refusal(mapping: &str) -> (usize, String) {
    match Mapping::parse("broken.toml", mapping) {
        Err(vecino_hsds::Error::Mapping { line, message, .. }) => (line, message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The line of the first line of `mapping` containing `needle`.
fn line_with(mapping: &str, needle: &str) -> usize {
    mapping.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn an_unknown_field_is_refused_at_its_line() {
    let broken = MAPPING.replace("eligibility = \"Who\"", "eligibilty = \"Who\"");
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "eligibilty"));
    assert!(
        message.contains("unknown field \"eligibilty\""),
        "{message}"
    );
}

#[test]
fn a_link_to_an_undefined_file_is_refused_at_its_line() {
    let broken = MAPPING.replace(
        "links.location = { file = \"places\"",
        "links.location = { file = \"sites\"",
    );
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "file = \"sites\""));
    assert!(message.contains("\"sites\""), "{message}");
}

#[test]
fn an_unknown_transform_or_key_is_refused_at_its_line() {
    let broken = MAPPING.replace("{ split = \"Bring\"", "{ cut = \"Bring\"");
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "cut = "));
    assert!(message.contains("unknown transform \"cut\""), "{message}");

    let broken = MAPPING.replace("kind = \"service\"", "kind = \"service\"\nsheet = 2");
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "sheet = 2"));
    assert!(message.contains("sheet"), "{message}");
}

#[test]
fn a_link_to_a_file_of_the_wrong_kind_or_a_split_single_field_is_refused_at_its_line() {
    let broken = MAPPING.replace(
        "links.location = { file = \"places\"",
        "links.location = { file = \"groups\"",
    );
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "links.location"));
    assert!(message.contains("location records"), "{message}");

    let broken = MAPPING.replace(
        "eligibility = \"Who\"",
        "eligibility = { split = \"Who\", on = [\",\"] }",
    );
    let (line, message) = refusal(&broken);
    assert_eq!(line, line_with(&broken, "eligibility ="));
    assert!(message.contains("takes one value"), "{message}");
}

#[test]
fn a_column_the_file_lacks_is_refused_at_its_line_before_any_row_is_read() {
    let dir = tempfile::tempdir().unwrap();
    write_spreadsheet(dir.path());
    let broken = MAPPING.replace("eligibility = \"Who\"", "eligibility = \"Whom\"");
    let m = Mapping::parse("broken.toml", &broken).unwrap();
    match mapping::read(dir.path(), &m, &opts()) {
        Err(vecino_hsds::Error::Mapping { line, message, .. }) => {
            assert_eq!(line, line_with(&broken, "\"Whom\""));
            assert!(message.contains("no column \"Whom\""), "{message}");
        }
        other => panic!("expected a refusal, got {:?}", other.map(|i| i.report)),
    }
}

#[test]
fn a_windows_1252_csv_with_cr_line_endings_reads_through_a_mapping() {
    let dir = tempfile::tempdir().unwrap();
    // Fictional; 0xE9 is "é" and 0xF1 is "ñ" in Windows-1252; CR-only line endings.
    let sheet: &[u8] = b"Code,Nombre,Acerca\r\
A1,Caf\xe9 Comunitario,Ayuda para la ni\xf1ez\r\
A2,Segunda Organizaci\xf3n,Texto\r";
    std::fs::write(dir.path().join("orgs.csv"), sheet).unwrap();
    let m = Mapping::parse(
        "orgs.toml",
        "version = 1\n[files.orgs]\nkind = \"organization\"\nid = \"Code\"\nfields = { name = \"Nombre\", description = \"Acerca\" }\n",
    )
    .unwrap();
    let data = mapping::read(&dir.path().join("orgs.csv"), &m, &opts()).unwrap();
    let mut names: Vec<&str> = data
        .organizations
        .iter()
        .map(|o| o.name.source_text())
        .collect();
    names.sort();
    assert_eq!(names, ["Café Comunitario", "Segunda Organización"]);
}

/// A program listed at two places, one row each (as iCarol's ProgramAtSite rows are), is one
/// service offered at both.
#[test]
fn a_program_on_two_rows_at_two_places_is_one_service_at_both() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sites.csv"),
        "Site,Org,Site Name,Street,Town,ST\n\
         S1,O1,North Hall,1 Example Rd,Springfield,IL\n\
         S2,O1,South Hall,2 Example Rd,Springfield,IL\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("programs.csv"),
        "Prog,Org,Org Name,Program,About,At Site\n\
         P1,O1,Example Helpers,Homework Club,Help with homework.,S1\n\
         P1,O1,Example Helpers,Homework Club,Help with homework.,S2\n",
    )
    .unwrap();
    let m = Mapping::parse(
        "sites.toml",
        r#"version = 1
[files.orgs]
path = "programs.csv"
kind = "organization"
id = "Org"
fields = { name = "Org Name" }
[files.sites]
path = "sites.csv"
kind = "location"
id = "Site"
links = { organization = { file = "orgs", column = "Org" } }
fields = { name = "Site Name", address_1 = "Street", city = "Town", state = "ST", country = { constant = "US" } }
[files.programs]
path = "programs.csv"
kind = "service"
id = "Prog"
links = { location = { file = "sites", column = "At Site" } }
fields = { name = "Program", description = "About" }
"#,
    )
    .unwrap();
    let data = mapping::read(dir.path(), &m, &opts()).unwrap();
    assert_eq!(data.services.len(), 1, "{}", data.report);
    let mut places: Vec<&str> = data.services[0]
        .locations
        .iter()
        .filter_map(|l| l.location.address.as_ref()?.address_1.as_deref())
        .collect();
    places.sort();
    assert_eq!(places, ["1 Example Rd", "2 Example Rd"]);
    // The service names no organization: it takes its places'.
    assert_eq!(
        data.organizations
            .iter()
            .find(|o| o.id == data.services[0].organization_id)
            .map(|o| o.name.source_text()),
        Some("Example Helpers")
    );
}
