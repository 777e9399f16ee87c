"""Script library (话术): standard replies by scenario, scenario detection, rewrite of drafts."""
