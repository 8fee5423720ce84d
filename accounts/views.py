from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import cards, services
from .backends import client_ip
from .errors import (
    CARD_LOGIN_INVALID,
    CARD_SESSION_EXPIRED,
    LOGIN_LINK_INVALID,
    TOO_MANY_ATTEMPTS,
)
from .forms import CardLoginForm, EmailAuthenticationForm, LoginLinkForm, PicturesChooseForm
from .models import LoginCard
from .pictures import picture_url

# The card that signed in with a right code but has no pictures yet, until they are chosen.
CARD_SETUP_SESSION_KEY = "card_setup"
CARD_SETUP_SECONDS = 15 * 60


class LoginView(auth_views.LoginView):
    form_class = EmailAuthenticationForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.rate_limited:
            response.status_code = 429
        return response

    def form_valid(self, form):
        response = super().form_valid(form)
        # From now on the interface speaks the user's own language.
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            form.get_user().preferred_language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
        )
        return response


@require_POST
def set_language(request):
    """Switch the interface language; remembered for signed-in users too."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in dict(settings.LANGUAGES):
        if request.user.is_authenticated:
            services.user_set_language(user=request.user, language=language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
        )
    return response


def login_link_request(request):
    """Ask for a login link by e-mail instead of typing a password."""
    form = LoginLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.login_link_send(
            email=form.cleaned_data["email"],
            base_url=request.build_absolute_uri("/").rstrip("/"),
            client_ip=client_ip(request),
        )
        messages.success(
            request,
            _("Als dit e-mailadres bij ons bekend is, staat er nu een inloglink in je e-mail."),
        )
        return redirect("login_link_request")
    return render(request, "registration/login_link_request.html", {"form": form})


def login_link_confirm(request, token: str):
    """The link from the e-mail. Logging in needs one press on a button (a POST), so that mail
    scanners that open links do not use it up."""
    if request.method == "POST":
        user = services.login_link_use(token=token)
        if user is None:
            return render(
                request,
                "registration/login_link_confirm.html",
                {"error": LOGIN_LINK_INVALID},
                status=400,
            )
        login(request, user, backend="accounts.backends.ThrottledModelBackend")
        response = redirect("home")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            user.preferred_language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
        )
        return response
    return render(request, "registration/login_link_confirm.html", {})


# --- Signing in with a login card ---------------------------------------------------------------


def _log_in(request, user):
    login(request, user, backend="accounts.backends.ThrottledModelBackend")
    response = redirect("home")
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        user.preferred_language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
    )
    return response


def _picture_grid(form):
    """(checkbox subwidget, picture URL) for the template's grid."""
    return [(choice, picture_url(choice.data["value"])) for choice in form["pictures"]]


def card_login(request):
    """Sign in with the code of a login card and 3 pictures. The QR code on the card opens this
    page with `?kaart=<card id>`. A wrong code and wrong pictures get the same answer."""
    if request.user.is_authenticated and request.method == "GET":
        return redirect("home")
    initial = {"kaart": request.GET.get("kaart", "")[:64]}
    form = CardLoginForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            check = cards.card_check(
                card_id=form.cleaned_data["kaart"],
                code=form.cleaned_data["code"],
                pictures=form.cleaned_data["pictures"],
                client_ip=client_ip(request),
            )
            if check.throttled:
                form.add_error(None, TOO_MANY_ATTEMPTS)
                status = 429
            elif check.card is not None and check.choose_pictures:
                request.session.cycle_key()
                request.session[CARD_SETUP_SESSION_KEY] = {
                    "card": check.card.pk,
                    "until": timezone.now().timestamp() + CARD_SETUP_SECONDS,
                }
                return redirect("card_pictures_choose")
            elif check.card is not None:
                return _log_in(request, check.card.user)
            else:
                form.add_error(None, CARD_LOGIN_INVALID)
                status = 400
        else:
            status = 400
    return render(
        request,
        "accounts/card_login.html",
        {"form": form, "grid": _picture_grid(form)},
        status=status,
    )


def card_pictures_choose(request):
    """The first sign-in with a card (or the first after a reset): choose 3 pictures, then in."""
    pending = request.session.get(CARD_SETUP_SESSION_KEY) or {}
    card = None
    if pending.get("until", 0) > timezone.now().timestamp():
        card = (
            LoginCard.objects.select_related("user")
            .filter(pk=pending.get("card"), pictures_hash="", user__is_active=True)
            .first()
        )
    if card is None:
        request.session.pop(CARD_SETUP_SESSION_KEY, None)
        messages.error(request, CARD_SESSION_EXPIRED)
        return redirect("card_login")
    form = PicturesChooseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cards.card_pictures_set(card=card, pictures=form.cleaned_data["pictures"])
        request.session.pop(CARD_SETUP_SESSION_KEY, None)
        response = _log_in(request, card.user)
        messages.success(request, _("Je plaatjes zijn bewaard. Onthoud ze goed."))
        return response
    return render(
        request,
        "accounts/card_pictures.html",
        {"form": form, "grid": _picture_grid(form), "name": card.user.name},
        status=400 if request.method == "POST" else 200,
    )
