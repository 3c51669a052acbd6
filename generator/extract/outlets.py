"""A table of the world's major news outlets and agencies.

Each row: the name readers use, other names printed on pages (mastheads,
credits, copyright holders), and web domains (contact addresses, links).
"""
from __future__ import annotations

import re
from functools import lru_cache

# name | aliases (;-separated) | domains (;-separated)
_TABLE = """
Yonhap|Yonhap News Agency;Yonhap News;Yonhapnews;연합뉴스|yna.co.kr;yonhapnews.co.kr;en.yna.co.kr
The Hankyoreh|Hankyoreh;한겨레;한겨레신문;Hankyoreh Media Company|hani.co.kr;english.hani.co.kr
The Korea Herald|Korea Herald;Herald Corporation;Herald Corp;코리아헤럴드|koreaherald.com;heraldcorp.com
The Korea Times|Korea Times;Hankook Ilbo;코리아타임스|koreatimes.co.kr;koreatimes.com
Korea JoongAng Daily|JoongAng Daily;JoongAng Ilbo;중앙일보;Korea JoongAng Daily|joongang.co.kr;koreajoongangdaily.joins.com;joins.com
The Chosun Ilbo|Chosun Ilbo;Chosun;조선일보;English Chosun|chosun.com;english.chosun.com
The Dong-A Ilbo|Dong-A Ilbo;Donga;동아일보|donga.com
KBS|KBS World;Korean Broadcasting System;KBS News|kbs.co.kr
Arirang|Arirang News;Arirang TV|arirang.com
Korea.net|Korea.net|korea.net
NK News|NK News|nknews.org
Kyunghyang Shinmun|Kyunghyang;경향신문|khan.co.kr
Newsis|뉴시스|newsis.com
News1|뉴스1;News1 Korea|news1.kr
Reuters|Thomson Reuters;The Thomson Reuters Trust Principles|reuters.com;thomsonreuters.com
Associated Press|The Associated Press;AP;AP News|ap.org;apnews.com
AFP|Agence France-Presse;Agence France Presse|afp.com
Bloomberg|Bloomberg News;Bloomberg L.P.|bloomberg.com;bloomberg.net
Kyodo News|Kyodo;共同通信|kyodonews.net;kyodonews.jp
Jiji Press|Jiji;時事通信|jiji.com
Xinhua|Xinhua News Agency;新华社|xinhuanet.com;news.cn
China Daily|中国日报|chinadaily.com.cn
Global Times|环球时报|globaltimes.cn
South China Morning Post|SCMP|scmp.com
Press Trust of India|PTI|ptinews.com
The Hindu|The Hindu Group|thehindu.com
The Times of India|Times of India;TOI|timesofindia.com;indiatimes.com
Hindustan Times|HT|hindustantimes.com
The Indian Express|Indian Express|indianexpress.com
The Japan Times|Japan Times|japantimes.co.jp
NHK|NHK World;NHK World-Japan;Japan Broadcasting Corporation|nhk.or.jp
The Asahi Shimbun|Asahi Shimbun;Asahi;朝日新聞|asahi.com
The Yomiuri Shimbun|Yomiuri Shimbun;Yomiuri;読売新聞;The Japan News|yomiuri.co.jp
Nikkei Asia|Nikkei;Nikkei Asian Review;日本経済新聞|nikkei.com;asia.nikkei.com
The Mainichi|Mainichi Shimbun;Mainichi|mainichi.jp
Voice of America|VOA;VOA News|voanews.com
Radio Free Asia|RFA|rfa.org
Stars and Stripes|Stars & Stripes|stripes.com
The New York Times|New York Times;NYT|nytimes.com
The Washington Post|Washington Post|washingtonpost.com
The Wall Street Journal|Wall Street Journal;WSJ;Dow Jones|wsj.com;dowjones.com
USA Today|USA TODAY|usatoday.com
Los Angeles Times|LA Times;L.A. Times|latimes.com
CNN|Cable News Network|cnn.com
NBC News|NBC|nbcnews.com
CBS News|CBS|cbsnews.com
ABC News|ABC|abcnews.go.com;abc.net.au
NPR|National Public Radio|npr.org
Fox News|Fox News Channel|foxnews.com
Politico|POLITICO|politico.com;politico.eu
Axios|Axios Media|axios.com
The Hill|The Hill|thehill.com
Defense News|Defense News|defensenews.com
Military Times|Army Times;Navy Times;Air Force Times|militarytimes.com
Breaking Defense|Breaking Defense|breakingdefense.com
BBC News|BBC;British Broadcasting Corporation|bbc.co.uk;bbc.com
The Guardian|Guardian;Guardian News & Media;Guardian News and Media|theguardian.com;guardian.co.uk
The Times|The Times of London;Times Newspapers|thetimes.co.uk
The Telegraph|Daily Telegraph;Telegraph Media Group|telegraph.co.uk
Financial Times|FT;The Financial Times|ft.com
The Economist|Economist|economist.com
The Independent|Independent|independent.co.uk
Sky News|Sky|news.sky.com
Deutsche Welle|DW|dw.com
Der Spiegel|Spiegel;Spiegel International|spiegel.de
Frankfurter Allgemeine Zeitung|FAZ|faz.net
Le Monde|Le Monde|lemonde.fr
France 24|France24|france24.com
Euronews|Euronews|euronews.com
El País|El Pais|elpais.com
Corriere della Sera|Corriere|corriere.it
ANSA|Agenzia ANSA|ansa.it
EFE|Agencia EFE|efe.com
dpa|Deutsche Presse-Agentur|dpa.com
Politico Europe|Politico EU|politico.eu
Al Jazeera|Al Jazeera English|aljazeera.com
Anadolu Agency|Anadolu|aa.com.tr
TASS|TASS Russian News Agency|tass.com;tass.ru
RIA Novosti|RIA|ria.ru
The Straits Times|Straits Times|straitstimes.com
Channel NewsAsia|CNA|channelnewsasia.com
The Sydney Morning Herald|Sydney Morning Herald|smh.com.au
Australian Associated Press|AAP|aap.com.au
CBC News|CBC;Canadian Broadcasting Corporation|cbc.ca
The Globe and Mail|Globe and Mail|theglobeandmail.com
The Canadian Press|Canadian Press|thecanadianpress.com
Taipei Times|Taipei Times|taipeitimes.com
Focus Taiwan|Central News Agency;CNA Taiwan|focustaiwan.tw
The Diplomat|The Diplomat|thediplomat.com
Nikkei|日経|nikkei.co.jp
Korean Central News Agency|KCNA|kcna.kp
"""


class Outlet:
    __slots__ = ("name", "aliases", "domains")

    def __init__(self, name: str, aliases: tuple[str, ...], domains: tuple[str, ...]):
        self.name, self.aliases, self.domains = name, aliases, domains


def _rows() -> list[Outlet]:
    rows = []
    for line in _TABLE.strip().splitlines():
        name, aliases, domains = line.split("|")
        rows.append(Outlet(name, tuple(a for a in aliases.split(";") if a),
                           tuple(d for d in domains.split(";") if d)))
    return rows


OUTLETS = _rows()


def _key(text: str) -> str:
    return re.sub(r"[^\w&]+", " ", text.casefold()).strip()


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(_key(name), outlet)
            table.setdefault(_key(re.sub(r"^The\s+", "", name)), outlet)
    return table


def by_name(text: str) -> Outlet | None:
    """The outlet whose name or alias is exactly `text` (case and 'The' ignored)."""
    key = _key(text)
    return _by_name().get(key) or _by_name().get(_key(re.sub(r"^the\s+", "", text, flags=re.I)))


def by_domain(host: str) -> Outlet | None:
    host = host.casefold().strip(".")
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
    return None


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern:
    """Matches any outlet name or alias (longest first) as whole words."""
    names = sorted({n for o in OUTLETS for n in (o.name, *o.aliases) if len(n) > 2},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
