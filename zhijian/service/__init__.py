"""The zhijian service: REST API (FastAPI), storage (SQLAlchemy 2 + Alembic), API keys and roles."""
