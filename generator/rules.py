"""The cleaner's removal roles: one row per role with the legend the audit explains it by.

A Line's role outside KEPT_ROLES, or a Dropped's rule, is one of these names. generator.clean
gives the roles; generator.report prints the legends; tests check every role has a row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    legend: str
    ends_story: bool = False  # in the body, a line with this role starts the trailer
    # The audit page prints only the legends it printed before this table: adding the others
    # would change every site's docs/audit.md. Flip a row's flag to publish its legend.
    shown_in_audit: bool = False


ROLES = (
    Role(
        "above-headline", "text above the headline (site header, navigation)", shown_in_audit=True
    ),
    Role(
        "page-ui", "a page control: 'Back to top', 'Advertisement', 'Skip to content'", True, True
    ),
    Role("share-bar", "share, print, font-size or login buttons", True, True),
    Role("menu", "a row of section links or breadcrumbs", shown_in_audit=True),
    Role("masthead", "the outlet's name on its own (or after the headline)", shown_in_audit=True),
    Role("korean-ui", "Korean button text on an English page", shown_in_audit=True),
    Role("stamp", "a date or time stamp (read for the date)", shown_in_audit=True),
    Role("byline", "the byline (read for the author)", True, True),
    Role(
        "section-label",
        "a short label above the story, such as a section name",
        shown_in_audit=True,
    ),
    Role("copyright", "a copyright notice", True, True),
    Role("contact", "a contact or e-mail line", True, True),
    Role("credit", "a credit: editing, additional reporting, photo, '(END)'", True, True),
    Role("cookie-banner", "a cookie notice", True, True),
    Role("newsletter", "a newsletter sign-up prompt", True, True),
    Role("keywords", "hashtag or keyword line", True, True),
    Role(
        "related-list",
        "a list of other stories ('Related stories', 'Most viewed') and its items",
        True,
        True,
    ),
    Role("repeated-line", "a line printed twice; the first copy is kept", shown_in_audit=True),
    Role("repeated-caption", "the photo caption printed a second time", shown_in_audit=True),
    Role(
        "wire-credit-tail",
        "the agency credit at the end of the last paragraph, '(Yonhap)'",
        shown_in_audit=True,
    ),
    Role("disclaimer", "a note that the site is not responsible for external links", True),
    Role("photo-credit", "a photo credit on its own line: 'Sean Gallup/Getty Images'"),
    Role(
        "caption-in-story",
        "a photo's caption between paragraphs, its credit at the end: '... (Image: Getty)'",
    ),
    Role(
        "footer-links",
        "a row of site links (privacy, terms, contact) or an acknowledgement of country",
        True,
    ),
    Role("author-bio", "a note about the reporter under the story", True),
    Role("separator", "a line of dashes, stars or other marks"),
    Role("url", "a bare web address", True),
    Role("inline-promo", "another story's headline between paragraphs: 'Read more: ...'", True),
    Role("reader-appeal", "a request for readers' support or donations", True),
    Role("outlet-note", "a note about the outlet under the story", True),
    Role("site-promo", "the site's own promotion or a call to subscribe", True),
    Role("app-promo", "an invitation to download the outlet's app", True),
    Role("video-title", "a video's title above its running time"),
    Role("byline-title", "the reporter's job under the byline"),
    Role("dateline", "a dateline on its own line above the story"),
    Role("after-story", "a line past the end of the story: other headlines, lists, comments"),
    Role("before-story", "a menu entry or another story's headline between headline and story"),
    Role("lead-teaser", "the story's first sentence printed above it as a teaser"),
    Role("gallery-label", "a gallery counter or link label on a caption: 'Item 1 of 3'"),
)

LEGENDS = {role.name: role.legend for role in ROLES}
STORY_ENDS = frozenset(role.name for role in ROLES if role.ends_story)
