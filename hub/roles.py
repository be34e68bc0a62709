"""The editorial roles are Wagtail groups created by migration hub/0002_locales_and_roles."""

# Translators of a language get page permissions on that language's tree (hub/signals.py).
TRANSLATOR_GROUPS = {"fr": "Translators (French)", "es": "Translators (Spanish)"}
