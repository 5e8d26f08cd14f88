"""Text analysis for the search: search.analysis.dutch."""
