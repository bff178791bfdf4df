from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Attribution tracker — editor review"
admin.site.site_title = "Attribution tracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("attribution.api.urls")),
    path("", include("attribution.urls")),
]
