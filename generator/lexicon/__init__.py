"""Vocabularies the cleaner and the extractors share: outlet names, date and stamp words,
byline name tests, ordinals and dateline patterns.

Below every stage: a lexicon module imports only text, markdown and other lexicon modules,
so the cleaner can use them without importing a later stage.
"""
