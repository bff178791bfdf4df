from django.apps import AppConfig


class AttributionConfig(AppConfig):
    name = "attribution"
    verbose_name = "Attribution tracker"
    default_auto_field = "django.db.models.BigAutoField"
