import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
application = get_wsgi_application()

from articles.indexing import heal_in_background  # noqa: E402 - needs the apps loaded

# Apply what a killed process left queued, now and every 30 s (README: "The index queue").
heal_in_background()
