from django.urls import path

from attribution import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claims_index, name="claims"),
    path("claims/claims.csv", views.claims_csv, name="claims_csv"),
    path("claims/claims.jsonld", views.claims_jsonld, name="claims_jsonld"),
    path("articles/", views.articles_index, name="articles"),
    path("articles/articles.csv", views.articles_csv, name="articles_csv"),
    path("sources/", views.sources_index, name="sources"),
    path("sources/sources.csv", views.sources_csv, name="sources_csv"),
    path("outlets/", views.outlets_index, name="outlets"),
    path("outlets/outlets.csv", views.outlets_csv, name="outlets_csv"),
    path("claims/<int:claim_id>/", views.claim_detail, name="claim"),
    path("articles/<int:article_id>/", views.article_detail, name="article"),
    path("compare/", views.articles_compare, name="compare"),
    path("sources/<int:source_id>/", views.source_detail, name="source"),
    path("outlets/<int:outlet_id>/", views.outlet_detail, name="outlet"),
]
