"""Batch work and reports: log and message readers, the batch runner, aggregates, HTML and Excel."""
