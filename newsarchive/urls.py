from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
]

# French error pages (JSON under /api/): no English "Not Found" ever reaches a reader.
handler400 = "articles.views.errors.bad_request"
handler403 = "articles.views.errors.permission_denied"
handler404 = "articles.views.errors.page_not_found"
handler500 = "articles.views.errors.server_error"
