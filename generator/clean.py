"""Normalised text -> the article's parts, with a named rule for every line removed.

The cleaner walks the lines once. Above the headline everything is page chrome.
Between the headline and the lead it looks for the dek, stamps, bylines and the
photo caption. In the story it keeps every line no rule claims, so an unknown
line is kept rather than lost; after a "Related stories"-style heading it drops
the list of other headlines until real prose comes back.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, itemgetter

from generator import headline, story
from generator.lexicon import bylines, dates, outlets
from generator.lexicon.datelines import ALONE as _DATELINE_ALONE
from generator.lexicon.datelines import LEAD as _LEAD_DATELINE
from generator.markdown import one_line
from generator.model import Cleaned, Dropped, Line
from generator.rules import STORY_ENDS
from generator.text import case_odd, compiled, ends_sentence, hangul_share, has_hangul
from generator.text import word_count as _word_count

# --- rules that recognise a chrome line wherever it appears -----------------------------

_UI_WORDS = set(
    "share shares print email e-mail mail facebook twitter x kakaotalk kakao kakaostory line "
    "linkedin whatsapp telegram reddit pinterest copy url link send by on to via a- a+ a+a- "
    "comments comment save bookmark listen font size text go contents navigation search menu "
    "subscribe sign in up log login logout register more close next previous prev top back home "
    "tweet like follow us scrap report full article story stories this your saved add gift "
    "accessibility help reuse content google google+ flipboard social sharing "
    "공유 인쇄 스크랩 글자크기 메일 닫기 검색 메뉴 로그인 회원가입 가 가+ 가- "
    "카카오 카카오스토리 스토리 네이버 블로그 밴드 북마크 보기 내 구독하기 메일보내기 "
    "small medium large".split()
)
_UI_LINE = compiled(
    r"^(back to (top|home|homepage|main)|go to contents.*|skip (to|next|over|navigation) .*|"
    r"(start|join) (a|the) conversation|(post|leave|add|write) a comment|"
    r"print dictionary print|languages?|live tv|advertisement|"
    r"sponsored( content)?|\d+ min(ute)? read|slideshow \(\d+ images?\)|comments? \(\d+\)|"
    r"(text|font) size.*|listen to (this )?(article|story).*|(read|see) (more|also)|photos?|video|"
    r"follow us.*|download (our|the) app.*|click here.*|view comments|all news|"
    r"(previous|next|older|newer) (post|article|story|entry)|you are here\s*:.*|"
    r"(image|photo|slide|picture|item) \d+ of( /)? \d+|"
    r"this article (has been|was) (translated|machine).*|"
    r"this content was (published|updated) on|"  # its date on the next line
    r"continue reading.*|read a summary of (this|the) (article|story)\b.*|"
    r"(story|article) continues( (below|after).*)?|"
    r"in this article|"  # the label of a finance site's ticker box (_TICKER its lines)
    r"(supported|sponsored|presented) by|"
    r"(reading time\s*:?\s*)?\d+\s*min(ute)?s?( read)?|advertising|"
    r"why (you can )?trust .*|end of (the )?(article|story)|(lire|read) (en|in) [a-zçé]+|"
    r"(article )?réservé aux abonnés|(for )?subscribers( only)?|members only|premium|"
    r"reuse this content|republish this (article|story)|"
    r"(order )?reprints?( (&|and) permissions)?( \|.*)?|"
    r"(image|photo|video|media) (source|caption|credit)s?\b.*|"
    r"purchase licensing rights.*|show (more|less)|"
    r"this (article|story|page) is more than \w+ (years?|months?|days?) old|"
    # a banner on an old story, a live blog's controls, a 'report an error' box
    r"this (article |story |page )?was published (more than )?\w+ "
    r"(years?|months?|weeks?|days?) ago|"
    r"(latest|live) updates|refresh (for|to see) (the )?latest( updates| posts)?|"
    r"load more( updates| posts| entries)?|"
    r"(found|spotted|see) an? (mistake|error|typo)( in this (article|story|report))?\??|"
    r"report it to us\.?|thank you for your (report|feedback)\s*!?|"
    r"(log in|sign in|register|subscribe)(,? (or )?(log in|sign in|register|subscribe))* "
    r"to save (this )?(articles?|stories|story)"
    r"( for later)?\.?|"
    r"highlights|key (points|takeaways)|at a glance|"  # a summary box's heading, not its points
    r"change (the )?(text |font )?size|already an? (subscriber|member)\?.{0,40}|"
    r"(send( us)? )?(your )?feedback|short (url|link)|"
    r"how (does|did) this (article |story |news )?make you feel\??|"
    r"link copied|translate|([\w.]+ ){0,3}values your feedback|"
    r"(\d+\.\s*)?how relevant is this ad to you\??|(video )?ad feedback|"
    r"listen live|keyboard shortcuts( for [\w ]{2,30})?|(previous|next|more) (articles|posts)|"
    r"loading(\.\.\.|…)?|(hide|toggle|show) caption|"
    r"(toggle )?more options|embed|transcript|sponsor message|"
    r"paid (partner|sponsor) content|see less|(as )?heard on [\w'’ ]{2,40}|anchor( lead)?|report|"
    r"listen\s*[·•|-]?\s*\d{1,2}:\d{2}|(photo|image|picture)s?\s*:\s*[^.:]{2,40}|"
    r"(댓글|좋아요|추천|공감|comments?|likes?)\s*\d+\s*개?|continue|donate( now| today)?|"
    r"(support|donate to|contribute to) "
    r"(us|our (journalism|work|newsroom|reporting)|independent (journalism|media)|"
    r"the [\w .'’-]{2,40})|"
    r"advert|follow [\w.&'’-]{2,30}(?: [\w.&'’-]{2,30})? on|tell us what you think\W*|"
    r"like this (?:story|article)\?.{0,40}|explore further|synopsis|see all|"
    r"(?:newspaper )?section\s*:\s*[\w &-]{2,30}|"
    r"do you like (?:the content of )?this (?:article|story)\?|"
    r"share (?:your thoughts|this (?:story|article)) with (?:your )?friends\W*|"
    r"(new)?you can now listen to [\w .&'’-]{2,40} articles!?)$",
    re.I,
)
# A quote box's ticker alone on its line: 'USD/JPY', 'JPY=X', 'CL=F', '^N225'. Capitals only,
# so 'and/or' is no ticker.
_TICKER = compiled(r"^(?:[A-Z]{3}/[A-Z]{3}|[A-Z]{2,6}=[XF]|\^[A-Z0-9]{2,6})$")
# A broadcast transcript's speaker mark alone on its line: '[앵커]', '[기자]', '[Anchor]'.
# '<앵커>' and '◀ 앵커 ▶' are other broadcasters' forms of the same mark.
_SPEAKER = compiled(
    r"^(?:\[\s*|<\s*|◀\s*)(?:앵커|기자|리포트|인터뷰|녹취|anchor|reporter|interview)"
    r"(?:\s*\]|\s*>|\s*▶)$",
    re.I,
)
# A player's running time, alone or with its source: "02:14 - Source: CNN", "3:52".
_DURATION = compiled(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–|]\s*source\s*:\s*[\w .-]{2,30})?$", re.I)
# A photo credit alone on its line: "Sean Gallup/Getty Images", "AP Photo/Jane Doe",
# "Tom Little | Reuters", "(Lee Jin-man / Associated Press)".
_PHOTO_CREDIT = compiled(
    r"^\(?(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*[/|]\s*(?:[A-Z][\w.'’-]*\s+){0,2}"
    r"(?:Getty Images|AFP|AP|Associated Press|Reuters|"
    r"REUTERS|EPA(?:-EFE)?|Bloomberg|Pool|Xinhua|Yonhap|Kyodo|NurPhoto|Anadolu|Sipa|Shutterstock|Alamy|AAP|"
    r"Jiji Press|Imagine China|Redux|Polaris|Zuma(?: Press)?)|"
    r"AP Photo\s*/\s*[A-Z][\w.'’ -]{2,40})\)?$"
)
# A credit naming who gave the photo: "Courtesy of the Foreign Ministry", "Photo courtesy of DTI".
_COURTESY = compiled(r"^(?:(?:photo|image|picture)s?\s+)?courtesy(?: of)?\s+\S.{0,60}$", re.I)
# An audio player's note on who may listen: "Listening to articles is free for open-access
# content ... learn more about text-to-speech."
_LISTEN_NOTE = compiled(
    r"\blisten(ing)? to (this |these |our )?(articles?|stories)\b.*\btext-to-speech\b", re.I
)
# A Korean page's bookmark notice and its reporter-photo alt text: "해당 기사를 북마크했습니다.",
# "기자이미지 김지성".
_KOREAN_UI = compiled(
    r"^[가-힣 ]{0,16}(?:북마크|스크랩)(?:했습니다|되었습니다|하기|보기)?\.?$|"
    r"^기자\s?(?:이미지|사진|프로필)\s*[가-힣]{2,4}$"
)
# A Korean page's read-aloud notice, often split over two lines: "읽어주기 기능은 크롬기반의" /
# "브라우저에서만 사용하실 수 있습니다."
_READ_ALOUD_KO = compiled(
    r"^(?:읽어주기|음성\s*(?:읽기|듣기)|듣기)\s*기능은.{0,40}$|"
    r"^.{0,20}브라우저에서(?:만)?\s*(?:사용|이용)(?:하실|할)\s*수\s*있습니다\.?$"
)
# A Korean page's font-size toolbar: "글씨크기 선택 가장 작은 크기 글자로 변경 ...".
_FONT_TOOLBAR = compiled(r"(?:글씨|글자)\s*크기|크기\s*(?:글자로\s*)?(?:변경|조절|선택)")
# A closing call to action after a promo: "... POLITICO Pro is our premium service. Subscribe now."
_CTA_END = compiled(
    r"(?:^|[.?!]\s+)(subscribe|sign up|register|try (it )?(for )?free|start (your )?free trial|"
    r"give it a try)"
    r"(\s+(now|today|here))?(\s+to (listen|keep reading|continue reading))?[.!]?$",
    re.I,
)
_CTA_ENDINGS = (
    "listen",
    "reading",
    "subscribe",
    "sign up",
    "register",
    "free",
    "trial",
    "now",
    "today",
    "here",
    "try",
)  # its last words
# "Get Current Updates on India News ... along with Latest News and Top Headlines": a site's own
# promo.
_SITE_PROMO = compiled(
    r"^\(?(get|catch|read|follow) (all )?(the )?(current|latest|live|breaking|business)( \w+)? "
    r"(updates|news|headlines)\b.{0,200}\b(headlines|updates|news)\b|"
    # "Catch all the Business News, Market News ... and Latest News Updates on Live Mint."
    r"^\(?(get|catch|read|follow) all the (\w+ ){1,2}(updates|news|headlines)\b.{0,200}"
    r"\b(headlines|updates|news)\b",
    re.I,
)
# "Add CNA as a trusted source to help Google ...": a site's call to rank it in a search engine.
_SOURCE_PROMO = compiled(r"^add [\w.&'’ -]{2,40}? as an? (trusted|preferred) source\b", re.I)
# "Don't miss out on the latest news and information.": a site's call to follow it.
_MISS_OUT = compiled(
    r"^don['’]?t miss (?:out )?(?:on )?(?:the |our |any )?(?:latest|breaking|top|new|more)\b", re.I
)
# A subscription offer: "... delivered every month. 12 issues for £11.99."
_ISSUES_OFFER = compiled(
    r"\b\d+ (?:issues|months|weeks) for (?:just |only )?[£$€]\s?\d{1,3}\.\d{2}"
    r"(?!\d|[.,]\d|\s*(?:million|billion|bn|m)\b)",
    re.I,
)
# A site's way to reach it: "For feedback, complaints, or inquiries, contact us."
_CONTACT_US = compiled(
    r"^for\b.{0,60}\b(?:feedback|complaints?|inquiries|enquiries|questions|corrections|tips)\b"
    r".{0,40}\b(?:contact|e-?mail|write to|reach) us\b.{0,30}$",
    re.I,
)
# A wire's note on what its site carries: "... offered to subscribers in the AA News Broadcasting
# System ... Please contact us for subscription options."
_SUBSCRIBER_NOTE = compiled(
    r"\b(?:contact us|write to us) (?:for|about) (?:subscription|licensing|syndication|reprint)|"
    r"\b(?:stories|content|news|articles) (?:offered|available) (?:only )?to "
    r"(?:its |our )?subscribers\b",
    re.I,
)
_SUBSCRIBER_HINTS = ("subscri", "contact us", "write to us")  # every match holds one
# An acknowledgement of country in an Australian, Canadian or New Zealand footer.
_ACKNOWLEDGE = compiled(
    r"\backnowledges? (?:the )?(?:first (?:australians|peoples|nations)|traditional "
    r"(?:custodians|owners))\b",
    re.I,
)
# Footer link rows: "Contact Us Accessibility Work with us ... Privacy Policy Terms of Service".
_FOOTER = compiled(
    r"\b(contact us|privacy (policy|notice|settings)|"
    r"terms (of|and) (service|use|sale|conditions)|terms and conditions|"
    r"site ?map|site index|advertise( with us)?|careers|"
    r"about (us|the \w+)|cookie (policy|settings)|accessibility|"
    r"help( centre| center)?|subscriptions?|work with us|"
    r"your ad choices|do not sell|newsroom policies|"
    r"policies (&|and) standards|diversity (&|and) inclusion|"
    r"media (&|and) community relations|corrections|"
    r"rss|faq|our network|our channels|connect|newsletters)\b",
    re.I,
)
_FOOTER_WORDS = set(
    "contact privacy terms site sitemap advertise careers about cookie accessibility help "
    "subscription subscriptions work your do newsroom policies diversity media corrections rss faq "
    "our connect newsletters".split()
)
_CONSENT = compiled(
    r"^(yes|no|ok(ay)?)\s*,?\s*(i agree|i accept|take me to settings|manage\b.*)$|"
    r"^(accept|reject|allow|deny|refuse) (all|cookies|necessary)\b.*$|"
    r"^(manage|cookie|privacy) (settings|preferences|choices|options)$|^let me choose$|"
    r"^we (value|care about|respect) your privacy$",
    re.I,
)
_TOPIC_LINE = compiled(
    r"^(see more on|more on|topics?|tags?|keywords?|filed under|subjects?|related topics)\s*:\s*\S",
    re.I,
)
# "Laura Whitcomb is a correspondent ... More about Laura Whitcomb": a reporter's bio under the
# story.
_BIO_MORE = compiled(r"\bmore about (?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}\s*$", re.I)
_AUTHOR_BIO = compiled(
    r"^(?-i:[A-Z][\w'’.-]+\s+){1,3}(is|was) (a|an|the)\b[^.]{0,100}\b(reporter|correspondent|"
    r"writer|editor|bureau chief|columnist|journalist)s?\b",
    re.I,
)
# "Harlan is the news director for the Gulf and Iran for The Associated Press."
_BIO_OUTLET = compiled(
    r"^(?-i:[A-Z][\w'’.-]+\s+){1,3}(is|was) (a|an|the)\b[^.]{0,100}\b(for|at|with) (?-i:the )?"
    r"(?-i:[A-Z])",
    re.I,
)
_SEPARATOR_LINE = compiled(r"^[\W_]{3,}$")
_URL_LINE = compiled(r"^(https?://|www\.)\S+$", re.I)
# "Read more Subscribers only Plastic pollution: '...'": another story's headline between
# paragraphs.
_PROMO = compiled(
    r"^(read more|read also|also read|see also|see more|don['’]t miss(?! out)|"
    r"lire aussi|must read|also on \w+)\b\s*[:|»›>-]?\s*\S|"
    r"^related(?: (?:stories|story|articles?|coverage|content|news|links?|reading))?"
    r"\s*[:|»›>]\s*\S|^(?:[▶▷►]\s*)?관련\s*기사\s*[:：]\s*\S|"
    r"^(?:go deeper|dig deeper|more):\s*\S",
    re.I,
)
_APP_PROMO = compiled(r"\bdownload(ing)?\s+(the|our)\s+.{0,40}\bapps?\b", re.I)
_APP_NEWS = compiled(r"\b(news|latest|updates|headlines)\b", re.I)
_COOKIE = compiled(
    r"\bcookies?\b.*\b(use|accept|consent|agree|policy|experience|personal data|partners)\b|"
    r"\b(accept|agree|partners|store and/or access)\b.*\bcookies?\b|"
    r"^cookies? (on|policy|settings|preferences|notice|consent)\b",
    re.I,
)
_NEWSLETTER = compiled(
    r"^(subscribe|sign up|get|receive)\b.*\b(newsletter|inbox|alerts?|daily email)\b|"
    r"^get our free\b.{0,60}\be-?mail\b|\bi would like to be e-?mailed about\b|"
    r"\bnewsletter\b|"
    r"^(sign up|subscribe)( now)?\s+(for|to)\b|"
    r"^by (signing up|subscribing|registering|clicking|providing (an |your )?e-?mail)\b|"
    r"\b(telegram|whatsapp|kakaotalk|line) channel\b|"
    r"\bdelivered (to you|to your inbox|straight to)\b|"
    r",\s*delivered (every|each) (weekday|day|morning|evening|week)\.?$|"  # a box's blurb
    r"\bbrings you\b.{0,120},\s*(every|each) (weekday|day|morning|evening|week|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day)\.?$|"
    r"\b(clicking|tapping|click|tap) (on )?the (notification|bell) (icon|button)\b|"
    r"\byou can unsubscribe at any time\b|^no spam\b",
    re.I,
)
_NEWSLETTER_WORDS = (
    "newsletter",
    "e-mail",
    "unsubscribe",
    "spam",
    "inbox",
    "alert",
    "email",
    "channel",
    "delivered",
    "notification",
    "bell",
    "brings you",
)  # a line holds one
_NEWSLETTER_STARTS = ("sign up", "subscribe", "get", "receive", "by ")  # or starts with one
# A reader-funding box between paragraphs: "Please consider supporting us.", "Contribute today from
# just $2."
_APPEAL = compiled(
    r"\b(please (consider )?(support|supporting|donat|contribut)\w*|readers like you|"
    r"(contribute|donate|give) (today|now)|make a (contribution|donation)|"
    r"support (our|independent) (journalism|reporting|newsroom))\b|(?:^|[.!]\s+)support us[.!]?$|"
    # '프레시안에 후원하세요', '독자님의 후원금은 ...': a Korean page's call for readers' money
    r"후원(하세요|해\s*주(세요|십시오))|(독자|여러분)님?의\s*후원",
    re.I,
)
# A call for readers' tips: '※... 여러분의 제보로 ... 알려주세요.', 'Have a news tip? Send us ...'.
_TIP_OFF = compiled(
    r"제보.{0,80}(?:알려\s*주세요|기다립니다|기다리고\s*있습니다|받습니다)|"
    r"\b(?:send|email|share with) us (?:your |a )?(?:news )?tips?\b|\bhave a (?:news )?tip\?",
    re.I,
)
# A quote or reported speech is the story, even when it asks for support.
_REPORTED = compiled(r"[\"“”]|\b(said|says|told|urged|asked)\b")
_APPEAL_HINTS = (
    "support",
    "readers",
    "contribut",
    "donat",
    "give",
    "후원",
)  # every _APPEAL match holds one
# A privacy notice that never says "cookie": "... uses tracking technologies ... it means you agree
# with this policy."
_PRIVACY = compiled(
    r"\b(privacy|tracking)\b.{0,300}\b((means|that) you (agree|accept|consent)|you agree (to|with)|"
    r"agree (to|with) (this|our|the) (policy|use))\b",
    re.I,
)
# "BenarNews is an RFA-affiliated online news organization.": a note about the outlet under the
# story.
_OUTLET_NOTE = compiled(
    r"^(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3} is an? [^.]{0,60}?"
    r"(\baffiliated?\b|-affiliated\b|\b(online|independent|nonprofit|non-profit) "
    r"(news|media) (organi[sz]ation|outlet|service|site|website)\b|"
    r"\b(global|international|world|national) news agency\b(?![^.]*\bsaid\b))"
)
# The Trust Project's note on the kind of work, under a 'Content-Type: News' label: "Based on
# facts, either observed and verified directly by the reporter, or ..."
_WORK_TYPE = compiled(
    r"^(?:based on facts, either observed and verified|advocates for ideas and draws conclusions|"
    r"interpretation of the news based on evidence)\b.{0,240}$",
    re.I,
)
_WORK_TYPE_STARTS = ("based on facts", "advocates for ideas", "interpretation of the news")
# "[ Israel-Iran conflict: What we know so far ]": a link to another story, in brackets.
_BRACKET_PROMO = compiled(r"^\[\s[^\[\]]{8,150}\s\]$")
_DISCLAIMER = compiled(
    r"\bnot responsible for the content of external (sites|links|websites)\b|"
    # a comment box's note: "Comments do not represent the views of ...", "We reserve the right
    # to exclude comments ..."
    r"\bcomments? (do|does) not (necessarily )?(represent|reflect) the views\b|"
    r"\bwe reserve the right to (exclude|remove|delete|edit) (any )?comments?\b|"
    # its rules and moves: "Comments will be moderated.", "Please abide by our community
    # guidelines ...", "We have migrated to a new commenting platform."
    r"\bcomments? (will|may) be moderated\b|\b(abide by|follow|read) our (community|commenting) "
    r"guidelines\b|\bmigrated to a new commenting (platform|system)\b|"
    # the house's notes: an affiliate disclosure ('TIME may receive compensation for some
    # links ...'), a machine translation's warning, a badge, a bookmark tool's error
    r"\bmay (receive|earn) (compensation|an? (small )?(commission|fee))\b.{0,40}\blinks?\b|"
    r"\btranslations? may contain (inaccuracies|errors)\b|"
    r"^[\w .&'’-]{2,40} is an? trust project member$|\bexceeded the limit to bookmark\b",
    re.I,
)
_DISCLAIMER_HINTS = (
    "responsible",
    "views",
    "reserve the right",
    "moderated",
    "guidelines",
    "commenting",
    "may ",
    "translation",
    "trust project",
    "bookmark",
)  # every match holds one
_COPYRIGHT_WORDS = (
    "©",
    "ⓒ",
    "(c)",
    "copyright",
    "all rights reserved",
    "무단",
    "재배포",
    "版权所有",
    "無断転載",
)
_COPYRIGHT = compiled(
    r"^[\[(]?\s*(ⓒ|©|\(c\)|copyright\b)|©\s*(?:19|20)\d{2}\b|"
    r"all rights reserved|\bis subject to copyright\b|무단\s*전재|재배포\s*금지|版权所有|無断転載",
    re.I,
)
# The wire's reuse notice, often run on with the site's own: "This material may not be
# published, broadcast, rewritten, or redistributed. ©2026 ... Market data provided by ..."
_REDISTRIBUTE = compiled(
    r"\bmay not be (re)?published, broadcast, rewritten,? or redistributed\b", re.I
)
_CONTACT = compiled(
    r"^(please )?(direct|send|email|e-mail|write|contact)\b.*(comments?|questions?|us|at)\b.*@|"
    r"^[\[(<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[\])>]?$",
    re.I,
)
_CREDIT = compiled(
    r"^(\(?\s*end\s*\)?|end ?item(?:\s*/\s*[a-z]{1,4})*|/?yonhap/?|"
    r"\[?((additional )?reporting|writing|editing|compiled|"  # '[Edited by A/B]'
    r"translated|edited|graphics?|produced) by\b.*|"
    r"\(?\s*with (inputs|additional reporting|reporting) (from|by)\b.*|"
    r"\[?(editor|editing|edited by|photo editor|copy ?editor|responsible editor|translator)\s*:.*|"
    r"(newspaper|print) headline\s*:.*|a version of this (article|story) appear(s|ed) in print\b.*|"
    r"(?-i:[A-Z][\w.'’-]+\s+){1,4}(reported from|"
    r"contributed (reporting|research|to this)|wrote from)\b.*|"
    r"our standards:.*|"
    r"(this is an? )?translation of an? (original )?(article|story)\b.*|source\s*:\s*\S[^.|]{0,60}|"
    r"[—–-]*\s*with (assistance|help) from\b.*|[a-z]{2,4}(?:/[a-z]{2,4})+(?:\s*\([^()]{2,40}\))?|"
    r"the thomson reuters trust principles\.?)$",
    re.I,
)
# One more credit, kept apart: its leading .* is tried at every letter of a line, so it
# only runs when the line holds the word (see text.case_odd).
_CONTRIBUTED = compiled(r".*\bcontributed (to )?this (report|article|story)\b.*$", re.I)
# 'Read more', 'See also', 'Also read' (and 'Read more with Euractiv'): how a box of links to
# other stories is headed, or how each of its links opens.
_READ_MORE = r"(?:read|see) (?:more|also)|also read"
_ON_SITE = r" (?:with|from|on) [\w.&'’-]{2,30}"  # the site the box names: 'with Euractiv'
_BOX_HEADS = (
    rf"(?:(?:read|see) (?:more|also)(?:{_ON_SITE})?|also read|don['’]t miss|also of interest)"
)
_LIST_HEAD = compiled(
    r"^(related( (stories|articles|news|content|coverage|links|topics|posts))?|"
    r"more (stories|news|from .*)|more (?:[\w'’.&-]+ ){1,3}(stories|news|articles|headlines|reads)|"
    r"more must-reads? from .*|"
    r"most (viewed|read|popular|liked|saved|shared|emailed|commented)"
    r"( (articles|stories|news|now|(in|from|on) [\w .]{1,30}|\w+))?|"
    r"(latest|more|popular|top stories) (on|from|in) [\w &'’.-]{1,30}|"
    r"read next|up next|what to read next|visual stories|"
    r"related (internet )?links|recommended (for you|stories|reading|topics|videos?)|"
    r"in case you missed it|in other news|also in [\w ]{1,20}|"
    r"top \d+ (stories|news|articles)|"
    r"(top|popular|latest|trending|recommended) (stories|news|articles|now)|"
    r"you (may|might) (also )?(like|enjoy|be interested in)|we recommend|"
    + _BOX_HEADS
    + r"|editor'?s? picks?|keywords?|"
    r"articles with issue keywords|trending|latest|recommended|(related )?topics|tags|"
    r"(explore )?more on (this|these) (story|stories|topics?)|"
    r"관련\s*기사|많이 본 기사|인기\s*기사|주요\s*뉴스)\s*(:|\.\.\.|…)?$",
    re.I,
)
# The bare heading of a box of links set between paragraphs: the story often goes on under it.
_PROMO_HEAD = compiled(rf"^{_BOX_HEADS}\s*(?::|\.\.\.|…)?$", re.I)
_BYLINE = compiled(
    # "Reporter : Choi Da-eun": the job as a label, said so by its colon
    r"^[(\[]?(by|reported by|written by|posted by|text by|words by|story by|author|authors|"
    r"(?:reporters?|writers?)(?=\s*:))\s*:?\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:(?-i:[a-z][\w-]*\s+)?(?:reporter|correspondent|editor|writer|"
    r"producer|journalist|analyst|columnist|contributor)\s+)?(?-i:[A-Z\u00c0-\u024f\uac00-\ud7a3])",
    re.I,
)
_BYLINE_KO = compiled(
    # '머니투데이 세종=권도현 기자': an outlet may stand before the desk's city
    r"^[\[(]?(?:(?:[가-힣A-Za-z]{2,10}\s+)?[가-힣]{2,6}\s*[=/]\s*)?[가-힣]{2,4}(?:\s*[,·]\s*[가-힣]{2,4})*\s*(?:선임|수석|객원|전문)?\s*(?:기자|특파원|논설위원|통신원)(?:\s|=|$)"
)
_SECTION_WORDS = set(
    "news world asia pacific national politics opinion business economy sports culture "
    "international defense defence diplomacy foreign affairs north south korea east west middle "
    "americas africa europe live tv video home columns column editorial analysis features feature "
    "breaking latest top market markets tech science health lifestyle life style entertainment "
    "military veterans nation us u.s. local region regional outlook interview exclusive commentary "
    "update the and of".split()
)
_CAPTION_START = compiled(
    r"^(file photo|file|photo|pictured|above|top|this (file )?photo|"
    r"in this (file )?photo)\b\s*[:\-–—]|^this (file )?photo\b|^▲|^사진\s*=",
    re.I,
)
# A photo credit at the end of a caption, in its forms: each list holds those with one mark, and
# is_caption runs a list only when the line's tail has the mark (most have none of them).
_CREDITS_IN_PARENS = [  # the line ends in ')'
    r"\((?:[^()]{0,60}(?:photo|/|yonhap|reuters|\bap\b|afp|getty|epa|xinhua|kyodo|news|provided|courtesy|"
    r"ministry|file|pool|staff|office|handout|agency|ap images)[^()]{0,60})\)",
    # "... campaign. (onmeth.com)": the web site the picture came from, after the sentence
    r"(?<=[.!?”\"])\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\)",
]
_CREDITS_IN_BRACKETS = [  # the line ends in ']'
    r"\[[A-Z][A-Z .,'’&/-]{2,60}\]",
    r"\[[^\[\]]{0,30}(?:사진|제공|자료|DB|캡처)[^\[\]]{0,30}\]",
    r"\[[^\[\]]{0,80}(?:/|photo|file|getty|reuters|afp|\bap\b|epa)[^\[\]]{0,60}\]",
]
_CREDITS_MARKED = [  # the tail holds one of _CREDIT_MARKS
    r"\b(?:REUTERS|AFP|AP|EPA|Getty Images|Yonhap)/[\w /.-]+",
    # "... isn't easy.Kathrin Ziegler/Getty": the photographer and agency run into the caption
    r"(?<=[.!?”\"])\s*(?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3})/"
    r"(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|Shutterstock|Alamy|Bloomberg|Xinhua|Yonhap)",
    r"(?:^|[.|–—-]\s*)(?:photo(?:graph)?s?(?: credit)?|"
    r"pictures?|images?|illustration|credit)\s*:\s*[^.:]{2,80}",
    r"(?:사진|그래픽)\s*=\s*[^ ]{2,30}",
    r"/연합뉴스",
    r"credit\s*(?:\.{2,}|…|:)\s*\S.{0,80}",
    r"\s==\s*[A-Z][\w .-]{1,30}",
    r"\s©\s*[^©]{2,60}",
    r"(?-i:\b[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)+\s*/\s*[A-Z][\w.&-]+(?:\s[\w.&-]+){0,3})",
    r"\s(?:[가-힣]{2,10}\s)?(?:제공|자료사진)",
    r"\s\d{4}\.\d{1,2}\.\d{1,2}\.?\s*/\s*[가-힣A-Za-z0-9]{2,12}",  # '... 2014.2.21/뉴스1'
    r"\s/\s?[가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{2,12})?",
    r"(?-i:(?<=[a-z.])(?:Image|Photo|Photograph|Picture)s?)\s*:\s*[^:]{2,80}",
    # "... in Geneva. — Photo moit.gov.vn", "... on Monday. — VNA/VNS Photo", "– Photo: VNA":
    # the credit after a dash
    r"(?<=[.!?”\"])\s+[—–]\s*(?:[\w/.-]+\s+)?(?:photo|image|picture)s?\b(?:\s*:)?"
    r"(?:\s+[\w.&'’/-]{2,40}){0,4}",
    # "... its fair share. | Eugene Hoshiko/AP": the photographer and agency after a bar
    r"(?<=[.!?”\"])\s*\|\s*(?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3})\s*/\s*[\w .&'’-]{2,30}",
]
_CREDIT_MARKS = ("/", ":", "=", "©", "…", "..", "제공", "자료사진", "—", "–")
_CREDITS_BY_BODY = [  # one of _CREDIT_BODIES is among the tail's last three words
    r"(?-i:(?<=[.!?”\"])\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:Ministry|"
    r"Office|Press Service|Agency|Handout|Pool|Archives?|"
    r"Kremlin|Government|Embassy|Department|Presidency)(?:\s+[A-Z][\w.'’-]*){0,2})",
]
_CREDIT_BODIES = {
    "Ministry",
    "Office",
    "Service",
    "Agency",
    "Handout",
    "Pool",
    "Archive",
    "Archives",
    "Kremlin",
    "Government",
    "Embassy",
    "Department",
    "Presidency",
}
_CREDIT_PARENS, _CREDIT_BRACKETS, _CREDIT_MARKED, _CREDIT_BY_BODY = (
    compiled("(" + "|".join(forms) + r")\s*$", re.I)
    for forms in (_CREDITS_IN_PARENS, _CREDITS_IN_BRACKETS, _CREDITS_MARKED, _CREDITS_BY_BODY)
)
_CAPTION_LABEL = compiled(r"^(image|photo|media|video) caption\b", re.I)
# Gallery counters and link labels glued to a caption: "Item 1 of 2 ...", "[1/2] ... Purchase
# Licensing Rights".
_GALLERY_PREFIX = compiled(
    r"^(?:item|photo|image|slide|picture)\s+\d+\s+of\s+\d+\s+|^\[\d+\s*/\s*\d+\]\s*", re.I
)
_LINK_SUFFIX = compiled(
    r"(?:\s*(?:purchase licensing rights|,?\s*opens (?:in )?(?:a )?new (?:tab|window)))+\s*$", re.I
)
_WIRE_TAIL = compiled(
    r"(?<=[.!?\"”’])\s*\((Yonhap|Reuters|AP|AFP|Kyodo|Xinhua|dpa|EFE|ANSA|PTI|AAP|UPI|Bernama|Antara)\)\s*$"
)
# "... in June. — VNS": the outlet's or agency's initials signing off the story's last line.
_SIGNOFF_TAIL = compiled(
    r"(?<=[.!?\"”’])\s+[—–]\s*(?-i:[A-Z][A-Za-z]{1,7}(?:/[A-Z][A-Za-z]{1,7})?)\s*$"
)
_HASHTAGS = compiled(r"^#[^#]{1,40}(?:#[^#]{1,40})+$")
_TITLE_SUFFIX = compiled(r"\s+[-–—|]\s+|\s+:\s+")
# Chrome that sits between a headline and the story (not the trailer's copyright or contact lines).
_HEADER_RULES = ("page-ui", "share-bar", "menu", "masthead")
_MASTHEAD_SEP = compiled(r"\s+[-–—|:]\s+")
_MASTHEAD_MARKS = (
    " - ",
    " – ",
    " — ",
    " | ",
    " : ",
)  # how it is printed when ' ' is the only blank
_TOKEN_SPLIT = compiled(r"[\s|/·•]+")
_MENU_SPLIT = compiled(r"\s+[|>›»·•/]\s+|\s*\|\s*")
_MENU_MARKS = "|>›»·•/"  # every separator _MENU_SPLIT splits on has one
_STAMP_PARTS = compiled(r"\s+[/|]\s+|\s*\|\s*")
_NUMBERED = compiled(r"^\d{1,2}[.)]?\s+\S")

# Gates for the anchored patterns: how a line's lower case must start (or a word it must hold) for
# the pattern to match, so most lines skip it. A case_odd line runs every pattern.
# tests/test_clean.py checks each gate against lines generated from its pattern.
_CREDIT_STARTS = (
    "end",
    "yonhap",
    "additional reporting",
    "reporting",
    "writing",
    "editing",
    "compiled",
    "translated",
    "edited",
    "graphic",
    "produced",
    "with ",
    "editor",
    "photo editor",
    "copy",
    "responsible editor",
    "translator",
    "newspaper",
    "print",
    "a version",
    "our standards",
    "this is a",
    "translation",
    "source",
    "the thomson",
)
_CREDIT_NAMED = ("reported from", "contributed ", "wrote from")  # "Jane Doe reported from Seoul."
_UI_STARTS = (
    "keyboard",
    "more",
    "back",
    "go to",
    "skip",
    "start",
    "join",
    "post",
    "leave",
    "add",
    "write",
    "print",
    "language",
    "live",
    "advert",
    "sponsor",
    "slideshow",
    "comment",
    "text",
    "font",
    "listen",
    "read",
    "see",
    "photo",
    "video",
    "follow",
    "download",
    "click",
    "view",
    "all news",
    "this",
    "continue",
    "story",
    "article",
    "supported",
    "presented",
    "why",
    "end of",
    "lire",
    "réservé",
    "for subscribers",
    "subscriber",
    "members",
    "premium",
    "reuse",
    "republish",
    "order",
    "reprint",
    "image",
    "media",
    "purchase",
    "show",
    "send",
    "short",
    "your",
    "feedback",
    "link",
    "translate",
    "how",
    "ad ",
    "loading",
    "hide",
    "toggle",
    "more options",
    "embed",
    "transcript",
    "paid",
    "as heard",
    "heard",
    "anchor",
    "report",
    "picture",
    "댓글",
    "좋아요",
    "추천",
    "공감",
    "like",
    "donate",
    "support",
    "contribute",
    "previous",
    "next",
    "older",
    "newer",
    "slide",
    "item",
    "you are",
    "in this article",
    "tell",
    "explore",
    "latest",
    "refresh",
    "load",
    "found",
    "spotted",
    "thank",
    "change",
    "already",
    "highlights",
    "key ",
    "at a glance",
    "log in",
    "sign in",
    "register",
    "subscribe",
    "share",
    "you can now",
    "newyou",
    "section",
    "newspaper section",
    "synopsis",
    "see all",
    "do you like",
)
_UI_BY_FIRST = {c: tuple(s for s in _UI_STARTS if s[0] == c) for c in {s[0] for s in _UI_STARTS}}
_LIST_STARTS = (
    "related",
    "more",
    "most",
    "latest",
    "popular",
    "top",
    "read",
    "up next",
    "what to read",
    "visual",
    "recommended",
    "in case",
    "in other",
    "also in",
    "also of",
    "also read",
    "trending",
    "you ",
    "we recommend",
    "see ",
    "editor",
    "keyword",
    "articles with",
    "topic",
    "tags",
    "explore",
    "don",
    "관련",
    "많이",
    "인기",
    "주요",
)
_CONSENT_STARTS = (
    "yes",
    "no",
    "ok",
    "accept",
    "reject",
    "allow",
    "deny",
    "refuse",
    "manage",
    "cookie",
    "privacy",
    "let me",
    "we ",
)
_TOPIC_STARTS = (
    "see more",
    "more on",
    "topic",
    "tag",
    "keyword",
    "filed",
    "subject",
    "related topic",
)
_PROMO_STARTS = (
    "read", "also", "see also", "see more", "don", "lire", "must", "related", "▶", "▷", "►", "관련",
    "go deeper", "dig deeper", "more:",
)  # fmt: skip
_SITE_PROMO_STARTS = (
    "get ",
    "catch ",
    "read ",
    "follow ",
    "(get ",
    "(catch ",
    "(read ",
    "(follow ",
)
_FOOTER_STARTS = (
    "contact",
    "privacy",
    "terms",
    "site",
    "advertise",
    "careers",
    "about",
    "cookie",
    "accessibility",
    "help",
    "subscription",
    "work",
    "your",
    "do not",
    "newsroom",
    "policies",
    "diversity",
    "media",
    "corrections",
    "rss",
    "faq",
    "our",
    "connect",
    "newsletters",
)
_BIO_VERBS = ("is a", "is the", "was a", "was the")  # "Jane Doe is a correspondent ..."
_BYLINE_STARTS = (
    "by", "reported", "written", "posted", "text by", "words", "story", "author", "reporter",
    "writer"
)  # fmt: skip
_BYLINE_KO_JOBS = ("기자", "특파원", "논설위원", "통신원")


def _holds_any(text: str, parts) -> bool:
    """any(p in text for p in parts), without a generator's cost on every line."""
    for p in parts:
        if p in text:
            return True
    return False


def _is_share_bar(part: str) -> bool:
    """Every word a share or print button's label ("share2": an icon's label pasted with its
    number)."""
    tokens = _ui_tokens(part)
    for t in tokens:  # a loop, not all(): most lines fail on their first word
        if t and t.rstrip("0123456789") not in _UI_WORDS:
            return False
    return bool(tokens)


def _ui_tokens(part: str) -> list[str]:
    """_TOKEN_SPLIT.split(part) for a stripped line: str.split() splits on the same blanks as \\s,
    and is the cheaper when there is no other separator to split on."""
    return part.split() if part and not _holds_any(part, "|/·•") else _TOKEN_SPLIT.split(part)


def _may_be_credit(low: str) -> bool:
    """Whether a line (not case_odd) starts as a _CREDIT match must, or holds what its name-led form
    needs."""
    return (
        low.lstrip("([—–-").lstrip().startswith(_CREDIT_STARTS)
        or "/" in low
        or _holds_any(low, _CREDIT_NAMED)
    )


def _may_be_ui(low: str) -> bool:
    """Whether a line (not case_odd) starts as a _UI_LINE match must."""
    return (
        low[:1].isdecimal()
        or low.startswith(_UI_BY_FIRST.get(low[:1], ()))
        or "values your feedback" in low
    )


def _may_be_list_head(t: str) -> bool:
    return case_odd(t) or t[:14].lower().startswith(_LIST_STARTS)


def _list_head(t: str) -> bool:
    """A 'Related stories'-style heading (_LIST_HEAD), tested only on lines that start as one
    can; a bullet mark before it ('■ 관련기사') is no part of it."""
    t = t.lstrip(_BULLETS)
    return _may_be_list_head(t) and bool(_LIST_HEAD.match(t))


_BULLETS = "■□▶►▷●○◆◇ "


def _may_be_byline(t: str) -> bool:
    return case_odd(t) or t[:12].lower().lstrip("([").startswith(_BYLINE_STARTS)


def _newsletter_hint(low: str) -> bool:
    """A word a newsletter box has (or starts with): a cheap test before the full pattern."""
    return _holds_any(low, _NEWSLETTER_WORDS) or low.startswith(_NEWSLETTER_STARTS)


def _may_end_in_cta(low: str) -> bool:
    """Whether the line ends as a _CTA_END match must: in a call to act, maybe 'now', and a stop."""
    end = low[:-1] if low.endswith("\n") else low  # '$' also matches before a final newline
    end = end[:-1] if end.endswith((".", "!")) else end
    return end.endswith(_CTA_ENDINGS)


# What a share button's label opens with when it quotes the headline: 'Share on Facebook:
# <headline>', 'Tweet: <headline>', 'Share All sharing options for: <headline>'.
_SHARE_NAMES = frozenset(
    "share sharing tweet pin facebook twitter whatsapp linkedin reddit pinterest telegram "
    "kakaotalk email e-mail mail".split()
)
_SHARE_LABEL_WORDS = _SHARE_NAMES | {"all", "options", "for", "on", "via", "this", "to", "x"}
SHARE_LABEL_WORDS = 6  # words before the colon at most


def _share_label(low: str) -> bool:
    """A share button's label with a headline after it: every word before the first colon
    a button's word, one of them a share button's own."""
    label, colon, rest = low.partition(":")
    words = label.split()
    return (
        bool(colon and words)
        and len(rest.split()) >= HEADLINE_LEFT  # 'Share: 12 percent' is a table's row
        and len(words) <= SHARE_LABEL_WORDS
        and _SHARE_LABEL_WORDS.issuperset(words)
        and not _SHARE_NAMES.isdisjoint(words)
    )


def _footer_gate(f: _Facts) -> bool:
    # ends_sentence first: it turns most story lines away before their words are split
    return not ends_sentence(f.text) and not _FOOTER_WORDS.isdisjoint(f.low.split())


def _is_footer(text: str) -> bool:
    """A row of site links: two or more link phrases making up much of the line."""
    found = [m.group() for m in _FOOTER.finditer(text)]
    return len({f.lower() for f in found}) >= 2 and sum(map(len, found)) >= 0.4 * len(text)


@dataclass(frozen=True)
class Rule:
    """One check of line_rule: a line whose part passes `gate` and `test` gets `role`.

    The gate is a cheap test on the line's _Facts that must pass every line `test` passes;
    it states itself whether a case_odd line skips it. `patterns` are what `test` runs, so
    tests/test_clean.py can check the gate against lines drawn from them.
    """

    role: str
    test: Callable[[str], object]
    gate: Callable[[_Facts], object] | None = None
    max_words: int = 1 << 30
    part: str = "text"  # what `test` looks at: "text", "low", or "ui" (the line after a masthead)
    patterns: tuple[re.Pattern, ...] = ()


def _row(role: str, pattern: re.Pattern, gate, max_words: int = 1 << 30, how: str = "search"):
    """A row whose test is the pattern's `how` (search or match) on the line."""
    return Rule(role, getattr(pattern, how), gate, max_words, patterns=(pattern,))


def _footer_phrase(text: str) -> bool:
    """One footer link alone: 'Privacy Policy', 'Contact us.'"""
    return bool(_FOOTER.fullmatch(text.strip(" .")))


def _newsletter(text: str) -> bool:
    return bool(_NEWSLETTER.search(text)) and not ends_sentence(text.rstrip("."))


def _bio(text: str) -> bool:
    """'Jane Doe is a correspondent ...', 'Harlan is the news director for The Associated Press.'"""
    return bool(
        _AUTHOR_BIO.match(text) or (_BIO_OUTLET.match(text) and outlets.name_pattern().search(text))
    )


def _outlet_line(text: str):
    """The outlet a line names alone; a name printed only as an acronym counts only in capitals
    ('Abc', a font-size widget's sample text, is not ABC)."""
    outlet = outlets.by_name(text)
    t = text.strip().casefold()
    same = [n for n in (outlet.name, *outlet.aliases) if n.casefold() == t] if outlet else []
    if same and not text.isupper() and all(n.isupper() for n in same):
        return None
    return outlet


def _appeal(text: str) -> bool:
    return bool(_APPEAL.search(text)) and not _REPORTED.search(text)


def _app_promo(text: str) -> bool:
    return bool(_APP_PROMO.search(text)) and (
        not ends_sentence(text) or bool(_APP_NEWS.search(text))
    )


def _menu(text: str) -> bool:
    return _is_menu(text) and not dates.is_stamp(text) and not _name_for_outlet(text)


def _name_for_outlet(text: str) -> bool:
    """'Meas Sothy / Khmer Times': a byline, the reporter's name then the outlet's."""
    name, _, rest = text.partition(" / ")
    return (
        bool(rest)
        and len(text.split()) <= 8
        and outlets.by_name(rest.strip()) is not None
        and bylines.looks_like_names(name)
    )


def _bio_gate(f: _Facts) -> bool:
    return "A" <= f.first <= "Z" and (f.odd or _holds_any(f.low, _BIO_VERBS))


# The checks in the order line_rule tries them; the first that passes names the line. The order
# matters (several rows share a role): "#.#." is a separator here, but keywords if moved above.
RULES = (
    _row("copyright", _COPYRIGHT, lambda f: f.odd or _holds_any(f.low, _COPYRIGHT_WORDS), 40),
    _row("copyright", _REDISTRIBUTE, lambda f: "redistributed" in f.low, 90),
    _row("contact", _CONTACT, lambda f: "@" in f.text, 25),
    _row("page-ui", _TICKER, lambda f: _holds_any(f.text, "/=^"), 1, "match"),  # before credit
    _row("page-ui", _SPEAKER, lambda f: f.text[:1] in "[<◀", 3, "match"),
    _row("credit", _CREDIT, lambda f: f.odd or _may_be_credit(f.low), how="match"),
    _row("credit", _CONTRIBUTED, lambda f: f.odd or "contributed" in f.low, how="match"),
    _row("disclaimer", _DISCLAIMER, lambda f: _holds_any(f.low, _DISCLAIMER_HINTS), 90),
    _row("cookie-banner", _COOKIE, lambda f: "cookie" in f.low, 45),
    _row(
        "cookie-banner", _CONSENT, lambda f: f.odd or f.low.startswith(_CONSENT_STARTS), 8, "match"
    ),
    _row(
        "cookie-banner",
        _PRIVACY,
        lambda f: "agree" in f.low and (f.odd or "privacy" in f.low or "tracking" in f.low),
        70,
    ),
    Rule("newsletter", _newsletter, lambda f: _newsletter_hint(f.low), 30, patterns=(_NEWSLETTER,)),
    Rule(
        "page-ui",
        _UI_LINE.match,
        lambda f: f.odd or _may_be_ui(_ui_part(f).lower()),
        12,
        "ui",
        (_UI_LINE,),
    ),
    _row("page-ui", _LISTEN_NOTE, lambda f: "text-to-speech" in f.low, 40),
    _row(
        "page-ui",
        _KOREAN_UI,
        lambda f: _holds_any(f.text, ("북마크", "스크랩", "기자")),
        6,
        "match",
    ),
    _row(
        "page-ui", _READ_ALOUD_KO, lambda f: "기능은" in f.text or "브라우저" in f.text, 8, "match"
    ),
    _row("page-ui", _DURATION, lambda f: f.first.isdecimal(), 12, "match"),
    _row("photo-credit", _PHOTO_CREDIT, lambda f: _holds_any(f.text, "/|"), 10, "match"),
    _row(
        "photo-credit",
        _COURTESY,
        lambda f: f.odd or "courtesy" in f.low,
        8,
        "match",
    ),
    Rule(
        "share-bar",
        lambda t: bool(_FONT_TOOLBAR.search(t)) and not t.rstrip().endswith("."),
        lambda f: "크기" in f.text,
        20,
        patterns=(_FONT_TOOLBAR,),
    ),
    Rule("share-bar", lambda low: _is_share_bar(low.strip()), None, 14, "low"),
    Rule("share-bar", _share_label, lambda f: ":" in f.text[:40], 40, "low"),
    Rule("footer-links", _is_footer, _footer_gate, 40),
    Rule(
        "footer-links",
        _footer_phrase,
        lambda f: f.odd or f.low.strip(" .").startswith(_FOOTER_STARTS),
        4,
    ),
    _row("keywords", _TOPIC_LINE, lambda f: f.odd or f.low.startswith(_TOPIC_STARTS), 30, "match"),
    Rule("author-bio", _bio, _bio_gate, 40, patterns=(_AUTHOR_BIO, _BIO_OUTLET)),
    _row("author-bio", _BIO_MORE, lambda f: "more about" in f.low, 40),
    _row("separator", _SEPARATOR_LINE, lambda f: not f.first.isalnum(), how="match"),  # \w, and '_'
    _row("url", _URL_LINE, lambda f: f.odd or f.low.startswith(("http", "www.")), how="match"),
    _row("inline-promo", _PROMO, lambda f: f.odd or f.low.startswith(_PROMO_STARTS), 25, "match"),
    _row(
        "page-ui", _WORK_TYPE, lambda f: f.odd or f.low.startswith(_WORK_TYPE_STARTS), 45, "match"
    ),
    _row("inline-promo", _BRACKET_PROMO, lambda f: f.text[:2] == "[ ", 25, "match"),
    Rule(
        "reader-appeal",
        _appeal,
        lambda f: _holds_any(f.low, _APPEAL_HINTS),
        40,
        patterns=(_APPEAL,),
    ),
    _row("reader-appeal", _TIP_OFF, lambda f: "제보" in f.text or "tip" in f.low, 40),
    _row("outlet-note", _OUTLET_NOTE, lambda f: " is a" in f.text, 20, "match"),
    _row("site-promo", _CTA_END, lambda f: f.odd or _may_end_in_cta(f.low), 40),
    _row(
        "site-promo",
        _SITE_PROMO,
        lambda f: f.odd or f.low.startswith(_SITE_PROMO_STARTS),
        40,
        "match",
    ),
    _row("site-promo", _SOURCE_PROMO, lambda f: f.odd or f.low.startswith("add "), 40, "match"),
    _row("site-promo", _MISS_OUT, lambda f: f.odd or f.low.startswith("don"), 20, "match"),
    _row("site-promo", _ISSUES_OFFER, lambda f: "s for " in f.low, 40),
    _row("contact", _CONTACT_US, lambda f: f.odd or f.low.startswith("for"), 25, "match"),
    _row(
        "outlet-note",
        _SUBSCRIBER_NOTE,
        lambda f: f.odd or _holds_any(f.low, _SUBSCRIBER_HINTS),
        50,
    ),
    _row("footer-links", _ACKNOWLEDGE, lambda f: "acknowledge" in f.low, 40),
    Rule("app-promo", _app_promo, lambda f: "download" in f.low, 20, patterns=(_APP_PROMO,)),
    _row("keywords", _HASHTAGS, lambda f: f.first == "#", how="match"),
    Rule("menu", _menu, lambda f: _holds_any(f.text, _MENU_MARKS), patterns=(_MENU_SPLIT,)),
    Rule(
        "korean-ui",
        has_hangul,
        lambda f: f.english and (f.n <= 8 or f.low.startswith("button")) and not f.text.isascii(),
    ),
    Rule("masthead", _outlet_line, None, 6),
)


class _Facts:
    """What the gates look at, worked out once per line (cheaper than each gate doing it)."""

    __slots__ = ("text", "low", "n", "odd", "first", "english", "ui")

    def __init__(self, text: str, english: bool):
        self.text, self.low, self.n, self.english = text, text.lower(), _word_count(text), english
        self.odd = case_odd(text)  # re.I matches letters lower() leaves alone: see text.case_odd
        self.first = text[:1]
        self.ui = None  # _ui_part's, worked out on first use


def _ui_part(f: _Facts) -> str:
    """The line after any masthead, as a page control is tested: 'The Guardian - Back to home'."""
    if f.ui is None:
        f.ui = _after_masthead(f.text).strip(" .:|!")
    return f.ui


_PARTS = {"text": attrgetter("text"), "low": attrgetter("low"), "ui": _ui_part}
_LONGEST = 1 + max(r.max_words for r in RULES if r.max_words < 1 << 30)
# RULES as the loop reads them, for each word count up to _LONGEST (longer lines share the last
# entry): a story paragraph then meets only the 7 rows without a word limit, not all 33.
_BY_WORDS = tuple(
    tuple((r.gate, _PARTS[r.part], r.test, r.role) for r in RULES if n <= r.max_words)
    for n in range(_LONGEST + 1)
)


@lru_cache(maxsize=8192)  # the walk asks about the same line several times
def line_rule(text: str, english: bool) -> str | None:
    """The chrome rule a line matches on its own, or None: the first of RULES that passes."""
    f = _Facts(text, english)
    # Gate, then test: most lines are story paragraphs and fail at the gate.
    for gate, part, test, role in _BY_WORDS[min(f.n, _LONGEST)]:
        if (gate is None or gate(f)) and test(part(f)):
            return role
    return None


def _after_masthead(text: str) -> str:
    """'The Guardian - Back to home' -> 'Back to home'."""
    if not (_holds_any(text, _MASTHEAD_MARKS) if text.isprintable() else _holds_any(text, "-–—|:")):
        return text  # no separator to split on
    parts = _MASTHEAD_SEP.split(text, maxsplit=1)
    return parts[1] if len(parts) == 2 and outlets.by_name(parts[0]) else text


def _is_menu(text: str) -> bool:
    if not _holds_any(text, _MENU_MARKS):
        return False  # nothing to split on: one part
    parts = [p.strip() for p in _MENU_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    short = all(len(p.split()) <= 4 for p in parts)
    return short and (len(parts) >= 3 or not ends_sentence(text))


# 'A DER SPIEGEL Staff Report', 'From staff reports', 'Times staff report': a byline that
# names the newsroom, not a person (the author stays empty)
_STAFF_REPORT = compiled(r"^(?:an?\s+|from\s+)?(?:[\w.'’&-]+\s+){0,3}staff\s+reports?$", re.I)


@lru_cache(maxsize=8192)
def is_byline(text: str) -> bool:
    if "taff" in text and _STAFF_REPORT.match(text):
        return True
    english = _may_be_byline(text) and _BYLINE.match(text)
    korean = _holds_any(text, _BYLINE_KO_JOBS) and _BYLINE_KO.match(text)
    parts = "/" in text or "|" in text
    if not (english or korean or parts):
        return False  # most lines: no need to count their words
    words = text.split()
    if english and len(words) <= 16:
        return True
    if korean and len(words) <= 8:
        return True
    if parts and _name_for_outlet(text):
        return True
    # "Rakesh Menon / TNN / Updated: Aug 11, 2023, 22:15 IST": names, then the stamp.
    if len(words) > 16 or not parts:
        return False
    first = _STAMP_PARTS.split(text, maxsplit=1)[0]
    return first != text and dates.is_stamp(text) and bylines.looks_like_names(first)


_HANDLE_TAIL = compiled(r"\s*@\w{2,30}$")


@lru_cache(maxsize=8192)
def is_name_line(text: str) -> bool:
    """A bare byline: 'Jae-won Park', 'ANDREW KESSLER', 'Daniel Boffey in Brussels and Lisa
    O'Carroll', or names then a job or an outlet: 'SHIN WATANABE, Nikkei staff writer',
    'Kim Tong-hyung, AP', 'Jane Roe (The Daily Post)', 'Nishant Kumar @Nishantopines' (the
    reporter's handle after)."""
    text = _HANDLE_TAIL.sub("", text)
    if not 2 <= len(text.split()) <= 16 or ends_sentence(text):
        return False
    names, _, job = text.partition(",")
    paren = bylines.PAREN_AFFILIATION.match(text) if text.endswith(")") else None
    if paren:
        names, job = paren["names"], paren["who"]  # 'Jane Roe (The Daily Post)'
    if not (
        job and len(job.split()) <= 6 and (bylines.is_job(job) or outlets.by_name(job.strip()))
    ):
        names = text
    words = bylines.without_places(names).replace(" and ", " , ").split()
    if any(w.lower().strip(".,") in _SECTION_WORDS for w in words):
        return False
    return bylines.looks_like_names(names)


@lru_cache(maxsize=8192)
def is_caption(text: str) -> bool:
    if _CAPTION_START.search(text):
        return True
    # A credit sits at the end of the line: search only its tail ('^' still means the line's start).
    start = max(0, len(text) - 200)
    tail = text[start:]
    last = tail.rstrip()[-1:]
    return bool(
        (last == ")" and _CREDIT_PARENS.search(text, start))
        or (last == "]" and _CREDIT_BRACKETS.search(text, start))
        or (any(mark in tail for mark in _CREDIT_MARKS) and _CREDIT_MARKED.search(text, start))
        or (
            not _CREDIT_BODIES.isdisjoint(tail.split()[-3:]) and _CREDIT_BY_BODY.search(text, start)
        )
        or _agency_after_dash(tail)
    )


# '... with the EU trade commissioner. - Bernama': a caption closing with its agency after a dash.
_AGENCY_DASH = compiled(r"(?<=[.!?”\"’)])\s+[-–—]\s+(?P<who>[A-Z][\w.&'’ -]{1,40})$")


def _agency_after_dash(tail: str) -> bool:
    m = _AGENCY_DASH.search(tail) if _holds_any(tail[-44:], "-–—") else None
    return bool(m) and bool(outlets.by_name(m["who"].strip()))


def looks_like_headline(text: str) -> bool:
    words = text.split()
    n = len(words)
    if all(w.lower().strip(".,&") in _SECTION_WORDS or w == "&" for w in words):
        return False  # "East Asia Pacific": a section label
    return 3 <= n <= 30 and len(text) >= 15 and not (n > 20 and ends_sentence(text))


_CJK = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_CJK_FINAL = ("。", "！", "？", "」", "』")


def prose_words(text: str) -> int:
    """Words, with Chinese and Japanese characters (written without spaces) two to a word."""
    n = _word_count(text)
    if text.isascii():
        return n
    return n + len(_CJK.findall(text)) // 2


def is_prose(text: str) -> bool:
    n = prose_words(text)
    return n >= 25 or (n >= 8 and (ends_sentence(text) or text.endswith(_CJK_FINAL)))


# --- the walk ------------------------------------------------------------------------------


@dataclass
class _Walk:
    """What the walk over the lines knows so far."""

    raw: list[tuple[int, str]]
    english: bool
    counts: dict[str, int]
    story_start: int = -1  # index of the story's first line (story.span, story.start)
    story_end: int = -1  # index of its last line: past it every line is chrome
    lines: list[Line] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    zone: str = "above"
    in_list: bool = False
    last_long: int = -1  # index of the last long story paragraph
    said: set[str] = field(default_factory=set)  # the lines kept as story paragraphs
    facts: list[story.LineFacts] = field(default_factory=list)


def clean(text: str) -> Cleaned:
    english = hangul_share(text) < 0.3  # the lines' text: spacing counts neither way
    out = Cleaned(language="en" if english else "ko")
    raw, labels = _raw_lines(text)
    facts = [_line_facts(t, english, _twin(raw, i)) for i, (_, t) in enumerate(raw)]
    cards = story.card_lines([t for _, t in raw], facts)
    facts = [replace(f, card=True) if i in cards else f for i, f in enumerate(facts)]
    first, last = story.span(facts)
    first = story.start(facts, first, last) if first >= 0 else first
    first += DEK_OVER_PHOTO if first >= 0 and _dek_over_photo(raw, first) else 0
    # both from the run's own end: a list the story closes with does not bring a cookie
    # notice at the page's foot within reach of typed_after
    if last >= 0:
        last = max(
            story.data_tail(facts, last),
            story.typed_after(facts, last),
            story.fact_box(facts, last),
        )
    walk = _Walk(raw, english, Counter(map(itemgetter(1), raw)), first, last, facts=facts)
    walk.last_long = _last_story_line(raw, english)
    title_at = _choose_headline(raw, english, facts, first, out) if first >= 0 else None
    if first < 0:
        title_at = _find_headline(raw, english)  # no prose: the first headline-like line
        out.candidates["title"] = [] if title_at is None else [(raw[title_at][1], 0.5)]
    if first >= 0:
        walk.story_start = story.data_head(facts, first, -1 if title_at is None else title_at)
    walk.zone = (
        "above" if title_at is not None else "header"
    )  # no headline pasted: the text starts at the story
    for idx, (number, t) in enumerate(raw):
        if idx == title_at:
            walk.seen.update((t, _split_title(t)[0]))
            t, crumbs = _strip_breadcrumb(t)
            if crumbs:
                out.trims.append(Dropped(number, crumbs, "menu"))
                walk.seen.add(t)  # the headline the breadcrumb ends with, printed again below
            t, masthead = _split_title(t)
            if masthead:
                out.trims.append(Dropped(number, masthead, "masthead"))
            walk.lines.append(Line(number, t, "title", "header"))
            walk.zone = "header"
            continue
        role = _role(walk, idx, t)
        if role in ("paragraph", "caption"):
            walk.seen.add(t)
        if role == "paragraph":
            walk.said.add(t)
        walk.lines.append(Line(number, t, role, walk.zone))
    out.lines = [
        _put_back_labels(ln, labels, out) if ln.number in labels else ln
        for ln in _promo_boxes(walk.lines)
    ]
    _finish_paragraphs(out)
    ranked = out.candidates.get("title")
    if ranked and out.title:
        ranked[0] = (out.title, ranked[0][1])  # as printed on the page: masthead, crumbs off
    out.candidates["subtitle"] = _dek_candidates(out, raw)
    return out


# 'Read more with Euractiv': a box of links under a heading that names the site
_SITE_BOX = compiled(rf"^(?:read|see) (?:more|also){_ON_SITE}$", re.I)
PROMO_BOX_LINES = 4  # lines of a link box above its 'Read more: <headline>', at most
_PROMO_LEAD = compiled(rf"^(?:{_READ_MORE})\s*[:|»›>-]?\s*", re.I)


def _promo_boxes(lines: list[Line]) -> list[Line]:
    """A link box that prints another story's headline, its date and teaser, then 'Read more:
    <the same headline>': the lines from that headline down are the box, not the story."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.role != "inline-promo":
            continue
        target = _PROMO_LEAD.sub("", ln.text, count=1)
        for j in range(i - 1, max(i - 1 - PROMO_BOX_LINES, -1), -1):
            if lines[j].role not in ("paragraph", "stamp"):
                break
            if lines[j].text == target and target != ln.text:
                out[j:i] = [replace(x, role="inline-promo") for x in lines[j:i]]
                break
    return out


# What each sign that the dek chosen is the standfirst is worth; its share is the logistic of
# their sum less DEK_BIAS, so only a dek with every sign reaches headline.CONFIDENT (0.97).
DEK_WEIGHTS = {
    "header_after": 2.0,  # a byline, stamp or caption follows it: the header goes on after it
    "under_title": 1.0,  # right under the headline, no byline, stamp or photo between
    "long": 1.0,  # DEK_WORDS words or more: a sentence, not a label or a photo's alt text
    "aside_end": -2.0,  # closes with a parenthesis: a caption's credit ('(onmeth.com)')
}
DEK_BIAS = 0.5
DEK_WORDS = 6
DEK_MOST = 50  # words of a dek at most
_BETWEEN_TITLE_AND_DEK = ("byline", "stamp", "caption", "paragraph", "repeated-caption")


def _dek_candidates(out: Cleaned, raw) -> list[tuple[str, float]]:
    """The dek chosen, with its share (DEK_WEIGHTS); [] when there is no dek."""
    at = next((i for i, ln in enumerate(out.lines) if ln.role == "subtitle"), None)
    if at is None:
        return []
    dek = out.lines[at]
    idx = next((i for i, (number, _) in enumerate(raw) if number == dek.number), None)
    above = []
    for ln in reversed(out.lines[:at]):
        if ln.role == "title":
            break
        above.append(ln.role)
    signs = {
        "header_after": idx is not None and _header_follows(raw, idx),
        "under_title": not set(above) & set(_BETWEEN_TITLE_AND_DEK),
        "long": prose_words(dek.text) >= DEK_WORDS,
        "aside_end": dek.text.endswith(")"),
    }
    score = sum(DEK_WEIGHTS[k] for k, on in signs.items() if on)
    return [(dek.text, round(1 / (1 + math.exp(DEK_BIAS - score)), 3))]


_COMMENTS_HEAD = compiled(
    r"^(((\d+|no)\s+(comments?|responses?|replies|reactions)|comments|responses|replies)"
    r"(\s*\(\d+\))?|"
    r"(leave|post|submit) a (reply|response)|join the (discussion|conversation)|"
    r"comments are closed|(show|view|load|read) (all |the )?comments|reader comments)\s*[:.]?$",
    re.I,
)


_PAREN_TAIL = compiled(r"\s*\([^()]{1,30}\)$")


_LINK_TAIL = compiled(r"\s+(?:https?://|www\.)\S+$", re.I)


def _ends_in_link(t: str) -> bool:
    """'... takes place 18-24 November. Ticket details: http://x.example/': a sentence whose
    address closes it, after a stop or a colon."""
    if "http" not in t[-60:] and "www." not in t[-60:]:
        return False
    rest = _LINK_TAIL.sub("", t)
    return rest != t and (ends_sentence(rest) or (rest.endswith(":") and ". " in rest))


def _ends_in_credit(t: str) -> bool:
    """'... for eight hours. (Yonhap)': a sentence with an agency's credit after it."""
    return t.endswith(")") and ends_sentence(_PAREN_TAIL.sub("", t))


def _twin(raw, idx: int) -> bool:
    return idx + 1 < len(raw) and raw[idx + 1][1] == raw[idx][1]


def _may_be_comments(t: str) -> bool:
    low = t[:24].lower()
    return _holds_any(low, ("comment", "respon", "repl", "reaction", "discussion", "conversation"))


def _line_facts(t: str, english: bool, twin: bool = False) -> story.LineFacts:
    words = prose_words(t)
    sentence = (
        ends_sentence(t)
        or t.endswith(_CJK_FINAL)
        or _ends_in_credit(t)
        or _ends_in_link(t)
        or ("—" in t[-12:] and bool(_SIGNOFF_TAIL.search(t)))
    )
    byline = is_byline(t) or (
        words <= 30 and (_long_byline(t) or ("@" in t and bool(_HANDLE.search(t))))
    )
    header = "byline" if byline else "stamp" if dates.is_stamp(t) else ""
    rule = line_rule(t, english)
    chrome = bool(header) or bool(rule)
    teaser = english and words >= 10 and _glued_teaser(t)
    return story.LineFacts(
        words=words,
        # a long line without a stop or a comma anywhere is a tag cloud or a menu, not prose
        prose=not teaser
        and ((words >= 25 and _holds_any(t, _PUNCTUATION)) or (words >= 8 and sentence)),
        sentence=sentence,
        chrome=chrome,
        list_head=_list_head(t),
        promo_head=bool(_PROMO_HEAD.match(t)),
        comments_head=words <= 6 and _may_be_comments(t) and bool(_COMMENTS_HEAD.match(t)),
        header=header,
        twin=twin,
        data=_data_line(t, words, rule, header),
        link=rule == "url",
        teaser=teaser,
        rights=rule == "copyright" and bool(_RIGHTS.search(t)),
        footer=rule in ("footer-links", "author-bio"),
        web="http" in t or "www." in t,
    )


# What a site's notice at the page's foot says, beyond a photo's '© Reuters'.
_RIGHTS = compiled(r"rights reserved|무단\s*전재|재배포\s*금지|版权所有|無断転載", re.I)


_DATA = compiled(r"\d|,|^[a-z(]")  # what a list item or table row holds, a menu entry seldom


def _data_line(t: str, words: int, rule: str | None, header: str) -> bool:
    if rule or header == "byline" or not 2 <= words <= 25 or ends_sentence(t):
        return False
    if header == "stamp" and words < 5:
        return False  # a bare date: a list item's stamp, not a row of the story's list
    return bool(_DATA.search(t))


_PUNCTUATION = ".,;:!?。、，"

# Where a card's headline runs into its teaser when the page is copied: the headline's last
# letter or figure, then the teaser's first capitalised word ("...SteakhouseA party of six").
_GLUED = compiled(r"(?<=[a-z0-9’'?!)])(?=[A-Z][a-z]*\s)")
_AGENCY_PARENS = compiled(r"\(([^()]{2,30})\)$")  # '(Reuters)' glued to a lead: a dateline
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to vs with".split())
TEASER_HEAD_WORDS = 5  # words of a glued headline, at least: 'iPhone' or 'McDonald' is no join


def _dateline_credit(head: str) -> bool:
    """'NEW YORK, Nov 19 (Reuters)': an agency's credit in parentheses, a lead's dateline."""
    m = _AGENCY_PARENS.search(head)
    return bool(m) and bool(outlets.by_name(m.group(1)) or outlets.by_name(m.group(1).split()[0]))


def _capitalised(word: str) -> bool:
    first = next((c for c in word if c.isalnum()), "")
    return first.isupper() or first.isdigit()


def _glued_teaser(t: str) -> bool:
    """A story card from a menu or sidebar: a Title Case headline glued to a teaser sentence."""
    for m in _GLUED.finditer(t, 0, 160):
        words = t[: m.start()].split()
        big = [w for w in words if w.lower() not in _SMALL_WORDS]
        if len(words) < TEASER_HEAD_WORDS or not big or len(words[-1]) < 4:
            continue  # 'McPherson', 'MacBook': a name's own capital, not a join
        if _dateline_credit(t[: m.start()]):
            continue
        if all(_capitalised(w) for w in big):
            return len(t[m.start() :].split()) >= 6
    return False


def _title_shaped(t: str, f: story.LineFacts) -> bool:
    """A line that may be the headline: not chrome, not a label, 2 to 30 words."""
    if f.chrome or f.list_head or f.comments_head or not 2 <= f.words <= 30 or len(t) < 6:
        return False
    if f.words > 20 and f.sentence or t.endswith(":"):
        return False
    words = t.split()
    if all(w.lower().strip(".,&") in _SECTION_WORDS or w == "&" for w in words):
        return False  # "East Asia Pacific": a section label
    return not _masthead_tagline(t)


def _byline_name(lines: list[headline.Line], i: int) -> headline.Line:
    """'Tom Gillespie' above 'News reporter @TomGillespie1' or a stamp: the byline's name."""
    ln = lines[i]
    if ln.kind != "candidate" or not is_name_line(ln.text):
        return ln
    if ln.words > 4 and not _names_with_places(ln.text):
        return ln  # a headline in Title Case reads as names too: 'Trump Fires Bolton'

    below = lines[i + 1 : i + 3]
    above = lines[i - 1] if i else None
    under_title = above is not None and above.kind == "candidate" and above.words >= 5
    if under_title or any(b.kind == "header" or "@" in b.text for b in below):
        return headline.Line(ln.text, ln.words, "header")
    return ln


def _names_with_places(t: str) -> bool:
    """'Andy Bounds in Brussels and Michael Stott in Montevideo': names, each where they filed."""
    return " and " in t and bool(bylines.IN_PLACE.search(t))


def _headline_line(t: str, f: story.LineFacts, listed: bool = False) -> headline.Line:
    if f.header or _name_and_affiliation(t):
        kind = "header"
    elif f.chrome:
        kind = "chrome"
    elif _title_shaped(t, f):
        kind = "candidate"
    else:
        kind = "prose" if f.prose else "other"
    caption = kind == "candidate" and (is_caption(t) or _credit_like(t))
    return headline.Line(t, f.words, kind, caption, listed)


_HANDLE = compiled(r"(?:^|\s)@\w{3,}$")  # a reporter's social handle closing a byline line


# A photo credit a caption rule does not name: "Photo by Kirk Irwin/Getty Images",
# "Anna Moneymaker/The New York Times".
_CREDIT_LIKE = compiled(
    r"^(?:photo|image|picture|video)s?\s+(?:by|credit|courtesy)\b|"
    r"^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})/(?-i:[A-Z])|"
    r"\b(?:getty images|shutterstock|ap photo|istock)\b",
    re.I,
)


_CREDIT_HINTS = ("/", "getty", "shutterstock", "ap photo", "istock", "photo", "image", "picture")


def _credit_like(t: str) -> bool:
    return _holds_any(t.lower(), _CREDIT_HINTS) and bool(_CREDIT_LIKE.search(t))


def _long_byline(t: str) -> bool:
    """'By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET': a
    byline with its stamps, longer than is_byline allows."""
    return _may_be_byline(t) and bool(_BYLINE.match(t)) and len(t.split()) <= 30


def _listed(raw, facts, lo: int, hi: int) -> set[int]:
    """Indexes of the items of 'Trending'-style lists between lo and hi."""
    out: set[int] = set()
    for idx in range(lo, hi):
        if idx not in out and facts[idx].list_head:
            out.update(range(idx + 1, _list_end(raw, idx) + 1))
    return out


def _name_and_affiliation(t: str) -> bool:
    """'VICTOR TANGERMANN, FUTURISM': a byline with an outlet or desk the tables do not know."""
    names, comma, rest = t.partition(",")
    if not comma or ends_sentence(t):
        return False
    return is_name_line(t) or (len(rest.split()) <= 3 and is_name_line(names))


DEK_OVER_PHOTO = 2  # the dek and the photo's caption under it, above the lead


def _dek_over_photo(raw, first: int) -> bool:
    """'The two sides agreed ...' / '<caption> — Photo moit.gov.vn' / 'HÀ NỘI — Việt Nam ...':
    a sentence over the photo's caption, with the dateline's lead under them, is the dek."""
    if first + DEK_OVER_PHOTO >= len(raw):
        return False
    dek, caption, lead = (raw[first + k][1] for k in range(DEK_OVER_PHOTO + 1))
    return (
        _word_count(dek) <= DEK_MOST
        and not _LEAD_DATELINE.match(dek)
        and is_caption(caption)
        and _dateline_lead(lead)
    )


def _dateline_lead(t: str) -> bool:
    """'SEOUL -- ...', or a city in capitals with its accents: 'HÀ NỘI — Việt Nam ...'."""
    head, dash, _ = t.partition(" — ")
    return bool(_LEAD_DATELINE.match(t)) or (
        bool(dash) and head.isupper() and _word_count(head) <= 4
    )


def _choose_headline(raw, english: bool, facts, first: int, out: Cleaned) -> int | None:
    """The index of the best headline candidate above the story, its ranking kept in out."""
    lo = max(0, first - headline.WINDOW)
    hi = min(len(raw), first + 5)
    listed = _listed(raw, facts, lo, hi)
    lines = [_scored_line(raw, i, facts[i], english, i in listed) for i in range(lo, hi)]
    lines = [_byline_name(lines, i) for i in range(len(lines))]
    ranked = headline.choose(lines, first - lo, [t for _, t in raw])
    out.candidates["title"] = [(raw[lo + i][1], round(share, 3)) for i, share in ranked]
    return lo + ranked[0][0] if ranked else None


def _scored_line(raw, i: int, f: story.LineFacts, english: bool, listed: bool) -> headline.Line:
    """A line as the headline scorer reads it: a breadcrumb is chrome; a line printed with the
    outlet's name ('The Korea Times | Headline') is scored on its headline part."""
    t = raw[i][1]
    if _holds_any(t, "|>›»") and _is_breadcrumb(raw, i):
        return headline.Line(t, f.words, "chrome")
    head, outlet = (t, None) if f.chrome else _split_title(t)
    if outlet:
        return _headline_line(head, _line_facts(head, english), listed)
    return _headline_line(t, f, listed)


def _raw_lines(text: str) -> tuple[list[tuple[int, str]], dict]:
    """The non-blank lines, numbered from 1, single-spaced and without gallery labels, and the
    labels taken off: line -> (text as printed, labels dropped)."""
    raw: list[tuple[int, str]] = []
    labels: dict[int, tuple[str, list[Dropped]]] = {}
    for number, t in enumerate(text.split("\n"), 1):
        t = one_line(t) if t else t  # about half the lines are empty
        if t:
            raw.append((number, _strip_affixes(number, t, labels)))
    return raw, labels


def _put_back_labels(line: Line, labels, out: Cleaned) -> Line:
    """A kept line loses its gallery labels (recorded as trims); a dropped one keeps its text as
    printed."""
    printed, dropped = labels[line.number]
    if line.kept:
        out.trims.extend(dropped)
        return line
    return Line(line.number, printed, line.role, line.zone)


_AFFIX_STARTS = (
    "item ",
    "photo ",
    "image ",
    "slide ",
    "picture ",
    "[",
)  # how a _GALLERY_PREFIX line starts, lower-cased
_AFFIX_FIRST = "iIpPsS["  # the only first letters whose lower() starts one of them


def _strip_affixes(number: int, t: str, labels: dict) -> str:
    """Take a gallery counter or a link label off a line, so a caption printed twice with
    different labels is seen as the same caption."""
    tail = t[-40:].lower()
    if not (
        (t[:1] in _AFFIX_FIRST and t[:12].lower().startswith(_AFFIX_STARTS))
        or "new " in tail
        or "licensing" in tail
    ):
        return t  # the common case, without running the patterns over every line
    printed, dropped = t, []
    for pattern in (_GALLERY_PREFIX, _LINK_SUFFIX):
        m = pattern.search(t)
        if m and len(t) - len(m.group()) >= 20:
            dropped.append(Dropped(number, m.group().strip(" ,"), "gallery-label"))
            t = (t[: m.start()] + t[m.end() :]).strip()
    if dropped:
        labels[number] = (printed, dropped)
    return t


def _role(walk: _Walk, idx: int, t: str) -> str:
    """The role of one line, moving the walk from header to body to trailer as it goes."""
    rule = line_rule(t, walk.english)
    if idx > walk.story_end >= 0 and walk.zone != "above":
        walk.zone = "trailer"  # past the story's run: chrome, whatever it looks like
        rule = _list_rule(walk, idx, t, rule) or rule
        if rule or is_byline(t) or dates.is_stamp(t):
            return rule or ("byline" if is_byline(t) else "stamp")
        return "after-story"
    if (
        rule is None
        and idx + 1 < len(walk.raw)
        and walk.raw[idx + 1][1][:1].isdigit()
        and _DURATION.match(walk.raw[idx + 1][1])
        and not is_prose(t)
        and len(t.split()) <= 20
    ):
        return "video-title"  # a video's title above its running time
    if walk.zone == "above":
        return rule or (
            "byline" if is_byline(t) else "stamp" if dates.is_stamp(t) else "above-headline"
        )
    rule = _list_rule(walk, idx, t, rule) or rule
    if walk.zone == "header" and rule != "related-list":
        role = _header_role(t, rule, walk.raw, idx, walk.lines, walk.counts, walk.seen)
        if role == "subtitle" and (
            not _dek_shaped(t) or not _dek_placed(walk, idx) or _before_story_above(walk.lines)
        ):
            role = "paragraph"  # one of a run of other headlines under the headline, a count
        if (
            role in ("paragraph", "section-label")
            and idx < walk.story_start
            and not is_prose(t)
            and not ends_sentence(t)
            and not (_word_count(t) > 15 or _LEAD_DATELINE.match(t))
        ):
            return "before-story"  # a menu entry or another headline between headline and story
        walk.zone = "body" if role == "paragraph" else walk.zone
        return role
    role = _body_line_role(walk, idx, t, rule)
    if role == "paragraph" and walk.zone == "trailer" and idx > walk.last_long and not is_prose(t):
        return "after-story"  # a headline, label or link once the story has ended
    # A line that closes a story (or interrupts it): what follows is chrome unless it is prose.
    if role != "paragraph" and walk.zone == "body" and role in STORY_ENDS:
        walk.zone = "trailer"
    elif role == "paragraph":
        walk.zone = "body"
    return role


COUNT_WORDS = 3  # words of a count line ('New, 6 comments'), at most


def _before_story_above(lines: list[Line]) -> bool:
    """Another headline, menu entry or byline between the headline and this line. A count
    ('New, 6 comments') or a summary box's label ('Synopsis') right under the headline is none
    of those: the dek may follow it."""
    return any(
        ln.role == "before-story"
        and not (_leads_to_dek(ln.text) and _only_chrome_since_title(lines))
        for ln in lines
    )


def _leads_to_dek(t: str) -> bool:
    return bool(_SUMMARY_LABEL.match(t)) or (
        _word_count(t) <= COUNT_WORDS and any(c.isdigit() for c in t)
    )


# The label of a summary box that holds the dek: 'Synopsis', 'Summary', 'In brief'.
_SUMMARY_LABEL = compiled(r"^(?:synopsis|summary|in brief|in short|abstract)\s*:?$", re.I)


def _body_line_role(walk: _Walk, idx: int, t: str, rule: str | None) -> str:
    if rule == "url" and walk.zone == "body" and idx <= walk.story_end and walk.facts[idx - 1].data:
        rule = None  # an address under a list item of the story: the item's link, story text
    role = "byline" if is_byline(t) else rule or _body_role(t, walk.seen, walk.counts)
    if role == "repeated-line" and (walk.facts[idx].card or _asked_again(walk, idx, t)):
        return "paragraph"  # a list's items repeat their button and features: each is text
    if role == "paragraph" and walk.zone != "header" and _caption_in_story(t):
        return "caption-in-story"
    if role == "paragraph" and walk.zone == "body" and _shouted_link(walk, idx, t):
        return "inline-promo"
    return role


SHOUTED_WORDS = 8  # words of an upper-case link to another story, at least: a subhead is shorter


def _shouted_link(walk: _Walk, idx: int, t: str) -> bool:
    """'IRAN WARNS IT WILL RESPOND TO ANY STRIKE': another story's headline in capitals set
    between paragraphs, with no stop; a story typed all in capitals has its lines above so too."""
    if _word_count(t) < SHOUTED_WORDS or t != t.upper() or t == t.lower() or ends_sentence(t):
        return False
    above = walk.raw[idx - 1][1]
    return above != above.upper()


_ASIDE = compiled(r"\(([^()]*)\)\s*$")  # the line's closing parenthesis: a credit or an aside
CAPTION_WORDS = 60  # words of a caption at most: a longer line is a paragraph with a credit
CAPTION_LEAST = 2  # words of a caption printed twice, at least


def _caption_in_story(t: str) -> bool:
    """A photo's caption among the paragraphs: a line a caption rule reads as one that is not a
    paragraph closing with an agency's credit ('... said. (Reuters)') nor with an aside in
    parentheses ('(Upgrade for $4.99/mo)', '(The office did not reply.)')."""
    if _word_count(t) > CAPTION_WORDS or not is_caption(t) or _WIRE_TAIL.search(t):
        return False
    aside = _ASIDE.search(t)
    if aside and (any(c.isdigit() for c in aside.group(1)) or ends_sentence(aside.group(1))):
        return False
    return True


def _asked_again(walk: _Walk, idx: int, t: str) -> bool:
    """A sentence the story prints again among new text: the same interview question put to
    each guest, a refrain. A copy next to its first, or among other copies (a block pasted
    twice), is a repeat."""
    if t not in walk.said or walk.raw[idx - 1][1] == t or prose_words(t) < 4:
        return False
    if not (ends_sentence(t) or t.endswith(_CJK_FINAL)):
        return False
    after = walk.raw[idx + 1][1] if idx + 1 < len(walk.raw) else ""
    return bool(after) and after not in walk.seen


def _dek_placed(walk: _Walk, idx: int) -> bool:
    """A dek is followed by the story or by the rest of its header (byline, stamp, photo),
    not by a run of title-shaped lines (one more is a dek's second line)."""
    plain = 0
    for j in range(idx + 1, min(len(walk.raw), idx + 12)):
        t = walk.raw[j][1]
        if j >= walk.story_start or _header_material(t) or is_caption(t):
            return True
        plain += line_rule(t, walk.english) is None
        if plain > 1:
            return False
    return True


def _last_story_line(raw: list[tuple[int, str]], english: bool) -> int:
    """Index of the last line that reads as a full story paragraph (20 words or more, no chrome
    rule)."""
    for idx in range(len(raw) - 1, -1, -1):
        t = raw[idx][1]
        n = len(t.split())
        if (
            n >= 20 and (n >= 25 or ends_sentence(t)) and not line_rule(t, english)
        ):  # is_prose(t), counted once
            return idx
    return -1


def _list_rule(walk: _Walk, idx: int, t: str, rule: str | None) -> str | None:
    """'related-list' for a 'Related stories' heading and the items under it, until prose
    returns."""
    if (
        (rule in (None, "share-bar", "page-ui") or rule == "inline-promo" and _SITE_BOX.match(t))
        and _list_head(t)
        and not (walk.zone == "header" and is_prose(t))
    ):
        walk.in_list = True
        return "related-list"
    if (
        walk.in_list
        and walk.zone == "header"
        and (rule or is_byline(t) or is_caption(t) or dates.is_stamp(t))
    ):
        walk.in_list = False  # topic tags under a headline end where the byline or photo starts
        return None
    if walk.in_list:
        walk.in_list = not _list_prose(t) or bool(_NUMBERED.match(t)) or _dated_item(walk.raw, idx)
        return "related-list" if walk.in_list and rule in (None, "masthead") else None
    return None


def _list_prose(t: str) -> bool:
    """Prose that ends a list. A Korean headline often ends in '다”' without the full stop prose
    has."""
    return is_prose(t) and (not has_hangul(t) or t.rstrip("\"'”’)").endswith((".", "?", "!")))


def _dated_item(raw, idx: int) -> bool:
    """A list item printed with its own date on the next line."""
    return idx + 1 < len(raw) and dates.is_stamp(raw[idx + 1][1]) and len(raw[idx][1].split()) <= 25


def _find_headline(raw: list[tuple[int, str]], english: bool) -> int | None:
    skip_to = -1
    for idx, (_, t) in enumerate(raw):
        if idx <= skip_to:
            continue
        if _list_head(t):
            skip_to = _list_end(raw, idx)
            continue
        if line_rule(t, english) or dates.is_stamp(t) or is_byline(t) or _masthead_tagline(t):
            continue
        if (
            looks_like_headline(t)
            and not _in_menu_run(raw, idx, english)
            and not _is_breadcrumb(raw, idx)
        ):
            return idx + 1 if _is_kicker(raw, idx, english) else idx
        if is_prose(t):
            return None  # the text starts with story prose: no headline was pasted
    return None


def _masthead_tagline(t: str) -> bool:
    """'Le Monde.fr - Actualités et Infos en France': the site's name and motto."""
    parts = _MASTHEAD_SEP.split(t, maxsplit=1)
    return len(parts) == 2 and bool(outlets.by_name(parts[0])) and not ends_sentence(t)


def _nav_item(t: str, english: bool) -> bool:
    """A menu entry on its own line: 'World', 'Hong Kong', 'Reuters home'."""
    return (
        len(t.split()) <= 3
        and not ends_sentence(t)
        and not any(c.isdigit() for c in t)
        and not dates.is_stamp(t)
        and not is_byline(t)
    )


def _neighbours(raw, idx: int, step: int, english: bool, count: int) -> list[str]:
    """The next `count` lines before (step -1) or after (step 1) idx that no chrome rule claims."""
    out, j = [], idx + step
    while 0 <= j < len(raw) and len(out) < count:
        if not line_rule(raw[j][1], english):
            out.append(raw[j][1])
        j += step
    return out


def _in_menu_run(raw, idx: int, english: bool) -> bool:
    """'Democracy Dies in Darkness', 'People & Culture': a slogan or menu entry among menu
    entries."""
    after = _neighbours(raw, idx, 1, english, 2)
    before = _neighbours(raw, idx, -1, english, 1)
    if not after or not _nav_item(after[0], english):
        return False
    return (len(after) == 2 and _nav_item(after[1], english)) or bool(
        before and _nav_item(before[0], english)
    )


def _is_breadcrumb(raw, idx: int) -> bool:
    """'Business|U.S. and China Open ...' when the bare headline is printed a few lines later."""
    parts = re.split(r"\s*[|>›»]\s*", raw[idx][1])
    return len(parts) > 1 and any(t == parts[-1] for _, t in raw[idx + 1 : idx + 16])


def _is_kicker(raw: list[tuple[int, str]], idx: int, english: bool) -> bool:
    """'Iran nuclear talks' above 'Sixth round ends in Vienna without a deal': a topic label,
    with the real (longer) headline on the next line."""
    if len(raw[idx][1].split()) > 3 or idx + 1 >= len(raw):
        return False
    after = raw[idx + 1][1]
    return (
        len(after.split()) >= 6
        and looks_like_headline(after)
        and not is_prose(after)
        and not line_rule(after, english)
        and not dates.is_stamp(after)
        and not is_byline(after)
    )


def _list_end(raw: list[tuple[int, str]], head: int) -> int:
    """Index of the last item of a 'Trending' list above the headline: two or more
    headline-like lines up to the next blank line. A single line is not a list."""
    end = head
    for idx in range(head + 1, len(raw)):
        if raw[idx][0] > raw[idx - 1][0] + 1 and idx > head + 1:
            break  # a blank line ends the list
        if not (looks_like_headline(raw[idx][1]) or _NUMBERED.match(raw[idx][1])) or is_prose(
            raw[idx][1]
        ):
            break
        end = idx
    return end if end - head >= 2 else head


_CRUMB_SPLIT = compiled(r"\s*[|›»]\s*|\s+/\s*|/\s+")


def _strip_breadcrumb(text: str) -> tuple[str, str | None]:
    """'Business News/ Economy / India, UK conclude talks' -> ('India, UK conclude talks',
    'Business News/ Economy /'): section names before the headline."""
    if not _holds_any(text, "|›»/"):
        return text, None
    parts = _CRUMB_SPLIT.split(text)
    last = parts[-1]
    if len(parts) < 2 or len(last.split()) < 4 or any(len(p.split()) > 3 for p in parts[:-1]):
        return text, None
    return last, text[: len(text) - len(last)].strip()


HEADLINE_LEFT = 3  # words left of a line once its outlet's name is off: a headline, not a name
GLUED_REACH = 40  # characters from a line's start a masthead run into it may take
GLUED_SHORTEST = 6  # characters of such a name at least: 'SkyTrain' and 'TimeOut' keep theirs


def _split_title(text: str) -> tuple[str, str | None]:
    """The headline and the outlet's name printed with it, as a <title> line or a logo's text
    is: 'Headline - The Korea Times', 'The Korea Times | Headline', 'KoreaTimesS. Korea, US
    ...' (a logo's name run into the headline) -> ('Headline', 'The Korea Times')."""
    parts = _TITLE_SUFFIX.split(text)
    if len(parts) >= 2 and outlets.by_name(parts[-1]) and len(parts[0].split()) >= HEADLINE_LEFT:
        return text[: text.rindex(parts[-1])].rstrip(" -–—|:"), parts[-1]
    parts = _MASTHEAD_SEP.split(text, maxsplit=1)
    if (
        len(parts) == 2
        and parts[0][:1].isalnum()  # '(Reuters) — The talks ...' is a lead's dateline
        and outlets.by_name(parts[0])
        and len(parts[1].split()) >= HEADLINE_LEFT
    ):
        return parts[1], parts[0]
    at = _glued_masthead(text)
    return (text[at:], text[:at]) if at else (text, None)


def _glued_masthead(text: str) -> int:
    """Where a site's name printed without a space before the next words ends ('KoreaTimes'
    in 'KoreaTimesS. Korea, US ...', 'The GuardianNews, sport and opinion'), else 0: a small
    letter then a capital or a figure, and an outlet's name (or its domain's word) before."""
    for m in _GLUED_JOIN.finditer(text, 0, GLUED_REACH):
        at = m.end()
        if (
            at >= GLUED_SHORTEST
            and outlets.by_name(text[:at])
            and len(text[at:].split()) >= HEADLINE_LEFT
        ):
            return at
    return 0


_GLUED_JOIN = compiled(r"[a-z](?=[A-Z0-9])")


def _header_role(
    t: str,
    rule: str | None,
    raw,
    idx: int,
    lines: list[Line],
    counts: dict[str, int],
    seen: set[str],
) -> str:
    """The role of a line between the headline and the story, tried in this order."""
    roles = {ln.role for ln in lines}
    if t in seen:
        return "repeated-caption" if "caption" in roles else "repeated-line"
    if not rule and not is_prose(t) and _split_title(t)[1] and not _agency_after_dash(t):
        # the site's name with a headline or a slogan: a logo, a <title> copy; not a caption
        # closing with its agency ('... Sefcovic. - Bernama')
        return "masthead"
    if not rule and _opens_next_prose(raw, idx):
        return "lead-teaser"
    return (
        _after_line(t, rule, lines[-1] if lines else None)
        or _named_role(t, rule, roles)
        or _caption_role(t, raw, idx, counts, lines, roles)
        or _dek_role(t, raw, idx, lines, roles)
        or _plain_role(t)
    )


TEASER_WORDS = 6  # words of a line printed again as the lead's opening, at least
TEASER_SLACK = 40  # characters of the lead before it (a dateline: 'SEOUL, Dec. 14 (Yonhap) --')


def _opens_next_prose(raw, idx: int) -> bool:
    """The story's first sentence printed above it (a teaser, a summary box): the next prose
    line opens with the same words. Never the dek, and not a paragraph of its own."""
    t = raw[idx][1]
    if _word_count(t) < TEASER_WORDS:
        return False
    for _, after in raw[idx + 1 : idx + 12]:
        if is_prose(after) and after != t:
            head = headline.loose(after[: len(t) + TEASER_SLACK])
            return headline.loose(t) in head
    return False


# "Analysis by Jane Roe, CNN", "Posted on March 30, 2015 by Admin": a byline whose "by" comes
# after a word or two (and maybe a date), which is_byline leaves to the header's reader.
_LATE_BY = compiled(
    r"^(?:analysis|opinion|commentary|review|interview|column|posted|published|written|"
    r"reported|story|words|text|photos?|video)\b[^.!?]{0,40}?\bby\s+(?-i:[A-Z])",
    re.I,
)


def _header_byline(t: str, rule: str | None, named: bool) -> bool:
    """A byline under the headline that is_byline does not take: 'By X Updated <date> /
    Original <date>' (long), 'Analysis by X', 'VICTOR TANGERMANN, FUTURISM', a bare name."""
    if rule:
        return False
    if _long_byline(t) or bool(_LATE_BY.match(t)) and len(t.split()) <= 30:
        return True
    return not named and (is_name_line(t) or _name_and_affiliation(t))


def _named_role(t: str, rule: str | None, roles: set[str]) -> str | None:
    """A byline, the chrome rule the line matched, or a stamp."""
    if is_byline(t) or _header_byline(t, rule, "byline" in roles):
        return "byline"
    return rule or ("stamp" if dates.is_stamp(t) else None)


SECTION_WORDS = 3  # words of a section name at most


def _in_menu(t: str, lines: list[Line]) -> bool:
    """A short line printed above the headline too: a section name ('Business'), not a caption."""
    return len(t.split()) <= SECTION_WORDS and any(
        ln.zone == "above" and ln.text == t for ln in lines
    )


def _caption_role(
    t: str, raw, idx: int, counts: dict[str, int], lines: list[Line], roles: set[str]
) -> str | None:
    """The photo caption, or a dateline on its own line."""
    first = "caption" not in roles
    printed_twice = (
        counts.get(t, 0) > 1
        and first
        and _word_count(t) >= CAPTION_LEAST  # 'Abc' thrice: a font-size widget's sample
    )
    if printed_twice and not _in_menu(t, lines) and not _dek_printed_again(t, raw, idx, lines):
        return "caption"  # printed twice: the photo's caption and its copy
    if is_caption(t):
        if not _CAPTION_START.search(t) and _next_is_prose(raw, idx) is False:
            return "paragraph"  # a one-paragraph story ending in a credit
        if first:
            return "caption"
        if _caption_in_story(t):
            return "caption-in-story"  # a second photo's caption, above the story's lead
    if _DATELINE_ALONE.match(t):
        return "dateline"
    if first and len(t.split()) <= 45 and _credit_follows(raw, idx):
        return "caption"  # the photo's credit is printed on the next line
    if first and _copy_with_credit_follows(raw, idx):
        return "caption"  # the photo's alt text, then its caption with the credit glued on
    if first and ("subtitle" in roles or not _only_chrome_since_title(lines)):
        if len(t.split()) <= 45 and _bare_credit_follows(raw, idx):
            return "caption"
    return None


DEK_LETTER_WORDS = 4  # words of letters a dek holds at least ('New, 6 comments' has two)
_LETTER_WORD = compiled(r"[^\W\d_]{2,}")
_ATTRIBUTION = ("—", "–", "-")  # '— David Roe on Sunday, in a local paper': a quote's source


_NUMERIC_DATE = compiled(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")  # '23/08/2018': a byline's


def _dek_shaped(t: str) -> bool:
    """What a standfirst looks like: a phrase or sentence, not a count, stamp, attribution or a
    byline with its date ('Carlos Roe 23/08/2018 2 comments')."""
    return (
        len(_LETTER_WORD.findall(t)) >= DEK_LETTER_WORDS
        and not t.startswith(_ATTRIBUTION)
        and not _NUMERIC_DATE.search(t)
    )


def _dek_role(t: str, raw, idx: int, lines: list[Line], roles: set[str]) -> str | None:
    """The standfirst (subtitle), or a short lead that opens with a dateline."""
    no_dek = "subtitle" not in roles
    if (
        no_dek
        and _only_chrome_since_title(lines)
        # 'CUSTOMS AND LABOR: The sides agreed ...' with no stop: a tagged dek, not a lead
        and not (_LEAD_DATELINE.match(t) and ends_sentence(t))
        and len(t.split()) <= 50
        and _header_follows(raw, idx)
    ):
        return "subtitle"  # the standfirst: the header (byline, stamp, photo) goes on after it
    if no_dek and _dek_over_photo(raw, idx):
        return "subtitle"  # under the stamp, over the photo and the dateline's lead
    if _LEAD_DATELINE.match(t):
        return "paragraph"  # "SEOUL -- The talks ended.": a short lead, never a dek
    if (
        no_dek
        and "caption" not in roles
        and looks_like_headline(t)
        and (not is_prose(t) or (len(t.split()) <= 25 and _next_is_header(raw, idx)))
    ):
        return "subtitle"
    return None


def _plain_role(t: str) -> str:
    if is_prose(t):
        return "paragraph"
    return "section-label" if len(t.split()) <= 4 else "paragraph"


def _after_line(t: str, rule: str | None, prev: Line | None) -> str | None:
    """Roles that depend on the line before: a byline split over lines ('By A' / 'and' / 'B'),
    the job under a byline ('Europe correspondent, Brussels'), the caption under
    'Image caption,'."""
    if prev is None or rule:
        return None
    if prev.role == "byline" and t.lower() in ("and", "&"):
        return "byline"
    if prev.role == "byline" and prev.text.lower() in ("and", "&") and is_name_line(t):
        return "byline"
    if prev.role == "byline" and is_name_line(prev.text) and is_name_line(t):
        return "byline"  # 'Marie Woolf' / 'Steven Chase': a byline one bare name a line
    if (
        prev.role == "byline"
        and len(t.split()) <= 8
        and not ends_sentence(t)
        and bylines.is_job(t)
        and not is_name_line(t)
    ):
        return "byline-title"
    if _CAPTION_LABEL.match(prev.text):
        return "caption"
    if prev.role in ("caption", "photo-credit") and _bare_credit(t, prev.text):
        return "photo-credit"  # 'Credit...' / 'Anna Roe/The New York Times' under the caption
    return None


_CREDIT_LABEL_ALONE = compiled(r"^(?:photo(?:graph)?|image|credit)s?\s*(?:\.{2,}|…|:)?$", re.I)


def _bare_credit(t: str, prev: str) -> bool:
    """A credit on a line of its own: a caption-shaped credit ('Credit...', 'Photo: AFP'), or
    the name under a credit label."""
    if _word_count(t) > CREDIT_WORDS or is_prose(t):
        return False
    return is_caption(t) or (bool(_CREDIT_LABEL_ALONE.match(prev)) and "/" in t)


def _only_chrome_since_title(lines: list[Line]) -> bool:
    for ln in reversed(lines):
        if ln.role == "title":
            return True
        if ln.role in ("caption", "byline", "stamp", "paragraph", "subtitle", "repeated-caption"):
            return False
    return False


HEADING_WORDS = 5  # words of a widget's heading ('Breaking News Emails') a dek's header may hold


def _header_follows(raw, idx: int) -> bool:
    """Whether a stamp, byline or photo caption (a line with its credit under it) comes after
    this line before any story prose; chrome, and one short heading no rule knows, may come
    between."""
    headings = 0
    for j in range(idx + 1, min(len(raw), idx + 12)):
        t = raw[j][1]
        if dates.is_stamp(t) or is_byline(t) or is_name_line(t) or is_caption(t):
            return True
        if _credit_follows(raw, j) or _bare_credit_follows(raw, j):
            return True
        if line_rule(t, True):
            continue
        headings += 1
        if headings > 1 or _word_count(t) > HEADING_WORDS or ends_sentence(t):
            return False
    return False


def _header_material(t: str) -> bool:
    return bool(line_rule(t, True) or dates.is_stamp(t) or is_byline(t) or is_name_line(t))


def _next_is_prose(raw, idx: int) -> bool | None:
    """Whether story prose follows this line, past any byline or stamp (None at the end of the
    text)."""
    for _, t in raw[idx + 1 :]:
        if t == raw[idx][1] or _header_material(t):
            continue
        return is_prose(t)
    return None


def _credit_follows(raw, idx: int) -> bool:
    """'Sean Gallup/Getty Images', 'Copyright AP Photo/...' or 'Photo: CNA' on the next line."""
    if idx + 1 >= len(raw):
        return False
    nxt = raw[idx + 1][1]
    rule = line_rule(nxt, True)
    return (
        rule == "photo-credit"
        or (rule == "copyright" and bool(_PHOTO_WORD.search(nxt)))
        or (rule == "page-ui" and bool(_PHOTO_LABEL.match(nxt)))
    )


def _copy_with_credit_follows(raw, idx: int) -> bool:
    """'<caption>' over '<caption>Credit: X/ Reuters': the same words, a credit run on."""
    if idx + 1 >= len(raw):
        return False
    t, nxt = raw[idx][1], raw[idx + 1][1]
    return len(nxt) > len(t) and nxt.startswith(t) and is_caption(nxt)


CREDIT_WORDS = 8  # words of a credit line on its own, at most


def _dek_printed_again(t: str, raw, idx: int, lines: list[Line]) -> bool:
    """A line printed twice is a photo's caption (under the photo and in its viewer), unless it
    is the dek: right under the headline, with the byline or stamp after it and no credit."""
    return (
        _only_chrome_since_title(lines)
        and _dek_shaped(t)
        and not is_caption(t)
        and not _credit_follows(raw, idx)
        and _header_follows(raw, idx)
    )


def _bare_credit_follows(raw, idx: int) -> bool:
    """'Credit...', 'Jupiterimages, Getty Images/Creatas RF' on the next line: a credit that no
    rule knows, with no caption of its own. Under a dek it is the photo's; under a line further
    down the header, that line is the caption."""
    if idx + 1 >= len(raw):
        return False
    nxt = raw[idx + 1][1]
    return not line_rule(nxt, True) and _bare_credit(nxt, raw[idx][1])


_PHOTO_WORD = compiled(r"\b(photos?|images?|getty|pool|pictures?)\b", re.I)
_PHOTO_LABEL = compiled(r"^(?:photo|image|picture)s?\s*:\s*\S", re.I)  # 'Photo: CNA'


def _next_is_header(raw, idx: int) -> bool:
    for _, t in raw[idx + 1 : idx + 2]:
        return (
            dates.is_stamp(t)
            or is_byline(t)
            or is_caption(t)
            or line_rule(t, True) in _HEADER_RULES
        )
    return False


def _body_role(t: str, seen: set[str], counts: dict[str, int]) -> str:
    if t in seen:
        return "repeated-line"
    if dates.is_stamp(t):
        return "stamp"
    return "paragraph"


def _finish_paragraphs(out: Cleaned) -> None:
    body = [ln for ln in out.lines if ln.role == "paragraph"]
    if not body and out.subtitle:
        # A one-paragraph story taken for a dek: it is the story, not lost text.
        out.lines = [
            Line(ln.number, ln.text, "paragraph", "body") if ln.role == "subtitle" else ln
            for ln in out.lines
        ]
        body = [ln for ln in out.lines if ln.role == "paragraph"]
    paragraphs = [ln.text for ln in body]
    if body:
        m = _WIRE_TAIL.search(paragraphs[-1]) or _SIGNOFF_TAIL.search(paragraphs[-1])
        if m:
            out.trims.append(Dropped(body[-1].number, m.group().strip(), "wire-credit-tail"))
            paragraphs[-1] = paragraphs[-1][: m.start()].rstrip()
    out.paragraphs = paragraphs
