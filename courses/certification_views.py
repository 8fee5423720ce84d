"""Pages of certificates: the holder's list, the printable certificate, public verification."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import certification


@login_required
@require_GET
def my_certificates(request):
    return render(
        request,
        "courses/certificates/my_certificates.html",
        {
            "summaries": certification.certificates_of_holder(user=request.user),
            "vog": certification.vog_latest(user=request.user),
        },
    )


@login_required
@require_GET
def certificate_print(request, certificate_id: int):
    certificate = certification.certificate_for_owner(
        user=request.user, certificate_id=certificate_id
    )
    return render(
        request,
        "courses/certificates/certificate_print.html",
        {
            "certificate": certificate,
            "verify_url": request.build_absolute_uri(
                reverse("certificate_verify_code", args=[certificate.verification_code])
            ),
            "verify_form_url": request.build_absolute_uri(reverse("certificate_verify")),
        },
    )


@require_GET
def certificate_verify(request):
    """Anyone, without logging in: type a code, see whether the certificate is valid."""
    code = request.GET.get("code", "").strip()
    if code:
        normalised = certification.normalise_code(code)
        if normalised:
            return redirect("certificate_verify_code", code=normalised)
    return render(request, "courses/certificates/verify.html", {"code": code, "searched": False})


@require_GET
def certificate_verify_code(request, code: str):
    result = certification.certificate_public_view(code=code)
    return render(
        request,
        "courses/certificates/verify.html",
        {"code": code, "searched": True, "result": result},
        status=200 if result else 404,
    )
