//! The boundary and ambiguity rules of the default dictionaries, one table
//! each: what a word is taken for, in what context.

use factscan::DocDate;
use factscan::{Document, Pipeline, PipelineBuilder};

fn pipeline() -> &'static Pipeline {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    P.get_or_init(|| PipelineBuilder::new().claims(false).build().unwrap())
}

/// The (text, kind, entity id) of every mention of `text`.
fn mentions(text: &str, date: Option<&str>) -> Vec<(String, String, String)> {
    let doc = Document {
        date: date.and_then(DocDate::parse),
        ..Document::new("t", text)
    };
    pipeline()
        .process(&doc)
        .entities
        .into_iter()
        .map(|e| (e.text, e.kind.to_string(), e.entity_id.to_string()))
        .collect()
}

/// Checks that `word` (its first mention) is taken as `kind` and `id` in
/// each text; an empty kind means it is no mention.
fn check(cases: &[(&str, &str, &str, &str)]) {
    for (text, word, kind, id) in cases {
        let got = mentions(text, Some("2026-01-07"));
        let m = got.iter().find(|m| m.0 == *word);
        match m {
            None => assert!(
                kind.is_empty(),
                "{text}: `{word}` not found in {got:?}"
            ),
            Some(m) => assert_eq!(
                (m.1.as_str(), m.2.as_str()),
                (*kind, *id),
                "{text}: `{word}` in {got:?}"
            ),
        }
    }
}

#[test]
fn georgia_jordan_chad_and_turkey() {
    check(&[
        ("Georgia and Russia signed a deal.", "Georgia", "country", "GEO"),
        (
            "Voters in Atlanta, Georgia lined up.",
            "Georgia",
            "location",
            "us-georgia",
        ),
        // A context word inside a country's name is no context.
        (
            "Peacekeepers served in the Democratic Republic of the Congo, \
             Eritrea, Georgia and Chad.",
            "Georgia",
            "country",
            "GEO",
        ),
        (
            "The Democratic primary in Georgia drew record turnout.",
            "Georgia",
            "location",
            "us-georgia",
        ),
        ("Jordan closed its border with Syria.", "Jordan", "country", "JOR"),
        (
            "Michael Jordan scored 40. Jordan smiled.",
            "Jordan",
            "person",
            "michael-jordan",
        ),
        (
            "Michael Jordan flew to Amman, Jordan, on Monday.",
            "Jordan",
            "country",
            "JOR",
        ),
        (
            "Michael Jordan scored 40. Fans in Jordan cheered.",
            "Jordan",
            "country",
            "JOR",
        ),
        (
            "Michael Jordan scored 40. He passed the ball to Jordan again.",
            "Jordan",
            "person",
            "michael-jordan",
        ),
        (
            "George Washington led the army. Washington crossed the river.",
            "Washington",
            "person",
            "george-washington",
        ),
        (
            "George Washington led the army. Statues across Washington fell.",
            "Washington",
            "location",
            "washington-usa",
        ),
        ("Chad voted for the resolution.", "Chad", "country", "TCD"),
        (
            "Chad Johnson caught the ball.",
            "Chad Johnson",
            "person",
            "chad-johnson",
        ),
        ("Turkey and Greece met in Ankara.", "Turkey", "country", "TUR"),
        ("We ate turkey and pie.", "turkey", "", ""),
    ]);
}

#[test]
fn niger_nigeria_the_congos_the_guineas_and_dominica() {
    check(&[
        ("Niger and Nigeria share a border.", "Niger", "country", "NER"),
        ("Niger and Nigeria share a border.", "Nigeria", "country", "NGA"),
        (
            "Oil spills in the Niger Delta.",
            "Niger Delta",
            "location",
            "niger-delta",
        ),
        ("Fighting in eastern Congo went on.", "Congo", "country", "COD"),
        ("In Brazzaville, Congo held elections.", "Congo", "country", "COG"),
        (
            "Congo-Brazzaville and DR Congo",
            "Congo-Brazzaville",
            "country",
            "COG",
        ),
        ("Congo-Brazzaville and DR Congo", "DR Congo", "country", "COD"),
        ("Guinea-Bissau and Guinea", "Guinea-Bissau", "country", "GNB"),
        (
            "Equatorial Guinea exports oil.",
            "Equatorial Guinea",
            "country",
            "GNQ",
        ),
        ("Papua New Guinea voted.", "Papua New Guinea", "country", "PNG"),
        ("Guinea held a referendum.", "Guinea", "country", "GIN"),
        ("Dominica was hit by a hurricane.", "Dominica", "country", "DMA"),
        (
            "The Dominican Republic and Haiti",
            "Dominican Republic",
            "country",
            "DOM",
        ),
        ("Dominican baseball players", "Dominican", "country", "DOM"),
        (
            "In Dominica, Dominican officials said",
            "Dominican",
            "country",
            "DMA",
        ),
    ]);
}

#[test]
fn may_china_daily_and_longest_names() {
    check(&[
        ("Theresa May spoke in May.", "Theresa May", "person", "theresa-may"),
        ("Theresa May spoke in May.", "May", "date", ""),
        ("It may rain.", "may", "", ""),
        (
            "China Daily reported it.",
            "China Daily",
            "organization",
            "china-daily",
        ),
        ("China Daily reported it.", "China", "", ""),
        (
            "It told the New York Times.",
            "New York Times",
            "organization",
            "nyt",
        ),
        (
            "in the South China Sea",
            "South China Sea",
            "location",
            "south-china-sea",
        ),
        ("in New Mexico", "New Mexico", "location", "us-new-mexico"),
    ]);
}

#[test]
fn word_boundaries_possessives_and_compounds() {
    check(&[
        ("a pro-Russian rally", "Russian", "country", "RUS"),
        ("a Kyiv-based group", "Kyiv", "location", "kyiv-ukr"),
        ("Russia's view", "Russia", "country", "RUS"),
        ("Russia’s view", "Russia", "country", "RUS"),
        ("Côte d’Ivoire and Cote d'Ivoire", "Cote d'Ivoire", "country", "CIV"),
        ("Let us go.", "us", "", ""),
        ("The US said no.", "US", "country", "USA"),
        ("Prussian history", "Russian", "", ""),
        ("From Moscow's perspective", "Moscow", "country", "RUS"),
        ("a summit in Moscow", "Moscow", "location", "moscow-rus"),
    ]);
}

#[test]
fn title_case_headlines_are_text_like_any_other() {
    check(&[
        ("Paris Summit Pushes NATO Troops", "Paris", "location", "paris-fra"),
        ("Paris Summit Pushes NATO Troops", "NATO", "organization", "nato"),
        ("The American Angle", "The American Angle", "", ""),
        ("The American Angle", "American", "country", "USA"),
        ("WHO WILL WIN THE CUP", "WHO", "", ""),
        ("WHO officials warned of an outbreak.", "WHO", "organization", "who"),
    ]);
}

#[test]
fn a_place_before_a_title_is_no_given_name() {
    check(&[
        (
            "Georgia Governor Brian Kemp signed the bill.",
            "Brian Kemp",
            "person",
            "brian-kemp",
        ),
        (
            "Georgia Governor Brian Kemp signed the bill.",
            "Georgia",
            "location",
            "us-georgia",
        ),
        (
            "Kenya President William Ruto arrived in Paris.",
            "Kenya",
            "country",
            "KEN",
        ),
        (
            "Jordan Minister Ayman Safadi met his counterpart.",
            "Jordan",
            "country",
            "JOR",
        ),
        // A given name before a title word that ends the name is kept.
        (
            "Martin Luther King spoke in Washington.",
            "Martin Luther King",
            "person",
            "martin-luther-king",
        ),
        (
            "Georgia Smith, the governor, signed the bill.",
            "Georgia Smith",
            "person",
            "georgia-smith",
        ),
    ]);
}

#[test]
fn roles_and_surnames_resolve_on_the_date() {
    let on = |text: &str, date: &str| -> Vec<String> {
        mentions(text, Some(date))
            .into_iter()
            .filter(|m| m.1 == "person")
            .map(|m| m.2)
            .collect()
    };
    assert_eq!(
        on("The French president spoke.", "2026-01-07"),
        ["emmanuel-macron"]
    );
    assert_eq!(
        on("The French president spoke.", "2014-01-07"),
        ["francois-hollande"]
    );
    assert_eq!(
        on("The German chancellor spoke.", "2010-01-07"),
        ["angela-merkel"]
    );
    assert_eq!(
        on("The German chancellor spoke.", "2026-01-07"),
        ["friedrich-merz"]
    );
    assert_eq!(on("Bush spoke.", "2004-01-07"), ["george-w-bush"]);
    assert_eq!(on("Bush spoke.", "1990-01-07"), ["george-bush"]);
    assert_eq!(on("Zelensky spoke.", "2026-01-07"), ["volodymyr-zelensky"]);
}

#[test]
fn a_dictionary_name_beats_a_pattern_without_its_context_words() {
    // WHO's entry has context words for its acronym; its name needs none.
    check(&[
        (
            "The World Health Organization has been playing a key role.",
            "World Health Organization",
            "organization",
            "who",
        ),
        (
            "The World Health Organization fights the pandemic.",
            "World Health Organization",
            "organization",
            "who",
        ),
    ]);
}

#[test]
fn amazon_is_the_forest_unless_the_company_is_near() {
    check(&[
        (
            "We reduced deforestation in the Amazon by 50% last year.",
            "Amazon",
            "location",
            "amazon-region",
        ),
        (
            "The Amazon, Congo and Borneo-Mekong basins host tropical forests.",
            "Amazon",
            "location",
            "amazon-region",
        ),
        (
            "Amazon shares rose after the retailer reported strong sales.",
            "Amazon",
            "organization",
            "amazon",
        ),
        (
            "Workers at an Amazon warehouse in Alabama voted on a union.",
            "Amazon",
            "organization",
            "amazon",
        ),
    ]);
}

/// "the Commonwealth" is the Commonwealth of Nations where its words are
/// near (its heads, its secretariat, its members) or the document names
/// it in full; nor a bank, an avenue or a US state calling itself one; no
/// longer the district of Quezon City that GeoNames lists under that name
/// (the generator leaves out a city named like a body); a state's or
/// country's official name is that state's or country's.
#[test]
fn the_commonwealth_is_the_commonwealth_of_nations() {
    check(&[
        (
            "The Commonwealth Heads of Government met in Samoa.",
            "Commonwealth",
            "organization",
            "commonwealth",
        ),
        (
            "We thank the members of the Commonwealth for their support.",
            "Commonwealth",
            "organization",
            "commonwealth",
        ),
        (
            "Commonwealth Edison raised its rates in Chicago.",
            "Commonwealth",
            "",
            "",
        ),
        (
            "We walked down Commonwealth Avenue in Boston.",
            "Commonwealth",
            "",
            "",
        ),
        (
            "The Philippine delegation told the Commonwealth summit that \
             its members agreed.",
            "Commonwealth",
            "organization",
            "commonwealth",
        ),
        (
            "the President of the Commonwealth of the Philippines",
            "Commonwealth of the Philippines",
            "country",
            "PHL",
        ),
        (
            "Flooding hit Commonwealth, a district of Quezon City in Manila.",
            "Commonwealth",
            "",
            "",
        ),
        (
            "I speak for the Commonwealth of the Bahamas.",
            "Commonwealth of the Bahamas",
            "country",
            "BHS",
        ),
        (
            "the Commonwealth of Puerto Rico",
            "Commonwealth of Puerto Rico",
            "country",
            "PRI",
        ),
        (
            "the Commonwealth of Massachusetts sued.",
            "Commonwealth of Massachusetts",
            "location",
            "us-massachusetts",
        ),
        (
            "the Commonwealth of Independent States",
            "Commonwealth of Independent States",
            "organization",
            "cis",
        ),
    ]);
}

/// A country's code glued to a dollar sign is a currency's symbol; the
/// code alone, or before a spaced sign, is the country.
#[test]
fn a_code_before_a_dollar_sign_is_a_currency() {
    check(&[
        ("Profit was US$ 995 million this year.", "US", "", ""),
        ("It cost NZ$40 a head.", "NZ", "", ""),
        ("The US sent US$ 5 million.", "US", "country", "USA"),
        ("Aid from the US $5 million fund.", "US", "country", "USA"),
    ]);
}

#[test]
fn a_name_inside_the_name_of_a_law_or_agreement_is_no_mention() {
    // (text, word, kind, id): an empty kind is no mention.
    check(&[
        ("We are committed to the Paris Agreement.", "Paris", "", ""),
        ("The American Rescue Plan sent checks.", "American", "", ""),
        (
            "The United States-Mexico-Canada Agreement replaced NAFTA.",
            "United States",
            "",
            "",
        ),
        (
            "The United States-Mexico-Canada Agreement replaced NAFTA.",
            "Canada",
            "",
            "",
        ),
        ("We adopted the Addis Ababa Action Agenda.", "Addis Ababa", "", ""),
        (
            "It joined the Santiago Network on loss and damage.",
            "Santiago",
            "",
            "",
        ),
        // After the document's word and "of", as before it.
        (
            "We uphold the Charter of the United Nations.",
            "United Nations",
            "",
            "",
        ),
        ("It signed the Treaty of Lisbon.", "Lisbon", "", ""),
        ("He flew to Lisbon.", "Lisbon", "location", "lisbon-prt"),
        ("the “Declaration of Paris” was signed", "Paris", "", ""),
        // The place itself, and a plan named otherwise.
        (
            "The Charter gives the United Nations its powers.",
            "United Nations",
            "organization",
            "un",
        ),
        ("a charter of Paris", "Paris", "location", "paris-fra"),
        ("Leaders met in Paris on Monday.", "Paris", "location", "paris-fra"),
        ("Americans want a plan for growth.", "Americans", "country", "USA"),
    ]);
}

#[test]
fn an_organization_inside_the_name_of_its_conference_or_summit_is_no_mention()
{
    // (text, word, kind, id): an empty kind is no mention.
    check(&[
        (
            "We host the United Nations Ocean Conference in June.",
            "United Nations",
            "",
            "",
        ),
        ("Leaders gathered for the G20 Summit.", "G20", "", ""),
        // A place before them says where.
        ("The UK-France Summit ended.", "France", "country", "FRA"),
        (
            "At the Paris Summit, leaders met.",
            "Paris",
            "location",
            "paris-fra",
        ),
        (
            "It ranks high on the United Nations Human Development Index.",
            "United Nations",
            "",
            "",
        ),
        // A dictionary's longer name wins; a conference named otherwise
        // leaves the name a mention.
        (
            "It joined the United Nations Conference on Trade and Development.",
            "United Nations Conference on Trade and Development",
            "organization",
            "unctad",
        ),
        (
            "The conference of the United Nations opened.",
            "United Nations",
            "organization",
            "un",
        ),
        ("France will host a summit.", "France", "country", "FRA"),
    ]);
}

#[test]
fn short_names_of_organs_are_the_uns_where_the_document_names_the_un() {
    check(&[
        (
            "The United Nations turns 80. I thank the Assembly for its work.",
            "Assembly",
            "organization",
            "unga",
        ),
        (
            "At the United Nations, this Assembly must act.",
            "Assembly",
            "organization",
            "unga",
        ),
        (
            "The UN must reform. The Council has failed Syria.",
            "Council",
            "organization",
            "unsc",
        ),
        (
            "The United Nations needs money. The Secretariat asked for more.",
            "Secretariat",
            "organization",
            "un-secretariat",
        ),
        (
            "We gather at the United Nations. Our Organization is 80.",
            "Organization",
            "organization",
            "un",
        ),
        // Another body of that word, named before, comes first.
        (
            "The United Nations backs the African Union Peace and Security \
             Council. The Council met in Addis Ababa.",
            "Council",
            "organization",
            "au-psc",
        ),
        (
            "The UN spoke. The European Council met; the Council agreed.",
            "Council",
            "organization",
            "eu-council",
        ),
        (
            "The UN and the National Assembly: the Assembly voted.",
            "Assembly",
            "organization",
            "national-assembly",
        ),
        (
            "The UN and the Human Rights Council: the Council voted.",
            "Council",
            "organization",
            "unhrc",
        ),
        // "The Organization" is the UN wherever the document names it,
        // and the organization named before it elsewhere.
        (
            "The UN and the World Health Organization: the Organization is 80.",
            "Organization",
            "organization",
            "un",
        ),
        (
            "The World Health Organization met. The Organization warned.",
            "Organization",
            "organization",
            "who",
        ),
        // A name found by pattern with a lower-case word is no council.
        (
            "The UN met. Since the Security Council failed, the Council must change.",
            "Council",
            "organization",
            "unsc",
        ),
        // No UN in the document: no mention.
        ("The Council met on Tuesday in Brussels.", "Council", "", ""),
        ("The Assembly voted the budget.", "Assembly", "", ""),
        // A longer name.
        ("The UN welcomed the Council of Europe's report.", "Council", "", ""),
        (
            "The UN spoke. Join the Organization for Trade Cooperation.",
            "Organization",
            "",
            "",
        ),
        // The full names are the organs' wherever they stand.
        (
            "The General Assembly adopted the resolution.",
            "General Assembly",
            "organization",
            "unga",
        ),
        (
            "The United Nations General Assembly opened.",
            "United Nations General Assembly",
            "organization",
            "unga",
        ),
        (
            "the Security Council will meet.",
            "Security Council",
            "organization",
            "unsc",
        ),
    ]);
}

#[test]
fn un_system_names_are_whole() {
    check(&[
        (
            "UN-Habitat builds homes.",
            "UN-Habitat",
            "organization",
            "un-habitat",
        ),
        ("UN-Habitat builds homes.", "UN", "", ""),
        (
            "The African Union Transition Mission in Somalia withdrew.",
            "African Union Transition Mission in Somalia",
            "organization",
            "atmis",
        ),
        (
            "The African Union Transition Mission in Somalia withdrew.",
            "African Union",
            "",
            "",
        ),
        (
            "Al Shabaab attacked a base.",
            "Al Shabaab",
            "organization",
            "al-shabaab",
        ),
        (
            "al-Shabaab attacked a base.",
            "al-Shabaab",
            "organization",
            "al-shabaab",
        ),
        ("UNEP and UNON are in Nairobi.", "UNEP", "organization", "unep"),
        ("UNEP and UNON are in Nairobi.", "UNON", "organization", "unon"),
        ("ATMIS replaced AMISOM in 2022.", "AMISOM", "organization", "amisom"),
        ("The G77 met in Havana.", "G77", "organization", "g77"),
        (
            "The Group of 77 and China spoke.",
            "Group of 77 and China",
            "organization",
            "g77",
        ),
        ("AOSIS met in Apia.", "AOSIS", "organization", "aosis"),
        (
            "Kenya leads the Multinational Security Support mission in Haiti.",
            "Multinational Security Support mission in Haiti",
            "organization",
            "mss-haiti",
        ),
        ("MONUSCO troops left Goma.", "MONUSCO", "organization", "monusco"),
        (
            "The Secretariat of the United Nations wrote.",
            "Secretariat of the United Nations",
            "organization",
            "un-secretariat",
        ),
        (
            "The Non-Aligned Movement met in Kampala.",
            "Non-Aligned Movement",
            "organization",
            "organization-of-non-aligned-countries",
        ),
    ]);
}
