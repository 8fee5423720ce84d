from typing import Literal

from ninja import Router, Schema
from pydantic import Field, field_validator, model_validator

from toolkit.api_errors import READ, WRITE, responses

from . import services
from .names import clean_name
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


class MeUpdateIn(Schema):
    display_name: str | None = Field(default=None, min_length=1, max_length=150)
    preferred_language: Literal["nl", "en"] | None = None

    @field_validator("display_name")
    @classmethod
    def not_blank(cls, value: str | None) -> str | None:
        if value is not None and not clean_name(value):
            raise ValueError("Vul een naam in.")
        return clean_name(value) if value is not None else None

    @model_validator(mode="after")
    def something_to_change(self):
        if self.display_name is None and self.preferred_language is None:
            raise ValueError("Geef een naam of een taal op.")
        return self


def _me(user) -> dict:
    return {
        "id": user.pk,
        # Empty for someone who signs in with a login card (no e-mail address).
        "email": user.email if user.has_email else "",
        "display_name": user.name,
        "preferred_language": user.preferred_language,
        "roles": user_roles(user=user),
        "locations": user_locations(user=user),
    }


@router.get(
    "/me", response=responses(MeOut, READ), summary="The signed-in user, their roles and locations"
)
def me(request):
    return _me(request.auth)


@router.patch(
    "/me", response=responses(MeOut, WRITE), summary="Change your own display name or language"
)
def me_update(request, payload: MeUpdateIn):
    services.user_update_profile(
        user=request.auth,
        display_name=payload.display_name,
        preferred_language=payload.preferred_language,
    )
    return _me(request.auth)
