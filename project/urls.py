from django.contrib import admin
from django.urls import include, path

from attribution import views

admin.site.site_header = "Attribution tracker — editor review"
admin.site.site_title = "Attribution tracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("attribution.api.urls")),
    path("health/", views.health, name="health"),
    path("", include("attribution.urls")),
]
