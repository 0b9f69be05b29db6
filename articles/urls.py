from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="search"),
    path("articles/<str:key>/", views.article_detail, name="article_detail"),
    path("articles/<str:key>/raw/", views.article_raw, name="article_raw"),
    path("api/search/", views.api_search, name="api_search"),
]
