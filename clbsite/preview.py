"""
Wagtail's preview may be framed by the admin, and by nothing else.

The preview panel of the page and snippet editors shows the preview in an iframe of the
admin. Wagtail renders it by sending a made-up request for the page through the whole
middleware chain (``PreviewableMixin.make_preview_request``), with ``request.is_preview``
set, so the response got the site's policy, ``frame-ancestors 'none'``, and the browser
refused to show it. On preview responses this middleware relaxes that one directive to
``'self'`` (the preview is served from the admin's own origin) and sends
``X-Frame-Options: SAMEORIGIN`` to match; every other response keeps ``'none'`` and DENY.
The rest of the policy stays as it is: the previewed page uses the site's own static files.

It must come after ``csp.middleware.CSPMiddleware`` and Django's
``XFrameOptionsMiddleware`` in MIDDLEWARE, so that it sees the response first.
"""

PREVIEW_FRAME_ANCESTORS = {"frame-ancestors": ["'self'"]}


class PreviewFramingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            # django-csp 4.0's per-response override, read by CSPMiddleware.
            response._csp_replace = {
                **(getattr(response, "_csp_replace", None) or {}),
                **PREVIEW_FRAME_ANCESTORS,
            }
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
