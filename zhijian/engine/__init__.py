"""Message engine: normalise (with offset map) → compile packs into a ruleset → match →
filter → findings.  ``Inspector`` is the entry point; packs and their rule schema live here
too, the pack files themselves in ``zhijian/data/packs``."""
