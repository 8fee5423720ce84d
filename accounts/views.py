from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .backends import client_ip
from .errors import LOGIN_LINK_INVALID
from .forms import EmailAuthenticationForm, LoginLinkForm


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
