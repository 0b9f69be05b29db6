"""Static files storage: whitenoise's hashed, compressed files, and plain names until
`collectstatic` has written its manifest (a `runserver` or gunicorn started without it
renders pages instead of failing every one with "Missing staticfiles manifest entry")."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ArchiveStaticStorage(CompressedManifestStaticFilesStorage):
    def stored_name(self, name):
        if not self.hashed_files:  # no manifest: collectstatic has not run in this data folder
            return name
        return super().stored_name(name)
