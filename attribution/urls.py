from django.urls import path

from attribution import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/<int:claim_id>/", views.claim_detail, name="claim"),
    path("articles/<int:article_id>/", views.article_detail, name="article"),
    path("compare/", views.articles_compare, name="compare"),
    path("sources/<int:source_id>/", views.source_detail, name="source"),
    path("outlets/<int:outlet_id>/", views.outlet_detail, name="outlet"),
]
