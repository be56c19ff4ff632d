#!/usr/bin/env python3
"""Generate dictionaries/generated/{people,organizations,locations}.tsv.

Sources (facts only: names, codes, dates of office, populations):
- the Phoenix actor dictionaries (MIT): officials with dated roles,
  international organizations, NGOs, companies, armed groups;
- Wikidata's heads of state and government (CC0);
- the UN General Debate speakers table (CC0): who spoke for which
  country in which year, and in which post;
- GeoNames cities of 15,000 people or more (CC BY 4.0), of which the
  cities of 100,000 or more are kept;
- the US Census 1990 surname list (public domain): its 5,000 most
  frequent surnames are too common to stand alone for one person;
- a folder of English text, used only to tell common words from names:
  a name whose lower-case form is frequent there ("Reading", "Mobile",
  "Apple") is left out, and an alternate city name is kept only where
  the text writes it ("Kiev", "Bombay").

The hand-written files in dictionaries/ come first: an entity they hold
keeps their id, so they extend and correct the generated rows.

Usage:
  tools/dicts.py PHOENIX_DIR WIKIDATA_CSV SPEAKERS_CSV CITIES_JSON NAMES_DIR TEXT_DIR
  e.g. tools/dicts.py ../shared/sources/actors/petrarch2 \\
         ../shared/sources/leaders/wikidata-world-leaders-2021/wikidata.csv \\
         ../shared/corpora/ungdc/speakers_by_session.csv \\
         ../shared/sources/places/cities15000.json ../shared/sources/names \\
         ../shared/corpora
"""
import collections
import csv
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dictionaries")

# Words that make a Phoenix entry a role, a group or a body, not a person.
NOT_PERSON = set("""
PRESIDENT MINISTER MINISTRY GOVERNMENT ADMINISTRATION PARTY OFFICIAL
OFFICIALS SECRETARY GENERAL COUNCIL COMMITTEE ARMY FORCES POLICE
DEPARTMENT OFFICE LEADER LEADERS CHIEF SPOKESMAN AMBASSADOR EMBASSY
PARLIAMENT ASSEMBLY CONGRESS SENATE COURT BANK UNION FRONT MOVEMENT
ORGANIZATION ORGANISATION AGENCY AUTHORITY REGIME CABINET STATE
NATIONAL PEOPLE PEOPLES FEDERATION REPUBLIC KINGDOM SOCIETY
ASSOCIATION INSTITUTE FOUNDATION COMMISSION BOARD COMPANY CORPORATION
GROUP FAMILY DYNASTY TRIBE CLAN REBELS BRIGADE MILITIA GUARD
""".split())

# Words that make a name an organization's, where no company code says so.
ORG_WORDS = set("""
organization organisation agency fund council committee commission union
association federation society institute institution foundation bank
court tribunal office program programme centre center network alliance
league party front movement army brigade brigades group groups forces force
army militia council conference forum church mission service services
international corps coalition partnership initiative trust board authority
secretariat parliament assembly community club academy university college
cooperation watch campaign relief aid development action league order
""".split())

# Titles that stand first in officials' names but are no given names.
TITLE_WORDS = set("""
Amir Ayatollah Crown Emir Haji Hajji Sheikh Sheik Sir Sultan King Queen
Prince Princess Lord Lady General Colonel Major Captain President Minister
Pope Imam Mullah Mufti Cardinal Bishop Marshal Admiral Dr Mr Mrs Ms
""".split())

# Small words written in lower case inside names.
SMALL = set("of the and for in on at to by de da do das dos du des la le les el al van von der den di del y e et und ibn bin bint".split())

# Company suffixes dropped for a shorter alias.
SUFFIXES = {"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "Plc", "PLC", "LLC", "SA", "S.A.", "AG", "NV", "N.V.", "Holdings", "Group"}

# Role words of Wikidata positions and UN posts, as written for role look-ups.
ROLES = {
    "president": "president", "prime minister": "prime minister",
    "premier": "prime minister", "chancellor": "chancellor",
    "federal chancellor": "chancellor", "king": "king", "queen": "queen",
    "monarch": "monarch", "emir": "emir", "amir": "emir", "sultan": "sultan",
    "supreme leader": "supreme leader", "minister for foreign affairs": "foreign minister",
    "minister of foreign affairs": "foreign minister", "minister for foregn affairs": "foreign minister",
    "deputy prime minister": "deputy prime minister", "vice-president": "vice president",
    "vice president": "vice president", "head of state": "head of state",
    "head of government": "head of government", "taoiseach": "prime minister",
}
HEADS = {"president", "prime minister", "chancellor", "king", "queen", "monarch", "emir", "sultan", "supreme leader", "head of state", "head of government"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def key(s):
    """A name as readers fold it: no diacritics, case, hyphens or dots, no
    leading "the", "St." read as "Saint", -isation as -ization, so that a
    generated row the hand-written files know under another spelling
    ("The Security Council", "Saint Petersburg") is left to them."""
    k = re.sub(r"[^a-z0-9 ]", "", fold(s).lower().replace("-", " ")).strip()
    k = re.sub(r"^the ", "", k)
    k = re.sub(r"\bst ", "saint ", k)
    return re.sub(r"isation", "ization", re.sub(r" +", " ", k))


def read_tsv(path):
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def words_in(folder):
    """Lower-case word counts and capitalized 1-3 word phrases of a text folder."""
    lower, phrases = collections.Counter(), collections.Counter()
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            lower.update(re.findall(r"\b[a-z]{2,}\b", text))
            for run in re.findall(r"(?:[A-Z][\w'’.-]*\s?){1,3}", text):
                run = run.strip()
                phrases[run] += 1
                for w in run.split():
                    phrases[w] += 1
    return lower, phrases


def title(token):
    """A Phoenix token (upper case) as written in news text."""
    t = token.lower()
    if t in SMALL:
        return t
    if "." in t and len(t) <= 6:
        return token  # an initial or an acronym: "J.", "U.N."
    if (not re.search(r"[aeiouy]", t) and len(t) <= 5) or len(t) == 2:
        return token  # no vowel, or two letters: an acronym ("HSBC", "UN")
    if t[0].isdigit():
        return t  # "2nd"
    parts = re.split(r"([-'’])", t)
    out = []
    for p in parts:
        if out and out[-1] in "'’" and len(p) == 1:
            pass  # "Women's"
        elif p.startswith("mc") and len(p) > 3:
            p = "Mc" + p[2:].capitalize()
        elif p in ("al", "el") and out == []:
            p = p  # al-Assad
        else:
            p = p.capitalize()
        out.append(p)
    return "".join(out)


def is_acronym(token, company):
    """Whether a Phoenix token in capitals is an acronym ("NATO", "UNICEF",
    "HSBC") rather than a name written in capitals ("SAMSUNG", "RABOBANK"):
    companies' names are words unless short or without vowels."""
    if not re.fullmatch(r"[A-Z][A-Z.&]{1,7}", token):
        return False
    letters = re.sub(r"[^A-Z]", "", token)
    if not re.search(r"[AEIOUY]", letters) or "." in token or "&" in token:
        return True
    return len(letters) <= (4 if company else 6)


def phoenix_name(raw):
    raw = re.sub(r"\(.*?\)", " ", raw)
    tokens = [t for t in re.split(r"[_ ]+", raw.strip(" _")) if t]
    if not tokens:
        return ""
    words = [title(t) for t in tokens]
    words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


def phoenix_date(s):
    if not re.fullmatch(r"\d{6}", s):
        return ""
    yy = int(s[:2])
    year = 2000 + yy if yy < 30 else 1900 + yy
    return f"{year}-{s[2:4]}-{s[4:6]}"


def parse_phoenix(path):
    """Entries of a Phoenix actor file: (name, [aliases], [codes], comment, revenue)."""
    entries, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            body, _, comment = line.rstrip("\n").partition("#")
            if not body.strip():
                if cur and comment and not cur[3]:
                    cur[3] = comment
                continue
            codes = re.findall(r"\[([^\]]*)\]", body)
            # The name is the first field: later ones are notes ("$137,000,000").
            text = re.sub(r"\[[^\]]*\]", "\t", body).strip().split("\t")[0].strip()
            if body[0] in " \t":
                if cur:
                    cur[2].extend(codes)
            elif text.startswith("+"):
                if cur:
                    cur[1].append(text[1:])
                    cur[2].extend(codes)
            elif text:
                dollars = [int(d.replace(",", "")) for d in re.findall(r"\$([\d,]+\d)", line)]
                cur = [text, [], codes, comment, max(dollars, default=None)]
                entries.append(cur)
    return entries


def roles_of(codes, country_codes):
    """Phoenix codes ("USAGOV 090120-170120") as role:COUNTRY:from:to."""
    out = []
    sectors = {"GOV": "government", "MIL": "military", "ELI": "elite", "OPP": "opposition", "LEG": "legislature", "JUD": "judiciary", "PTY": "party", "BUS": "business", "MED": "media", "REB": "rebel", "COP": "police", "SPY": "intelligence"}
    for code in codes:
        parts = code.split()
        if not parts:
            continue
        c = parts[0]
        if c[:3] in country_codes and len(c) >= 6:
            country, role = c[:3], sectors.get(c[3:6], "")
        elif c.startswith("IGO"):
            country, role = "", "international organization"
        else:
            continue
        if not role or len(parts) < 2 and role == "elite":
            continue
        start = end = ""
        if len(parts) > 1:
            span = parts[1]
            if span.startswith(">"):
                start = phoenix_date(span[1:])
            elif span.startswith("<"):
                end = phoenix_date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = phoenix_date(a), phoenix_date(b)
        out.append((role, country, start, end))
    return out


HONORIFICS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|H\.E|Prof|Sheikh|Sheik|Baron|Baroness|Lord|Lady|Sir|Dame|General|Gen|Colonel|Col|Maj|Capt|His|Her|Highness|Excellency|Majesty|Royal|Governor|Gov|Senator|Sen|Rep|President|Premier|Chancellor|King|Queen|Prince|Princess|Emir|Amir|Minister)\.?\s+)+", re.IGNORECASE)


def clean(name):
    """A person's name without honorifics, in news case: "Mr. CHOE Su Hon" is "Choe Su Hon"."""
    name = re.sub(r"\s+", " ", name).strip()
    name = HONORIFICS.sub("", name)
    return " ".join(title(t) if t.isupper() and len(t) > 2 and "." not in t else t for t in name.split())


def surname_of(name):
    """The surname of a full name: the last word, or from a particle on ("de Croo")."""
    tokens = [t for t in name.split() if t not in ("Jr.", "Jr", "Sr.", "II", "III", "IV")]
    for i, t in enumerate(tokens[1:], 1):
        if t.lower() in ("de", "van", "von", "da", "dos", "del", "di", "le", "la", "al", "el", "bin", "ibn"):
            return " ".join(tokens[i:])
    return tokens[-1]


def person_like(name):
    tokens = name.split()
    if len(tokens) < 2 or any(t.upper().strip(".") in NOT_PERSON for t in tokens):
        return False
    return all(re.fullmatch(r"[A-Z][\w.'’-]*|[a-z]+", t) for t in tokens)


class People:
    def __init__(self):
        self.rows = {}  # id -> dict
        self.by_key = {}  # folded full name -> id

    def add(self, name, aliases, roles, surname_ok):
        k = key(name)
        pid = self.by_key.get(k)
        if pid is None:
            pid = slug(name)
            if not pid or pid in self.rows:
                return None
            self.rows[pid] = {"name": name, "aliases": [], "roles": [], "surname": False}
            self.by_key[k] = pid
        row = self.rows[pid]
        for a in aliases:
            if a != row["name"] and a not in row["aliases"]:
                row["aliases"].append(a)
                self.by_key.setdefault(key(a), pid)
        for r in roles:
            if r not in row["roles"]:
                row["roles"].append(r)
        row["surname"] |= surname_ok
        return pid


def main():
    phoenix, wikidata, speakers, cities, names_dir, text_dir = sys.argv[1:7]
    lower, phrases = words_in(text_dir)
    common = lambda w: lower[w.lower()] >= 20

    countries = read_tsv(os.path.join(HERE, "countries.tsv"))
    iso3 = {r["id"] for r in countries}
    country_by_name = {}
    for r in countries:
        for n in [r["name"]] + r["aliases"].split("|"):
            if n:
                country_by_name[key(n)] = r["id"]
    place_words = {key(n) for r in countries for n in [r["name"]] + r["aliases"].split("|") + r["demonyms"].split("|") if n}
    hand_places = read_tsv(os.path.join(HERE, "locations.tsv"))
    hand_people = read_tsv(os.path.join(HERE, "people.tsv"))
    hand_orgs = [
        r for f in ("organizations.tsv", "un_system.tsv")
        for r in read_tsv(os.path.join(HERE, f)) if not r["id"].startswith("-")
    ]
    given = set(open(os.path.join(HERE, "given_names.txt")).read().split())

    # People: hand-written ids first, so the generated rows extend them.
    people = People()
    for r in hand_people:
        people.by_key[key(r["name"])] = r["id"]
        people.rows[r["id"]] = {"name": r["name"], "aliases": [], "roles": [], "surname": False, "hand": True}
        for a in r["aliases"].split("|"):
            if a:
                people.by_key.setdefault(key(a), r["id"])

    for entry_name, aliases, codes, comment, _ in parse_phoenix(os.path.join(phoenix, "Phoenix.Countries.actors.txt")) + parse_phoenix(os.path.join(phoenix, "Phoenix.International.actors.txt")):
        name = phoenix_name(entry_name)
        if not person_like(name):
            continue
        roles = roles_of(codes, iso3)
        if "CountryInfo" not in comment and name.split()[0] not in given:
            continue
        full = [clean(phoenix_name(a)) for a in aliases]
        alias_list = [a for a in full if person_like(a)]
        surname = name.split()[-1]
        single = [a for a in full if a == surname or a == surname.upper()]
        people.add(name, alias_list, roles, bool(single))

    for r in csv.DictReader(open(wikidata, encoding="utf-8")):
        role = ROLES.get(r["positionLabel"].split(" of ")[0].lower())
        country = country_by_name.get(key(r["country"]))
        name = clean(r["officeholderLabel"])
        if not role or not country or not person_like(name) or re.match(r"Q\d+$", name):
            continue
        people.add(name, [], [(role, country, r["start_year"], r["end_year"])], True)

    # UN speakers: consecutive years in one post become one role.
    spans = collections.defaultdict(list)
    for r in csv.DictReader(open(speakers, encoding="utf-8")):
        role = ROLES.get(r["post"].strip().lower())
        name = clean(r["speaker"])
        if not role or r["iso3"] not in iso3 or int(r["year"]) < 1990 or not person_like(name):
            continue
        spans[(name, r["iso3"], role)].append(int(r["year"]))
    for (name, country, role), years in sorted(spans.items()):
        years.sort()
        runs, start = [], years[0]
        for a, b in zip(years, years[1:] + [None]):
            if b != a + 1:
                runs.append((role, country, str(start), str(a)))
                start = b
        pid = people.by_key.get(key(name))
        if pid is None:
            # "Joseph R. Biden" is Joe Biden: same surname and country.
            last = key(name).split()[-1]
            for k, cand in people.by_key.items():
                row = people.rows[cand]
                if k.split()[-1] == last and k[0] == key(name)[0] and any(c == country for _, c, _, _ in row["roles"]):
                    pid = cand
                    break
        if pid is None:
            people.add(name, [], runs, role in HEADS and len(name.split()) == 2)
        else:
            people.add(people.rows[pid]["name"], [name], runs, role in HEADS)

    # Words seen often in lower case: a capitalized one is no surname.
    write("common_words.txt", ["# Words seen 20 times or more in lower case in the text folder given to",
                               "# tools/dicts.py: a capitalized one after a given name is no surname."]
          + sorted(w for w, n in lower.items() if n >= 20))
    # Given names of the world's officials, for finding people by pattern,
    # and the names too common to stand alone for one person.
    firsts = collections.Counter(r["name"].split()[0] for r in people.rows.values())
    census_surnames = set()
    with open(os.path.join(names_dir, "dist.all.last"), encoding="ascii") as f:
        for i, line in enumerate(f):
            if i >= 5000:
                break
            census_surnames.add(line.split()[0].capitalize())
    more_given = sorted(
        n for n, c in firsts.items()
        if c >= 2 and len(n) > 2 and re.fullmatch(r"[A-Z][a-z\u00c0-\u024f'-]+", n)
        and n not in given and not common(n) and key(n) not in place_words and n not in census_surnames
        and n not in TITLE_WORDS
    )
    write("given_names.txt", ["# Given names of officials in the Phoenix actor dictionaries (MIT), Wikidata (CC0)",
                              "# and the UN speakers table (CC0), named twice or more. Generated by tools/dicts.py."] + more_given)
    all_given = given | set(more_given) | {n for n, c in firsts.items() if c >= 2}
    out = ["# People: generated by tools/dicts.py from the Phoenix actor dictionaries (MIT),",
           "# Wikidata (CC0) and the UN General Debate speakers table (CC0). Do not edit: see README.md.",
           "id\tname\taliases\troles"]
    for pid, row in sorted(people.rows.items()):
        if row.get("hand") and not row["roles"] and not row["aliases"]:
            continue
        aliases = list(row["aliases"])
        last = surname_of(row["name"])
        if row["surname"] and len(last) > 3 and not common(last) and last not in all_given and last not in census_surnames and key(last) not in place_words and last[0].isalpha():
            aliases.append(last)
        roles = ["{}:{}:{}:{}".format(*r) for r in row["roles"]]
        name = row["name"]
        out.append("\t".join([pid, name, "|".join(aliases), "|".join(roles)]))
    people_lines = out

    # Organizations.
    orgs, org_keys = {}, {key(r["name"]) for r in hand_orgs}
    for r in hand_orgs:
        org_keys |= {key(a) for a in r.get("aliases", "").split("|") + r.get("acronyms", "").split("|") if a}
    hand_org_keys = set(org_keys)
    files = ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"]
    for fname in files:
        for entry_name, aliases, codes, comment, revenue in parse_phoenix(os.path.join(phoenix, fname)):
            kinds = [c[:3] for c in codes] + [c[3:6] for c in codes]
            if not any(k in ("IGO", "NGO", "MNC", "REB", "PTY", "INS") for k in kinds):
                continue
            acronyms = re.findall(r"\(([A-Z.&]{2,8})\)", entry_name)
            name = phoenix_name(entry_name)
            tokens = name.split()
            company = any(c.startswith("MNC") for c in codes)
            if company and revenue is not None and revenue < 1_000_000_000:
                continue  # small companies: rarely in the news, often named by common words
            if not tokens or person_like(name) and name.split()[0] in given:
                continue
            if not company and len(tokens) > 1 and not any(t.lower() in ORG_WORDS for t in tokens):
                continue  # "Gillian Mellsop" of UNICEF is a person
            if len(tokens) == 1:
                t = tokens[0]
                if is_acronym(entry_name.strip(" _"), company):
                    acronyms.append(entry_name.strip(" _"))
                    name = None
                elif common(t) or t in given or key(t) in place_words or t.upper().strip(".") in NOT_PERSON:
                    continue
            names = []
            if name:
                names.append(name)
                short = [t for t in tokens if t not in SUFFIXES]
                if 0 < len(short) < len(tokens):
                    s = " ".join(short)
                    if len(short) > 1 or not (common(s) or s in given or key(s) in place_words):
                        names.append(s)
            for a in aliases:
                a = a.strip(" _")
                if is_acronym(a, company):
                    acronyms.append(a)
                else:
                    n = phoenix_name(a)
                    if len(n.split()) > 1 and not (person_like(n) and n.split()[0] in given):
                        names.append(n)
            acronyms = [a for a in dict.fromkeys(acronyms) if not common(a)]
            if not names:
                if not acronyms:
                    continue
                names = [acronyms[0]]
            # The hand-written file knows it (under any of its names): it
            # keeps its id there.
            if any(key(n) in hand_org_keys for n in names) or key(names[0]) in org_keys or key(names[0]) in place_words:
                continue
            oid = slug(names[0])
            if oid in orgs:
                continue
            org_keys.add(key(names[0]))
            country = next((c[3:6] for c in codes if c[3:6] in iso3), "")
            sector = {"IGO": "intergovernmental", "NGO": "ngo", "MNC": "company"}.get(codes[0][:3] if codes else "", "")
            if any(c[3:6] == "REB" for c in codes):
                sector = "armed group"
            attrs = ";".join(f"{k}={v}" for k, v in (("type", sector), ("country", country)) if v)
            orgs[oid] = [oid, names[0], "|".join(dict.fromkeys(n for n in names[1:] if n != names[0])), "|".join(acronyms), attrs]
    out = ["# Organizations: generated by tools/dicts.py from the Phoenix actor dictionaries (MIT).",
           "# Do not edit: see README.md.",
           "id\tname\taliases\tacronyms\tattributes"]
    out += ["\t".join(r) for _, r in sorted(orgs.items())]
    write("organizations.tsv", out)

    person_words = {t for r in people.rows.values() for n in [r["name"]] + r["aliases"] for t in n.split() if len(t) > 2}
    org_keys |= {key(a) for r in orgs.values() for a in [r[1]] + r[2].split("|") + r[3].split("|") if a}
    # Places: GeoNames cities of 100,000 people or more.
    data = json.load(open(cities, encoding="utf-8"))
    hand_ids = {r["id"] for r in hand_places}
    hand_keys = {key(r["name"]): r for r in hand_places}
    hand_spellings = set()
    for r in hand_places:
        m = re.search(r"country=([A-Z]{3})", r.get("attributes", ""))
        for n in [r["name"]] + r.get("aliases", "").split("|"):
            if n and m:
                hand_spellings.add((key(n), m.group(1)))
    # ISO alpha-2 (GeoNames) to alpha-3 (ours), by the vote of the places
    # we list by hand: a GeoNames city of the same name votes for the pair.
    # (San Jose in California must not make "US" Costa Rica.)
    by_name = collections.defaultdict(list)
    for c in data.values():
        by_name[key(c["name"])].append(c["countrycode"])
    votes = collections.Counter()
    for r in hand_places:
        m = re.search(r"country=([A-Z]{3})", r.get("attributes", ""))
        if m:
            for code in set(by_name.get(key(r["name"]), [])):
                votes[(code, m.group(1))] += 1
    iso2, taken3 = {}, set()
    for (code, three), n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        if code not in iso2 and three not in taken3:
            iso2[code] = three
            taken3.add(three)
    # An alternate name that is some other town's name ("Rugby" for East
    # Flatbush) names that town, not this city.
    town_names = {fold(c["name"]) for c in data.values()}

    def spelling_of(a, name):
        """Whether `a` is another spelling of `name` ("Kiev", "Bogota"), not
        another name ("White House" for Casablanca, "Ho Chi Minh")."""
        x, y = fold(a).lower(), fold(name).lower()
        return x[0] == y[0] and difflib.SequenceMatcher(None, x, y).ratio() >= 0.85
    # Countries whose capitals GeoNames spells otherwise than we do.
    for code, three in (("BI", "BDI"), ("BJ", "BEN"), ("BS", "BHS"), ("BW", "BWA"), ("CL", "CHL"), ("CV", "CPV"), ("CW", "CUW"), ("DJ", "DJI"), ("EH", "ESH"), ("GY", "GUY"), ("JM", "JAM"), ("MM", "MMR"), ("MN", "MNG"), ("MO", "MAC"), ("MU", "MUS"), ("MV", "MDV"), ("PR", "PRI"), ("RE", "REU"), ("SG", "SGP"), ("XK", "XKX")):
        if three in iso3:
            iso2.setdefault(code, three)
    unmapped = sorted({c["countrycode"] for c in data.values() if c["population"] >= 100_000} - set(iso2))
    if unmapped:
        print("no ISO alpha-3 code for: " + " ".join(unmapped), file=sys.stderr)
    places, seen = [], set()
    for c in sorted(data.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if c["population"] < 100_000 or c["countrycode"] not in iso2:
            continue
        name, country = c["name"], iso2[c["countrycode"]]
        pid = f"{slug(name)}-{country.lower()}"
        if not slug(name) or pid in seen:
            continue
        seen.add(pid)
        # A city we list by hand under another spelling ("St. Petersburg"
        # for Saint Petersburg) keeps the hand-written id alone.
        if pid not in hand_ids and (key(name), country) in hand_spellings:
            continue
        # A city named like a person or a body ("Būsh" reads as Bush,
        # "Ḩamāh" no, but "Jackson" does) is left out unless it is large.
        folded = fold(name)
        one_word = " " not in name
        if one_word and c["population"] < 1_000_000 and (common(folded) or folded in all_given):
            continue
        if c["population"] < 1_000_000 and (folded in census_surnames or folded in person_words or key(folded) in org_keys or key(folded) in place_words):
            continue
        alts = []
        for a in c["alternatenames"]:
            if a != name and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", a) and phrases[a] >= 3 and (fold(a) == fold(name) or fold(a) not in town_names) and spelling_of(a, name) and not common(a) and a not in census_surnames and a not in person_words and key(a) not in org_keys and key(a) not in people.by_key and a not in given and key(a) not in place_words:
                alts.append(a)
        places.append("\t".join([pid, name, "|".join(sorted(set(alts))), f"type=city;country={country};population={c['population']}"]))
    out = ["# Places: cities of 100,000 people or more, generated by tools/dicts.py from GeoNames",
           "# (geonames.org, CC BY 4.0). Do not edit: see README.md.",
           "id\tname\taliases\tattributes"] + places
    write("locations.tsv", out)
    # Ids are one namespace: a person may not take an organization's id.
    taken = set(orgs) | {r["id"] for r in hand_orgs} | {r["id"] for r in hand_places} | iso3 | seen
    write("people.tsv", [l for l in people_lines if l.split("\t")[0] not in taken])
    print(f"{len(people.rows)} people, {len(orgs)} organizations, {len(places)} places", file=sys.stderr)


def write(name, lines):
    os.makedirs(os.path.join(HERE, "generated"), exist_ok=True)
    header = [line for line in lines if line.startswith("id\t")]
    for line in lines:
        assert not header or line.startswith("#") or line.count("\t") == header[0].count("\t"), line
    with open(os.path.join(HERE, "generated", name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
