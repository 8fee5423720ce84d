from ninja import Router, Schema

from .selectors import user_locations, user_roles

router = Router(tags=["accounts"])


class LocationOut(Schema):
    slug: str
    name: str
    is_coordinator: bool


class MeOut(Schema):
    id: int
    email: str
    display_name: str
    preferred_language: str
    roles: list[str]
    locations: list[LocationOut]


@router.get("/me", response=MeOut, summary="The signed-in user, their roles and locations")
def me(request):
    user = request.auth
    return {
        "id": user.pk,
        "email": user.email,
        "display_name": user.name,
        "preferred_language": user.preferred_language,
        "roles": user_roles(user=user),
        "locations": user_locations(user=user),
    }
