"""A table of the world's major news outlets and agencies, and lookups in it.

Each row: the name readers use, other names printed on pages (mastheads,
credits, copyright holders), and web domains (contact addresses, links).
The cleaner asks it which lines are mastheads; the extractors which outlet a page names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.markdown import single_spaced
from generator.text import compiled

# name | aliases (;-separated) | domains (;-separated)
_TABLE = """
Yonhap|Yonhap News Agency;Yonhap News;Yonhapnews;연합뉴스;연합뉴스TV|\
yna.co.kr;yonhapnews.co.kr;en.yna.co.kr;yonhapnewstv.co.kr
The Hankyoreh|Hankyoreh;한겨레;한겨레신문;한겨레신문사;\
Hankyoreh Media Company|hani.co.kr;english.hani.co.kr
The Korea Herald|Korea Herald;Herald Corporation;Herald Corp;코리아헤럴드;\
헤럴드경제|koreaherald.com;heraldcorp.com
The Korea Times|Korea Times;코리아타임스|koreatimes.co.kr;koreatimes.com
Hankook Ilbo|한국일보|hankookilbo.com
Korea JoongAng Daily|JoongAng Daily;JoongAng Ilbo;중앙일보;Korea JoongAng Daily;JoongAng|\
joongang.co.kr;koreajoongangdaily.joins.com;joins.com
The Chosun Ilbo|Chosun Ilbo;Chosun;조선일보;English Chosun|chosun.com;english.chosun.com
The Dong-A Ilbo|Dong-A Ilbo;Donga;동아일보|donga.com
Kyunghyang Shinmun|Kyunghyang;경향신문|khan.co.kr
Seoul Shinmun|서울신문|seoul.co.kr
Segye Ilbo|세계일보|segye.com
Kukmin Ilbo|국민일보|kmib.co.kr
Munhwa Ilbo|문화일보|munhwa.com
Maeil Business Newspaper|Maeil Business;Pulse;매일경제;Maekyung|mk.co.kr;pulsenews.co.kr
The Korea Economic Daily|Korea Economic Daily;Hankyung;한국경제;KED Global;\
KED|hankyung.com;kedglobal.com
Aju Business Daily|Aju Daily;아주경제|ajunews.com;ajudaily.com
Business Korea|BusinessKorea|businesskorea.co.kr
Korea Bizwire|The Korea Bizwire|koreabizwire.com
KBS|KBS World;Korean Broadcasting System;KBS News;KBS World Radio|kbs.co.kr
MBC|Munhwa Broadcasting Corporation;MBC News|imbc.com
SBS|Seoul Broadcasting System;SBS News|sbs.co.kr
JTBC|JTBC News|jtbc.co.kr;joins.com/jtbc
YTN|YTN News|ytn.co.kr
Channel A|채널A|ichannela.com
TV Chosun|TV조선|tvchosun.com
MBN|매일방송|mbn.co.kr
Arirang|Arirang News;Arirang TV|arirang.com;arirang.co.kr
Korea.net|Korea.net|korea.net
Newsis|뉴시스|newsis.com
News1|뉴스1;News1 Korea|news1.kr
OhmyNews|오마이뉴스|ohmynews.com
Pressian|프레시안|pressian.com
NK News|NK News|nknews.org
Daily NK|DailyNK|dailynk.com
38 North|38North|38north.org
Korean Central News Agency|KCNA;조선중앙통신|kcna.kp;kcnawatch.org
Rodong Sinmun|로동신문|rodong.rep.kp
Reuters|Thomson Reuters;The Thomson Reuters Trust Principles;\
Reuters News;REUTERS|reuters.com;thomsonreuters.com
Associated Press|The Associated Press;AP;AP News|ap.org;apnews.com
AFP|Agence France-Presse;Agence France Presse;AFP News|afp.com
Bloomberg|Bloomberg News;Bloomberg L.P.;Bloomberg Businessweek|bloomberg.com;bloomberg.net
United Press International|UPI|upi.com
Kyodo News|Kyodo;共同通信;Kyodo News Agency|kyodonews.net;kyodonews.jp
Jiji Press|Jiji;時事通信;Jiji Press Ltd|jiji.com
NHK|NHK World;NHK World-Japan;Japan Broadcasting Corporation;日本放送協会|nhk.or.jp
The Japan Times|Japan Times|japantimes.co.jp
The Asahi Shimbun|Asahi Shimbun;Asahi;朝日新聞|asahi.com
The Yomiuri Shimbun|Yomiuri Shimbun;Yomiuri;読売新聞;The Japan News;Japan News|yomiuri.co.jp
Nikkei Asia|Nikkei Asian Review;Nikkei;日本経済新聞;日経;Nikkei Inc.|\
nikkei.com;asia.nikkei.com;nikkei.co.jp
The Mainichi|Mainichi Shimbun;Mainichi;毎日新聞|mainichi.jp
The Sankei Shimbun|Sankei Shimbun;Sankei;産経新聞;Japan Forward|sankei.com;japan-forward.com
Tokyo Shimbun|東京新聞;Chunichi Shimbun|tokyo-np.co.jp;chunichi.co.jp
Japan Today|JapanToday|japantoday.com
Xinhua|Xinhua News Agency;新华社;Xinhua Net;Xinhuanet|xinhuanet.com;news.cn;english.news.cn
China Daily|中国日报;China Daily Global|chinadaily.com.cn
Global Times|环球时报|globaltimes.cn
People's Daily|People's Daily Online;人民日报;People's Daily Online|people.com.cn;en.people.cn
CGTN|China Global Television Network;CCTV;China Central Television|cgtn.com;cctv.com
China News Service|中国新闻社;中新社;ECNS|chinanews.com.cn;ecns.cn
Caixin|Caixin Global;财新|caixinglobal.com;caixin.com
Sixth Tone|Sixth Tone|sixthtone.com
South China Morning Post|SCMP;The South China Morning Post|scmp.com
RTHK|Radio Television Hong Kong|rthk.hk
Hong Kong Free Press|HKFP|hongkongfp.com
The Standard|The Standard HK|thestandard.com.hk
Taipei Times|Taipei Times|taipeitimes.com
Focus Taiwan|Central News Agency;CNA Taiwan;中央社|focustaiwan.tw;cna.com.tw
Taiwan News|Taiwan News|taiwannews.com.tw
Press Trust of India|PTI|ptinews.com
Asian News International|ANI|aninews.in
Indo-Asian News Service|IANS|ianslive.in
The Hindu|The Hindu Group;THG Publishing;THG PUBLISHING PVT LTD|thehindu.com
The Times of India|Times of India;TOI|timesofindia.com;timesofindia.indiatimes.com
The Economic Times|Economic Times;ET|economictimes.indiatimes.com;economictimes.com
Hindustan Times|HT;HT Digital Streams;HT Media|hindustantimes.com
The Indian Express|Indian Express|indianexpress.com
Business Standard|Business Standard|business-standard.com
Mint|Livemint|livemint.com
NDTV|NDTV News|ndtv.com
India Today|India Today|indiatoday.in
The Print|ThePrint|theprint.in
Scroll.in|Scroll|scroll.in
The Wire|The Wire India|thewire.in
Deccan Herald|Deccan Herald|deccanherald.com
The Tribune|The Tribune India;Tribune India|tribuneindia.com
Financial Express|The Financial Express|financialexpress.com
Firstpost|Firstpost|firstpost.com
News18|CNN-News18|news18.com
Dawn|Dawn News|dawn.com
The Express Tribune|Express Tribune|tribune.com.pk
Voice of America|VOA;VOA News|voanews.com
Radio Free Asia|RFA|rfa.org
BenarNews|Benar News|benarnews.org
Radio Free Europe/Radio Liberty|RFE/RL;Radio Free Europe|rferl.org
Stars and Stripes|Stars & Stripes|stripes.com
The New York Times|New York Times;NYT;The New York Times Company|nytimes.com
The Washington Post|Washington Post|washingtonpost.com
The Wall Street Journal|Wall Street Journal;WSJ;Dow Jones|wsj.com;dowjones.com
USA Today|USA TODAY|usatoday.com
Los Angeles Times|LA Times;L.A. Times|latimes.com
Chicago Tribune|Chicago Tribune|chicagotribune.com
The Boston Globe|Boston Globe|bostonglobe.com
San Francisco Chronicle|SF Chronicle|sfchronicle.com
The Christian Science Monitor|Christian Science Monitor;CSMonitor|csmonitor.com
The Washington Times|Washington Times|washingtontimes.com
New York Post|NY Post|nypost.com
CNN|Cable News Network;CNN International|cnn.com
NBC News|NBC|nbcnews.com
CBS News|CBS|cbsnews.com
ABC News|ABC|abcnews.go.com
CNBC|CNBC International|cnbc.com
NPR|National Public Radio|npr.org
PBS NewsHour|PBS|pbs.org
Fox News|Fox News Channel|foxnews.com
Politico|POLITICO|politico.com
Axios|Axios Media|axios.com
The Hill|The Hill|thehill.com
Time|TIME;Time Magazine|time.com
Newsweek|Newsweek|newsweek.com
The Atlantic|The Atlantic|theatlantic.com
Foreign Policy|FP|foreignpolicy.com
Foreign Affairs|Foreign Affairs|foreignaffairs.com
Forbes|Forbes|forbes.com
Fortune|Fortune|fortune.com
Business Insider|Insider|businessinsider.com;insider.com
MarketWatch|MarketWatch|marketwatch.com
HuffPost|Huffington Post|huffpost.com
Vox|Vox Media|vox.com
Semafor|Semafor|semafor.com
Defense News|Defense News|defensenews.com
Military Times|Army Times;Navy Times;Air Force Times;Marine Corps Times|militarytimes.com
Military.com|Military.com|military.com
Breaking Defense|Breaking Defense|breakingdefense.com
Task & Purpose|Task and Purpose|taskandpurpose.com
The Diplomat|The Diplomat|thediplomat.com
BBC News|BBC;British Broadcasting Corporation;BBC World Service|bbc.co.uk;bbc.com
The Guardian|Guardian;Guardian News & Media;Guardian News and Media;\
The Observer|theguardian.com;guardian.co.uk
The Times|The Times of London;Times Newspapers;The Sunday Times|thetimes.co.uk;thetimes.com
The Telegraph|Daily Telegraph;Telegraph Media Group;The Daily Telegraph|telegraph.co.uk
Financial Times|FT;The Financial Times|ft.com
The Economist|Economist|economist.com
The Independent|Independent|independent.co.uk
Daily Mail|Mail Online;MailOnline|dailymail.co.uk
The Mirror|Daily Mirror|mirror.co.uk
Evening Standard|London Evening Standard|standard.co.uk
Sky News|Sky|news.sky.com
Channel 4 News|Channel 4|channel4.com
The Irish Times|Irish Times|irishtimes.com
RTÉ|RTE;RTÉ News|rte.ie
The Scotsman|Scotsman|scotsman.com
PA Media|Press Association;PA|pamediagroup.com
Deutsche Welle|DW|dw.com
Der Spiegel|Spiegel;Spiegel International;DER SPIEGEL|spiegel.de
Frankfurter Allgemeine Zeitung|FAZ|faz.net
Süddeutsche Zeitung|Sueddeutsche Zeitung;SZ|sueddeutsche.de
Die Welt|Welt|welt.de
Die Zeit|Zeit Online|zeit.de
Handelsblatt|Handelsblatt|handelsblatt.com
dpa|Deutsche Presse-Agentur;DPA|dpa.com;dpa-international.com
Le Monde|Le Monde in English;Le Monde.fr;LeMonde.fr|lemonde.fr
Le Figaro|Figaro|lefigaro.fr
Libération|Liberation|liberation.fr
France 24|France24|france24.com
RFI|Radio France Internationale|rfi.fr
Euronews|Euronews|euronews.com
Politico Europe|Politico EU|politico.eu
Euractiv|EURACTIV|euractiv.com
EUobserver|EU Observer|euobserver.com
Neue Zürcher Zeitung|NZZ|nzz.ch
Swissinfo|SWI swissinfo.ch|swissinfo.ch
Keystone-SDA|SDA|keystone-sda.ch
Austria Presse Agentur|APA|apa.at
El País|El Pais|elpais.com
El Mundo|El Mundo|elmundo.es
EFE|Agencia EFE|efe.com
Europa Press|Europa Press|europapress.es
Corriere della Sera|Corriere|corriere.it
La Repubblica|Repubblica|repubblica.it
La Stampa|La Stampa|lastampa.it
ANSA|Agenzia ANSA|ansa.it
Lusa|Agência Lusa|lusa.pt
ANP|Algemeen Nederlands Persbureau|anp.nl
NRC|NRC Handelsblad|nrc.nl
de Volkskrant|Volkskrant|volkskrant.nl
Belga|Belga News Agency|belganewsagency.eu
Le Soir|Le Soir|lesoir.be
Polish Press Agency|PAP|pap.pl
TT News Agency|TT|tt.se
NTB|Norsk Telegrambyrå|ntb.no
Ritzau|Ritzau|ritzau.dk
Kathimerini|ekathimerini|ekathimerini.com
Interfax|Interfax|interfax.com;interfax.ru
TASS|TASS Russian News Agency|tass.com;tass.ru
RIA Novosti|RIA|ria.ru
Ukrinform|Ukrinform|ukrinform.net
The Kyiv Independent|Kyiv Independent|kyivindependent.com
Kyiv Post|The Kyiv Post|kyivpost.com
The Moscow Times|Moscow Times|themoscowtimes.com
Meduza|Meduza English|meduza.io
Novaya Gazeta Europe|Novaya Gazeta|novayagazeta.eu;novayagazeta.ru
Anadolu Agency|Anadolu|aa.com.tr
Daily Sabah|Sabah|dailysabah.com
Hürriyet Daily News|Hurriyet Daily News|hurriyetdailynews.com
Al Jazeera|Al Jazeera English|aljazeera.com;aljazeera.net
Al Arabiya|Al Arabiya English|alarabiya.net
Arab News|Arab News|arabnews.com
Gulf News|Gulf News|gulfnews.com
The National|The National News|thenationalnews.com
Haaretz|Haaretz|haaretz.com
The Times of Israel|Times of Israel|timesofisrael.com
The Jerusalem Post|Jerusalem Post|jpost.com
IRNA|Islamic Republic News Agency|irna.ir
Tasnim News Agency|Tasnim|tasnimnews.com
Press TV|PressTV|presstv.ir
Tehran Times|Tehran Times|tehrantimes.com
The Straits Times|Straits Times|straitstimes.com
Channel NewsAsia|CNA|channelnewsasia.com
Bernama|Malaysian National News Agency|bernama.com
The Star|The Star Malaysia|thestar.com.my
New Straits Times|NST|nst.com.my
Malay Mail|Malay Mail Online|malaymail.com
Free Malaysia Today|FMT|freemalaysiatoday.com
The Business Times|Business Times Singapore|businesstimes.com.sg
The Jakarta Post|Jakarta Post|thejakartapost.com
Antara|Antara News|antaranews.com
Bangkok Post|Bangkok Post|bangkokpost.com
VnExpress|VnExpress International|vnexpress.net
Vietnam News|Viet Nam News;VNA;Vietnam News Agency|vietnamnews.vn;vnanet.vn
Philippine Daily Inquirer|Inquirer|inquirer.net
Rappler|Rappler|rappler.com
The Philippine Star|Philstar;Philstar.com|philstar.com
Manila Bulletin|Manila Bulletin|mb.com.ph
Philippine News Agency|PNA|pna.gov.ph
The Sydney Morning Herald|Sydney Morning Herald|smh.com.au
The Australian|The Australian|theaustralian.com.au
The Australian Financial Review|Australian Financial Review;AFR|afr.com
ABC Australia|Australian Broadcasting Corporation;ABC News Australia|abc.net.au
Australian Associated Press|AAP|aap.com.au
The New Zealand Herald|NZ Herald|nzherald.co.nz
RNZ|Radio New Zealand|rnz.co.nz
CBC News|CBC;Canadian Broadcasting Corporation|cbc.ca
The Globe and Mail|Globe and Mail|theglobeandmail.com
The Canadian Press|Canadian Press|thecanadianpress.com
Toronto Star|The Toronto Star|thestar.com
News24|News24|news24.com
Daily Maverick|Daily Maverick|dailymaverick.co.za
Mail & Guardian|Mail and Guardian|mg.co.za
Nation Africa|Daily Nation|nation.africa
Premium Times|Premium Times Nigeria|premiumtimesng.com
Ahram Online|Al-Ahram|ahram.org.eg
Folha de S.Paulo|Folha|folha.uol.com.br
O Globo|Globo|oglobo.globo.com
Clarín|Clarin|clarin.com
La Nación|La Nacion|lanacion.com.ar
El Universal|El Universal|eluniversal.com.mx
Prensa Latina|Prensa Latina|prensa-latina.cu
"""
_NON_WORD = compiled(r"[^\w&]+")
_THE = compiled(r"^the\s+", re.I)


class Outlet:
    __slots__ = ("name", "aliases", "domains")

    def __init__(self, name: str, aliases: tuple[str, ...], domains: tuple[str, ...]):
        self.name, self.aliases, self.domains = name, aliases, domains


def _rows() -> list[Outlet]:
    rows = []
    for line in _TABLE.strip().splitlines():
        name, aliases, domains = line.split("|")
        rows.append(
            Outlet(
                name,
                tuple(a for a in aliases.split(";") if a),
                tuple(d for d in domains.split(";") if d),
            )
        )
    return rows


OUTLETS = _rows()


def _key(text: str) -> str:
    folded = text.casefold()
    if _words_and_spaces(folded):
        return folded  # nothing for the pattern to change (most names and short lines)
    return _NON_WORD.sub(" ", folded).strip()


def _words_and_spaces(text: str) -> bool:
    """Whether text is word characters (\\w less '_', as isalnum() reads them) split by single
    spaces: 3x faster to see than to run _NON_WORD's substitution over it."""
    return text.replace(" ", "").isalnum() and single_spaced(text)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(_key(name), outlet)
            table.setdefault(_key(re.sub(r"^The\s+", "", name)), outlet)
    return table


@lru_cache(maxsize=4096)  # the cleaner and the extractors ask about the same names again and again
def by_name(text: str) -> Outlet | None:
    """The outlet whose name or alias is exactly `text` (case and 'The' ignored), or whose
    domain is spelt as one word the way logos print it ('hindustantimes')."""
    key = _key(text)
    found = _by_name().get(key)
    if (
        found is None and text[:3].lower() == "the"
    ):  # else _THE takes nothing off: looked up already
        found = _by_name().get(_key(_THE.sub("", text)))
    return found or _by_stem().get(key)


# Second-level labels too generic to name an outlet when printed alone.
_GENERIC_STEMS = {
    "english",
    "global",
    "online",
    "digital",
    "network",
    "herald",
    "express",
    "tribune",
    "independent",
    "liberation",
    "standard",
    "guardian",
    "telegraph",
    "military",
}
_SUFFIXES = {"com", "net", "org", "info", "news", "asia"}


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, Outlet]:
    """'hindustantimes' -> Hindustan Times: the label before the top-level domain(s) of each
    site."""
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for domain in outlet.domains:
            labels = domain.split(".")
            while len(labels) > 1 and (len(labels[-1]) == 2 or labels[-1] in _SUFFIXES):
                labels.pop()  # 'co.kr', 'com.au', 'net'
            stem = labels[-1] if len(labels) < len(domain.split(".")) else ""
            if len(stem) >= 8 and stem not in _GENERIC_STEMS:
                table.setdefault(stem, outlet)
    return table


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, Outlet]:
    return {d: o for o in OUTLETS for d in o.domains}


def by_domain(host: str) -> Outlet | None:
    """The outlet of a host name or any parent domain: 'english.hani.co.kr' -> The Hankyoreh."""
    parts = host.casefold().strip(".").split(".")
    for i in range(len(parts) - 1):
        found = _by_domain().get(".".join(parts[i:]))
        if found:
            return found
    return None


def _names() -> list[str]:
    """Every outlet name and alias longer than two characters, longest first, then in name order
    (the same pattern text every run, so text.compiled keeps it)."""
    return sorted(
        {n for o in OUTLETS for n in (o.name, *o.aliases) if len(n) > 2}, key=lambda n: (-len(n), n)
    )


def _by_first_letter(names: list[str], flags: int = 0) -> str | None:
    """names as one alternation grouped by first letter ('(?:Reuters|RTÉ)|(?:AFP|AP)'), each group
    in the order of names: the engine then tries one group at a place instead of every name
    (6x faster), and matches what the plain alternation would. Under re.I a group holds both
    cases of an ASCII letter; None when a first letter outside ASCII has cases ('ſ' is 's'
    under re.I, 'É' is 'é'), where telling the groups apart would need the engine's own tables."""
    ignore_case = bool(flags & re.I)  # once: a RegexFlag test per name took half the time
    if ignore_case and any(not n[0].isascii() and n[0].lower() != n[0].upper() for n in names):
        return None
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0].lower() if ignore_case else name[0], []).append(re.escape(name))
    return "|".join("(?:" + "|".join(group) + ")" for group in groups.values())


def _name_regex(flags: int = 0) -> re.Pattern:
    names = _names()
    body = _by_first_letter(names, flags) or "|".join(re.escape(n) for n in names)
    return compiled(r"(?<![\w])(" + body + r")(?![\w])", flags)


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern:
    """Matches any outlet name or alias (longest first) as whole words."""
    return _name_regex()


@lru_cache(maxsize=1)
def name_pattern_any_case() -> re.Pattern:
    return _name_regex(re.I)


@lru_cache(maxsize=1)
def capitals_hint() -> re.Pattern | None:
    """What an ASCII line holds if name_pattern_any_case() finds a name longer than 3 characters
    there in capitals ('STARS AND STRIPES'): the shortest run of letters such names have, in
    capitals. None if some name could match ASCII text through 'K', 'ſ', 'ı' or 'İ'."""
    names = {n for o in OUTLETS for n in (o.name, *o.aliases) if len(n) > 3}
    if any(c in n for n in names for c in "\u212a\u017f\u0131\u0130"):
        return None
    runs = [max(map(len, re.findall(r"[A-Za-z]+", n)), default=0) for n in names if n.isascii()]
    shortest = min(runs, default=0)
    return compiled(f"[A-Z]{{{shortest}}}") if shortest >= 2 else None


# What a bare '$' means in outlets of dollar countries other than the US: from the site's
# country domain, or named here for sites on .com ('$' in The Straits Times is the Singapore
# dollar).
_DOLLAR_TLDS = {"au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD"}
_DOLLAR_OUTLETS = {
    "The Straits Times": "SGD",
    "Channel NewsAsia": "SGD",
    "The Globe and Mail": "CAD",
    "The Canadian Press": "CAD",
    "Toronto Star": "CAD",
}


@lru_cache(maxsize=512)
def home_dollar(name: str | None) -> str:
    outlet = by_name(name) if name else None
    if outlet is None:
        return "USD"
    for domain in outlet.domains:
        tld = domain.rsplit(".", 1)[-1]
        if tld in _DOLLAR_TLDS:
            return _DOLLAR_TLDS[tld]
    return _DOLLAR_OUTLETS.get(outlet.name, "USD")
