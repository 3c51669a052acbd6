"""The MkDocs + Material target: everything the generator knows about MkDocs.

The generator itself (python -m generator) writes Markdown pages and data files
under docs/ and needs none of this folder's MkDocs imports. Here are:

- hook.py: runs the generator before each build and escapes page titles for
  the theme (named in mkdocs.yml `hooks:`, like the two below);
- neighbours.py: the previous and next article for the article template;
- search.py: Material's search, or Pagefind for large sites;
- config.py: the generator's settings from mkdocs.yml (site_name, site_url);
- urls.py: where MkDocs serves a page (use_directory_urls);
- material.py: the Material front-matter keys the pages are written with.

The theme's template overrides live in docs/overrides (mkdocs.yml
`custom_dir`). Another builder is another folder like this one.
Only urls.py and material.py are imported by the generator: keep them free of
MkDocs imports.
"""
