"""Datelines: the place (and often the date and the agency) that opens a wire story.

"SEOUL, Oct. 25 (Yonhap) --", "TOKYO (Reuters) -", "(제주=연합뉴스)". Each stage reads
them for something else, and each pattern is tuned to what its reader needs, so they
stay apart: one shared pattern would change what one of them accepts.
"""

from __future__ import annotations

import re

from generator.lexicon.dates import MON
from generator.text import compiled

# The city of a dateline, for the location, and the dateline as a whole, stripped off the
# lead for the summary: mixed-case cities ("New Delhi"), an optional country and date, then
# an agency in brackets, a bare agency name or a dash.
# "SEOUL, Oct. 25 (Yonhap) --", "TOKYO (Reuters) -", "New Delhi, Nov 19 (PTI)",
# "TOKYO, Nov. 19 Kyodo -", "NEW DELHI:"
CITY = compiled(
    r"^(?P<city>[A-Z][A-Za-z .'’-]{1,30}?)(?:,\s*[A-Z][A-Za-z .]{1,20}?)?"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([^()]{1,30}\)\s*(?:--|—|–|-|:)?\s+|\s+(?:Kyodo|Xinhua|Yonhap|Jiji|Bernama|Antara)\s*(?:--|—|–|-)\s+|"
    r"\s*(?:--|—|–|-|:)\s+)"
)
# The Korean form, city first: "(제주=연합뉴스)", "[서울=뉴시스]".
CITY_KO = compiled(r"^[(\[](?P<city>[가-힣]{2,6})\s*=\s*[^()\[\]]{2,12}[)\]]")

# The agency credit of a dateline, for the source: "SEOUL (Reuters) -",
# "SEOUL, Oct. 25 (Yonhap) --", "(제주=연합뉴스)", "[서울=뉴시스]", "TOKYO, Nov. 19 Kyodo -":
# unlike CITY it captures the credit in each form, and takes a bare credit word only after an
# upper-case city.
AGENCY = compiled(
    r"^[A-Z][\w .,'’-]{1,40}?\((?P<who>[^()]{2,40})\)\s*(?:--|-|—|–|:|\s(?=[A-Z]))|"
    r"^[(\[][^()\[\]=]{1,12}=\s*(?P<ko>[^()\[\]]{2,12})[)\]]|"
    r"^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s+"
    r"(?P<word>[A-Z][A-Za-z]{1,12})\s*(?:--|—|–|-)\s"
)

# A line that opens with a dateline, for the cleaner: the story has begun. Stricter than CITY
# (an upper-case city, or any city with an agency in brackets), so a headline such as
# "Seoul - the talks resume" is not taken for the lead.
_CAP = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff"  # capitals, with those of 'HÀ NỘI', 'ŁÓDŹ'
LEAD = compiled(
    rf"^[{_CAP}][{_CAP} .'-]{{2,30}}(?:,\s*[A-Z][a-z]{{2,4}}\.?\s+\d{{1,2}})?"
    r"\s*(?:\([^()]{2,30}\))?\s*(?:--|—|–|-|:)\s|"
    r"^[A-Z][\w .,'-]{1,30}\s*\([^()]{2,30}\)\s*(?:--|—|–|-|:)\s|^[(\[][가-힣]{2,6}\s*="
)
# A dateline on a line of its own, the story starting on the next: "Stockholm, Sweden CNN —".
ALONE = compiled(r"^[A-Z][\w .,'’-]{1,40}?(?:\s*\([^()]{2,30}\))?\s*(?:--|—|–)$")

# A dateline with a day but no year, for the "no publication date" warning: "SEOUL, Feb. 5 (".
YEARLESS = compiled(r"^[A-Z][A-Za-z .'-]{1,40},\s*" + MON + r"\s+\d{1,2}\s*\(", re.I)
