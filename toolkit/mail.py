"""The one way the platform sends a templated e-mail.

Every mail is three templates with one prefix: `<prefix>_subject.txt` (one line; whitespace and
line breaks are folded), `<prefix>.txt` (the plain-text body) and, when it exists,
`<prefix>.html` (an HTML alternative). Rendered in the recipient's language when one is given.
"""

from collections.abc import Sequence

from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import translation
from django_tasks import task

# The django-tasks backend run by the `worker` process (TASKS in settings).
MAIL_TASK_BACKEND = "background"


def render_templated_mail(template_prefix: str, context: dict) -> tuple[str, str, str | None]:
    """(subject, text body, html body or None) of the mail `template_prefix`."""
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    body = render_to_string(f"{template_prefix}.txt", context)
    try:
        html_template = get_template(f"{template_prefix}.html")
    except TemplateDoesNotExist:
        html = None
    else:
        html = html_template.render(context)
    return subject, body, html


def send_templated_mail(
    template_prefix: str,
    context: dict,
    to: str | Sequence[str],
    *,
    language: str | None = None,
    from_email: str | None = None,
) -> int:
    """Render and send one mail to `to` (an address or a list); `language` (e.g. the user's
        `preferred_language`) sets the language of the rendering. Returns the number sent (0 or 1);
    addresses under `.invalid` (people without e-mail, erased accounts) are left out."""
    recipients = [to] if isinstance(to, str) else list(to)
    # `.invalid` (RFC 2606) never delivers: erased accounts and people without e-mail have one.
    recipients = [r for r in recipients if r and not r.lower().endswith(".invalid")]
    if not recipients:
        return 0
    if language:
        with translation.override(language):
            subject, body, html = render_templated_mail(template_prefix, context)
    else:
        subject, body, html = render_templated_mail(template_prefix, context)
    message = EmailMultiAlternatives(subject, body, from_email, recipients)
    if html is not None:
        message.attach_alternative(html, "text/html")
    return message.send()


@task(backend=MAIL_TASK_BACKEND)
def send_templated_mail_task(
    template_prefix: str, context: dict, to: str | list[str], language: str | None = None
) -> int:
    """`send_templated_mail` later, by the worker: enqueue it where a request should not wait
    for the mail server. `context` must be JSON (strings, numbers, lists, dicts)."""
    return send_templated_mail(template_prefix, context, to, language=language)
