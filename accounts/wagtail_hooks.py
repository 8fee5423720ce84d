"""The Wagtail admin's account page: the password panel checks the old password under the login
throttle (Wagtail's own panel is switched off with WAGTAIL_PASSWORD_MANAGEMENT_ENABLED)."""

from wagtail import hooks
from wagtail.admin.views.account import ChangePasswordPanel

from .forms import ThrottledPasswordChangeForm


class ThrottledChangePasswordPanel(ChangePasswordPanel):
    form_class = ThrottledPasswordChangeForm

    def is_active(self):
        return self.user.has_usable_password()

    def get_form(self):
        # As Wagtail's panel (bound only when a new password is given), plus the request.
        bind = self.request.method == "POST" and any(
            self.request.POST.get(f"{self.name}-{field}")
            for field in ("new_password1", "new_password2")
        )
        data = self.request.POST if bind else None
        return self.form_class(self.user, data, prefix=self.name, request=self.request)


@hooks.register("register_account_settings_panel")
def throttled_password_panel(request, user, profile):
    return ThrottledChangePasswordPanel(request, user, profile)
