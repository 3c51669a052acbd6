"""Make N synthetic news pastes about the cost-sharing talks, for the benchmark.

python bench/make_seeds.py DIR [--n 1000] [--start 0]

Each seed copies the *shape* of a real paste from one of several outlets (page
chrome above the headline, date stamps, bylines, a photo caption printed
twice, story paragraphs, a trailer of related links and copyright lines) and
fills it with story text recombined from sentence templates: dates spread
over two decades, rounds, venues, negotiators and money figures all vary.
Seed i is the same whatever N is, so seed N is "one more" after a run of N.
A few seeds print no date and come with a sidecar pinning it, and a few are
Korean-language wire copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "11th",
    "12th",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AP_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

VENUES = [  # (city for the text, city in Korean, a building there)
    ("Seoul", "서울", "the Korea Institute for Defense Analyses"),
    ("Seoul", "서울", "the Korea National Diplomatic Academy"),
    ("Honolulu", "호놀룰루", "the headquarters of the U.S. Indo-Pacific Command"),
    ("Washington", "워싱턴", "the State Department"),
    ("Jeju Island", "제주", "a resort hotel in Seogwipo"),
    ("Los Angeles", "로스앤젤레스", "a federal building downtown"),
    ("Busan", "부산", "the Busan Exhibition and Convention Center"),
    ("San Francisco", "샌프란시스코", "the Presidio"),
]
KOREAN_NEGOTIATORS = [
    "Park Min-ho",
    "Kim Soo-jin",
    "Lee Dong-hyun",
    "Choi Ha-neul",
    "Jung Tae-woo",
    "Han Seo-yeon",
    "Yoon Ji-ho",
    "Kang Hye-won",
    "Shin Jae-min",
    "Oh Eun-ji",
]
US_NEGOTIATORS = [
    "Timothy Reed",
    "Laura Bennett",
    "Michael Ortiz",
    "Karen Whitfield",
    "David Lindqvist",
    "Sarah Monroe",
    "Jonathan Pryce",
    "Ellen Hartley",
]
REPORTERS = [
    "Noh Seung-ah",
    "Kim Tae-yang",
    "Lee Ha-rin",
    "Bae Ji-woo",
    "Song Min-jun",
    "Jeon Yu-na",
    "Martin Keller",
    "Anna Sorensen",
    "Paul Whitaker",
    "Grace Holden",
    "Ryu Seo-jun",
    "Lim Da-eun",
]
KO_REPORTERS = ["김지훈", "이서연", "박민준", "최유나", "정하늘", "강도윤"]
RELATED = [
    "Allies to resume defense cost talks next month",
    "Lawmakers question size of cost-sharing demand",
    "USFK warns of furloughs for Korean workers",
    "Veteran diplomat named to lead cost talks",
    "Seoul subway fares to stay frozen",
    "Fine dust alert issued for capital area",
    "K-pop group tops year-end music awards",
    "Stocks close higher on chipmakers",
    "Typhoon expected to reach southern coast",
    "Novelist wins literary prize",
]


@dataclass
class Story:
    """What one article is about; every outlet style prints it differently."""

    when: dt.datetime
    updated: dt.datetime
    agreement: int
    round: int
    city: str
    city_ko: str
    venue: str
    korean: str
    american: str
    reporter: str
    headline: str
    dek: str
    caption: str
    paragraphs: list[str]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def agreement_for(year: int) -> int:
    """Which agreement the talks of that year were about (roughly as in real life)."""
    return 7 + sum(year >= y for y in (2008, 2013, 2018, 2019, 2023))


def money(rng: random.Random) -> tuple[str, str]:
    """A won amount with its dollar conversion, and a US demand."""
    won = rng.choice([690, 760, 870, 920, 960, 1030, 1180, 1390, 1520])
    won_text = f"{won} billion won" if won < 1000 else f"{won / 1000:.2f} trillion won"
    dollars = round(won * 0.86)
    demand = rng.choice(
        ["$1 billion", "$1.2 billion", "nearly $5 billion", "about $3 billion", "$1.6 billion"]
    )
    return f"{won_text} (${dollars} million)", demand


def sentence_pool(s: Story, rng: random.Random) -> list[str]:
    paid, demand = money(rng)
    day = WEEKDAYS[s.when.weekday()]
    pct = rng.choice(["4.1", "5.8", "8.2", "13.9", "6.5", "2.5"])
    troops = rng.choice(["28,500", "about 28,500", "some 28,000"])
    workers = rng.choice(["4,000", "nearly 9,000", "about 8,700"])
    nth = ORDINAL_WORDS[s.round - 1]
    return [
        (
            f"Seoul is paying {paid} this year under the "
            f"current arrangement, the Foreign Ministry said."
        ),
        (
            f"Washington has reportedly asked for {demand} a "
            f"year, far more than Seoul says it can afford."
        ),
        (
            f"The ministry said the {ordinal(s.agreement)} Special Measures "
            f"Agreement would raise Seoul's share by {pct} percent."
        ),
        (
            f"{s.korean}, the chief South Korean negotiator, met "
            f"{s.american} of the State Department for two days of talks."
        ),
        f"The two sides held the {nth} round at {s.venue} in {s.city} on {day}.",
        (
            "Officials said the delegations set out their positions "
            "in detail but left the total amount for later meetings."
        ),
        (
            "The arrangement covers the wages of Korean civilians on "
            "U.S. bases, military construction and logistics support."
        ),
        (
            f"U.S. Forces Korea has warned that {workers} Korean "
            f"employees could be put on unpaid leave without a deal."
        ),
        (
            f"The U.S. president has repeatedly said wealthy allies "
            f"should pay more for the {troops} troops stationed here."
        ),
        (
            f"Analysts in Seoul said the gap between the two "
            f"sides remained wide after the {nth} session."
        ),
        (
            f"\u201cWe shared our respective positions and agreed to keep talking "
            f"through diplomatic channels,\u201d {s.korean} told reporters."
        ),
        (
            f"{s.american} said the allies share the objective of "
            f"strengthening the alliance for the benefit of both peoples."
        ),
        (
            f"The previous agreement expired at the end of December, "
            f"leaving the allies without a framework for {s.when.year + 1}."
        ),
        (
            "Lawmakers from both the ruling and opposition parties "
            "urged the government not to accept a sharp increase."
        ),
        (
            f"The next round is expected in {MONTHS[(s.when.month) % 12]}, "
            f"though no date has been fixed, a ministry official said."
        ),
        (
            "Seoul's contribution has grown from 150 billion won "
            "in 1991, when the allies signed the first such deal."
        ),
        (
            "The talks have alternated between venues in South "
            "Korea and the United States since they opened."
        ),
        (
            f"Officials from the defense ministries of both "
            f"countries also took part in the {nth} round."
        ),
        (
            "A ministry official said the U.S. side had floated "
            "a much shorter term than the usual five years."
        ),
        (
            "The State Department said in a statement that a "
            "fair and equitable deal remained within reach."
        ),
        (
            "Civic groups rallied outside the venue, calling on the "
            "government to reject demands they called excessive."
        ),
        (
            f"The allies last met in {rng.choice(VENUES)[0]} "
            f"{rng.choice(['a month', 'six weeks', 'two months'])} ago."
        ),
        (
            "South Korea also pays indirect costs, such as land for the "
            "bases, that are not counted in the agreement, officials noted."
        ),
        (
            f"Negotiators worked from {rng.randrange(9, 11)} a.m. until late "
            f"in the evening on the first day, according to the ministry."
        ),
        (
            "Some experts warned that a prolonged standoff could "
            "weaken public support for the alliance in both countries."
        ),
        (
            f"The {nth} round came {rng.choice(['a week', 'ten days', 'three weeks'])} "
            f"after the defense ministers of the two countries met."
        ),
        (
            f"Seoul wants any increase tied to the growth of its own "
            f"defense budget, which rose {pct} percent this year."
        ),
        (
            "The U.S. side is believed to have asked Seoul to help pay "
            "for rotating troops and strategic assets such as bombers."
        ),
        (
            "South Korean officials say those items fall outside "
            "the scope of the agreement, which dates back to 1991."
        ),
        (
            "A survey released last week found most South Koreans "
            "opposed paying substantially more for the troops."
        ),
        (
            "The National Assembly must ratify the deal before it "
            "takes effect, and several lawmakers have voiced doubts."
        ),
        (
            "Diplomats said the two chief negotiators had built "
            "a good working relationship despite the differences."
        ),
        "The ministry declined to say how far apart the two sides were on the total amount.",
        (
            "Both delegations included officials from their foreign "
            "and defense ministries, as well as budget experts."
        ),
        (
            f"{s.korean} said Seoul would seek a reasonable "
            f"and fair outcome that the public could accept."
        ),
        (
            "Previous agreements were signed for five years "
            "at a time, but recent ones have been shorter."
        ),
    ]


def compose(i: int, rng: random.Random) -> Story:
    start = dt.datetime(2005, 1, 1)
    when = start + dt.timedelta(
        days=rng.randrange(7300), hours=rng.randrange(7, 22), minutes=rng.randrange(60)
    )
    updated = when + dt.timedelta(hours=rng.randrange(1, 30), minutes=rng.randrange(60))
    city, city_ko, venue = rng.choice(VENUES)
    story = Story(
        when=when,
        updated=updated,
        agreement=agreement_for(when.year),
        round=rng.randrange(1, 12),
        city=city,
        city_ko=city_ko,
        venue=venue,
        korean=rng.choice(KOREAN_NEGOTIATORS),
        american=rng.choice(US_NEGOTIATORS),
        reporter=rng.choice(REPORTERS),
        headline="",
        dek="",
        caption="",
        paragraphs=[],
    )
    nth = ordinal(story.round)
    story.headline = rng.choice(
        [
            f"S. Korea, US wrap up {nth} round of defense cost-sharing talks in {city}",
            f"Allies end {ORDINAL_WORDS[story.round - 1]} round of cost-sharing talks without deal",
            f"Seoul, Washington open {nth} round of talks on troop costs in {city}",
            f"Cost-sharing negotiators meet in {city} for {nth} round as deadline nears",
            f"Korea, US narrow gap in {nth} round of military cost talks",
        ]
    )
    story.dek = rng.choice(
        [
            f"Next round expected in {MONTHS[when.month % 12]}",
            "Ministry says gap remains over total amount",
            (
                f"Talks on {ordinal(story.agreement)} SMA enter "
                f"{'final' if story.round > 7 else 'early'} stage"
            ),
        ]
    )
    story.caption = (
        f"{story.korean}, right, shakes hands with {story.american} before the talks in {city} "
        f"on {WEEKDAYS[when.weekday()]}. "
        + rng.choice(
            [
                "(Yonhap)",
                "[MINISTRY OF FOREIGN AFFAIRS]",
                "(provided by the Foreign Ministry)",
                "(Reuters)",
            ]
        )
    )
    pool = sentence_pool(story, rng)
    rng.shuffle(pool)
    lead = (
        f"South Korea and the United States "
        f"{rng.choice(['ended', 'held', 'wrapped up', 'opened'])} the "
        f"{ORDINAL_WORDS[story.round - 1]} round of talks "
        f"on sharing the cost of stationing American troops "
        f"in Korea in {city} on {WEEKDAYS[when.weekday()]}, the Foreign Ministry said."
    )
    story.paragraphs = [lead]
    keep = rng.randrange(len(pool) // 2, len(pool))
    pool = pool[:keep]
    while pool:
        take = rng.randrange(1, 4)
        story.paragraphs.append(" ".join(pool[:take]))
        pool = pool[take:]
    return story


# --- outlet styles: each returns the lines of a paste ------------------------------------


def hani(s: Story, rng: random.Random) -> list[str]:
    stamp = f"Posted on : {s.when:%Y-%m-%d %H:%M} KST Modified on : {s.updated:%Y-%m-%d %H:%M} KST"
    return [
        "Home > English Edition > International",
        s.headline,
        "",
        stamp,
        s.dek,
        s.caption,
        s.caption,
        "",
        *_spaced(s.paragraphs),
        f"By {s.reporter}, staff reporter",
        "",
        "Please direct comments or questions to [english@hani.co.kr]",
        "",
        "button that move to original korean article (클릭시 원문으로 이동하는 버튼)",
        "",
        "Related stories",
        "",
        *rng.sample(RELATED, 3),
        "",
        "Most viewed articles",
    ]


def herald(s: Story, rng: random.Random) -> list[str]:
    return [
        "Back To Top",
        "The Korea Herald",
        "National | Politics | Social Affairs | Foreign Affairs | Defense | North Korea",
        "Search",
        "National",
        "",
        s.headline,
        s.dek,
        "",
        f"By {s.reporter} ({s.reporter.split()[0].lower()}@heraldcorp.com)",
        f"Published : {s.when:%b} {s.when.day}, {s.when.year} - {s.when:%H:%M}  "
        f"Updated : {s.updated:%b} {s.updated.day}, {s.updated.year} - {s.updated:%H:%M}",
        "",
        s.caption,
        s.caption,
        "",
        *_spaced(s.paragraphs),
        "Most Popular",
        *rng.sample(RELATED, 4),
    ]


def yonhap(s: Story, rng: random.Random) -> list[str]:
    first = (
        f"{s.city.upper()}, {AP_MONTHS[s.when.month - 1]} "
        f"{s.when.day} (Yonhap) -- {s.paragraphs[0]}"
    )
    return [
        "Go to Contents Go to Navigation",
        "Yonhap News Agency",
        "ALL NEWS | NATIONAL | N. KOREA | ECONOMY | MARKET | CULTURE | SPORTS",
        "한국어 | 中文 | 日本語",
        "Search",
        "National",
        f"All News {s.when:%H:%M} {MONTHS[s.when.month - 1]} {s.when.day}, {s.when.year}",
        "",
        s.headline,
        "",
        f"By {s.reporter}",
        f"Updated: {s.updated:%Y/%m/%d %H:%M}",
        "",
        "Share on Facebook  Share on Twitter  Send by email  Copy URL",
        "Print",
        "A-  A+",
        "",
        s.caption,
        s.caption,
        "",
        first,
        "",
        *_spaced(s.paragraphs[1:]),
        "(END)",
        "",
        "Most Viewed",
        *[f"{n} {t}" for n, t in enumerate(rng.sample(RELATED, 3), 1)],
        "",
        "(C) Yonhap News Agency. All rights reserved.",
    ]


def reuters(s: Story, rng: random.Random) -> list[str]:
    first = f"{s.city.upper()} (Reuters) - {s.paragraphs[0]}"
    return [
        "WORLD NEWS",
        f"{MONTHS[s.when.month - 1].upper()} {s.when.day}, {s.when.year} / {s.when:%I:%M %p} / "
        "UPDATED 2 HOURS AGO",
        s.headline,
        s.reporter,
        f"{rng.randrange(2, 6)} Min Read",
        first,
        "Slideshow (2 Images)",
        *_spaced(s.paragraphs[1:]),
        f"Reporting by {s.reporter}; Editing by {rng.choice(REPORTERS)}",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ]


def joongang(s: Story, rng: random.Random) -> list[str]:
    return [
        "Korea JoongAng Daily",
        "Home > National > Politics",
        "print dictionary print",
        "",
        s.headline,
        s.dek,
        "",
        f"{s.when:%b} {s.when.day:02d},{s.when.year}",
        "",
        s.caption,
        s.caption,
        "",
        *_spaced(s.paragraphs),
        f"BY {s.reporter.upper()} [{s.reporter.split()[-1].lower()}@joongang.co.kr]",
        "",
        "Related Articles",
        *rng.sample(RELATED, 3),
        "",
        "ⓒ Korea JoongAng Daily. All rights reserved.",
        "Back to Top",
    ]


def koreatimes(s: Story, rng: random.Random) -> list[str]:
    return [
        "The Korea Times",
        "Home > National > Foreign Affairs",
        "글자크기  가 가",
        s.headline,
        f"Posted : {s.when:%Y-%m-%d %H:%M}  Updated : {s.updated:%Y-%m-%d %H:%M}",
        f"By {s.reporter}",
        "Print  Email  Facebook  Twitter",
        "",
        *_spaced(s.paragraphs),
    ]


def voa(s: Story, rng: random.Random) -> list[str]:
    hour = s.when.hour % 12 or 12
    stamp = (
        f"{MONTHS[s.when.month - 1]} {s.when.day}, {s.when.year} at "
        f"{hour}:{s.when:%M} {'a.m.' if s.when.hour < 12 else 'p.m.'} EST"
    )
    first = f"{s.city.upper()} — {s.paragraphs[0]}"
    return [
        "VOA",
        "Voice of America",
        "Home | United States | World | East Asia Pacific | Middle East",
        "Languages",
        "Search",
        "Live TV",
        "East Asia Pacific",
        "",
        s.headline,
        "",
        f"By {s.reporter}",
        stamp,
        "",
        "Share",
        "Facebook",
        "Twitter",
        "Email",
        "Print",
        "",
        f"FILE - {s.caption}",
        f"FILE - {s.caption}",
        "",
        first,
        "",
        *_spaced(s.paragraphs[1:]),
        "Related",
        *rng.sample(RELATED, 2),
        "This site uses cookies. By continuing to use the site, you consent to our use of cookies.",
    ]


def undated_wire(s: Story, rng: random.Random) -> list[str]:
    """Like a Yonhap reprint with no date line: needs a sidecar."""
    body = list(s.paragraphs)
    body[-1] += " (Yonhap)"
    return ["Back To Top", "", s.headline, "", *_spaced(body)]


def korean_wire(s: Story, rng: random.Random) -> list[str]:
    reporter = rng.choice(KO_REPORTERS)
    nth = s.round
    won = rng.choice(["1조389억원", "9천602억원", "1조1천833억원", "8천695억원"])
    paragraphs = [
        f"({s.city_ko}=연합뉴스) {reporter} 기자 = 한국과 미국은 "
        f"{s.when.month}월 {s.when.day}일 {s.city_ko}에서 "
        f"제{s.agreement}차 방위비분담특별협정(SMA) 체결을 "
        f"위한 {nth}차 회의를 열었다고 외교부가 밝혔다.",
        (
            "외교부 당국자는 \u201c양측이 서로의 입장을 상세히 "
            "설명하고 합리적인 분담 방안을 논의했다\u201d고 말했다."
        ),
        (
            f"한국은 올해 주한미군 주둔 비용으로 {won}을 부담하고 "
            f"있으며, 미국은 대폭 증액을 요구하고 있는 것으로 알려졌다."
        ),
        (
            "양측은 다음 회의 일정을 외교 경로를 통해 협의하기로 "
            "했다. 협상은 한국과 미국을 오가며 진행되고 있다."
        ),
        (
            f"{s.korean.split()[0]} 대표는 회의 뒤 기자들과 만나 \u201c동맹의 "
            f"가치를 충분히 고려한 결과가 나오도록 노력하겠다\u201d고 밝혔다."
        ),
    ]
    rng.shuffle(paragraphs[1:])
    return [
        "연합뉴스",
        "정치 | 북한 | 경제 | 사회 | 전국 | 세계",
        "",
        f"한미, {s.city_ko}서 방위비분담금 {nth}차 회의…입장차 여전",
        f"송고시간 {s.when:%Y-%m-%d %H:%M}",
        "",
        *_spaced(paragraphs),
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        "",
        f"{s.when.year}/{s.when:%m/%d} {s.when:%H:%M} 송고",
    ]


STYLES = [hani, herald, yonhap, reuters, joongang, koreatimes, voa]


def _spaced(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (p, "")]


def seed_text(i: int) -> tuple[str, str, str | None]:
    """(file stem, paste text, sidecar text or None) for seed number i."""
    rng = random.Random(f"news-digest-bench-{i}")
    story = compose(i, rng)
    roll = rng.random()
    style = undated_wire if roll < 0.03 else korean_wire if roll < 0.06 else rng.choice(STYLES)
    lines = style(story, rng)
    sidecar = None
    if style is undated_wire:
        sidecar = f"# The paste prints no date.\ndate: {story.when.date().isoformat()}\n"
    stem = (
        f"{i:05d}_{style.__name__}-sma{story.agreement}"
        f"-r{story.round}-{story.city.lower().replace(' ', '')}"
    )
    return stem, "\n".join(lines) + "\n", sidecar


def make_seeds(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(start, start + n):
        stem, text, sidecar = seed_text(i)
        path = folder / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        if sidecar:
            path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        made.append(path)
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--start", type=int, default=0, help="number of the first seed (default 0)")
    args = ap.parse_args(argv)
    made = make_seeds(args.folder, args.n, args.start)
    print(f"{len(made)} seeds in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
