"""Who may do what through the API: everyone reads what is approved; editors change things."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from attribution.selectors import user_is_editor

EDITORS_ONLY = "Only members of the editors group may do this."


class IsEditorOrReadOnly(BasePermission):
    """Reading is open (the querysets hide what a reader may not see); writing needs an editor."""

    message = EDITORS_ONLY

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or user_is_editor(request.user)


class IsEditor(BasePermission):
    """For reads only editors may make, such as an attribution's history with reviewer names."""

    message = EDITORS_ONLY

    def has_permission(self, request, view):
        return user_is_editor(request.user)
